package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Emotion;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Markup;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The emotion summary of one stage: the mean experienced and mean expected emotion over its
 * touchpoints that record them, and how many touchpoints record an experienced emotion.
 */
public final class StageEmotion {
  private final String stageId;
  private final String stageName;
  private final Optional<Phase> phase;
  private final int touchpoints;
  private final int scored;
  private final OptionalDouble meanExperienced;
  private final OptionalDouble meanExpected;
  private final OptionalDouble gap;

  private StageEmotion(Stage stage) {
    this.stageId = stage.id();
    this.stageName = stage.name();
    this.phase = RuleContext.phaseOfStage(stage);
    List<Touchpoint> all = stage.touchpoints();
    this.touchpoints = all.size();
    // One pass, no streams: an analysis summarises every stage.
    int experiencedCount = 0;
    double experiencedSum = 0;
    int expectedCount = 0;
    double expectedSum = 0;
    int pairedCount = 0;
    double gapSum = 0;
    for (int i = 0; i < all.size(); i++) {
      Touchpoint touchpoint = all.get(i);
      Optional<Emotion> experienced = touchpoint.emotion();
      if (experienced.isPresent()) {
        experiencedCount++;
        experiencedSum += experienced.get().score();
      }
      Optional<Emotion> expected = touchpoint.expectedEmotion();
      if (expected.isPresent()) {
        expectedCount++;
        expectedSum += expected.get().score();
      }
      if (experienced.isPresent() && expected.isPresent()) {
        pairedCount++;
        gapSum += expected.get().score() - experienced.get().score();
      }
    }
    this.scored = experiencedCount;
    this.meanExperienced = mean(experiencedSum, experiencedCount);
    this.meanExpected = mean(expectedSum, expectedCount);
    this.gap = mean(gapSum, pairedCount);
  }

  private static OptionalDouble mean(double sum, int count) {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }

  /** The emotion summary of {@code stage}. */
  public static StageEmotion of(Stage stage) {
    return new StageEmotion(checkNotNull(stage, "stage is null"));
  }

  /** The stage's id. */
  public String stageId() {
    return stageId;
  }

  /** The stage's name. */
  public String stageName() {
    return stageName;
  }

  /** The stage's standard phase, named or recognised from its name, if any. */
  public Optional<Phase> phase() {
    return phase;
  }

  /** How many touchpoints the stage has. */
  public int touchpoints() {
    return touchpoints;
  }

  /** How many of them record an experienced emotion. */
  public int scoredTouchpoints() {
    return scored;
  }

  /** The mean experienced emotion score, if any touchpoint records one. */
  public OptionalDouble meanExperienced() {
    return meanExperienced;
  }

  /** The mean expected emotion score, if any touchpoint records one. */
  public OptionalDouble meanExpected() {
    return meanExpected;
  }

  /**
   * The mean of expected minus experienced (positive: worse than expected) over the touchpoints
   * that record both, if any does: a touchpoint with only one of the two says nothing about the
   * gap.
   */
  public OptionalDouble gap() {
    return gap;
  }

  @Override
  public String toString() {
    return stageId
        + ": experienced "
        + Markup.score(meanExperienced)
        + ", expected "
        + Markup.score(meanExpected);
  }
}
