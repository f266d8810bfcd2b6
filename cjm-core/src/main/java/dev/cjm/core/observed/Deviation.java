package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.internal.Texts;
import dev.cjm.core.internal.Words;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One way an observed journey departs from the planned one, after CJML (Halvorsrud et al.): a
 * planned touchpoint missing, an ad-hoc touchpoint the plan does not have, a touchpoint out of the
 * planned sequence, or a touchpoint that failed. Its message is in the planned journey's language
 * ({@link dev.cjm.core.Journey#locale()}), or in any other through {@link #message(Locale)}.
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

    /** The lower-case, hyphenated English name, as code matches on it ({@code "ad-hoc"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The deviation's word in {@code language}, for readers: "missing", "pominięty". */
    public String displayName(Locale language) {
      checkNotNull(language, "language is null");
      return Words.of(language).get("deviation.type." + label());
    }
  }

  private final Type type;
  private final String touchpoint;
  private final int position;
  private final String messageKey;
  private final String shownName;
  private final Locale language;

  /**
   * A deviation whose message is the words under {@code messageKey}: for a missing touchpoint with
   * its quoted {@code shownName}, for any other with its step number first. {@code language} is the
   * planned journey's.
   */
  Deviation(
      Type type,
      String touchpoint,
      int position,
      String messageKey,
      String shownName,
      Locale language) {
    this.type = type;
    this.touchpoint = touchpoint;
    this.position = position;
    this.messageKey = messageKey;
    this.shownName = shownName;
    this.language = language;
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

  /** What happened, in one sentence, in the planned journey's language. */
  public String message() {
    return message(language);
  }

  /**
   * What happened, in one sentence in {@code language} (English for a language cjm has no words
   * for): {@code "Step 4, \"checkout\", failed."}, Polish {@code "Krok 4, „checkout”, zakończył się
   * niepowodzeniem."}.
   */
  public String message(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    String name = quoted(words, shownName);
    // The step is a position, counted as written (no grouping), like a rank.
    return position < 0
        ? words.get(messageKey, name)
        : words.get(messageKey, String.valueOf(position + 1), name);
  }

  /** Text quoted as the language quotes: {@code "Basket"}, Polish {@code „Koszyk”}. */
  static String quoted(Words words, String text) {
    return Texts.quote(text, words.get("quote.open"), words.get("quote.close"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Deviation that
        && type == that.type
        && touchpoint.equals(that.touchpoint)
        && position == that.position
        && message().equals(that.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, touchpoint, position, message());
  }

  /** {@code "missing checkout"}, {@code "sequence reviews at 3"}. */
  @Override
  public String toString() {
    return type.label() + " " + touchpoint + (position < 0 ? "" : " at " + position);
  }
}
