package dev.cjm.core.analysis;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.Optional;

/** The emotion curve: the touchpoints with an experienced emotion, in journey order. */
final class EmotionCurve {
  private EmotionCurve() {}

  static ImmutableList<Touchpoint> of(Journey journey) {
    return journey.allTouchpoints().stream()
        .filter(touchpoint -> touchpoint.emotion().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  static double score(Touchpoint touchpoint) {
    Optional<Emotion> emotion = touchpoint.emotion();
    return emotion.isPresent() ? emotion.get().score() : 0.0;
  }
}
