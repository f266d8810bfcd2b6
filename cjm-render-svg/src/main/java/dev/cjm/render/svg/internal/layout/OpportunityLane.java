package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
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
 * The lane of opportunities, for a reader who reads the map down its columns: each opportunity sits
 * where it helps, in the column of the first barrier it addresses (a touchpoint's column, or the
 * span of a stage for a stage's barrier), and names the other places whose barriers it addresses
 * too. One that addresses nothing sits in the column of the touchpoint or stage that has it; the
 * journey's own that address nothing, or barriers in several places, go in a row of their own at
 * the bottom of the lane, under the heading "For the whole journey".
 *
 * <p>The cards of one place stack, best ranked first (the ranking of {@link
 * dev.cjm.core.analysis.GapReport#rankedOpportunities()}: by what they relieve against their
 * effort, then in journey order); a stage's span sits below the tallest of its columns, and the
 * lane is as tall as its tallest place plus the journey's row.
 */
final class OpportunityLane implements MapLane {
  /** A touchpoint's column ({@code column} ≥ 0) or a stage's span, with the name it goes by. */
  private record Place(int column, int stage, String name) {
    static Place ofColumn(Column column, Touchpoint touchpoint) {
      return new Place(column.index(), column.stageIndex(), touchpoint.name());
    }

    static Place ofStage(int stage, Stage of) {
      return new Place(-1, stage, of.name());
    }
  }

  /** An opportunity as it is drawn: its card names {@code alsoAt}, the other places it helps. */
  private record Entry(Opportunity opportunity, List<String> alsoAt) {}

  /** A part, and the index of the column or stage it goes into. */
  private record Placed(int index, MapLayout.Part part) {}

  private final List<Placed> inColumns = new ArrayList<>();
  private final List<Placed> inStages = new ArrayList<>();
  private final List<MapLayout.Part> forJourney = new ArrayList<>();
  private final double height;

  private OpportunityLane(
      LaneRow row, Grid grid, LayoutContext context, Cards cards, Journey journey) {
    Map<Place, List<Entry>> byPlace = new HashMap<>();
    List<Entry> ofJourney = new ArrayList<>();
    sort(journey, grid, byPlace, ofJourney);
    double laneTop = row.top();
    double stageAreaHeight = 0;
    for (int s = 0; s < grid.stages().size(); s++) {
      double columnsHeight = 0;
      for (Column column : grid.columnsOf(s)) {
        Touchpoint touchpoint = column.touchpoint();
        List<Entry> here =
            touchpoint == null
                ? List.of()
                : byPlace.getOrDefault(Place.ofColumn(column, touchpoint), List.of());
        if (here.isEmpty()) {
          continue;
        }
        Stack stack = stack(here, grid.cellWidth(), cards);
        double x = column.x() + Grid.INSET;
        inColumns.add(new Placed(column.index(), out -> stack.emit(x, laneTop + Grid.INSET, out)));
        columnsHeight = Math.max(columnsHeight, stack.height());
      }
      double height = columnsHeight;
      List<Entry> acrossStage =
          byPlace.getOrDefault(Place.ofStage(s, grid.stages().get(s)), List.of());
      if (!acrossStage.isEmpty()) {
        Stack stack = stack(acrossStage, grid.stageCardWidth(s), cards);
        double top = laneTop + Grid.INSET + (columnsHeight > 0 ? columnsHeight + Grid.GAP : 0);
        double x = grid.stageX(s) + Grid.INSET;
        inStages.add(new Placed(s, out -> stack.emit(x, top, out)));
        height = top - laneTop - Grid.INSET + stack.height();
      }
      stageAreaHeight = Math.max(stageAreaHeight, height);
    }
    double laneHeight = stageAreaHeight + 2 * Grid.INSET;
    if (!ofJourney.isEmpty()) {
      double top = laneTop + (stageAreaHeight > 0 ? stageAreaHeight + 2 * Grid.INSET : Grid.INSET);
      TextItem heading =
          TextItem.of(
              context.words().forTheWholeJourney(),
              context.fonts().smallBold(),
              grid.cellWidth(),
              1,
              CssClass.MUTED,
              row.surface(),
              context.metrics());
      double headingTop = top;
      forJourney.add(out -> heading.emit(grid.left() + Grid.INSET, headingTop, out));
      top += heading.height() + Grid.GAP;
      int perRow = grid.columns().size();
      double rowTop = top;
      double rowHeight = 0;
      for (int i = 0; i < ofJourney.size(); i++) {
        if (i > 0 && i % perRow == 0) {
          rowTop += rowHeight + Grid.GAP;
          rowHeight = 0;
        }
        Card card = card(ofJourney.get(i), grid.cellWidth(), cards);
        double x = grid.columnX(i % perRow) + Grid.INSET;
        double cardTop = rowTop;
        forJourney.add(out -> card.emit(x, cardTop, out));
        rowHeight = Math.max(rowHeight, card.height());
      }
      laneHeight = rowTop + rowHeight + Grid.INSET - laneTop;
    }
    this.height = laneHeight;
  }

  /** The lane of the journey's opportunities, laid out in {@code row}; none if it has none. */
  static Optional<MapLane> of(
      LaneRow row, Grid grid, LayoutContext context, Cards cards, Journey journey) {
    return journey.allOpportunities().isEmpty()
        ? Optional.empty()
        : Optional.of(new OpportunityLane(row, grid, context, cards, journey));
  }

  /**
   * Puts every opportunity of {@code journey}, best ranked first, in the list of the place it goes
   * to in {@code byPlace}, or in {@code ofJourney} for the journey's row.
   */
  private static void sort(
      Journey journey, Grid grid, Map<Place, List<Entry>> byPlace, List<Entry> ofJourney) {
    Map<String, Place> barrierPlaces = new HashMap<>();
    Map<String, Place> ownPlaces = new HashMap<>(); // the journey's own opportunities have none
    for (int s = 0; s < grid.stages().size(); s++) {
      Stage stage = grid.stages().get(s);
      for (Column column : grid.columnsOf(s)) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint != null) {
          Place place = Place.ofColumn(column, touchpoint);
          touchpoint.barriers().forEach(b -> barrierPlaces.put(b.id(), place));
          touchpoint.opportunities().forEach(o -> ownPlaces.put(o.id(), place));
        }
      }
      Place place = Place.ofStage(s, stage);
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

  private static Stack stack(List<Entry> entries, double width, Cards cards) {
    List<Item> items = new ArrayList<>();
    for (Entry entry : entries) {
      items.add(card(entry, width, cards));
    }
    return new Stack(items, Grid.GAP);
  }

  private static Card card(Entry entry, double width, Cards cards) {
    return cards.opportunityCard(entry.opportunity(), width, entry.alsoAt());
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public void place(Assembly assembly) {
    for (Placed placed : inColumns) {
      assembly.addToColumn(placed.index(), placed.part());
    }
    for (Placed placed : inStages) {
      assembly.addToStage(placed.index(), placed.part());
    }
    if (!forJourney.isEmpty()) {
      ImmutableList<MapLayout.Part> parts = ImmutableList.copyOf(forJourney);
      assembly.addAfterStages(
          out -> {
            List<Node> shapes = new ArrayList<>();
            for (MapLayout.Part part : parts) {
              part.emit(shapes);
            }
            out.add(
                new Group(
                    Ids.JOURNEY_OPPORTUNITIES,
                    CssClass.JOURNEY_OPPORTUNITIES,
                    null,
                    ImmutableList.copyOf(shapes)));
          });
    }
  }
}
