package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code emotion.low-point}: a pain point, where the emotion curve dips below zero and lower than
 * both its neighbours. On a flat bottom (equal scores in a row) the first touchpoint is the low
 * point. Touchpoints with no emotion are skipped.
 */
final class LowPointRule implements GapRule {
  static final String ID = "emotion.low-point";

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
    return "a negative local minimum of the emotion curve (a pain point)";
  }

  /** Where on the curve a low point lies, in words that claim no more than the curve shows. */
  private static String where(boolean lowest, boolean first, boolean last) {
    if (lowest) {
      return "lowest";
    }
    if (first) {
      return "start";
    }
    return last ? "end" : "between";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<EmotionCurve.Point> curve = context.emotionCurve().points();
    double lowest = curve.stream().mapToDouble(EmotionCurve.Point::score).min().orElse(0);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < curve.size(); i++) {
      double here = curve.get(i).score();
      if (here >= 0 || (i > 0 && curve.get(i - 1).score() <= here)) {
        continue;
      }
      int next = i + 1;
      while (next < curve.size() && curve.get(next).score() == here) {
        next++;
      }
      if (next < curve.size() && curve.get(next).score() < here) {
        continue;
      }
      Touchpoint touchpoint = curve.get(i).touchpoint();
      Finding.Builder finding =
          context
              .finding(touchpoint.id())
              .message(
                  Phrase.words(
                      "finding." + ID + "." + where(here == lowest, i == 0, next == curve.size()),
                      Phrase.score(here),
                      Phrase.quoted(touchpoint.name())))
              .fact("score", Emotion.formatScore(here));
      if (i > 0) {
        finding.fact("previous", Emotion.formatScore(curve.get(i - 1).score()));
      }
      if (next < curve.size()) {
        finding.fact("next", Emotion.formatScore(curve.get(next).score()));
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
