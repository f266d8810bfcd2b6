package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lane of each stage's metrics: their cards in rows across the stage's columns, one card a
 * column, a new row when the columns run out.
 */
final class MetricLane implements MapLane {
  /** A metric's card, where it goes, and the stage it belongs to. */
  private record Placed(int stage, Card card, double x, double y) {}

  private final List<Placed> cards = new ArrayList<>();
  private final double height;

  private MetricLane(LaneRow row, Grid grid, Cards cardMaker) {
    double laneTop = row.top();
    double laneHeight = 0;
    for (int s : grid.stageIndexes()) {
      // A stage split across bands shows its metrics where it starts.
      List<Metric> metrics = grid.startsStage(s) ? grid.stages().get(s).metrics() : List.of();
      int perRow = grid.columnCount(s);
      double rowTop = laneTop + Grid.INSET;
      double rowHeight = 0;
      for (int i = 0; i < metrics.size(); i++) {
        if (i > 0 && i % perRow == 0) {
          rowTop += rowHeight + Grid.GAP;
          rowHeight = 0;
        }
        Card card = cardMaker.metricCard(metrics.get(i));
        double x = grid.columnX(grid.firstColumn(s) + i % perRow) + Grid.INSET;
        cards.add(new Placed(s, card, x, rowTop));
        rowHeight = Math.max(rowHeight, card.height());
      }
      laneHeight = Math.max(laneHeight, rowTop + rowHeight + Grid.INSET - laneTop);
    }
    this.height = laneHeight;
  }

  /**
   * The lane of the metrics of the stages that start in the band of {@code grid}, laid out in
   * {@code row}; none if no such stage has one.
   */
  static Optional<MapLane> of(LaneRow row, Grid grid, Cards cards) {
    boolean any =
        grid.stageIndexes().stream()
            .anyMatch(s -> grid.startsStage(s) && !grid.stages().get(s).metrics().isEmpty());
    return any ? Optional.of(new MetricLane(row, grid, cards)) : Optional.empty();
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public void place(Assembly assembly) {
    for (Placed placed : cards) {
      assembly.addToStage(placed.stage(), out -> placed.card().emit(placed.x(), placed.y(), out));
    }
  }
}
