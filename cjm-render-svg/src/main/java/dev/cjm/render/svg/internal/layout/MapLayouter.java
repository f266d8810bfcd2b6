package dev.cjm.render.svg.internal.layout;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a journey out as a map: a header with the title and the persona card; below it the {@link
 * Grid} of stages as columns, each touchpoint a sub-column, and lanes as rows with their labels on
 * the left; then the findings panel, when there are annotations, and a legend. Pure geometry:
 * decides every position and class, writes no SVG.
 *
 * <p>A journey longer than the most columns a band may hold wraps into {@link Bands}, one below the
 * other, each with the stage headers and every lane the map shows, labels and all.
 *
 * <p>Each lane is a {@link MapLane} that measures its content when made; the layouter stacks them,
 * frames each one, and hands their content to an {@link Assembly}, which makes the map's parts.
 * Immutable and thread-safe.
 */
public final class MapLayouter {
  /** The most columns a band holds unless set: see {@link Bands#DEFAULT_MAX_COLUMNS}. */
  public static final int DEFAULT_MAX_COLUMNS_PER_ROW = Bands.DEFAULT_MAX_COLUMNS;

  private final LayoutOptions options;
  private final FontMetrics metrics;
  private final int maxColumnsPerRow;

  /** A layouter that wraps journeys into bands of at most the default number of columns. */
  public MapLayouter(LayoutOptions options, FontMetrics metrics) {
    this(options, metrics, DEFAULT_MAX_COLUMNS_PER_ROW);
  }

  /** A layouter that wraps journeys into bands of at most {@code maxColumnsPerRow} columns. */
  public MapLayouter(LayoutOptions options, FontMetrics metrics, int maxColumnsPerRow) {
    checkArgument(
        maxColumnsPerRow >= 1, "max columns per row %s: expected 1 or more", maxColumnsPerRow);
    this.options = options;
    this.metrics = metrics;
    this.maxColumnsPerRow = maxColumnsPerRow;
  }

  /**
   * Lays out {@code journey} in its own language, marking each pain point of {@code annotations} on
   * its touchpoint or stage and listing what they say in the report panel.
   */
  public MapLayout layout(Journey journey, Annotations annotations) {
    return layout(journey, annotations, journey.locale());
  }

  /**
   * Lays out {@code journey} with the map's own words in {@code language}, marking each pain point
   * of {@code annotations} on its touchpoint or stage and listing what they say in the report
   * panel.
   */
  public MapLayout layout(Journey journey, Annotations annotations, Locale language) {
    return layout(journey, annotations, language, Comparison.NONE);
  }

  /**
   * Lays out {@code journey}, a future state, as above, with what it shows of its {@code
   * comparison} with the current state: the current curve faintly under its own, change badges on
   * its touchpoints and the removed touchpoints named in their stages.
   */
  public MapLayout layout(
      Journey journey, Annotations annotations, Locale language, Comparison comparison) {
    return layout(journey, annotations, language, comparison, Observed.NONE);
  }

  /**
   * Lays out {@code journey} as above, a planned journey with what it shows of its {@code observed}
   * cases: the mean observed emotion as a second curve, and an observed lane below the emotion lane
   * with each touchpoint's reached, failed and ended-here bars, its long waits and the ad-hoc steps
   * where they happen (see {@link ObservedLane}).
   */
  public MapLayout layout(
      Journey journey,
      Annotations annotations,
      Locale language,
      Comparison comparison,
      Observed observed) {
    LayoutContext context = LayoutContext.of(options, metrics, ChromeText.of(language));
    return new Run(journey, annotations, context, maxColumnsPerRow, comparison, observed).layout();
  }

  /** The laying out of one journey, from the top of the map down. */
  private static final class Run {
    private final LayoutContext context;
    private final Journey journey;
    private final Annotations annotations;
    private final Comparison comparison;
    private final Observed observed;
    private final ObservedLane.AdHocPlaces adHocPlaces; // indexed once, for every band
    private final Bands bands;
    private final OpportunityLane opportunities;
    private final Cards cards;
    private final Assembly assembly;
    private final EmotionCurve experienced;
    private final EmotionCurve expected;
    private final ChromeText words;
    private final FontMetrics metrics;
    private final Fonts fonts;
    private double y = Grid.MARGIN;
    private final Set<LaneKind> shown; // decided once, for every band
    private int lanesDrawn; // lanes alternate between two shades, from the top of each band

    Run(
        Journey journey,
        Annotations annotations,
        LayoutContext context,
        int maxColumnsPerRow,
        Comparison comparison,
        Observed observed) {
      this.context = context;
      this.words = context.words();
      this.metrics = context.metrics();
      this.fonts = context.fonts();
      this.journey = journey;
      this.annotations = annotations;
      this.comparison = comparison;
      this.observed = observed;
      this.bands = new Bands(journey, context.options(), maxColumnsPerRow);
      this.adHocPlaces = new ObservedLane.AdHocPlaces(bands, observed);
      this.opportunities = OpportunityLane.of(journey);
      this.cards =
          new Cards(journey, annotations.painPoints(), context, bands.cellWidth(), comparison);
      this.assembly = new Assembly(bands, words);
      this.experienced = EmotionCurve.of(journey);
      this.expected = EmotionCurve.expected(journey);
      this.shown = shownLanes();
    }

    MapLayout layout() {
      layoutHeader();
      y += 20;
      for (Grid grid : bands.grids()) {
        if (grid.index() > 0) {
          y += Bands.GAP;
        }
        double gridTop = y;
        layoutLanes(grid);
        List<Integer> stages = grid.stageIndexes();
        for (int s : stages.subList(1, stages.size())) {
          double x = grid.stageX(s);
          assembly
              .frames()
              .add(new Line(new Point(x, gridTop), new Point(x, y), CssClass.STAGE_DIVIDER));
        }
      }
      if (!annotations.isEmpty()) {
        y += 20;
        Card panel = new ReportPanel(context).card(annotations, bands.panelWidth());
        double top = y;
        assembly.addAfterStages(out -> panel.emit(Grid.MARGIN, top, out));
        y += panel.height();
      }
      layoutLegend();
      double width = bands.contentWidth() + 2 * Grid.MARGIN;
      double height = y + Grid.MARGIN;
      return MapLayout.of(
          journey, words, experienced, width, height, fonts.body().size(), assembly);
    }

    private void layoutHeader() {
      List<Node> header = assembly.header();
      double width = bands.panelWidth();
      String surface = CssClass.BACKGROUND;
      TextItem title =
          TextItem.of(journey.title(), fonts.title(), width, 0, CssClass.TITLE, surface, metrics);
      title.emit(Grid.MARGIN, y, header);
      y += title.height() + 6;
      TextItem subtitle =
          TextItem.of(
              words.subtitle(journey), fonts.small(), width, 0, CssClass.MUTED, surface, metrics);
      subtitle.emit(Grid.MARGIN, y, header);
      y += subtitle.height();
      if (journey.description().isPresent()) {
        TextItem description =
            TextItem.of(
                journey.description().get(),
                fonts.body(),
                Math.min(width, 900),
                context.options().maxLines(),
                CssClass.TEXT,
                surface,
                metrics);
        y += 8;
        description.emit(Grid.MARGIN, y, header);
        y += description.height();
      }
      if (journey.persona().isPresent()) {
        y += 14;
        Card persona = new PersonaCard(context).card(journey.persona().get(), width);
        persona.emit(Grid.MARGIN, y, header);
        y += persona.height();
      }
    }

    /**
     * The stage headers of the band of {@code grid}, then each lane chosen that has something to
     * show anywhere in the journey, one below another: every band shows the same lanes, a lane with
     * nothing in this band as an empty row.
     */
    private void layoutLanes(Grid grid) {
      lanesDrawn = 0;
      LaneRow stages = new LaneRow(y, CssClass.stagesLane(lanesDrawn));
      addLane(grid, words.stagesLabel(), stages, new StageHeaderLane(stages, grid, context, cards));
      boolean observedDone = observed.isNone(); // its lane goes right after the emotion lane
      for (LaneKind kind : context.options().lanes()) {
        if (!observedDone && kind.compareTo(LaneKind.EMOTION) > 0) {
          addObservedLane(grid);
          observedDone = true;
        }
        if (!shown.contains(kind)) {
          continue;
        }
        Interruption.check("while laying out lane " + kind + " of band " + (grid.index() + 1));
        LaneRow row = new LaneRow(y, CssClass.lane(kind, lanesDrawn));
        MapLane lane = lane(kind, row, grid).orElseGet(() -> emptyLane(words.laneLabel(kind)));
        addLane(grid, words.laneLabel(kind), row, lane);
      }
      if (!observedDone) {
        addObservedLane(grid);
      }
    }

    /** The observed lane of the band of {@code grid}, empty where nothing observed is in it. */
    private void addObservedLane(Grid grid) {
      LaneRow row = new LaneRow(y, CssClass.observedLane(lanesDrawn));
      MapLane lane =
          ObservedLane.of(row, grid, context, observed, adHocPlaces)
              .orElseGet(() -> emptyLane(words.observedLabel()));
      addLane(grid, words.observedLabel(), row, lane);
    }

    /** The lanes chosen that have something to show in some band of the map. */
    private Set<LaneKind> shownLanes() {
      Set<LaneKind> shown = EnumSet.noneOf(LaneKind.class);
      for (LaneKind kind : context.options().lanes()) {
        if (shownAnywhere(kind)) {
          shown.add(kind);
        }
      }
      return shown;
    }

    /** True if the lane of {@code kind} has something to show in some band of the map. */
    private boolean shownAnywhere(LaneKind kind) {
      List<Touchpoint> touchpoints = new ArrayList<>();
      journey.stages().forEach(stage -> touchpoints.addAll(stage.touchpoints()));
      return switch (kind) {
        case TOUCHPOINTS -> !touchpoints.isEmpty();
        case DOING, THINKING, FEELING ->
            touchpoints.stream().anyMatch(t -> scenario(kind, t).isPresent());
        case EMOTION -> !experienced.isEmpty() || !expected.isEmpty() || observed.hasEmotions();
        case BARRIERS ->
            journey.stages().stream()
                .anyMatch(
                    stage ->
                        !stage.barriers().isEmpty()
                            || stage.touchpoints().stream().anyMatch(t -> !t.barriers().isEmpty()));
        case OPPORTUNITIES -> !opportunities.isEmpty();
        case METRICS -> journey.stages().stream().anyMatch(stage -> !stage.metrics().isEmpty());
      };
    }

    /** A lane with nothing in this band: as tall as its label, so the label still shows. */
    private MapLane emptyLane(String label) {
      double height =
          TextItem.of(
                      label,
                      fonts.label(),
                      bands.labelWidth() - 16,
                      0,
                      CssClass.LANE_LABEL,
                      CssClass.BACKGROUND,
                      metrics)
                  .height()
              + 2 * (Card.PAD + Grid.INSET);
      return new MapLane() {
        @Override
        public double height() {
          return height;
        }

        @Override
        public void place(Assembly assembly) {}
      };
    }

    /** The lane of {@code kind} laid out in {@code row}, if it has anything to show in the band. */
    private Optional<MapLane> lane(LaneKind kind, LaneRow row, Grid grid) {
      return switch (kind) {
        case TOUCHPOINTS -> CardLane.of(row, grid, t -> Optional.of(cards.touchpointCard(t)));
        case DOING, THINKING, FEELING -> {
          String surface = CssClass.scenarioCard(kind);
          yield CardLane.of(row, grid, t -> cards.scenarioCard(scenario(kind, t), surface));
        }
        case EMOTION ->
            EmotionLane.of(
                row,
                grid,
                context,
                experienced,
                expected,
                comparison.currentEmotions(),
                observed.touchpoints());
        case BARRIERS ->
            ElementLane.of(
                row,
                grid,
                context,
                new ElementLane.Elements<>(
                    Touchpoint::barriers, Stage::barriers, List.of(), cards::barrierCard));
        case OPPORTUNITIES -> opportunities.in(row, grid, context, cards);
        case METRICS -> MetricLane.of(row, grid, cards);
      };
    }

    /** Frames {@code lane} with a background and its label, places it, and moves below it. */
    private void addLane(Grid grid, String label, LaneRow row, MapLane lane) {
      double height = lane.height();
      assembly.frames().add(new Rect(grid.row(row.top(), height), 0, row.surface()));
      TextItem text =
          TextItem.of(
              label,
              fonts.label(),
              grid.labelWidth() - 16 - lane.scaleWidth(),
              0,
              CssClass.LANE_LABEL,
              row.surface(),
              metrics);
      text.emit(Grid.MARGIN + 10, row.top() + Card.PAD + Grid.INSET, assembly.frames());
      lane.place(assembly);
      y += height;
      lanesDrawn++;
    }

    private void layoutLegend() {
      if (!context.options().legend() || journey.stages().isEmpty()) {
        return;
      }
      Legend legend =
          new Legend(
              journey,
              context,
              bands.panelWidth(),
              experienced,
              expected,
              !annotations.painPoints().isEmpty(),
              comparison,
              observed);
      if (legend.isEmpty()) {
        return;
      }
      y += 16;
      double top = y;
      assembly.addAfterStages(
          out -> {
            List<Node> shapes = new ArrayList<>();
            legend.emit(Grid.MARGIN, top, shapes);
            out.add(new Group(Ids.LEGEND, CssClass.LEGEND, null, ImmutableList.copyOf(shapes)));
          });
      y += legend.height();
    }
  }

  /** The doing, thinking or feeling text of {@code touchpoint}, by the lane that shows it. */
  private static Optional<String> scenario(LaneKind kind, Touchpoint touchpoint) {
    return switch (kind) {
      case DOING -> touchpoint.doing();
      case THINKING -> touchpoint.thinking();
      default -> touchpoint.feeling();
    };
  }
}
