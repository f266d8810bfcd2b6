package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.Arrays;
import java.util.List;

/**
 * The emotion curve: the touchpoints with an experienced emotion, in journey order, as their
 * indexes in {@link Journey#allTouchpoints()} and their scores.
 */
final class EmotionCurve {
  private final int[] touchpoints;
  private final double[] scores;

  private EmotionCurve(int[] touchpoints, double[] scores) {
    this.touchpoints = touchpoints;
    this.scores = scores;
  }

  static EmotionCurve of(Journey journey) {
    List<Touchpoint> all = journey.allTouchpoints();
    int[] indexes = new int[all.size()];
    double[] scores = new double[all.size()];
    int size = 0;
    for (int i = 0; i < all.size(); i++) {
      Emotion emotion = all.get(i).emotion().orElse(null);
      if (emotion != null) {
        indexes[size] = i;
        scores[size] = emotion.score();
        size++;
      }
    }
    return new EmotionCurve(Arrays.copyOf(indexes, size), Arrays.copyOf(scores, size));
  }

  /** How many touchpoints the curve has. */
  int size() {
    return touchpoints.length;
  }

  /** The index in {@link Journey#allTouchpoints()} of the curve's touchpoint {@code k}. */
  int touchpoint(int k) {
    return touchpoints[k];
  }

  /** The score of the curve's touchpoint {@code k}. */
  double score(int k) {
    return scores[k];
  }
}
