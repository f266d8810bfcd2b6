package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first lane: each stage's band across its columns, with its name, phase and goal, every band
 * as tall as the tallest. A wide stage repeats its name every few columns, so it stays in view; a
 * stage that goes on from the map's band above repeats its header, its name marked as continued.
 * Below the bands, a bracket labelled "one of" spans the columns of each group of alternatives.
 */
final class StageHeaderLane implements MapLane {
  /** A wide stage repeats its name every so many columns. */
  static final int NAME_REPEAT = 8;

  private final LaneRow row;
  private final Grid grid;
  private final FontMetrics metrics;
  private final Fonts fonts;
  private final ImmutableList<Card> bands; // by position in the map's band
  private final double bandHeight;
  private final String oneOf;
  private final double bracketHeight;

  StageHeaderLane(LaneRow row, Grid grid, LayoutContext context, Cards cards) {
    this.row = row;
    this.grid = grid;
    this.metrics = context.metrics();
    this.fonts = context.fonts();
    this.oneOf = context.words().oneOf();
    this.bracketHeight =
        grid.columns().stream()
                .anyMatch(c -> c.touchpoint() != null && c.touchpoint().oneOf().isPresent())
            ? label(grid.columnWidth()).height() + BRACKET_TICK + Grid.INSET
            : 0;
    List<Card> measured = new ArrayList<>();
    double tallest = 0;
    for (int s : grid.stageIndexes()) {
      double width = grid.stageCardWidth(s);
      // On a wide stage the texts keep to the first columns, clear of the repeated names.
      double textWidth =
          Math.min(
              Card.innerWidth(width, false),
              Card.innerWidth(NAME_REPEAT / 2.0 * grid.columnWidth() - 2 * Grid.INSET, false));
      Card band = cards.stageBand(grid.stages().get(s), s, width, textWidth, !grid.startsStage(s));
      measured.add(band);
      tallest = Math.max(tallest, band.height());
    }
    this.bandHeight = tallest;
    ImmutableList.Builder<Card> bands = ImmutableList.builder();
    for (Card band : measured) {
      bands.add(band.withHeight(tallest));
    }
    this.bands = bands.build();
  }

  @Override
  public double height() {
    return bandHeight + 2 * Grid.INSET + bracketHeight;
  }

  @Override
  public void place(Assembly assembly) {
    double top = row.top() + Grid.INSET;
    for (int i = 0; i < bands.size(); i++) {
      Card band = bands.get(i);
      int stage = grid.stageIndexes().get(i);
      double x = grid.stageX(stage) + Grid.INSET;
      assembly.addToStage(
          stage,
          out -> {
            band.emit(x, top, out);
            repeatName(stage, top, out);
            brackets(stage, top + bandHeight + Grid.INSET, out);
          });
    }
  }

  /** The height of a bracket's ticks, down toward the alternatives' cards. */
  static final double BRACKET_TICK = 5;

  private TextItem label(double width) {
    return TextItem.centred(oneOf, fonts.small(), width, 1, CssClass.MUTED, row.surface(), metrics);
  }

  /**
   * Draws a bracket labelled "one of" at {@code top} over each run of columns of stage {@code s}
   * whose touchpoints are alternatives of one group.
   */
  private void brackets(int s, double top, List<Node> out) {
    List<Column> columns = grid.columnsOf(s);
    int start = 0;
    while (start < columns.size()) {
      Optional<String> group = groupOf(columns.get(start));
      int end = start + 1;
      while (end < columns.size() && group.isPresent() && groupOf(columns.get(end)).equals(group)) {
        end++;
      }
      if (group.isPresent()) {
        double left = columns.get(start).x() + Grid.INSET;
        double right = columns.get(end - 1).x() + grid.columnWidth() - Grid.INSET;
        TextItem label = label(right - left);
        label.emit(left, top, out);
        double y = top + label.height() + 1;
        out.add(new Line(new Point(left, y + BRACKET_TICK), new Point(left, y), CssClass.ONE_OF));
        out.add(new Line(new Point(left, y), new Point(right, y), CssClass.ONE_OF));
        out.add(new Line(new Point(right, y), new Point(right, y + BRACKET_TICK), CssClass.ONE_OF));
      }
      start = end;
    }
  }

  private static Optional<String> groupOf(Column column) {
    Touchpoint touchpoint = column.touchpoint();
    return touchpoint == null ? Optional.empty() : touchpoint.oneOf();
  }

  /** Repeats the name of stage {@code s} every few columns after the first, if it is that wide. */
  private void repeatName(int s, double top, List<Node> out) {
    Stage stage = grid.stages().get(s);
    String band = CssClass.stageBand(s);
    double width = Card.innerWidth(grid.columnWidth() - 2 * Grid.INSET, false);
    for (int k = NAME_REPEAT; k < grid.columnCount(s); k += NAME_REPEAT) {
      TextItem name =
          TextItem.of(stage.name(), fonts.stageName(), width, 1, CssClass.TEXT, band, metrics);
      name.emit(grid.columnX(grid.firstColumn(s) + k) + Grid.INSET + Card.PAD, top + Card.PAD, out);
    }
  }
}
