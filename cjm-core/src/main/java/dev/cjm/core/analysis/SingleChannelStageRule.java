package dev.cjm.core.analysis;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code channel.single-channel-stage}: a stage whose touchpoints all happen in one channel while
 * the journey as a whole uses at least the threshold number of channels: customers who prefer
 * another channel find no way through that stage.
 */
final class SingleChannelStageRule implements GapRule {
  static final String ID = "channel.single-channel-stage";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.INFO;
  }

  @Override
  public String description() {
    return "a stage served by one channel while the journey uses several";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.between("the number of channels that makes a journey omnichannel", 3, 2, 1000));
  }

  private static Set<Channel> channels(List<Touchpoint> touchpoints) {
    Set<Channel> channels = new LinkedHashSet<>();
    for (Touchpoint touchpoint : touchpoints) {
      touchpoint.channel().ifPresent(channels::add);
    }
    return channels;
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    int journeyChannels = channels(journey.allTouchpoints()).size();
    if (journeyChannels < context.threshold()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    List<Stage> stages = journey.stages();
    for (int s = 0; s < stages.size(); s++) {
      Set<Channel> channels = channels(stages.get(s).touchpoints());
      if (channels.size() == 1) {
        Channel only = channels.iterator().next();
        JourneyPaths.Place place = context.paths().stage(s);
        findings.add(
            context
                .finding(place)
                .message(
                    "Stage "
                        + place.quotedName()
                        + " is served only by "
                        + only.name()
                        + " while the journey uses "
                        + journeyChannels
                        + " channels.")
                .fact("channel", only.name())
                .fact("journey channels", Integer.toString(journeyChannels))
                .build());
      }
    }
    return findings;
  }
}
