package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code metric.off-target}: a metric on the wrong side of its target (below it when higher is
 * better, above it when lower is). The finding's subject is the stage; its path points at the
 * metric.
 */
final class OffTargetMetricRule implements GapRule {
  static final String ID = "metric.off-target";

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
    return "a metric on the wrong side of its target";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      List<Metric> metrics = stage.metrics();
      for (int k = 0; k < metrics.size(); k++) {
        Metric metric = metrics.get(k);
        if (!metric.isOffTarget()) {
          continue;
        }
        double target = metric.target().orElse(metric.value());
        findings.add(
            context
                .metricFinding(stage, k)
                .message(
                    context.quote(metric.name())
                        + " in stage "
                        + context.quote(stage.name())
                        + " is "
                        + context.formatMetric(metric.value(), metric.unit())
                        + ", "
                        + (metric.higherIsBetter() ? "below" : "above")
                        + " its target of "
                        + context.formatMetric(target, metric.unit())
                        + ".")
                .fact("metric", metric.name())
                .fact("value", context.formatMetric(metric.value()))
                .fact("target", context.formatMetric(target))
                .fact("better", metric.higherIsBetter() ? "higher" : "lower")
                .build());
      }
    }
    return findings;
  }
}
