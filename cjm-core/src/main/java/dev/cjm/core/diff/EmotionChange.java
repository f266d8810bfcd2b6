package dev.cjm.core.diff;

import dev.cjm.core.Emotion;
import dev.cjm.core.internal.Markup;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How the emotion at one touchpoint, or the mean emotion of one stage, changes from the current to
 * the future state. Either side may be missing when no emotion was recorded there.
 */
public final class EmotionChange {
  private final String id;
  private final String name;
  private final OptionalDouble before;
  private final OptionalDouble after;

  EmotionChange(String id, String name, OptionalDouble before, OptionalDouble after) {
    this.id = id;
    this.name = name;
    this.before = before;
    this.after = after;
  }

  /** The touchpoint's or stage's id. */
  public String id() {
    return id;
  }

  /** Its name in the future state. */
  public String name() {
    return name;
  }

  /** The score in the current state, if recorded. */
  public OptionalDouble before() {
    return before;
  }

  /** The score in the future state, if recorded. */
  public OptionalDouble after() {
    return after;
  }

  /** After minus before (positive: the customer feels better), if both are recorded. */
  public OptionalDouble delta() {
    return before.isPresent() && after.isPresent()
        ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
        : OptionalDouble.empty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EmotionChange that
        && id.equals(that.id)
        && name.equals(that.name)
        && before.equals(that.before)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, before, after);
  }

  /** {@code "checkout: -2 → +1 (+3)"}. */
  @Override
  public String toString() {
    return id
        + ": "
        + Markup.score(before)
        + " → "
        + Markup.score(after)
        + (delta().isPresent() ? " (" + Emotion.formatScore(delta().getAsDouble()) + ")" : "");
  }
}
