package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Maps;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.List;
import java.util.Map;
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

  // Both filled in by the constructor, then never changed.
  private final Map<String, String> pathsById;
  // Every element's path with its position, which is the order in which it was added.
  private final Map<String, Integer> positions;

  private JourneyOrder(Journey journey) {
    int elements =
        journey.stages().size()
            + journey.allTouchpoints().size()
            + journey.allBarriers().size()
            + journey.allOpportunities().size();
    this.pathsById = Maps.newHashMapWithExpectedSize(elements);
    this.positions = Maps.newHashMapWithExpectedSize(elements + 2);
    add("");
    if (journey.persona().isPresent()) {
      add("persona");
    }
    List<Stage> stages = journey.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String stagePath = add(stage.id(), "", "stages", i);
      List<Touchpoint> touchpoints = stage.touchpoints();
      for (int j = 0; j < touchpoints.size(); j++) {
        Touchpoint touchpoint = touchpoints.get(j);
        String touchpointPath = add(touchpoint.id(), stagePath, "touchpoints", j);
        addBarriers(touchpoint.barriers(), touchpointPath);
        addOpportunities(touchpoint.opportunities(), touchpointPath);
      }
      addBarriers(stage.barriers(), stagePath);
      addOpportunities(stage.opportunities(), stagePath);
      for (int k = 0; k < stage.metrics().size(); k++) {
        add(child(stagePath, "metrics", k));
      }
    }
    addOpportunities(journey.opportunities(), "");
  }

  /** Gives the path the next position. */
  private void add(String path) {
    positions.put(path, positions.size());
  }

  /** Gives the element {@code owner.field[index]} with this id the next position; its path. */
  private String add(String id, String owner, String field, int index) {
    String path = child(owner, field, index);
    pathsById.put(id, path);
    add(path);
    return path;
  }

  private void addBarriers(List<Barrier> barriers, String owner) {
    for (int k = 0; k < barriers.size(); k++) {
      add(barriers.get(k).id(), owner, "barriers", k);
    }
  }

  private void addOpportunities(List<Opportunity> opportunities, String owner) {
    for (int k = 0; k < opportunities.size(); k++) {
      add(opportunities.get(k).id(), owner, "opportunities", k);
    }
  }

  /** The path of item {@code index} of list {@code field} of the element at {@code owner}. */
  private static String child(String owner, String field, int index) {
    return owner.isEmpty() ? field + "[" + index + "]" : owner + "." + field + "[" + index + "]";
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
