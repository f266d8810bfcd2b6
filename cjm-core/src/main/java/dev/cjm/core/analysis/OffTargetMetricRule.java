package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code metric.off-target}: a metric on the wrong side of its target (below it when higher is
 * better, above it when lower is). The finding's subject is the stage; its path points at the
 * metric.
 *
 * <p>Its severity follows how far the metric misses, relative to the target ({@link
 * Metric#relativeMiss()}: {@code |value − target| / |target|}, a miss of 100% when the target is
 * 0). A miss of at least the threshold (50% by default: 21 days against a target of 7) is an error,
 * a smaller one (22% against 25%) a warning.
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
    return "a metric on the wrong side of its target; an error when it misses by the threshold";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(Threshold.above("the relative miss that makes an error", 0.5, 0, 100));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    double threshold = context.threshold();
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      List<Metric> metrics = stage.metrics();
      for (int k = 0; k < metrics.size(); k++) {
        Metric metric = metrics.get(k);
        if (!metric.isOffTarget()) {
          continue;
        }
        double target = metric.target().orElse(metric.value());
        double miss = metric.relativeMiss();
        findings.add(
            context
                .metricFinding(stage, k)
                .severity(miss >= threshold ? FindingSeverity.ERROR : FindingSeverity.WARNING)
                .message(
                    Phrase.words(
                        "finding." + ID + (metric.higherIsBetter() ? ".below" : ".above"),
                        Phrase.quoted(metric.name()),
                        Phrase.quoted(stage.name()),
                        Phrase.metric(metric.value(), metric.unit()),
                        Phrase.percent(miss),
                        Phrase.metric(target, metric.unit())))
                .fact("metric", metric.name())
                .fact("value", context.formatMetric(metric.value()))
                .fact("target", context.formatMetric(target))
                .fact("better", metric.higherIsBetter() ? "higher" : "lower")
                .fact("miss", context.percent(miss))
                .build());
      }
    }
    return findings;
  }
}
