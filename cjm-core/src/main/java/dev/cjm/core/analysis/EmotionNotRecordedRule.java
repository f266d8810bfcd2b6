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
    int[] missing = new int[all.size()];
    int count = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).emotion().isEmpty()) {
        missing[count++] = i;
      }
    }
    if (count == 0) {
      return List.of();
    }
    if (count == all.size()) {
      return List.of(
          context
              .journeyFinding()
              .message(
                  "No touchpoint records what the customer feels, so the map has no emotion curve.")
              .fact("touchpoints", Integer.toString(all.size()))
              .build());
    }
    List<Finding> findings = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      JourneyPaths.Place place = context.paths().touchpoint(missing[k]);
      findings.add(
          context
              .finding(place)
              .message(
                  "No emotion is recorded at "
                      + place.quotedName()
                      + ", a hole in the emotion curve.")
              .build());
    }
    return findings;
  }
}
