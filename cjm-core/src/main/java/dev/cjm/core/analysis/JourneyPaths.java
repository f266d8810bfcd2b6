package dev.cjm.core.analysis;

import com.google.common.collect.Maps;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The path of every element of a journey, by id, and the journey order of paths: the journey, the
 * persona, then each stage with its touchpoints (each followed by its barriers and opportunities),
 * the stage's own barriers, opportunities and metrics, and last the journey's opportunities.
 */
final class JourneyPaths {
  private final Journey journey;
  // Filled here and never changed after: plain hash maps, sized once, not copied.
  private final Map<String, String> pathsById;
  private final Map<String, Integer> positions;

  private JourneyPaths(Journey journey) {
    this.journey = journey;
    int elements =
        journey.stages().size()
            + journey.allTouchpoints().size()
            + journey.allBarriers().size()
            + journey.allOpportunities().size();
    Map<String, String> byId = Maps.newHashMapWithExpectedSize(elements);
    Map<String, Integer> order = Maps.newHashMapWithExpectedSize(elements + 2);
    order.put("", 0);
    journey.persona().ifPresent(persona -> order.put("persona", order.size()));
    List<Stage> stages = journey.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String stagePath = "stages[" + i + "]";
      add(byId, order, stage.id(), stagePath);
      List<Touchpoint> touchpoints = stage.touchpoints();
      for (int j = 0; j < touchpoints.size(); j++) {
        Touchpoint touchpoint = touchpoints.get(j);
        String touchpointPath = stagePath + ".touchpoints[" + j + "]";
        add(byId, order, touchpoint.id(), touchpointPath);
        addBarriers(byId, order, touchpoint.barriers(), touchpointPath);
        addOpportunities(byId, order, touchpoint.opportunities(), touchpointPath);
      }
      addBarriers(byId, order, stage.barriers(), stagePath);
      addOpportunities(byId, order, stage.opportunities(), stagePath);
      for (int k = 0; k < stage.metrics().size(); k++) {
        order.put(stagePath + ".metrics[" + k + "]", order.size());
      }
    }
    addOpportunities(byId, order, journey.opportunities(), "");
    this.pathsById = byId;
    this.positions = order;
  }

  static JourneyPaths of(Journey journey) {
    return new JourneyPaths(journey);
  }

  private static void addBarriers(
      Map<String, String> byId, Map<String, Integer> order, List<Barrier> barriers, String owner) {
    for (int k = 0; k < barriers.size(); k++) {
      add(byId, order, barriers.get(k).id(), owner + ".barriers[" + k + "]");
    }
  }

  private static void addOpportunities(
      Map<String, String> byId,
      Map<String, Integer> order,
      List<Opportunity> opportunities,
      String owner) {
    String prefix = owner.isEmpty() ? "" : owner + ".";
    for (int k = 0; k < opportunities.size(); k++) {
      add(byId, order, opportunities.get(k).id(), prefix + "opportunities[" + k + "]");
    }
  }

  private static void add(
      Map<String, String> byId, Map<String, Integer> order, String id, String path) {
    byId.put(id, path);
    order.put(path, order.size());
  }

  Journey journey() {
    return journey;
  }

  /** The path of the stage, touchpoint, barrier or opportunity with this id, or null if none. */
  @Nullable String pathOf(String id) {
    return pathsById.get(id);
  }

  /**
   * The journey-order position of a path: its own, else that of the longest known path it starts
   * with ({@code stages[1].touchpoints[0].emotion} sits with its touchpoint); unknown paths go
   * last.
   */
  int position(String path) {
    String current = path;
    while (true) {
      Integer position = positions.get(current);
      if (position != null) {
        return position;
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return current.isEmpty() ? 0 : Integer.MAX_VALUE;
      }
      current = current.substring(0, cut);
    }
  }

  /** The index of the stage a path lies in ({@code stages[2]…} gives 2), if any. */
  static Optional<Integer> stageIndex(String path) {
    return index(path, "stages[");
  }

  /** The index pair of the touchpoint a path lies in, as {@code "stages[i].touchpoints[j]"}. */
  static Optional<String> touchpointPrefix(String path) {
    int at = path.indexOf(".touchpoints[");
    if (!path.startsWith("stages[") || at < 0) {
      return Optional.empty();
    }
    int close = path.indexOf(']', at);
    return close < 0 ? Optional.empty() : Optional.of(path.substring(0, close + 1));
  }

  private static Optional<Integer> index(String path, String prefix) {
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    int close = path.indexOf(']', prefix.length());
    if (close < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(path.substring(prefix.length(), close)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
