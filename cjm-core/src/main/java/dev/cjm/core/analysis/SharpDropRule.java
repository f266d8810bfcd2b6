package dev.cjm.core.analysis;

import static dev.cjm.core.analysis.EmotionCurve.score;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code emotion.sharp-drop}: the emotion falls by at least the threshold from one scored
 * touchpoint to the next (touchpoints with no emotion in between are skipped). The finding is about
 * the touchpoint where the customer lands.
 */
final class SharpDropRule implements GapRule {
  static final String ID = "emotion.sharp-drop";

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
    return "a drop between consecutive scored touchpoints of at least the threshold";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above(
            "the fall in emotion between consecutive scored touchpoints that is sharp", 2.0, 0, 4));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    double threshold = context.threshold();
    List<Touchpoint> curve = EmotionCurve.of(journey);
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i < curve.size(); i++) {
      Touchpoint before = curve.get(i - 1);
      Touchpoint after = curve.get(i);
      double drop = score(before) - score(after);
      if (drop >= threshold) {
        findings.add(
            context
                .finding(after.id())
                .message(
                    "The emotion falls sharply from "
                        + Texts.quote(before.name())
                        + " to "
                        + Texts.quote(after.name())
                        + ", from "
                        + Emotion.formatScore(score(before))
                        + " to "
                        + Emotion.formatScore(score(after))
                        + ".")
                .fact("from", before.id())
                .fact("before", Emotion.formatScore(score(before)))
                .fact("after", Emotion.formatScore(score(after)))
                .fact("drop", drop)
                .fact("threshold", threshold)
                .build());
      }
    }
    return findings;
  }
}
