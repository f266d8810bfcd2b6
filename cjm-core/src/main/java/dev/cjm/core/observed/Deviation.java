package dev.cjm.core.observed;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One way an observed journey departs from the planned one, after CJML (Halvorsrud et al.): a
 * planned touchpoint missing, an ad-hoc touchpoint the plan does not have, a touchpoint out of the
 * planned sequence, or a touchpoint that failed.
 */
public final class Deviation {
  /** The four kinds of deviation. */
  public enum Type {
    /** A planned touchpoint the customer never met. */
    MISSING,
    /** A touchpoint the plan does not have (or an id the plan does not know). */
    AD_HOC,
    /** A planned touchpoint met out of the planned order, or met again. */
    SEQUENCE,
    /** A touchpoint that failed. */
    FAILING;

    /** The lower-case, hyphenated name used in reports ({@code "ad-hoc"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Type type;
  private final String touchpoint;
  private final int position;
  private final String message;

  Deviation(Type type, String touchpoint, int position, String message) {
    this.type = type;
    this.touchpoint = touchpoint;
    this.position = position;
    this.message = message;
  }

  /** The kind of deviation. */
  public Type type() {
    return type;
  }

  /** The planned touchpoint's id, or the ad-hoc touchpoint's name. */
  public String touchpoint() {
    return touchpoint;
  }

  /** The index of the occurrence in the observed journey; empty for a missing touchpoint. */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** What happened, in one sentence. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Deviation that
        && type == that.type
        && touchpoint.equals(that.touchpoint)
        && position == that.position
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, touchpoint, position, message);
  }

  /** {@code "missing checkout"}, {@code "sequence reviews at 3"}. */
  @Override
  public String toString() {
    return type.label() + " " + touchpoint + (position < 0 ? "" : " at " + position);
  }
}
