package dev.cjm.core.analysis;

import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    // Each touchpoint's channel and emotion are read once, and kept for the pair it starts.
    @Nullable Channel fromChannel = null;
    @Nullable Emotion fromEmotion = null;
    for (int i = 0; i < all.size(); i++) {
      Touchpoint after = all.get(i);
      @Nullable Channel toChannel = after.channel().orElse(null);
      @Nullable Emotion toEmotion = after.emotion().orElse(null);
      if (fromChannel != null && fromEmotion != null && toChannel != null && toEmotion != null) {
        double drop = fromEmotion.score() - toEmotion.score();
        if (drop >= threshold && !fromChannel.equals(toChannel)) {
          findings.add(
              finding(
                  context,
                  i - 1,
                  i,
                  fromEmotion,
                  toEmotion,
                  fromChannel,
                  toChannel,
                  drop,
                  threshold));
        }
      }
      fromChannel = toChannel;
      fromEmotion = toEmotion;
    }
    return findings;
  }

  private static Finding finding(
      RuleContext context,
      int beforeIndex,
      int afterIndex,
      Emotion fromEmotion,
      Emotion toEmotion,
      Channel from,
      Channel to,
      double drop,
      double threshold) {
    JourneyPaths.Place before = context.paths().touchpoint(beforeIndex);
    JourneyPaths.Place after = context.paths().touchpoint(afterIndex);
    return context
        .finding(after)
        .message(
            "Moving from "
                + from.name()
                + " ("
                + before.quotedName()
                + ") to "
                + to.name()
                + " ("
                + after.quotedName()
                + ") the emotion falls from "
                + Emotion.formatScore(fromEmotion.score())
                + " to "
                + Emotion.formatScore(toEmotion.score())
                + ": the hand-over between channels is broken.")
        .fact("from", before.id)
        .fact("from channel", from.name())
        .fact("to channel", to.name())
        .fact("drop", drop)
        .fact("threshold", threshold)
        .build();
  }
}
