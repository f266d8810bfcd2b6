package dev.cjm.core.analysis;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code channel.single-channel-stage}: a stage with at least two touchpoints in a channel, all in
 * the same one, while the journey as a whole uses at least the threshold number of channels:
 * customers who prefer another channel find no way through that stage. A stage with one such
 * touchpoint has one channel trivially, and is not reported.
 */
final class SingleChannelStageRule implements GapRule {
  static final String ID = "channel.single-channel-stage";

  @Override
  public String id() {
    return ID;
  }

  /**
   * About the map's channels rather than a shortfall customers feel: one map check lists every such
   * stage.
   */
  @Override
  public FindingKind kind() {
    return FindingKind.MAP;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.INFO;
  }

  @Override
  public String description() {
    return "a stage of several touchpoints, all in one channel, while the journey uses several";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.between("the number of channels that makes a journey omnichannel", 3, 2, 1000));
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    int journeyChannels = channels(journey.allTouchpoints()).size();
    if (journeyChannels < context.threshold()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      Set<Channel> stageChannels = channels(stage.touchpoints());
      if (stageChannels.size() == 1 && withChannel(stage.touchpoints()) >= 2) {
        Channel only = stageChannels.iterator().next();
        findings.add(
            context
                .finding(stage.id())
                .message(
                    Phrase.words(
                        "finding." + ID, Phrase.quoted(stage.name()), only, journeyChannels))
                .fact("channel", only.name())
                .fact("journey channels", Integer.toString(journeyChannels))
                .build());
      }
    }
    return findings;
  }

  /** How many of these touchpoints have a channel. */
  private static long withChannel(List<Touchpoint> touchpoints) {
    return touchpoints.stream().filter(touchpoint -> touchpoint.channel().isPresent()).count();
  }

  /** The channels of these touchpoints, those that have one. */
  private static Set<Channel> channels(List<Touchpoint> touchpoints) {
    Set<Channel> channels = new HashSet<>();
    for (Touchpoint touchpoint : touchpoints) {
      touchpoint.channel().ifPresent(channels::add);
    }
    return channels;
  }
}
