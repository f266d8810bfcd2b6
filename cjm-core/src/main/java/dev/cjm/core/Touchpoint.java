package dev.cjm.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A touchpoint: one point where the customer meets the brand (an ad, a search result, the web site,
 * a phone call, the store, delivery), in a {@link Channel}, owned by a department, person or
 * partner. It holds the scenario (what the customer does, thinks and feels), the emotion
 * experienced and the one expected, and the barriers and opportunities found there.
 *
 * <p>A plan may leave choices to the customer: an {@linkplain #optional() optional} touchpoint may
 * be skipped, and the touchpoints of a {@linkplain #oneOf() "one of" group} (three entry points,
 * say) are alternatives, of which the customer meets one. Observed journeys are compared with the
 * plan accordingly ({@link dev.cjm.core.observed.DeviationReport}).
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Touchpoint {
  Touchpoint() {}

  /** The id, unique within the journey. */
  public abstract String id();

  /** The touchpoint's name ("Checkout"). */
  public abstract String name();

  /** The channel it happens in, if recorded. */
  public abstract Optional<Channel> channel();

  /** Who owns it: a department, a person or a partner. */
  public abstract Optional<String> owner();

  /** Who else takes part (a sales rep, a courier), in the order given. */
  public abstract ImmutableList<String> actors();

  /** What the customer does here. */
  public abstract Optional<String> doing();

  /** What the customer thinks here. */
  public abstract Optional<String> thinking();

  /** What the customer feels here, in words. */
  public abstract Optional<String> feeling();

  /** The emotion the customer experiences, if recorded; no score is not a score of zero. */
  public abstract Optional<Emotion> emotion();

  /** The emotion the customer expected (or the experience wanted), if recorded. */
  public abstract Optional<Emotion> expectedEmotion();

  /** The barriers met here. */
  public abstract ImmutableList<Barrier> barriers();

  /** The opportunities found here. */
  public abstract ImmutableList<Opportunity> opportunities();

  /**
   * True if the plan lets the customer skip this touchpoint (a reminder e-mail, a survey): a
   * customer who does not meet it is not missing a step. False by default.
   *
   * <p>Left out of {@link #toString()}, which therefore reads as it did before plans had choices
   * (renderers derive stable ids from it); {@code equals} compares it.
   */
  @Value.Default
  @Value.Redacted
  public boolean optional() {
    return false;
  }

  /**
   * The id of the "one of" group this touchpoint belongs to ({@code "entry"}), if it is one of
   * several alternatives: the customer is expected to meet at least one touchpoint of the group,
   * not each of them. The members of a group are next to each other in one stage; there are at
   * least two.
   */
  public abstract Optional<String> oneOf();
}
