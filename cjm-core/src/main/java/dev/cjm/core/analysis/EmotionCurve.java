package dev.cjm.core.analysis;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;

/** The emotion curve: the touchpoints with an experienced emotion, in journey order. */
final class EmotionCurve {
  private EmotionCurve() {}

  static ImmutableList<Touchpoint> of(Journey journey) {
    return journey.allTouchpoints().stream()
        .filter(touchpoint -> touchpoint.emotion().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  static double score(Touchpoint touchpoint) {
    return touchpoint.emotion().map(emotion -> emotion.score()).orElse(0.0);
  }
}
