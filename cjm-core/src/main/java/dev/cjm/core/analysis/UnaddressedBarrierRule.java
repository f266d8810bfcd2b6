package dev.cjm.core.analysis;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Severity;
import dev.cjm.core.internal.Figures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code barrier.unaddressed}: a barrier no opportunity addresses, so the map names a pain but no
 * remedy. The finding's severity follows the barrier's: critical and high barriers are errors,
 * medium ones warnings, low ones information.
 */
final class UnaddressedBarrierRule implements GapRule {
  static final String ID = "barrier.unaddressed";

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
    return "a barrier no opportunity addresses; severity follows the barrier's";
  }

  static FindingSeverity severityOf(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> FindingSeverity.ERROR;
      case MEDIUM -> FindingSeverity.WARNING;
      case LOW -> FindingSeverity.INFO;
    };
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    Set<String> addressed = new HashSet<>();
    for (Opportunity opportunity : journey.allOpportunities()) {
      addressed.addAll(opportunity.addresses());
    }
    List<Finding> findings = new ArrayList<>();
    List<Barrier> barriers = journey.allBarriers();
    for (int i = 0; i < barriers.size(); i++) {
      Barrier barrier = barriers.get(i);
      if (addressed.contains(barrier.id())) {
        continue;
      }
      JourneyPaths.Place place = context.paths().barrier(i);
      Finding.Builder finding =
          context
              .finding(place)
              .severity(severityOf(barrier.severity()))
              .message(
                  "No opportunity addresses the "
                      + barrier.severity().label()
                      + " barrier "
                      + place.quotedName()
                      + ".")
              .fact("barrier severity", barrier.severity().label());
      if (barrier.frequency().isPresent()) {
        finding.fact("frequency", Figures.percent(barrier.frequency().getAsDouble()));
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
