package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
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
    List<EmotionCurve.Point> curve = context.emotionCurve().points();
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i < curve.size(); i++) {
      double scoreBefore = curve.get(i - 1).score();
      double scoreAfter = curve.get(i).score();
      double drop = scoreBefore - scoreAfter;
      if (drop >= threshold) {
        Touchpoint before = curve.get(i - 1).touchpoint();
        Touchpoint after = curve.get(i).touchpoint();
        findings.add(
            context
                .finding(after.id())
                .message(
                    Phrase.words(
                        "finding." + ID,
                        Phrase.quoted(before.name()),
                        Phrase.quoted(after.name()),
                        Phrase.score(scoreBefore),
                        Phrase.score(scoreAfter)))
                .fact("from", before.id())
                .fact("before", Emotion.formatScore(scoreBefore))
                .fact("after", Emotion.formatScore(scoreAfter))
                .fact("drop", drop)
                .fact("threshold", threshold)
                .build());
      }
    }
    return findings;
  }
}
