package dev.cjm.core;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An opportunity (an area to improve): a change that removes a barrier or strengthens a strong
 * point. Ranked by impact against effort, quick wins first.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Opportunity {
  Opportunity() {}

  /** The id, unique within the journey. */
  public abstract String id();

  /** What would change, in one sentence. */
  public abstract String description();

  /** The ids of the barriers it removes or eases, each checked to exist when the journey builds. */
  public abstract ImmutableSet<String> addresses();

  /** How much it would improve the experience, if estimated. */
  public abstract Optional<Level> impact();

  /** How much work it takes, if estimated. */
  public abstract Optional<Level> effort();

  /** True for a quick win: high impact for low effort. */
  public boolean isQuickWin() {
    return impact().equals(Optional.of(Level.HIGH)) && effort().equals(Optional.of(Level.LOW));
  }
}
