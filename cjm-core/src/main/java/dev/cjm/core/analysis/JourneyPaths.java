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
  // Filled here and never changed after: a plain hash map, sized once, not copied.
  private final Map<String, Place> placesById;
  private final int personaPosition;
  // Every path's position, for paths that are not their subject's own; built on first need.
  private volatile @Nullable Map<String, Integer> positions;

  /**
   * Where an element is: its journey-order position, and its path, built on first use (most are
   * never asked for). A stage also knows the position of its first metric and how many it has.
   */
  static final class Place {
    private final @Nullable Place owner;
    private final String field;
    private final int index;
    final int position;
    int firstMetric = -1;
    int metrics;
    // A String is safe to share without locking: racing threads build equal ones.
    private @Nullable String path;

    Place(@Nullable Place owner, String field, int index, int position) {
      this.owner = owner;
      this.field = field;
      this.index = index;
      this.position = position;
    }

    String path() {
      String built = path;
      if (built == null) {
        String own = field + "[" + index + "]";
        built = owner == null ? own : owner.path() + "." + own;
        path = built;
      }
      return built;
    }
  }

  private JourneyPaths(Journey journey) {
    this.journey = journey;
    int elements =
        journey.stages().size()
            + journey.allTouchpoints().size()
            + journey.allBarriers().size()
            + journey.allOpportunities().size();
    Map<String, Place> byId = Maps.newHashMapWithExpectedSize(elements);
    int position = 1; // the journey itself is 0
    this.personaPosition = journey.persona().isPresent() ? position++ : -1;
    List<Stage> stages = journey.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      Place stagePlace = new Place(null, "stages", i, position++);
      byId.put(stage.id(), stagePlace);
      List<Touchpoint> touchpoints = stage.touchpoints();
      for (int j = 0; j < touchpoints.size(); j++) {
        Touchpoint touchpoint = touchpoints.get(j);
        Place touchpointPlace = new Place(stagePlace, "touchpoints", j, position++);
        byId.put(touchpoint.id(), touchpointPlace);
        position = addBarriers(byId, touchpoint.barriers(), touchpointPlace, position);
        position = addOpportunities(byId, touchpoint.opportunities(), touchpointPlace, position);
      }
      position = addBarriers(byId, stage.barriers(), stagePlace, position);
      position = addOpportunities(byId, stage.opportunities(), stagePlace, position);
      stagePlace.firstMetric = position;
      stagePlace.metrics = stage.metrics().size();
      position += stagePlace.metrics;
    }
    addOpportunities(byId, journey.opportunities(), null, position);
    this.placesById = byId;
  }

  static JourneyPaths of(Journey journey) {
    return new JourneyPaths(journey);
  }

  private static int addBarriers(
      Map<String, Place> byId, List<Barrier> barriers, Place owner, int position) {
    int next = position;
    for (int k = 0; k < barriers.size(); k++) {
      byId.put(barriers.get(k).id(), new Place(owner, "barriers", k, next++));
    }
    return next;
  }

  private static int addOpportunities(
      Map<String, Place> byId,
      List<Opportunity> opportunities,
      @Nullable Place owner,
      int position) {
    int next = position;
    for (int k = 0; k < opportunities.size(); k++) {
      byId.put(opportunities.get(k).id(), new Place(owner, "opportunities", k, next++));
    }
    return next;
  }

  Journey journey() {
    return journey;
  }

  /** Where the stage, touchpoint, barrier or opportunity with this id is, or null if none. */
  @Nullable Place place(String id) {
    return placesById.get(id);
  }

  /** The path of the stage, touchpoint, barrier or opportunity with this id, or null if none. */
  @Nullable String pathOf(String id) {
    Place place = placesById.get(id);
    return place == null ? null : place.path();
  }

  /**
   * The journey-order position of a finding's path, given its subject's id: the subject's own
   * position when the path is the subject's (or one of a stage's metrics), found by id; any other
   * path as {@link #position(String)} finds it.
   */
  int position(String subjectId, String path) {
    if (path.isEmpty()) {
      return 0;
    }
    Place place = placesById.get(subjectId);
    if (place != null) {
      String own = place.path();
      if (own.equals(path)) {
        return place.position;
      }
      String metric = ".metrics[";
      if (place.metrics > 0
          && path.length() > own.length() + metric.length() + 1
          && path.startsWith(own)
          && path.startsWith(metric, own.length())
          && path.charAt(path.length() - 1) == ']') {
        int k = parseIndex(path, own.length() + metric.length(), path.length() - 1);
        if (k >= 0 && k < place.metrics) {
          return place.firstMetric + k;
        }
      }
    }
    return position(path);
  }

  /** A non-negative index written plainly between {@code start} and {@code end}, else -1. */
  private static int parseIndex(String text, int start, int end) {
    if (end - start > 9 || (text.charAt(start) == '0' && end - start > 1)) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The journey-order position of a path: its own, else that of the longest known path it starts
   * with ({@code stages[1].touchpoints[0].emotion} sits with its touchpoint); unknown paths go
   * last.
   */
  int position(String path) {
    Map<String, Integer> known = positions();
    String current = path;
    while (true) {
      Integer position = known.get(current);
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

  private Map<String, Integer> positions() {
    Map<String, Integer> known = positions;
    if (known == null) {
      known = Maps.newHashMapWithExpectedSize(placesById.size() + 2);
      known.put("", 0);
      if (personaPosition >= 0) {
        known.put("persona", personaPosition);
      }
      for (Place place : placesById.values()) {
        known.put(place.path(), place.position);
        for (int k = 0; k < place.metrics; k++) {
          known.put(place.path() + ".metrics[" + k + "]", place.firstMetric + k);
        }
      }
      positions = known;
    }
    return known;
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
