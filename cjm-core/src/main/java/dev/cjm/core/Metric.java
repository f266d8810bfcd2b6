package dev.cjm.core;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A figure measured at a stage (conversion, satisfaction, drop-off), optionally against a target;
 * it monitors the effect of changes to the journey.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Metric {
  Metric() {}

  /** What is measured ("Conversion"). */
  public abstract String name();

  /** The measured value. */
  public abstract double value();

  /** The value the team aims for, if set. */
  public abstract OptionalDouble target();

  /** The unit the value is in ("%", "s", "NPS"), if any. */
  public abstract Optional<String> unit();

  /** True if a higher value is better (conversion), false if lower is (drop-off, wait time). */
  public abstract boolean higherIsBetter();

  /** True if there is a target and the value is on its wrong side. */
  public boolean isOffTarget() {
    if (target().isEmpty()) {
      return false;
    }
    double target = target().getAsDouble();
    return higherIsBetter() ? value() < target : value() > target;
  }

  /**
   * How far the value misses its target, relative to the target: {@code 0.5} when it is 50% worse
   * (4.5 minutes against a target of 3 when lower is better), {@code 0} when it is on target or has
   * none. A missed target of 0 counts as a miss of 1 (100%).
   */
  public double relativeMiss() {
    if (!isOffTarget()) {
      return 0;
    }
    double target = target().getAsDouble();
    return target == 0 ? 1 : Math.abs(value() - target) / Math.abs(target);
  }
}
