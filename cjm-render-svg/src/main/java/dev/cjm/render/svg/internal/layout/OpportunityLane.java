package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.RankedOpportunity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the lane of opportunities puts each one, for a reader who reads the map down its columns:
 * each opportunity sits where it helps, in the column of the first barrier it addresses (a
 * touchpoint's column, or the span of a stage for a stage's barrier), and names the other places
 * whose barriers it addresses too. One that addresses nothing sits in the column of the touchpoint
 * or stage that has it; the journey's own that address nothing, or barriers in several places, go
 * in a row of their own at the bottom of the lane, under the heading "For the whole journey".
 *
 * <p>The cards of one place stack, best ranked first: as {@link
 * dev.cjm.core.analysis.GapReport#rankedOpportunities()} ranks them, by what they relieve against
 * their effort, ties in journey order. Decides only where each card goes; the {@link ElementLane}
 * stacks and places them.
 */
final class OpportunityLane {
  /** A touchpoint's column or a stage's span, found by its id, and the name it goes by. */
  private record Place(boolean isStage, String id, String name) {
    static Place of(Touchpoint touchpoint) {
      return new Place(false, touchpoint.id(), touchpoint.name());
    }

    static Place of(Stage stage) {
      return new Place(true, stage.id(), stage.name());
    }
  }

  /** An opportunity as it is drawn: its card names {@code alsoAt}, the other places it helps. */
  private record Entry(Opportunity opportunity, List<String> alsoAt) {}

  private final Map<Place, List<Entry>> byPlace = new HashMap<>();
  private final List<Entry> ofJourney = new ArrayList<>();

  private OpportunityLane(Journey journey) {
    Map<String, Place> barrierPlaces = new HashMap<>();
    Map<String, Place> ownPlaces = new HashMap<>(); // the journey's own opportunities have none
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        Place place = Place.of(touchpoint);
        touchpoint.barriers().forEach(b -> barrierPlaces.put(b.id(), place));
        touchpoint.opportunities().forEach(o -> ownPlaces.put(o.id(), place));
      }
      Place place = Place.of(stage);
      stage.barriers().forEach(b -> barrierPlaces.put(b.id(), place));
      stage.opportunities().forEach(o -> ownPlaces.put(o.id(), place));
    }
    // Ranked without a report's pain points: the map's order is the journey's alone.
    for (RankedOpportunity ranked : GapAnalysis.none().analyze(journey).rankedOpportunities()) {
      Opportunity opportunity = ranked.opportunity();
      Set<Place> helped = new LinkedHashSet<>(); // in journey order, as the barriers are
      for (Barrier barrier : ranked.barriers()) {
        Place place = barrierPlaces.get(barrier.id());
        if (place != null) {
          helped.add(place);
        }
      }
      Place own = ownPlaces.get(opportunity.id());
      Place home =
          helped.isEmpty() || (own == null && helped.size() > 1) ? own : helped.iterator().next();
      if (home == null) {
        ofJourney.add(new Entry(opportunity, List.of()));
        continue;
      }
      List<String> alsoAt = new ArrayList<>();
      for (Place place : helped) {
        if (!place.equals(home)) {
          alsoAt.add(place.name());
        }
      }
      byPlace.computeIfAbsent(home, p -> new ArrayList<>()).add(new Entry(opportunity, alsoAt));
    }
  }

  /** Where the opportunities of {@code journey} go, decided once for every band. */
  static OpportunityLane of(Journey journey) {
    return new OpportunityLane(journey);
  }

  /** True if the journey has no opportunity, so no band shows the lane. */
  boolean isEmpty() {
    return byPlace.isEmpty() && ofJourney.isEmpty();
  }

  /**
   * The lane of the opportunities in the band of {@code grid}, laid out in {@code row}; none if the
   * band has none.
   */
  Optional<MapLane> in(LaneRow row, Grid grid, LayoutContext context, Cards cards) {
    return ElementLane.of(
        row,
        grid,
        context,
        new ElementLane.Elements<Entry>(
            touchpoint -> at(Place.of(touchpoint)),
            stage -> at(Place.of(stage)),
            ofJourney,
            (entry, width) -> cards.opportunityCard(entry.opportunity(), width, entry.alsoAt())));
  }

  private List<Entry> at(Place place) {
    return byPlace.getOrDefault(place, List.of());
  }
}
