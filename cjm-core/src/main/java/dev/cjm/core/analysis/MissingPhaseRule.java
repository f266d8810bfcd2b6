package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lifecycle.missing-phase}: standard phases missing from the part of the customer lifecycle
 * the journey covers, its scope. It reasons only about stages that carry a phase ({@link
 * RuleContext#phaseOf(Stage)}); a stage without one is unknown, not missing.
 *
 * <p>The journey's <b>scope</b> runs from the first to the last standard phase its stages cover. A
 * phase outside the scope is no gap: a warranty repair that starts after the purchase needs no
 * Awareness stage, and a journey that ends with loyalty needs no Advocacy stage. What the rule
 * reports:
 *
 * <ul>
 *   <li>a journey that ends at the purchase or before it (its last stage carries that phase, and no
 *       stage covers a phase after the purchase): one warning, because what happens after the
 *       purchase matters as much as what comes before it and is what maps forget;
 *   <li>phases missing inside the scope, between two stages next to each other in the stage list:
 *       one information per gap, naming the stages around it. With a stage of no phase between
 *       them, that stage may be the missing phase, so the rule says nothing;
 *   <li>no stage with a phase at all: one information instead of seven.
 * </ul>
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
    return "standard phases missing from the journey's scope, and a journey that ends at the"
        + " purchase";
  }

  static boolean isAfterPurchase(Phase phase) {
    return phase.compareTo(Phase.PURCHASE) > 0;
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Stage> stages = journey.stages();
    List<Optional<Phase>> phases = new ArrayList<>();
    Set<Phase> covered = EnumSet.noneOf(Phase.class);
    for (Stage stage : stages) {
      Optional<Phase> phase = context.phaseOf(stage);
      phases.add(phase);
      phase.ifPresent(covered::add);
    }
    if (covered.isEmpty()) {
      return List.of(
          context
              .journeyFinding()
              .severity(FindingSeverity.INFO)
              .message(Phrase.words("finding." + ID + ".none"))
              .fact("stages", Integer.toString(stages.size()))
              .build());
    }
    List<Finding> findings = new ArrayList<>();
    Stage last = stages.get(stages.size() - 1);
    Optional<Phase> lastPhase = phases.get(stages.size() - 1);
    if (lastPhase.isPresent()
        && !isAfterPurchase(lastPhase.get())
        && covered.stream().noneMatch(MissingPhaseRule::isAfterPurchase)) {
      findings.add(
          context
              .journeyFinding()
              .message(
                  Phrase.words(
                      "finding." + ID + ".after-purchase",
                      Phrase.quoted(last.name()),
                      lastPhase.get()))
              .fact("last stage", last.id())
              .fact("phase", lastPhase.get().label())
              .build());
    }
    for (int i = 1; i < stages.size(); i++) {
      Optional<Phase> before = phases.get(i - 1);
      Optional<Phase> after = phases.get(i);
      if (before.isEmpty() || after.isEmpty()) {
        continue; // a stage of no phase may be the missing one
      }
      List<Phase> missing = missingBetween(before.get(), after.get(), covered);
      if (!missing.isEmpty()) {
        findings.add(gap(stages.get(i - 1), stages.get(i), missing, context));
      }
    }
    return findings;
  }

  /** The phases strictly between these two that no stage covers, in standard order. */
  private static List<Phase> missingBetween(Phase before, Phase after, Set<Phase> covered) {
    List<Phase> missing = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      if (phase.compareTo(before) > 0 && phase.compareTo(after) < 0 && !covered.contains(phase)) {
        missing.add(phase);
      }
    }
    return missing;
  }

  private static Finding gap(Stage before, Stage after, List<Phase> missing, RuleContext context) {
    List<String> labels = missing.stream().map(Phase::label).toList();
    return context
        .journeyFinding()
        .severity(FindingSeverity.INFO)
        .message(
            Phrase.words(
                "finding." + ID,
                Phrase.anyOf(missing),
                Phrase.quoted(before.name()),
                Phrase.quoted(after.name())))
        .fact("missing", String.join(", ", labels))
        .fact("stage before", before.id())
        .fact("stage after", after.id())
        .build();
  }
}
