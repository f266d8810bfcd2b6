package dev.cjm.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stage (a phase) of the journey, such as Awareness or Purchase: its ordered touchpoints, the
 * barriers and opportunities that belong to the stage as a whole, and the metrics measured there.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Stage {
  Stage() {}

  /** The id, unique within the journey. */
  public abstract String id();

  /** The stage's name ("Świadomość", "Purchase"). */
  public abstract String name();

  /** The standard phase this stage covers, if the journey names it. */
  public abstract Optional<Phase> phase();

  /** What the customer wants to achieve in this stage. */
  public abstract Optional<String> goal();

  /** The touchpoints, in the order the customer meets them. */
  public abstract ImmutableList<Touchpoint> touchpoints();

  /** Barriers of the stage as a whole (not of one touchpoint). */
  public abstract ImmutableList<Barrier> barriers();

  /** Opportunities of the stage as a whole. */
  public abstract ImmutableList<Opportunity> opportunities();

  /** Figures measured in this stage. */
  public abstract ImmutableList<Metric> metrics();
}
