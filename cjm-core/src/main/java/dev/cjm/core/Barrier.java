package dev.cjm.core;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A barrier or pain point: what blocks or frustrates the customer at a stage or touchpoint (price
 * or delivery information hard to find, inconsistent communication between channels, a broken
 * promise, a gap in contact).
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Barrier {
  Barrier() {}

  /** The id, unique within the journey; opportunities refer to the barrier by it. */
  public abstract String id();

  /** What the customer runs into, as the customer would say it. */
  public abstract String description();

  /** How badly it hurts; {@link Severity#MEDIUM} unless given. */
  public abstract Severity severity();

  /** The share of customers who meet it, from 0 to 1, if known. */
  public abstract OptionalDouble frequency();
}
