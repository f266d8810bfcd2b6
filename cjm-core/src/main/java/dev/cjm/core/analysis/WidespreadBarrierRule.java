package dev.cjm.core.analysis;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code barrier.widespread}: a high or critical barrier that many customers meet (at least the
 * threshold's share, or an unknown share) although an opportunity addresses it. A planned remedy
 * relieves nobody until it is delivered, so the barrier stays a pain point; {@code
 * barrier.unaddressed} reports the barriers no opportunity addresses. Critical barriers are errors,
 * high ones warnings.
 */
final class WidespreadBarrierRule implements GapRule {
  static final String ID = "barrier.widespread";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.WARNING;
  }

  @Override
  public String description() {
    return "a high or critical barrier many customers meet, even though an opportunity addresses"
        + " it";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.between(
            "the share of customers meeting a barrier that makes it widespread", 0.25, 0, 1));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    double threshold = context.threshold();
    Map<String, List<Opportunity>> remedies = new HashMap<>();
    for (Opportunity opportunity : journey.allOpportunities()) {
      for (String barrierId : opportunity.addresses()) {
        remedies.computeIfAbsent(barrierId, id -> new ArrayList<>()).add(opportunity);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Barrier barrier : journey.allBarriers()) {
      List<Opportunity> addressing = remedies.getOrDefault(barrier.id(), List.of());
      boolean severe =
          barrier.severity() == Severity.CRITICAL || barrier.severity() == Severity.HIGH;
      boolean widespread =
          barrier.frequency().isEmpty() || barrier.frequency().getAsDouble() >= threshold;
      if (addressing.isEmpty() || !severe || !widespread) {
        continue;
      }
      // "The high barrier "…" meets 90% of customers; it stays until "…" is delivered."
      Phrase remedy =
          Phrase.anyOf(
              addressing.stream()
                  .map(opportunity -> Phrase.quoted(opportunity.description()))
                  .toList());
      Phrase quoted = Phrase.quoted(barrier.description());
      Phrase message =
          barrier.frequency().isPresent()
              ? Phrase.words(
                  "finding." + ID + ".share",
                  barrier.severity(),
                  quoted,
                  Phrase.percent(barrier.frequency().getAsDouble()),
                  remedy)
              : Phrase.words("finding." + ID, barrier.severity(), quoted, remedy);
      Finding.Builder finding =
          context
              .finding(barrier.id())
              .severity(
                  barrier.severity() == Severity.CRITICAL
                      ? FindingSeverity.ERROR
                      : FindingSeverity.WARNING)
              .message(message)
              .fact("barrier severity", barrier.severity().label());
      if (barrier.frequency().isPresent()) {
        finding.fact("frequency", context.percent(barrier.frequency().getAsDouble()));
      }
      findings.add(
          finding
              .fact(
                  "opportunities",
                  addressing.stream().map(Opportunity::id).collect(Collectors.joining(", ")))
              .build());
    }
    return findings;
  }
}
