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
import org.jspecify.annotations.Nullable;

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

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    // One pass over the touchpoints: the journey's channels, and each stage's one channel (null if
    // it has none or several).
    List<Stage> stages = journey.stages();
    Set<Channel> channels = new HashSet<>();
    @Nullable Channel[] onlyChannels = new Channel[stages.size()];
    for (int s = 0; s < stages.size(); s++) {
      @Nullable Channel only = null;
      boolean several = false;
      for (Touchpoint touchpoint : stages.get(s).touchpoints()) {
        Channel channel = touchpoint.channel().orElse(null);
        if (channel == null) {
          continue;
        }
        channels.add(channel);
        if (only == null) {
          only = channel;
        } else if (!only.equals(channel)) {
          several = true;
        }
      }
      onlyChannels[s] = several ? null : only;
    }
    int journeyChannels = channels.size();
    if (journeyChannels < context.threshold()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (int s = 0; s < stages.size(); s++) {
      Channel only = onlyChannels[s];
      if (only != null) {
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
