package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code emotion.unexplained-negative}: the customer feels bad at a touchpoint, but the map records
 * no barrier there or in its stage, so nobody knows what to fix.
 */
final class UnexplainedNegativeRule implements GapRule {
  static final String ID = "emotion.unexplained-negative";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.WARNING;
  }

  @Override
  public String description() {
    return "a negative emotion with no barrier recorded at that touchpoint or its stage";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        Emotion emotion = touchpoint.emotion().orElse(null);
        if (emotion != null
            && emotion.isNegative()
            && touchpoint.barriers().isEmpty()
            && stage.barriers().isEmpty()) {
          String score = emotion.toString();
          findings.add(
              context
                  .finding(touchpoint.id())
                  .message(
                      Phrase.words(
                          "finding." + ID,
                          Phrase.emotion(emotion),
                          Phrase.quoted(touchpoint.name()),
                          Phrase.quoted(stage.name())))
                  .fact("emotion", score)
                  .fact("stage", stage.id())
                  .build());
        }
      }
    }
    return findings;
  }
}
