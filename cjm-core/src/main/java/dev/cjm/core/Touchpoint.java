package dev.cjm.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A touchpoint: one point where the customer meets the brand (an ad, a search result, the web site,
 * a phone call, the store, delivery), in a {@link Channel}, owned by a department, person or
 * partner. It holds the scenario (what the customer does, thinks and feels), the emotion
 * experienced and the one expected, and the barriers and opportunities found there.
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
}
