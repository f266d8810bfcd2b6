package dev.cjm.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Preconditions;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a customer feels at a touchpoint: a score on one fixed scale from −2 (very negative) through
 * 0 (neutral) to +2 (very positive), with an optional word for the feeling ("frustrated").
 *
 * <p>Fractional scores are allowed, so survey averages fit ({@code Emotion.of(-0.4)}). The sequence
 * of emotions along a journey is its emotion curve.
 */
public final class Emotion {
  /** The lowest score on the scale. */
  public static final double MIN_SCORE = -2.0;

  /** The highest score on the scale. */
  public static final double MAX_SCORE = 2.0;

  /** Score −2: the customer is upset, angry or ready to leave. */
  public static final Emotion VERY_NEGATIVE = new Emotion(-2.0, null);

  /** Score −1: the customer is annoyed or disappointed. */
  public static final Emotion NEGATIVE = new Emotion(-1.0, null);

  /** Score 0: neither good nor bad. */
  public static final Emotion NEUTRAL = new Emotion(0.0, null);

  /** Score +1: the customer is pleased. */
  public static final Emotion POSITIVE = new Emotion(1.0, null);

  /** Score +2: the customer is delighted. */
  public static final Emotion VERY_POSITIVE = new Emotion(2.0, null);

  private final double score;
  private final @Nullable String word;

  private Emotion(double score, @Nullable String word) {
    this.score = score == 0.0 ? 0.0 : score; // one zero: -0.0 and 0.0 are the same feeling
    this.word = word;
  }

  /**
   * An emotion with the given score.
   *
   * @throws IllegalArgumentException if the score is not a finite number from −2 to +2
   */
  public static Emotion of(double score) {
    checkScore(score);
    return new Emotion(score, null);
  }

  /**
   * An emotion with the given score and a word naming the feeling ("frustrated", "relieved").
   *
   * @throws IllegalArgumentException if the score is off the scale or the word is blank or not
   *     valid Unicode
   */
  public static Emotion of(double score, String word) {
    checkScore(score);
    Preconditions.checkNotNull(word, "emotion word is null; use Emotion.of(score) for none");
    checkArgument(!Texts.isBlank(word), "emotion word is blank; use Emotion.of(score) for no word");
    int bad = Texts.firstUnpairedSurrogate(word);
    checkArgument(
        bad < 0,
        "emotion word %s is not valid Unicode: unpaired surrogate at index %s",
        Texts.quote(word),
        bad);
    return new Emotion(score, word);
  }

  /** True if {@code score} is a finite number on the scale −2..+2. */
  public static boolean isValidScore(double score) {
    return score >= MIN_SCORE && score <= MAX_SCORE; // false for NaN
  }

  private static void checkScore(double score) {
    checkArgument(
        isValidScore(score),
        "emotion score %s is off the scale: expected a finite number from -2 (very negative) to"
            + " +2 (very positive)",
        score);
  }

  /** The score, from −2 (very negative) to +2 (very positive). */
  public double score() {
    return score;
  }

  /** The word naming the feeling, if one was given. */
  public Optional<String> word() {
    return Optional.ofNullable(word);
  }

  /** True if the score is below zero. */
  public boolean isNegative() {
    return score < 0;
  }

  /** True if the score is above zero. */
  public boolean isPositive() {
    return score > 0;
  }

  /** This emotion with a different word. */
  public Emotion withWord(String word) {
    return of(score, word);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Emotion emotion
        && Double.compare(score, emotion.score) == 0
        && Objects.equals(word, emotion.word);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, word);
  }

  /** The score with its sign and the word, as in {@code "-2 (frustrated)"} or {@code "+0.5"}. */
  @Override
  public String toString() {
    String number = formatScore(score);
    return word == null ? number : number + " (" + word + ")";
  }

  /** Formats a score with its sign and at most two decimals: {@code "+1"}, {@code "-0.25"}. */
  public static String formatScore(double score) {
    return Figures.score(score);
  }
}
