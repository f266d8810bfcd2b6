package dev.cjm.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A buyer persona: a representative customer of one segment, with the goals, needs and expectations
 * the journey should meet. A map is made for one persona.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Persona {
  Persona() {}

  /** The persona's name ("Anna"). */
  public abstract String name();

  /** Who they are, in a sentence. */
  public abstract Optional<String> description();

  /** What they want to achieve. */
  public abstract ImmutableList<String> goals();

  /** What they need along the way. */
  public abstract ImmutableList<String> needs();

  /** What they expect of the brand. */
  public abstract ImmutableList<String> expectations();

  /** What annoys them today. */
  public abstract ImmutableList<String> frustrations();

  /** Something they said, in their own words. */
  public abstract Optional<String> quote();
}
