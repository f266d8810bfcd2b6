package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid the lanes are laid on: a column of labels on the left, then one column per touchpoint,
 * each stage spanning its touchpoints' columns (an empty stage keeps one empty column), and rows
 * for the lanes, stacked one below the other across the whole width. Gives the x and the width of
 * every column and stage, and the box of a lane's row.
 *
 * <p>Columns keep their width whatever the number of touchpoints (the map grows wider), except that
 * a map of a few touchpoints widens them, by up to half, to reach its minimum width.
 */
final class Grid {
  /** Around the whole map. */
  static final double MARGIN = 24;

  /** Between a column's edge and the cards in it, and between a lane's edge and its content. */
  static final double INSET = 5;

  /** Between cards stacked in one cell. */
  static final double GAP = 6;

  private static final double LABEL_WIDTH = 128; // at the default font size; grows with larger ones
  private static final double MIN_GRID_WIDTH = 760;
  private static final double MAX_PANEL_WIDTH = 1600; // header, persona, legend: readable

  /** The columns a stage spans. */
  private record Span(int first, int count) {}

  private final ImmutableList<Stage> stages;
  private final ImmutableList<Column> columns;
  private final ImmutableList<Span> spans;
  private final double labelWidth;
  private final double columnWidth;
  private final double width;

  Grid(Journey journey, LayoutOptions options) {
    this(journey, labelWidth(options), columnWidth(journey, options));
  }

  /**
   * The grid of {@code journey} with a label column {@code labelWidth} wide and every column {@code
   * columnWidth} wide, as the caller decided: the overview fits its columns to a slide.
   */
  Grid(Journey journey, double labelWidth, double columnWidth) {
    this.stages = journey.stages();
    this.labelWidth = labelWidth;
    this.columnWidth = columnWidth;
    List<Column> columns = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (Stage stage : stages) {
      int first = columns.size();
      if (stage.touchpoints().isEmpty()) {
        columns.add(new Column(first, spans.size(), null, columnX(first)));
      }
      for (Touchpoint touchpoint : stage.touchpoints()) {
        columns.add(new Column(columns.size(), spans.size(), touchpoint, columnX(columns.size())));
      }
      spans.add(new Span(first, columns.size() - first));
    }
    this.columns = ImmutableList.copyOf(columns);
    this.spans = ImmutableList.copyOf(spans);
    this.width = columns.size() * columnWidth;
  }

  /** The width of the label column at the options' font size. */
  private static double labelWidth(LayoutOptions options) {
    return LABEL_WIDTH * Math.max(1, options.fontSize() / 12);
  }

  /** The width of a column for the options, widened for a map of a few touchpoints. */
  private static double columnWidth(Journey journey, LayoutOptions options) {
    double shared = (MIN_GRID_WIDTH - labelWidth(options)) / columnCount(journey);
    return Math.max(options.touchpointWidth(), Math.min(shared, 1.5 * options.touchpointWidth()));
  }

  /** How many columns the journey takes: one per touchpoint, one for each empty stage. */
  static int columnCount(Journey journey) {
    int count = 0;
    for (Stage stage : journey.stages()) {
      count += Math.max(1, stage.touchpoints().size());
    }
    return Math.max(1, count);
  }

  /** The journey's stages, in order. */
  ImmutableList<Stage> stages() {
    return stages;
  }

  /** Every column, left to right. */
  ImmutableList<Column> columns() {
    return columns;
  }

  /** The columns of stage {@code stage}. */
  List<Column> columnsOf(int stage) {
    Span span = spans.get(stage);
    return columns.subList(span.first(), span.first() + span.count());
  }

  /** The column of a stage's touchpoint {@code indexInStage}. */
  Column column(int stage, int indexInStage) {
    return columns.get(spans.get(stage).first() + indexInStage);
  }

  /** The width of the column of lane labels. */
  double labelWidth() {
    return labelWidth;
  }

  /** The x of the left edge of the first column. */
  double left() {
    return MARGIN + labelWidth;
  }

  /** The width of all the columns together. */
  double width() {
    return width;
  }

  /** The width of one column. */
  double columnWidth() {
    return columnWidth;
  }

  /** The width of a card in one column. */
  double cellWidth() {
    return columnWidth - 2 * INSET;
  }

  /** The x of the left edge of column {@code index}. */
  double columnX(int index) {
    return left() + index * columnWidth;
  }

  /** How many columns stage {@code stage} spans. */
  int columnCount(int stage) {
    return spans.get(stage).count();
  }

  /** The index of the first column of stage {@code stage}. */
  int firstColumn(int stage) {
    return spans.get(stage).first();
  }

  /** The x of the left edge of stage {@code stage}. */
  double stageX(int stage) {
    return columnX(spans.get(stage).first());
  }

  /** The width of a card across all the columns of stage {@code stage}. */
  double stageCardWidth(int stage) {
    return spans.get(stage).count() * columnWidth - 2 * INSET;
  }

  /** The box of a lane's row: from the left margin across labels and columns. */
  Box row(double top, double height) {
    return new Box(MARGIN, top, labelWidth + width, height);
  }

  /** The width of everything between the margins: labels and columns, or the minimum width. */
  double contentWidth() {
    return Math.max(labelWidth + width, MIN_GRID_WIDTH);
  }

  /** The width of the header, persona, findings panel and legend: readable on wide maps. */
  double panelWidth() {
    return Math.min(contentWidth(), MAX_PANEL_WIDTH);
  }
}
