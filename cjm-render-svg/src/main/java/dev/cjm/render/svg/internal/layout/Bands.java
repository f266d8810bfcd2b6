package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a whole journey and the bands they wrap into, for the layouter: a long journey is
 * cut into bands of at most so many columns, stacked top to bottom, each drawn as a full set of
 * lanes on a {@link Grid} of its own, so the map never grows wider than a band. Bands break between
 * stages where they can: whole stages are packed into a band while they fit; a stage longer than a
 * band fills the rest of the band it starts in and goes on in the next ones.
 *
 * <p>A journey of at most that many columns is one band, laid out as it always was. Columns keep
 * their width, except that a map of a few touchpoints widens them, by up to half, to reach its
 * minimum width.
 */
final class Bands {
  /**
   * The most columns a band holds unless the renderer says otherwise: 24 columns of 200 px make a
   * band about 5,000 px wide, which printed across an A0 wall map (1,189 mm) leaves each column
   * about 48 mm and the 12 px text about 3 mm high, still readable at arm's length.
   */
  static final int DEFAULT_MAX_COLUMNS = 24;

  /** Between one band and the next. */
  static final double GAP = 24;

  private static final double LABEL_WIDTH = 128; // at the default font size; grows with larger ones
  private static final double MIN_GRID_WIDTH = 760;
  private static final double MAX_PANEL_WIDTH = 1600; // header, persona, legend: readable

  /** The columns a stage spans, across bands. */
  record Span(int first, int count) {
    int end() {
      return first + count;
    }
  }

  private final ImmutableList<Stage> stages;
  private final ImmutableList<Span> spans;
  private final ImmutableList<Column> columns;
  private final ImmutableList<Grid> grids;
  private final double labelWidth;
  private final double columnWidth;
  private final double contentWidth;

  /** The bands of {@code journey}, each at most {@code maxColumns} columns wide. */
  Bands(Journey journey, LayoutOptions options, int maxColumns) {
    this(journey, maxColumns, LABEL_WIDTH * Math.max(1, options.fontSize() / 12), options);
  }

  /**
   * The columns of {@code journey} in one band, with a label column {@code labelWidth} wide and
   * every column {@code columnWidth} wide, as the caller decided: the overview fits its columns to
   * a slide.
   */
  static Bands oneRow(Journey journey, double labelWidth, double columnWidth) {
    return new Bands(journey, Integer.MAX_VALUE, labelWidth, columnWidth);
  }

  private Bands(Journey journey, int maxColumns, double labelWidth, LayoutOptions options) {
    this(
        journey,
        maxColumns,
        labelWidth,
        columnWidth(spans(journey), maxColumns, labelWidth, options));
  }

  private Bands(Journey journey, int maxColumns, double labelWidth, double columnWidth) {
    this.stages = journey.stages();
    this.labelWidth = labelWidth;
    this.columnWidth = columnWidth;
    this.spans = spans(journey);
    int count = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
    List<Integer> starts = bandStarts(this.spans, maxColumns);
    this.contentWidth = Math.max(labelWidth + widest(starts, count) * columnWidth, MIN_GRID_WIDTH);
    List<Column> columns = new ArrayList<>();
    int band = 0;
    for (int s = 0; s < stages.size(); s++) {
      List<Touchpoint> touchpoints = stages.get(s).touchpoints();
      for (int k = 0; k < this.spans.get(s).count(); k++) {
        int index = columns.size();
        if (band + 1 < starts.size() && starts.get(band + 1) == index) {
          band++;
        }
        double x = Grid.MARGIN + labelWidth + (index - starts.get(band)) * columnWidth;
        Touchpoint touchpoint = touchpoints.isEmpty() ? null : touchpoints.get(k);
        columns.add(new Column(index, s, touchpoint, x, band));
      }
    }
    this.columns = ImmutableList.copyOf(columns);
    ImmutableList.Builder<Grid> grids = ImmutableList.builder();
    for (int b = 0; b < starts.size(); b++) {
      grids.add(
          new Grid(this, b, starts.get(b), bandEnd(starts, b, count), b == starts.size() - 1));
    }
    this.grids = grids.build();
  }

  /** How many columns {@code journey} takes: one per touchpoint, one for each empty stage. */
  static int columnCount(Journey journey) {
    int count = 0;
    for (Stage stage : journey.stages()) {
      count += Math.max(1, stage.touchpoints().size());
    }
    return count;
  }

  /** The columns each stage spans: its touchpoints', or one for a stage without any. */
  private static ImmutableList<Span> spans(Journey journey) {
    ImmutableList.Builder<Span> spans = ImmutableList.builder();
    int count = 0;
    for (Stage stage : journey.stages()) {
      int columnsOfStage = Math.max(1, stage.touchpoints().size());
      spans.add(new Span(count, columnsOfStage));
      count += columnsOfStage;
    }
    return spans.build();
  }

  /**
   * The width of a column: the options' touchpoint width, widened by up to half for a map of a few
   * touchpoints to reach the minimum width.
   */
  private static double columnWidth(
      List<Span> spans, int maxColumns, double labelWidth, LayoutOptions options) {
    int count = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
    double shared =
        (MIN_GRID_WIDTH - labelWidth) / Math.max(1, widest(bandStarts(spans, maxColumns), count));
    return Math.max(options.touchpointWidth(), Math.min(shared, 1.5 * options.touchpointWidth()));
  }

  /** The most columns any band holds. */
  private static int widest(List<Integer> starts, int count) {
    int widest = 0;
    for (int b = 0; b < starts.size(); b++) {
      widest = Math.max(widest, bandEnd(starts, b, count) - starts.get(b));
    }
    return widest;
  }

  /**
   * The first column of each band: whole stages while they fit, a new band before a stage that does
   * not fit in the rest of the band but fits in a band of its own; a longer stage fills the rest of
   * the band and goes on in as many new bands as it needs.
   */
  private static List<Integer> bandStarts(List<Span> spans, int maxColumns) {
    List<Integer> starts = new ArrayList<>();
    int used = 0; // columns in the band being filled
    for (Span span : spans) {
      if (starts.isEmpty() || (used + span.count() > maxColumns && span.count() <= maxColumns)) {
        starts.add(span.first());
        used = 0;
      }
      int remaining = span.count();
      while (used + remaining > maxColumns) {
        remaining -= maxColumns - used;
        starts.add(span.end() - remaining);
        used = 0;
      }
      used += remaining;
    }
    return starts;
  }

  private static int bandEnd(List<Integer> starts, int band, int count) {
    return band + 1 < starts.size() ? starts.get(band + 1) : count;
  }

  /** One grid per band, top to bottom; none for a journey without stages. */
  ImmutableList<Grid> grids() {
    return grids;
  }

  /** The journey's stages, in order. */
  ImmutableList<Stage> stages() {
    return stages;
  }

  /** Every column of the journey, left to right and band after band. */
  ImmutableList<Column> columns() {
    return columns;
  }

  /** The columns of stage {@code stage}, in every band it is in. */
  List<Column> columnsOf(int stage) {
    Span span = spans.get(stage);
    return columns.subList(span.first(), span.end());
  }

  /** The columns stage {@code stage} spans. */
  Span span(int stage) {
    return spans.get(stage);
  }

  /** The width of the column of lane labels. */
  double labelWidth() {
    return labelWidth;
  }

  /** The width of one column. */
  double columnWidth() {
    return columnWidth;
  }

  /** The width of a card in one column. */
  double cellWidth() {
    return columnWidth - 2 * Grid.INSET;
  }

  /** The width of everything between the margins: labels and the widest band, or the minimum. */
  double contentWidth() {
    return contentWidth;
  }

  /** The width of the header, persona, findings panel and legend: readable on wide maps. */
  double panelWidth() {
    return Math.min(contentWidth, MAX_PANEL_WIDTH);
  }
}
