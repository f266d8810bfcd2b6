package dev.cjm.core;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Describes a {@link Barrier} inside {@code .barrier(text, b -> …)} on a stage or touchpoint. The
 * id is derived from the description unless given; give one when opportunities refer to it.
 */
public final class BarrierBuilder {
  final Misuses misuses = new Misuses();
  final IdMatch.CurrentId derivedId = new IdMatch.CurrentId();
  private @Nullable String id;
  private @Nullable String description;
  private Severity severity = Severity.MEDIUM;
  private @Nullable Double frequency;

  BarrierBuilder(@Nullable String description) {
    this.description = description;
  }

  static BarrierBuilder from(Barrier barrier) {
    BarrierBuilder builder = new BarrierBuilder(barrier.description()).id(barrier.id());
    builder.severity = barrier.severity();
    builder.frequency = barrier.frequency().isPresent() ? barrier.frequency().getAsDouble() : null;
    return builder;
  }

  /** Sets the id that opportunities use to refer to this barrier ("late-delivery-cost"). */
  public BarrierBuilder id(String id) {
    if (!misuses.isNull(id, "id(null)")) {
      this.id = id;
    }
    return this;
  }

  /** Changes the description. */
  public BarrierBuilder description(String description) {
    if (!misuses.isNull(description, "description(null)")) {
      this.description = description;
    }
    return this;
  }

  /** How badly it hurts; {@link Severity#MEDIUM} unless set. */
  public BarrierBuilder severity(Severity severity) {
    if (!misuses.isNull(severity, "severity(null)")) {
      this.severity = severity;
    }
    return this;
  }

  /** The share of customers who meet it, from 0 (none) to 1 (all). */
  public BarrierBuilder frequency(double share) {
    this.frequency = share;
    return this;
  }

  @Nullable String currentId() {
    return derivedId.of(id, description);
  }

  void check(BuildContext context, String path) {
    misuses.report(context, path);
    context.resolveId(this, ElementKind.BARRIER, id, description, path);
    context.requiredText(BuildContext.at(path, "description"), description, "barrier description");
    if (frequency != null && !(frequency >= 0 && frequency <= 1)) {
      context.problem(
          BuildContext.at(path, "frequency"),
          "frequency "
              + frequency
              + " is not a share of customers; expected a number from 0 (none) to 1 (all)",
          "expected",
          "0..1",
          "but was",
          Double.toString(frequency));
    }
  }

  Barrier toModel(BuildContext context) {
    return ImmutableBarrier.builder()
        .id(context.idOf(this))
        .description(Checked.present(description))
        .severity(severity)
        .frequency(frequency == null ? OptionalDouble.empty() : OptionalDouble.of(frequency))
        .build();
  }
}
