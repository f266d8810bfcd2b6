package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stage.no-touchpoints}: a stage with no touchpoint, where the map does not say how the
 * customer meets the brand.
 */
final class EmptyStageRule implements GapRule {
  static final String ID = "stage.no-touchpoints";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public FindingKind kind() {
    return FindingKind.MAP;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.WARNING;
  }

  @Override
  public String description() {
    return "a stage with no touchpoint";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      if (stage.touchpoints().isEmpty()) {
        findings.add(
            context
                .finding(stage.id())
                .message(Phrase.words("finding." + ID, Phrase.quoted(stage.name())))
                .build());
      }
    }
    return findings;
  }
}
