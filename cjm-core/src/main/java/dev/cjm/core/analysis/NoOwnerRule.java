package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code touchpoint.no-owner}: a touchpoint nobody owns, so no department, person or partner is
 * accountable for fixing what goes wrong there.
 */
final class NoOwnerRule implements GapRule {
  static final String ID = "touchpoint.no-owner";

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
    return "a touchpoint nobody owns";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Touchpoint touchpoint : journey.allTouchpoints()) {
      if (touchpoint.owner().isEmpty()) {
        findings.add(
            context
                .finding(touchpoint.id())
                .message(Phrase.words("finding." + ID, Phrase.quoted(touchpoint.name())))
                .build());
      }
    }
    return findings;
  }
}
