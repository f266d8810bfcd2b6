package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code emotion.expectation-gap}: the customer felt worse than they expected to (SERVQUAL's gap
 * 5), by at least the threshold. A gap of twice the threshold or more is an error.
 */
final class ExpectationGapRule implements GapRule {
  static final String ID = "emotion.expectation-gap";

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
    return "experienced emotion below the expected one by at least the threshold";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above("the shortfall of experienced against expected emotion", 1.0, 0, 4));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    double threshold = context.threshold();
    List<Finding> findings = new ArrayList<>();
    for (Touchpoint touchpoint : journey.allTouchpoints()) {
      if (touchpoint.emotion().isEmpty() || touchpoint.expectedEmotion().isEmpty()) {
        continue;
      }
      double experienced = touchpoint.emotion().get().score();
      double expected = touchpoint.expectedEmotion().get().score();
      double gap = expected - experienced;
      if (gap >= threshold) {
        findings.add(
            context
                .finding(touchpoint.id())
                .severity(gap >= 2 * threshold ? FindingSeverity.ERROR : FindingSeverity.WARNING)
                .message(
                    Phrase.words(
                        "finding." + ID,
                        Phrase.quoted(touchpoint.name()),
                        Phrase.score(experienced),
                        Phrase.score(expected),
                        Phrase.amount(gap)))
                .fact("experienced", Emotion.formatScore(experienced))
                .fact("expected", Emotion.formatScore(expected))
                .fact("gap", gap)
                .fact("threshold", threshold)
                .build());
      }
    }
    return findings;
  }
}
