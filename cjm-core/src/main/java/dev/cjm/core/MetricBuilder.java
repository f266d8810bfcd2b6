package dev.cjm.core;

import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Describes a {@link Metric} inside {@code .metric(name, m -> m.value(0.021).target(0.03)
 * .unit("%"))} on a stage. The value is required; higher is better unless {@link #lowerIsBetter()}.
 */
public final class MetricBuilder {
  final Misuses misuses = new Misuses();
  private @Nullable String name;
  private @Nullable Double value;
  private @Nullable Double target;
  private @Nullable String unit;
  private boolean higherIsBetter = true;

  MetricBuilder(@Nullable String name) {
    this.name = name;
  }

  static MetricBuilder from(Metric metric) {
    MetricBuilder builder = new MetricBuilder(metric.name()).value(metric.value());
    builder.target = metric.target().isPresent() ? metric.target().getAsDouble() : null;
    builder.unit = metric.unit().orElse(null);
    builder.higherIsBetter = metric.higherIsBetter();
    return builder;
  }

  /** The measured value. */
  public MetricBuilder value(double value) {
    this.value = value;
    return this;
  }

  /** The value the team aims for. */
  public MetricBuilder target(double target) {
    this.target = target;
    return this;
  }

  /** The unit of the value and the target ("%", "s", "NPS"). */
  public MetricBuilder unit(String unit) {
    if (!misuses.isNull(unit, "unit(null)")) {
      this.unit = unit;
    }
    return this;
  }

  /** A higher value is better (conversion, satisfaction); the default. */
  public MetricBuilder higherIsBetter() {
    this.higherIsBetter = true;
    return this;
  }

  /** A lower value is better (drop-off, wait time, cost). */
  public MetricBuilder lowerIsBetter() {
    this.higherIsBetter = false;
    return this;
  }

  @Nullable String name() {
    return name;
  }

  void check(BuildContext context, String path) {
    misuses.report(context, path);
    context.requiredText(BuildContext.at(path, "name"), name, "metric name");
    if (value == null) {
      context.problem(
          BuildContext.at(path, "value"),
          "metric value is missing; set the measured figure with .value(…)");
    } else {
      context.finite(BuildContext.at(path, "value"), value, "metric value");
    }
    if (target != null) {
      context.finite(BuildContext.at(path, "target"), target, "metric target");
    }
    context.optionalText(BuildContext.at(path, "unit"), unit, "unit");
  }

  Metric toModel() {
    return ImmutableMetric.builder()
        .name(Checked.present(name))
        .value(Checked.present(value))
        .target(target == null ? OptionalDouble.empty() : OptionalDouble.of(target))
        .unit(Optional.ofNullable(unit))
        .higherIsBetter(higherIsBetter)
        .build();
  }
}
