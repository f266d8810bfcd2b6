package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The observed lane of a planned map that carries observed cases: under each planned touchpoint,
 * three bars with their figures written out, each on a track as wide as the card, filled as far as
 * its share: reached (of all cases), failed (of the cases that reached it) and ended here (its last
 * planned step: the drop-off after it, or at the last touchpoint the cases that went all the way);
 * below them, when some waits for the next step were long, a mark (two upright bars) and how many.
 *
 * <p>Below the bars, the ad-hoc steps where they happen: a diamond on the line between the column
 * of the planned step they followed and the next column, the step's name and share beside it in the
 * next column; before the first column for steps before any planned one, after the last column (the
 * name in the last column) for steps after the last. At most {@link #AD_HOC_SHOWN} a place, most
 * common first, then "+N more"; each with a tooltip naming the planned steps around it.
 *
 * <p>In a map wrapped into bands, each band draws the bars of its own columns and the ad-hoc steps
 * on the lines at the left of its columns (the band after a line draws the steps on it).
 */
final class ObservedLane implements MapLane {
  /** The most ad-hoc steps named in one place; the rest are counted. */
  static final int AD_HOC_SHOWN = 2;

  /** The height of a bar's track. */
  static final double TRACK = 6;

  private static final double DIAMOND = 5; // from the diamond's centre to its corners

  /** What sits in one column of the band: its bars, and the ad-hoc steps drawn in it. */
  private record Cell(Column column, Optional<Item> bars, Optional<Item> adHoc) {}

  private final List<Cell> cells = new ArrayList<>();
  private final double barsHeight;
  private final double height;
  private final double top;

  private ObservedLane(LaneRow row, List<Cell> cells) {
    this.cells.addAll(cells);
    this.top = row.top() + Grid.INSET;
    double bars = 0;
    double adHoc = 0;
    for (Cell cell : cells) {
      bars = Math.max(bars, cell.bars().map(Item::height).orElse(0.0));
      adHoc = Math.max(adHoc, cell.adHoc().map(Item::height).orElse(0.0));
    }
    this.barsHeight = bars;
    double gap = bars > 0 && adHoc > 0 ? 2 * Grid.GAP : 0;
    this.height = Grid.INSET + bars + gap + adHoc + Grid.INSET + Card.PAD;
  }

  /**
   * The observed lane of the band of {@code grid}, laid out in {@code row}, with the ad-hoc steps
   * of {@code adHoc} (indexed once for the whole map); none if nothing observed belongs in the
   * band.
   */
  static Optional<MapLane> of(
      LaneRow row, Grid grid, LayoutContext context, Observed observed, AdHocPlaces adHoc) {
    Maker maker = new Maker(row, grid, context, observed);
    List<Cell> cells = new ArrayList<>();
    for (Column column : grid.columns()) {
      Cell cell = maker.cell(column, adHoc);
      if (cell.bars().isPresent() || cell.adHoc().isPresent()) {
        cells.add(cell);
      }
    }
    return cells.isEmpty() ? Optional.empty() : Optional.of(new ObservedLane(row, cells));
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public void place(Assembly assembly) {
    double adHocTop = top + barsHeight + (barsHeight > 0 ? 2 * Grid.GAP : 0);
    for (Cell cell : cells) {
      Column column = cell.column();
      double x = column.x() + Grid.INSET;
      cell.bars()
          .ifPresent(bars -> assembly.addToColumn(column.index(), out -> bars.emit(x, top, out)));
      // In the stage's group: a column of an empty stage has no touchpoint's group.
      cell.adHoc()
          .ifPresent(
              adHoc ->
                  assembly.addToStage(
                      column.stageIndex(), out -> adHoc.emit(column.x(), adHocTop, out)));
    }
  }

  /**
   * The ad-hoc places of a map's observed cases by the column at whose left edge each is drawn, and
   * the names of the planned steps their tooltips name: indexed once per map, for the observed lane
   * of every band.
   */
  static final class AdHocPlaces {
    // By journey-wide column; the column total for those after the last column.
    private final ListMultimap<Integer, ObservedSummary.AdHocPlace> byColumn =
        MultimapBuilder.treeKeys().arrayListValues().build();
    private final Map<String, String> names = new HashMap<>();

    /** The ad-hoc places of {@code observed} on the columns of {@code bands}. */
    AdHocPlaces(Bands bands, Observed observed) {
      Map<String, Integer> columns = new HashMap<>();
      for (Column column : bands.columns()) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint != null) {
          columns.put(touchpoint.id(), column.index());
          names.put(touchpoint.id(), touchpoint.name());
        }
      }
      for (ObservedSummary.AdHocPlace place : observed.adHoc()) {
        placeOf(place, columns).ifPresent(at -> byColumn.put(at, place));
      }
    }

    /**
     * The column at whose left edge an ad-hoc place is drawn: the one after the planned step it
     * followed, else the planned step it came before, else the first; none if it names a step the
     * map does not have.
     */
    private static Optional<Integer> placeOf(
        ObservedSummary.AdHocPlace place, Map<String, Integer> columns) {
      if (place.after().isPresent()) {
        return Optional.ofNullable(columns.get(place.after().get())).map(c -> c + 1);
      }
      if (place.before().isPresent()) {
        return Optional.ofNullable(columns.get(place.before().get()));
      }
      return Optional.of(0);
    }

    /** The places drawn at the left edge of column {@code index}, most common first. */
    List<ObservedSummary.AdHocPlace> at(int index) {
      return byColumn.get(index);
    }

    /** The tooltip of an ad-hoc place, naming the planned steps around it. */
    String title(ObservedSummary.AdHocPlace place, ChromeText words) {
      return words.adHocTitle(place, names);
    }
  }

  /**
   * Measures the cells of one band. Its items keep what they draw, and the maker, but not the map's
   * {@link AdHocPlaces}: a map of many bands holds one index, not one per band.
   */
  private static final class Maker {
    private final LaneRow row;
    private final Grid grid;
    private final FontMetrics metrics;
    private final Font small;
    private final ChromeText words;
    private final Observed observed;

    Maker(LaneRow row, Grid grid, LayoutContext context, Observed observed) {
      this.row = row;
      this.grid = grid;
      this.metrics = context.metrics();
      this.small = context.fonts().small();
      this.words = context.words();
      this.observed = observed;
    }

    Cell cell(Column column, AdHocPlaces places) {
      Touchpoint touchpoint = column.touchpoint();
      ObservedSummary.TouchpointStats stats =
          touchpoint == null ? null : observed.touchpoints().get(touchpoint.id());
      Optional<Item> bars =
          touchpoint == null || stats == null
              ? Optional.empty()
              : Optional.of(bars(touchpoint, stats));
      List<Item> adHoc = new ArrayList<>();
      adHocItems(places, column.index(), false).ifPresent(adHoc::add);
      if (column.index() == grid.columnTotal() - 1) {
        adHocItems(places, grid.columnTotal(), true).ifPresent(adHoc::add);
      }
      return new Cell(
          column,
          bars,
          adHoc.isEmpty() ? Optional.empty() : Optional.of(new Stack(adHoc, Grid.GAP)));
    }

    /**
     * A touchpoint's three bars, and its long waits if any, with a tooltip saying what they are.
     */
    private Item bars(Touchpoint touchpoint, ObservedSummary.TouchpointStats stats) {
      double width = grid.cellWidth();
      List<Item> items = new ArrayList<>();
      items.add(shareBar(words.reached(stats), stats.reachedShare(), CssClass.OBSERVED_REACHED));
      items.add(shareBar(words.failed(stats), stats.failedShare(), CssClass.OBSERVED_FAILED));
      items.add(shareBar(words.endedHere(stats), stats.endedHereShare(), CssClass.OBSERVED_ENDED));
      if (stats.longWaits() > 0) {
        items.add(longWaits(stats, width));
      }
      Item stack = new Stack(items, 4);
      String title = words.observedTitle(touchpoint, stats);
      return new Item() {
        @Override
        public double height() {
          return stack.height();
        }

        @Override
        public double width() {
          return width;
        }

        @Override
        public void emit(double x, double y, List<Node> out) {
          List<Node> shapes = new ArrayList<>();
          stack.emit(x, y, shapes);
          out.add(new Group(null, CssClass.OBSERVED, title, ImmutableList.copyOf(shapes)));
        }
      };
    }

    /** A bar's line of text, then its track filled as far as {@code share} (0 to 1). */
    private Item shareBar(String text, double share, String css) {
      double width = grid.cellWidth();
      TextItem label = TextItem.of(text, small, width, 1, CssClass.TEXT, row.surface(), metrics);
      double filled = width * Math.max(0, Math.min(1, share));
      return new Item() {
        @Override
        public double height() {
          return label.height() + 2 + TRACK;
        }

        @Override
        public double width() {
          return width;
        }

        @Override
        public void emit(double x, double y, List<Node> out) {
          label.emit(x, y, out);
          double trackTop = y + label.height() + 2;
          out.add(new Rect(new Box(x, trackTop, width, TRACK), 1, CssClass.BAR_TRACK));
          if (filled > 0) {
            out.add(new Rect(new Box(x, trackTop, filled, TRACK), 0, css));
          }
        }
      };
    }

    /** The mark of the long waits after a touchpoint, and how many there were, over how long. */
    private Item longWaits(ObservedSummary.TouchpointStats stats, double width) {
      double markWidth = 9;
      TextItem text =
          TextItem.of(
              words.longWaits(stats),
              small,
              width - markWidth - 4,
              2,
              CssClass.TEXT,
              row.surface(),
              metrics);
      String title = words.longWaitsTitle(stats);
      return new Item() {
        @Override
        public double height() {
          return text.height();
        }

        @Override
        public double width() {
          return width;
        }

        @Override
        public void emit(double x, double y, List<Node> out) {
          double markTop = y + (small.blockHeight(1) - 9) / 2;
          List<Node> shapes = new ArrayList<>();
          shapes.add(new Rect(new Box(x, markTop, 3, 9), 0, CssClass.LONG_WAIT));
          shapes.add(new Rect(new Box(x + 6, markTop, 3, 9), 0, CssClass.LONG_WAIT));
          text.emit(x + markWidth + 4, y, shapes);
          out.add(new Group(null, CssClass.LONG_WAIT, title, ImmutableList.copyOf(shapes)));
        }
      };
    }

    /**
     * The ad-hoc steps drawn at the left edge of column {@code index}, at most {@link
     * #AD_HOC_SHOWN} and then how many more, each with its diamond on the column's left edge, or
     * its right edge for those after the last column ({@code atEnd}); the item is emitted at the
     * column's left edge.
     */
    private Optional<Item> adHocItems(AdHocPlaces adHoc, int index, boolean atEnd) {
      List<ObservedSummary.AdHocPlace> places = adHoc.at(index);
      if (places.isEmpty()) {
        return Optional.empty();
      }
      double columnWidth = grid.columnWidth();
      double textWidth = columnWidth - DIAMOND - 4 - 2 * Grid.INSET;
      double textLeft = atEnd ? Grid.INSET : DIAMOND + 4;
      double diamondX = atEnd ? columnWidth : 0;
      List<Item> lines = new ArrayList<>();
      for (ObservedSummary.AdHocPlace place :
          places.subList(0, Math.min(AD_HOC_SHOWN, places.size()))) {
        TextItem text =
            TextItem.of(
                words.adHoc(place), small, textWidth, 2, CssClass.TEXT, row.surface(), metrics);
        String title = adHoc.title(place, words);
        lines.add(
            new Item() {
              @Override
              public double height() {
                return text.height();
              }

              @Override
              public double width() {
                return columnWidth;
              }

              @Override
              public void emit(double x, double y, List<Node> out) {
                double cy = y + small.blockHeight(1) / 2;
                List<Node> shapes = new ArrayList<>();
                shapes.add(diamond(new Point(x + diamondX, cy), DIAMOND, CssClass.AD_HOC_MARKER));
                text.emit(x + textLeft, y, shapes);
                out.add(
                    new Group(null, CssClass.OBSERVED_AD_HOC, title, ImmutableList.copyOf(shapes)));
              }
            });
      }
      int more = places.size() - AD_HOC_SHOWN;
      if (more > 0) {
        TextItem text =
            TextItem.of(
                words.moreAdHoc(more), small, textWidth, 1, CssClass.MUTED, row.surface(), metrics);
        lines.add(
            new Item() {
              @Override
              public double height() {
                return text.height();
              }

              @Override
              public double width() {
                return columnWidth;
              }

              @Override
              public void emit(double x, double y, List<Node> out) {
                text.emit(x + textLeft, y, out);
              }
            });
      }
      return Optional.of(new Stack(lines, 3));
    }
  }

  /** A diamond (a square on its corner) around {@code centre}, for an ad-hoc step. */
  static PathShape diamond(Point centre, double radius, String css) {
    double x = centre.x();
    double y = centre.y();
    return new PathShape(
        ImmutableList.of(
            PathShape.Segment.move(new Point(x, y - radius)),
            PathShape.Segment.line(new Point(x + radius, y)),
            PathShape.Segment.line(new Point(x, y + radius)),
            PathShape.Segment.line(new Point(x - radius, y)),
            PathShape.Segment.close()),
        css);
  }
}
