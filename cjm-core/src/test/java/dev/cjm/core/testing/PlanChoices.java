package dev.cjm.core.testing;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.List;

/** Plans with choices for the property tests: some touchpoints optional, some alternatives. */
public final class PlanChoices {
  private PlanChoices() {}

  /**
   * Half of the journeys (by their title's length) with choices: in each stage with two or more
   * touchpoints the first two are a "one of" group, and every third other touchpoint is optional.
   */
  public static Journey sometimes(Journey journey) {
    return journey.title().length() % 2 == 0 ? withChoices(journey) : journey;
  }

  public static Journey withChoices(Journey journey) {
    JourneyBuilder builder = journey.toBuilder();
    int counted = 0;
    for (Stage stage : journey.stages()) {
      List<Touchpoint> touchpoints = stage.touchpoints();
      for (int t = 0; t < touchpoints.size(); t++) {
        String id = touchpoints.get(t).id();
        if (touchpoints.size() >= 2 && t < 2) {
          builder.editTouchpoint(id, tp -> tp.oneOf("group-" + stage.id()));
        } else if (++counted % 3 == 0) {
          builder.editTouchpoint(id, tp -> tp.optional());
        }
      }
    }
    return builder.build();
  }
}
