package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code emotion.not-recorded}: touchpoints with no experienced emotion, holes in the emotion
 * curve. When no touchpoint has one, a single finding about the journey says the map has no curve
 * at all.
 */
final class EmotionNotRecordedRule implements GapRule {
  static final String ID = "emotion.not-recorded";

  @Override
  public String id() {
    return ID;
  }

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
    return "touchpoints with no emotion (holes in the emotion curve)";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Touchpoint> all = journey.allTouchpoints();
    List<Touchpoint> missing = all.stream().filter(t -> t.emotion().isEmpty()).toList();
    if (missing.isEmpty()) {
      return List.of();
    }
    if (missing.size() == all.size()) {
      return List.of(
          context
              .journeyFinding()
              .message(Phrase.words("finding." + ID + ".anywhere"))
              .fact("touchpoints", Integer.toString(all.size()))
              .build());
    }
    List<Finding> findings = new ArrayList<>();
    for (Touchpoint touchpoint : missing) {
      findings.add(
          context
              .finding(touchpoint.id())
              .message(Phrase.words("finding." + ID, Phrase.quoted(touchpoint.name())))
              .build());
    }
    return findings;
  }
}
