package dev.cjm.core.analysis;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Severity;
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
    for (Barrier barrier : journey.allBarriers()) {
      if (addressed.contains(barrier.id())) {
        continue;
      }
      Finding.Builder finding =
          context
              .finding(barrier.id())
              .severity(severityOf(barrier.severity()))
              .message(
                  Phrase.words(
                      "finding." + ID, barrier.severity(), Phrase.quoted(barrier.description())))
              .fact("barrier severity", barrier.severity().label());
      if (barrier.frequency().isPresent()) {
        finding.fact("frequency", context.percent(barrier.frequency().getAsDouble()));
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
