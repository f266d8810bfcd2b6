package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lane of elements that touchpoints, stages and the journey itself may each have several of
 * (barriers, opportunities): each touchpoint's cards stacked under its column, each stage's across
 * the stage below them, and the journey's own in rows of one card a column after a heading, at the
 * bottom of the lane.
 */
final class ElementLane implements MapLane {
  /** Makes the card of one element, {@code width} wide. */
  interface CardMaker<T> {
    Card card(T element, double width);
  }

  /** Where a lane's elements are, and how to make the card of one. */
  record Elements<T>(
      Function<Touchpoint, List<T>> ofTouchpoint,
      Function<Stage, List<T>> ofStage,
      List<T> ofJourney,
      CardMaker<T> cards) {}

  /** A part, and the index of the column or stage it goes into. */
  private record Placed(int index, MapLayout.Part part) {}

  private final List<Placed> inColumns = new ArrayList<>();
  private final List<Placed> inStages = new ArrayList<>();
  private final List<MapLayout.Part> forJourney = new ArrayList<>();
  private final double height;

  private <T> ElementLane(LaneRow row, Grid grid, LayoutContext context, Elements<T> elements) {
    double laneTop = row.top();
    double stageAreaHeight = 0;
    for (int s : grid.stageIndexes()) {
      double columnsHeight = 0;
      for (Column column : grid.columnsOf(s)) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint == null) {
          continue;
        }
        List<T> here = elements.ofTouchpoint().apply(touchpoint);
        if (here.isEmpty()) {
          continue;
        }
        Stack stack = stack(here, grid.cellWidth(), elements.cards());
        double x = column.x() + Grid.INSET;
        inColumns.add(new Placed(column.index(), out -> stack.emit(x, laneTop + Grid.INSET, out)));
        columnsHeight = Math.max(columnsHeight, stack.height());
      }
      double height = columnsHeight;
      // A stage's own elements go where it starts, when it is split across bands.
      List<T> stageElements =
          grid.startsStage(s) ? elements.ofStage().apply(grid.stages().get(s)) : List.of();
      if (!stageElements.isEmpty()) {
        Stack stack = stack(stageElements, grid.stageCardWidth(s), elements.cards());
        double top = laneTop + Grid.INSET + (columnsHeight > 0 ? columnsHeight + Grid.GAP : 0);
        double x = grid.stageX(s) + Grid.INSET;
        inStages.add(new Placed(s, out -> stack.emit(x, top, out)));
        height = top - laneTop - Grid.INSET + stack.height();
      }
      stageAreaHeight = Math.max(stageAreaHeight, height);
    }
    double laneHeight = stageAreaHeight + 2 * Grid.INSET;
    List<T> journeyElements = journeyElements(grid, elements);
    if (!journeyElements.isEmpty()) {
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
      for (int i = 0; i < journeyElements.size(); i++) {
        if (i > 0 && i % perRow == 0) {
          rowTop += rowHeight + Grid.GAP;
          rowHeight = 0;
        }
        Card card = elements.cards().card(journeyElements.get(i), grid.cellWidth());
        double x = grid.columns().get(i % perRow).x() + Grid.INSET;
        double cardTop = rowTop;
        forJourney.add(out -> card.emit(x, cardTop, out));
        rowHeight = Math.max(rowHeight, card.height());
      }
      laneHeight = rowTop + rowHeight + Grid.INSET - laneTop;
    }
    this.height = laneHeight;
  }

  /**
   * The lane of {@code elements} in the band of {@code grid}, laid out in {@code row}; none if the
   * band has none.
   */
  static <T> Optional<MapLane> of(
      LaneRow row, Grid grid, LayoutContext context, Elements<T> elements) {
    boolean any = !journeyElements(grid, elements).isEmpty();
    for (int s : grid.stageIndexes()) {
      any |= grid.startsStage(s) && !elements.ofStage().apply(grid.stages().get(s)).isEmpty();
      for (Column column : grid.columnsOf(s)) {
        Touchpoint touchpoint = column.touchpoint();
        any |= touchpoint != null && !elements.ofTouchpoint().apply(touchpoint).isEmpty();
      }
    }
    return any ? Optional.of(new ElementLane(row, grid, context, elements)) : Optional.empty();
  }

  /** The journey's own elements, in the last band only: after every stage. */
  private static <T> List<T> journeyElements(Grid grid, Elements<T> elements) {
    return grid.isLast() ? elements.ofJourney() : List.of();
  }

  private static <T> Stack stack(List<T> elements, double width, CardMaker<T> cards) {
    List<Item> items = new ArrayList<>();
    for (T element : elements) {
      items.add(cards.card(element, width));
    }
    return new Stack(items, Grid.GAP);
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
    if (!forJourney.isEmpty()) { // only opportunities can belong to the journey as a whole
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
