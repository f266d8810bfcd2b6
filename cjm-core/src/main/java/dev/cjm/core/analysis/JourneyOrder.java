package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.List;
import java.util.Optional;

/**
 * The journey order of a journey's elements, for rules and reports that list what they find in the
 * order a customer meets it: every element's path, and every path's position in that order. {@link
 * GapReport} lists the findings of each severity by {@link #positionOf(String)}; a {@link GapRule}
 * gets the order of the journey it checks from {@link RuleContext#journeyOrder()}.
 *
 * <p>The order, with the paths that name each element:
 *
 * <ol>
 *   <li>the journey itself: the empty path, at position 0;
 *   <li>its persona, if it has one: {@code persona};
 *   <li>each stage ({@code stages[1]}), with each of its touchpoints ({@code
 *       stages[1].touchpoints[0]}) followed by that touchpoint's barriers ({@code
 *       stages[1].touchpoints[0].barriers[0]}) and opportunities, then the stage's own barriers
 *       ({@code stages[1].barriers[0]}), opportunities and metrics ({@code stages[1].metrics[0]});
 *   <li>the journey's own opportunities: {@code opportunities[0]}.
 * </ol>
 *
 * <p>A path inside an element ({@code stages[1].touchpoints[0].emotion}) takes that element's
 * position; a path in no element of the journey comes after them all.
 */
public final class JourneyOrder {
  /** The position of a path that lies in no element of the journey: after every element. */
  public static final int UNKNOWN = Integer.MAX_VALUE;

  private final ImmutableMap<String, String> pathsById;
  // Every element's path with its position, in journey order.
  private final ImmutableMap<String, Integer> positions;

  private JourneyOrder(Journey journey) {
    Walk walk = new Walk();
    walk.add("");
    if (journey.persona().isPresent()) {
      walk.add("persona");
    }
    List<Stage> stages = journey.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String stagePath = walk.add(stage.id(), "", "stages", i);
      List<Touchpoint> touchpoints = stage.touchpoints();
      for (int j = 0; j < touchpoints.size(); j++) {
        Touchpoint touchpoint = touchpoints.get(j);
        String touchpointPath = walk.add(touchpoint.id(), stagePath, "touchpoints", j);
        walk.addBarriers(touchpoint.barriers(), touchpointPath);
        walk.addOpportunities(touchpoint.opportunities(), touchpointPath);
      }
      walk.addBarriers(stage.barriers(), stagePath);
      walk.addOpportunities(stage.opportunities(), stagePath);
      for (int k = 0; k < stage.metrics().size(); k++) {
        walk.add(child(stagePath, "metrics", k));
      }
    }
    walk.addOpportunities(journey.opportunities(), "");
    this.pathsById = walk.pathsById.buildOrThrow();
    this.positions = walk.positions.buildOrThrow();
  }

  /** The walk through the journey that numbers the paths in the order it meets them. */
  private static final class Walk {
    final ImmutableMap.Builder<String, String> pathsById = ImmutableMap.builder();
    final ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builder();
    int next;

    /** Gives the path the next position. */
    void add(String path) {
      positions.put(path, next++);
    }

    /** Gives the element {@code owner.field[index]} with this id the next position. */
    String add(String id, String owner, String field, int index) {
      String path = child(owner, field, index);
      pathsById.put(id, path);
      add(path);
      return path;
    }

    void addBarriers(List<Barrier> barriers, String owner) {
      for (int k = 0; k < barriers.size(); k++) {
        add(barriers.get(k).id(), owner, "barriers", k);
      }
    }

    void addOpportunities(List<Opportunity> opportunities, String owner) {
      for (int k = 0; k < opportunities.size(); k++) {
        add(opportunities.get(k).id(), owner, "opportunities", k);
      }
    }
  }

  /** The path of item {@code index} of list {@code field} of the element at {@code owner}. */
  private static String child(String owner, String field, int index) {
    return (owner.isEmpty() ? "" : owner + ".") + field + "[" + index + "]";
  }

  /** The journey order of this journey. */
  static JourneyOrder of(Journey journey) {
    return new JourneyOrder(checkNotNull(journey, "journey is null"));
  }

  /** The path of the stage, touchpoint, barrier or opportunity with this id, if there is one. */
  public Optional<String> pathOf(String id) {
    checkNotNull(id, "id is null");
    return Optional.ofNullable(pathsById.get(id));
  }

  /**
   * The position of a path in journey order, from 0 for the journey: that of the element the path
   * names, else of the innermost element it lies in ({@code stages[1].touchpoints[0].emotion} is at
   * its touchpoint), else {@link #UNKNOWN}.
   */
  public int positionOf(String path) {
    checkNotNull(path, "path is null");
    String element = path;
    while (true) {
      Integer position = positions.get(element);
      if (position != null) {
        return position;
      }
      // Drop the last step: ".emotion", or the index "[0]" and then its list ".touchpoints".
      int cut = Math.max(element.lastIndexOf('.'), element.lastIndexOf('['));
      if (cut <= 0) {
        return UNKNOWN;
      }
      element = element.substring(0, cut);
    }
  }
}
