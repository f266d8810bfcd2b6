package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid the lanes of one band are laid on (see {@link Bands}): a column of labels on the left,
 * then one column per touchpoint of the band, each stage spanning its touchpoints' columns in the
 * band (an empty stage keeps one empty column), and rows for the lanes, stacked one below the other
 * across the band. Gives the x and the width of every column and stage in the band, and the box of
 * a lane's row. A journey that fits in one band has one grid, with all its columns.
 *
 * <p>Columns and stages keep their journey-wide indexes; a stage split across bands has part of its
 * columns here, and {@link #startsStage} tells whether its first column is in this band.
 */
final class Grid {
  /** Around the whole map. */
  static final double MARGIN = 24;

  /** Between a column's edge and the cards in it, and between a lane's edge and its content. */
  static final double INSET = 5;

  /** Between cards stacked in one cell. */
  static final double GAP = 6;

  private final Bands bands;
  private final int index;
  private final int first; // the index of the band's first column
  private final int end; // the index after the band's last column
  private final boolean last;
  private final ImmutableList<Integer> stageIndexes;

  Grid(Bands bands, int index, int first, int end, boolean last) {
    this.bands = bands;
    this.index = index;
    this.first = first;
    this.end = end;
    this.last = last;
    List<Integer> here = new ArrayList<>();
    for (int s = bands.columns().get(first).stageIndex(); s < bands.stages().size(); s++) {
      if (bands.span(s).first() >= end) {
        break;
      }
      here.add(s);
    }
    this.stageIndexes = ImmutableList.copyOf(here);
  }

  /** The index of this band, from 0 at the top. */
  int index() {
    return index;
  }

  /** True for the last band, where what belongs to the whole journey goes. */
  boolean isLast() {
    return last;
  }

  /** The journey's stages, in order, by their journey-wide indexes. */
  ImmutableList<Stage> stages() {
    return bands.stages();
  }

  /** The indexes of the stages with columns in this band, in order. */
  ImmutableList<Integer> stageIndexes() {
    return stageIndexes;
  }

  /** The columns of this band, left to right. */
  List<Column> columns() {
    return bands.columns().subList(first, end);
  }

  /** The columns of stage {@code stage} in this band. */
  List<Column> columnsOf(int stage) {
    Bands.Span span = bands.span(stage);
    return bands.columns().subList(Math.max(span.first(), first), Math.min(span.end(), end));
  }

  /** The column of a stage's touchpoint {@code indexInStage}, in whichever band it is. */
  Column column(int stage, int indexInStage) {
    return bands.columns().get(bands.span(stage).first() + indexInStage);
  }

  /** The column {@code index} of the whole journey, in whichever band it is. */
  Column columnAt(int index) {
    return bands.columns().get(index);
  }

  /** The number of columns of the whole journey. */
  int columnTotal() {
    return bands.columns().size();
  }

  /** True if the first column of stage {@code stage} is in this band; false if it goes on here. */
  boolean startsStage(int stage) {
    return bands.span(stage).first() >= first;
  }

  /** The width of the column of lane labels. */
  double labelWidth() {
    return bands.labelWidth();
  }

  /** The x of the left edge of the first column. */
  double left() {
    return MARGIN + bands.labelWidth();
  }

  /** The width of the band's columns together. */
  double width() {
    return (end - first) * bands.columnWidth();
  }

  /** The width of one column. */
  double columnWidth() {
    return bands.columnWidth();
  }

  /** The width of a card in one column. */
  double cellWidth() {
    return bands.cellWidth();
  }

  /** The x of the left edge of column {@code index}, one of this band's. */
  double columnX(int index) {
    return left() + (index - first) * bands.columnWidth();
  }

  /** How many columns stage {@code stage} spans in this band. */
  int columnCount(int stage) {
    return columnsOf(stage).size();
  }

  /** The index of the first column of stage {@code stage} in this band. */
  int firstColumn(int stage) {
    return Math.max(bands.span(stage).first(), first);
  }

  /** The x of the left edge of stage {@code stage} in this band. */
  double stageX(int stage) {
    return columnX(firstColumn(stage));
  }

  /** The width of a card across all the columns of stage {@code stage} in this band. */
  double stageCardWidth(int stage) {
    return columnCount(stage) * bands.columnWidth() - 2 * INSET;
  }

  /** The box of a lane's row: from the left margin across labels and the band's columns. */
  Box row(double top, double height) {
    return new Box(MARGIN, top, labelWidth() + width(), height);
  }

  /** The width of everything between the map's margins: labels and the widest band. */
  double contentWidth() {
    return bands.contentWidth();
  }

  /** The width of the header, persona, findings panel and legend: readable on wide maps. */
  double panelWidth() {
    return bands.panelWidth();
  }
}
