package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code lifecycle.out-of-order}: a stage whose phase comes before the phase of an earlier stage in
 * the standard order (a Purchase stage before Consideration), so the map's logical order is off.
 * Stages with no phase are skipped.
 */
final class OutOfOrderRule implements GapRule {
  static final String ID = "lifecycle.out-of-order";

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
    return "stages whose phases run against the standard order";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    // The stage with the latest phase so far, and that phase.
    Stage latest = null;
    Phase latestPhase = null;
    for (Stage stage : journey.stages()) {
      Optional<Phase> phase = context.phaseOf(stage);
      if (phase.isEmpty()) {
        continue;
      }
      if (latest != null && latestPhase != null && phase.get().compareTo(latestPhase) < 0) {
        findings.add(
            context
                .finding(stage.id())
                .message(
                    Phrase.words(
                        "finding." + ID,
                        Phrase.quoted(stage.name()),
                        phase.get(),
                        Phrase.quoted(latest.name()),
                        latestPhase))
                .fact("phase", phase.get().label())
                .fact("after stage", latest.id())
                .fact("after phase", latestPhase.label())
                .build());
      } else {
        latest = stage;
        latestPhase = phase.get();
      }
    }
    return findings;
  }
}
