package dev.cjm.core.analysis;

import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code channel.broken-handover}: after a change of channel the customer lands below what they
 * expected, or below neutral, by at least the threshold: the sign of a disconnected omnichannel
 * experience. It looks at two touchpoints in a row (across stage boundaries too), both with a
 * channel, in different channels, the second with an emotion. Whether the emotion fell on the way
 * does not matter: a customer who stays low after the change (−2 on the phone, −2 again in the
 * store) meets a broken hand-over too, and one who still gets what they expected (+1 to 0, with 0
 * expected) does not.
 *
 * <p>The shortfall is {@code max(expected − felt, 0 − felt)}, the expected part only when an
 * expected emotion is given. Its findings are warnings: the pain point a hand-over joins carries
 * the weight.
 */
final class BrokenHandoverRule implements GapRule {
  static final String ID = "channel.broken-handover";

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
    return "a change of channel after which the customer lands below what they expected or below"
        + " neutral";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above(
            "how far below expected or neutral the customer lands after a change of channel",
            0.5,
            0,
            4));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    double threshold = context.threshold();
    List<Touchpoint> all = journey.allTouchpoints();
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      Touchpoint before = all.get(i - 1);
      Touchpoint after = all.get(i);
      if (before.channel().isEmpty() || after.channel().isEmpty() || after.emotion().isEmpty()) {
        continue;
      }
      Channel from = before.channel().get();
      Channel to = after.channel().get();
      if (from.equals(to)) {
        continue;
      }
      double felt = after.emotion().get().score();
      Optional<Emotion> expected = after.expectedEmotion();
      // How far the customer lands below neutral, or below what they expected if that is further.
      double shortfall = -felt;
      boolean belowExpected = false;
      if (expected.isPresent() && expected.get().score() - felt >= shortfall) {
        shortfall = expected.get().score() - felt;
        belowExpected = true;
      }
      if (shortfall < threshold) {
        continue;
      }
      Finding.Builder finding =
          context
              .finding(after.id())
              .message(
                  belowExpected
                      ? Phrase.words(
                          "finding." + ID + ".expected",
                          from,
                          Phrase.quoted(before.name()),
                          to,
                          Phrase.quoted(after.name()),
                          Phrase.score(felt),
                          Phrase.score(expected.get().score()))
                      : Phrase.words(
                          "finding." + ID,
                          from,
                          Phrase.quoted(before.name()),
                          to,
                          Phrase.quoted(after.name()),
                          Phrase.score(felt)))
              .fact("from", before.id())
              .fact("from channel", from.name())
              .fact("to channel", to.name())
              .fact("felt", Emotion.formatScore(felt));
      expected.ifPresent(e -> finding.fact("expected", Emotion.formatScore(e.score())));
      findings.add(finding.fact("shortfall", shortfall).fact("threshold", threshold).build());
    }
    return findings;
  }
}
