package dev.cjm.core.analysis;

import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
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

  private StageEmotion(Stage stage) {
    this.stageId = stage.id();
    this.stageName = stage.name();
    this.phase = RuleContext.phaseOfStage(stage);
    this.touchpoints = stage.touchpoints().size();
    this.scored = (int) stage.touchpoints().stream().filter(t -> t.emotion().isPresent()).count();
    this.meanExperienced =
        stage.touchpoints().stream()
            .flatMap(t -> t.emotion().stream())
            .mapToDouble(emotion -> emotion.score())
            .average();
    this.meanExpected =
        stage.touchpoints().stream()
            .map(Touchpoint::expectedEmotion)
            .flatMap(Optional::stream)
            .mapToDouble(emotion -> emotion.score())
            .average();
  }

  static StageEmotion of(Stage stage) {
    return new StageEmotion(stage);
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

  /** Mean expected minus mean experienced (positive: worse than expected), if both are known. */
  public OptionalDouble gap() {
    return meanExperienced.isPresent() && meanExpected.isPresent()
        ? OptionalDouble.of(meanExpected.getAsDouble() - meanExperienced.getAsDouble())
        : OptionalDouble.empty();
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
