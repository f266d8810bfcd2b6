package dev.cjm.core.analysis;

import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code channel.broken-handover}: two touchpoints in a row (across stage boundaries too) switch
 * channel while the emotion drops by at least the threshold, the sign of a disconnected omnichannel
 * experience. Both touchpoints need a channel and an emotion.
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
    return "consecutive touchpoints that switch channel while the emotion drops";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above("the fall in emotion across a change of channel", 1.0, 0, 4));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    double threshold = context.threshold();
    List<Touchpoint> all = journey.allTouchpoints();
    List<Finding> findings = new ArrayList<>();
    for (int i = 1; i < all.size(); i++) {
      Touchpoint before = all.get(i - 1);
      Touchpoint after = all.get(i);
      if (before.channel().isEmpty()
          || after.channel().isEmpty()
          || before.emotion().isEmpty()
          || after.emotion().isEmpty()) {
        continue;
      }
      Channel from = before.channel().get();
      Channel to = after.channel().get();
      double scoreBefore = before.emotion().get().score();
      double scoreAfter = after.emotion().get().score();
      double drop = scoreBefore - scoreAfter;
      if (drop >= threshold && !from.equals(to)) {
        findings.add(
            context
                .finding(after.id())
                .message(
                    "Moving from "
                        + from.name()
                        + " ("
                        + context.quote(before.name())
                        + ") to "
                        + to.name()
                        + " ("
                        + context.quote(after.name())
                        + ") the emotion falls from "
                        + Emotion.formatScore(scoreBefore)
                        + " to "
                        + Emotion.formatScore(scoreAfter)
                        + ": the hand-over between channels is broken.")
                .fact("from", before.id())
                .fact("from channel", from.name())
                .fact("to channel", to.name())
                .fact("drop", drop)
                .fact("threshold", threshold)
                .build());
      }
    }
    return findings;
  }
}
