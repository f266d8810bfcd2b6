package dev.cjm.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The emotion curve of a journey, for the rules that analyse it and the renderers that draw it: the
 * touchpoints that record an emotion, in journey order, each with its place in the journey, its
 * score and the score the customer expected there.
 *
 * <p>{@link #of(Journey)} is the curve of the emotions experienced, the one a map draws as a line
 * and the emotion rules read; {@link #expected(Journey)} is the curve of the emotions expected. A
 * touchpoint that does not record the emotion is a hole: the curve goes on at the next touchpoint
 * that does. Every point is placed on the journey the curve was made from (stage, index in the
 * stage, index in {@link Journey#allTouchpoints()}), so any other curve of the same touchpoints (a
 * future state's, an observed one) can be drawn over it point by point.
 *
 * <pre>{@code
 * for (EmotionCurve.Point point : EmotionCurve.of(journey).points()) {
 *   point.touchpoint().name();   // "Checkout"
 *   point.score();               // -2.0
 *   point.expectedScore();       // OptionalDouble[1.0]
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EmotionCurve {
  private final ImmutableList<Point> points;

  private EmotionCurve(Journey journey, Function<Touchpoint, Optional<Emotion>> emotionOf) {
    ImmutableList.Builder<Point> points = ImmutableList.builder();
    int indexInJourney = 0;
    List<Stage> stages = journey.stages();
    for (int s = 0; s < stages.size(); s++) {
      List<Touchpoint> touchpoints = stages.get(s).touchpoints();
      for (int t = 0; t < touchpoints.size(); t++) {
        Touchpoint touchpoint = touchpoints.get(t);
        Optional<Emotion> emotion = emotionOf.apply(touchpoint);
        if (emotion.isPresent()) {
          points.add(new Point(s, t, indexInJourney, touchpoint, emotion.get()));
        }
        indexInJourney++;
      }
    }
    this.points = points.build();
  }

  /** The curve of the emotions experienced: a point for each touchpoint that records one. */
  public static EmotionCurve of(Journey journey) {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    return new EmotionCurve(journey, Touchpoint::emotion);
  }

  /** The curve of the emotions expected: a point for each touchpoint that records one. */
  public static EmotionCurve expected(Journey journey) {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    return new EmotionCurve(journey, Touchpoint::expectedEmotion);
  }

  /** The points of the curve in journey order; empty if no touchpoint records the emotion. */
  public ImmutableList<Point> points() {
    return points;
  }

  /** True if no touchpoint records the emotion, so there is no curve to draw. */
  public boolean isEmpty() {
    return points.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EmotionCurve curve && points.equals(curve.points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  /**
   * The points as touchpoint ids and scores: {@code "EmotionCurve[instagram-ad +1, checkout -2]"}.
   */
  @Override
  public String toString() {
    return points.stream()
        .map(Point::toString)
        .collect(Collectors.joining(", ", "EmotionCurve[", "]"));
  }

  /** One point of the curve: a touchpoint, where it is in the journey, and its emotion. */
  public static final class Point {
    private final int stageIndex;
    private final int indexInStage;
    private final int indexInJourney;
    private final Touchpoint touchpoint;
    private final Emotion emotion;

    private Point(
        int stageIndex,
        int indexInStage,
        int indexInJourney,
        Touchpoint touchpoint,
        Emotion emotion) {
      this.stageIndex = stageIndex;
      this.indexInStage = indexInStage;
      this.indexInJourney = indexInJourney;
      this.touchpoint = touchpoint;
      this.emotion = emotion;
    }

    /** The index of the touchpoint's stage in {@link Journey#stages()}. */
    public int stageIndex() {
      return stageIndex;
    }

    /** The index of the touchpoint in its stage's {@link Stage#touchpoints()}. */
    public int indexInStage() {
      return indexInStage;
    }

    /** The index of the touchpoint in {@link Journey#allTouchpoints()}. */
    public int indexInJourney() {
      return indexInJourney;
    }

    /** The touchpoint. */
    public Touchpoint touchpoint() {
      return touchpoint;
    }

    /**
     * The emotion of the curve at the touchpoint: experienced, or expected on the expected curve.
     */
    public Emotion emotion() {
      return emotion;
    }

    /** The score of {@link #emotion()}, from −2 to +2. */
    public double score() {
      return emotion.score();
    }

    /**
     * The score the customer expected at the touchpoint, if recorded: what every curve is compared
     * with (on the expected curve, the point's own score).
     */
    public OptionalDouble expectedScore() {
      Optional<Emotion> expected = touchpoint.expectedEmotion();
      return expected.isPresent()
          ? OptionalDouble.of(expected.get().score())
          : OptionalDouble.empty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Point point
          && stageIndex == point.stageIndex
          && indexInStage == point.indexInStage
          && indexInJourney == point.indexInJourney
          && touchpoint.equals(point.touchpoint)
          && emotion.equals(point.emotion);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stageIndex, indexInStage, indexInJourney, touchpoint, emotion);
    }

    /** The touchpoint's id and the emotion: {@code "checkout -2"}. */
    @Override
    public String toString() {
      return touchpoint.id() + " " + emotion;
    }
  }
}
