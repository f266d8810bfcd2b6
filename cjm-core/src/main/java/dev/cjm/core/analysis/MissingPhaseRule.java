package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code lifecycle.missing-phase}: standard phases no stage covers. A missing phase after the
 * purchase (post-purchase experience, loyalty, advocacy) is a warning, because those stages matter
 * as much as the ones before it and are the ones maps forget; a missing earlier phase is
 * information. A journey none of whose stages maps to a standard phase gets one finding instead of
 * seven.
 */
final class MissingPhaseRule implements GapRule {
  static final String ID = "lifecycle.missing-phase";

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
    return "standard phases the journey does not cover, especially those after the purchase";
  }

  static boolean isAfterPurchase(Phase phase) {
    return phase.compareTo(Phase.PURCHASE) > 0;
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    Set<Phase> covered = EnumSet.noneOf(Phase.class);
    for (Stage stage : journey.stages()) {
      context.phaseOf(stage).ifPresent(covered::add);
    }
    if (covered.isEmpty()) {
      return List.of(
          context
              .journeyFinding()
              .severity(FindingSeverity.INFO)
              .message(
                  "No stage maps to a standard phase, so the journey cannot be checked against"
                      + " the customer lifecycle; name each stage's phase.")
              .fact("stages", Integer.toString(journey.stages().size()))
              .build());
    }
    String coveredLabels = covered.stream().map(Phase::label).collect(Collectors.joining(", "));
    List<Finding> findings = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      if (covered.contains(phase)) {
        continue;
      }
      boolean after = isAfterPurchase(phase);
      findings.add(
          context
              .journeyFinding()
              .severity(after ? defaultSeverity() : FindingSeverity.INFO)
              .message(
                  "The journey has no "
                      + phase.englishName()
                      + " stage"
                      + (after ? ": what happens after the purchase is left out." : "."))
              .fact("phase", phase.label())
              .fact("covered", coveredLabels)
              .build());
    }
    return findings;
  }
}
