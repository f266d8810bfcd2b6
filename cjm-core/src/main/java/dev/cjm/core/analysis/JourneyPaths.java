package dev.cjm.core.analysis;

import com.google.common.collect.Maps;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The path of every element of a journey, by id or by its index in the journey's lists, and the
 * journey order of paths: the journey, the persona, then each stage with its touchpoints (each
 * followed by its barriers and opportunities), the stage's own barriers, opportunities and metrics,
 * and last the journey's opportunities.
 *
 * <p>The standard rules walk the journey's lists and ask for places by index, an array read; the
 * map by id (for custom rules and the report's lookups) is built on first use.
 */
final class JourneyPaths {
  private final Journey journey;
  private final int personaPosition;
  // The number of positions: the journey's, the persona's and its elements'.
  private final int size;
  // Indexed as the journey's lists: stages(), allTouchpoints(), allBarriers(), allOpportunities().
  private final Place[] stages;
  private final Place[] touchpoints;
  private final Place[] barriers;
  private final Place[] opportunities;
  // Both built on first need, then never changed; racing threads build equal maps.
  private volatile @Nullable Map<String, Place> placesById;
  // Every path's position, for paths that are not their subject's own.
  private volatile @Nullable Map<String, Integer> positions;
  // Shared by the rules that read it; immutable, so racing threads may each make one.
  private volatile @Nullable EmotionCurve emotionCurve;

  /**
   * Where an element is: its id, its journey-order position, and its path, built on first use (most
   * are never asked for). It also keeps the element's name (a barrier's or opportunity's
   * description) quoted for messages, made on first use. A stage also knows the position of its
   * first metric and how many it has.
   */
  static final class Place {
    private final @Nullable Place owner;
    private final String field;
    private final int index;
    final String id;
    final int position;
    private final String name;
    int firstMetric = -1;
    int metrics;
    // Strings are safe to share without locking: racing threads build equal ones.
    private @Nullable String path;
    private @Nullable String quotedName;

    Place(@Nullable Place owner, String field, int index, String id, int position, String name) {
      this.owner = owner;
      this.field = field;
      this.index = index;
      this.id = id;
      this.position = position;
      this.name = name;
    }

    String path() {
      String built = path;
      if (built == null) {
        built =
            owner == null
                ? field + "[" + index + "]"
                : owner.path() + "." + field + "[" + index + "]";
        path = built;
      }
      return built;
    }

    /** {@link Texts#quote(String)} of the name or description, made once per analysis. */
    String quotedName() {
      String quoted = quotedName;
      if (quoted == null) {
        quoted = Texts.quote(name);
        quotedName = quoted;
      }
      return quoted;
    }
  }

  private JourneyPaths(Journey journey) {
    this.journey = journey;
    List<Stage> stageList = journey.stages();
    this.stages = new Place[stageList.size()];
    this.touchpoints = new Place[journey.allTouchpoints().size()];
    this.barriers = new Place[journey.allBarriers().size()];
    this.opportunities = new Place[journey.allOpportunities().size()];
    int position = 1; // the journey itself is 0
    this.personaPosition = journey.persona().isPresent() ? position++ : -1;
    int touchpointCount = 0;
    for (int i = 0; i < stageList.size(); i++) {
      Stage stage = stageList.get(i);
      Place stagePlace = new Place(null, "stages", i, stage.id(), position++, stage.name());
      stages[i] = stagePlace;
      List<Touchpoint> stageTouchpoints = stage.touchpoints();
      for (int j = 0; j < stageTouchpoints.size(); j++) {
        Touchpoint touchpoint = stageTouchpoints.get(j);
        Place touchpointPlace =
            new Place(stagePlace, "touchpoints", j, touchpoint.id(), position++, touchpoint.name());
        touchpoints[touchpointCount++] = touchpointPlace;
        position = addBarriers(touchpoint.barriers(), touchpointPlace, position);
        position = addOpportunities(touchpoint.opportunities(), touchpointPlace, position);
      }
      position = addBarriers(stage.barriers(), stagePlace, position);
      position = addOpportunities(stage.opportunities(), stagePlace, position);
      stagePlace.firstMetric = position;
      stagePlace.metrics = stage.metrics().size();
      position += stagePlace.metrics;
    }
    this.size = addOpportunities(journey.opportunities(), null, position);
  }

  static JourneyPaths of(Journey journey) {
    return new JourneyPaths(journey);
  }

  // Barriers and opportunities are numbered in the order of Journey's allBarriers() and
  // allOpportunities(), which is the order of this walk.
  private int barrierCount;
  private int opportunityCount;

  private int addBarriers(List<Barrier> list, Place owner, int position) {
    int next = position;
    for (int k = 0; k < list.size(); k++) {
      Barrier barrier = list.get(k);
      barriers[barrierCount++] =
          new Place(owner, "barriers", k, barrier.id(), next++, barrier.description());
    }
    return next;
  }

  private int addOpportunities(List<Opportunity> list, @Nullable Place owner, int position) {
    int next = position;
    for (int k = 0; k < list.size(); k++) {
      Opportunity opportunity = list.get(k);
      opportunities[opportunityCount++] =
          new Place(owner, "opportunities", k, opportunity.id(), next++, opportunity.description());
    }
    return next;
  }

  Journey journey() {
    return journey;
  }

  /** The place of the stage at this index of {@link Journey#stages()}. */
  Place stage(int index) {
    return stages[index];
  }

  /** The place of the touchpoint at this index of {@link Journey#allTouchpoints()}. */
  Place touchpoint(int index) {
    return touchpoints[index];
  }

  /** The place of the barrier at this index of {@link Journey#allBarriers()}. */
  Place barrier(int index) {
    return barriers[index];
  }

  /** The place of the opportunity at this index of {@link Journey#allOpportunities()}. */
  Place opportunity(int index) {
    return opportunities[index];
  }

  /** The number of positions in journey order; every element's is below it. */
  int size() {
    return size;
  }

  /** The journey's emotion curve, made on first use. */
  EmotionCurve emotionCurve() {
    EmotionCurve curve = emotionCurve;
    if (curve == null) {
      curve = EmotionCurve.of(journey);
      emotionCurve = curve;
    }
    return curve;
  }

  /** The journey-order position of the persona, or -1 if the journey has none. */
  int personaPosition() {
    return personaPosition;
  }

  /** Where the stage, touchpoint, barrier or opportunity with this id is, or null if none. */
  @Nullable Place place(String id) {
    return placesById().get(id);
  }

  /** The path of the stage, touchpoint, barrier or opportunity with this id, or null if none. */
  @Nullable String pathOf(String id) {
    Place place = place(id);
    return place == null ? null : place.path();
  }

  private Map<String, Place> placesById() {
    Map<String, Place> byId = placesById;
    if (byId == null) {
      byId =
          Maps.newHashMapWithExpectedSize(
              stages.length + touchpoints.length + barriers.length + opportunities.length);
      for (Place[] places : List.of(stages, touchpoints, barriers, opportunities)) {
        for (Place place : places) {
          byId.put(place.id, place);
        }
      }
      placesById = byId;
    }
    return byId;
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
    Place place = place(subjectId);
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
      Map<String, Place> byId = placesById();
      known = Maps.newHashMapWithExpectedSize(byId.size() + 2);
      known.put("", 0);
      if (personaPosition >= 0) {
        known.put("persona", personaPosition);
      }
      for (Place place : byId.values()) {
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
