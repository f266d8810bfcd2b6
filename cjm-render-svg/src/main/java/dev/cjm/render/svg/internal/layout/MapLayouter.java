package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lays a journey out as a map: a header with the title and the persona card; below it the {@link
 * Grid} of stages as columns, each touchpoint a sub-column, and lanes as rows with their labels on
 * the left; then the findings panel, when there are annotations, and a legend. Pure geometry:
 * decides every position and class, writes no SVG.
 *
 * <p>Each lane is a {@link MapLane} that measures its content when made; the layouter stacks them,
 * frames each one, and hands their content to an {@link Assembly}, which makes the map's parts.
 * Immutable and thread-safe.
 */
public final class MapLayouter {
  private final LayoutOptions options;
  private final FontMetrics metrics;

  public MapLayouter(LayoutOptions options, FontMetrics metrics) {
    this.options = options;
    this.metrics = metrics;
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
    LayoutContext context = LayoutContext.of(options, metrics, ChromeText.of(language));
    return new Run(journey, annotations, context, comparison).layout();
  }

  /** The laying out of one journey, from the top of the map down. */
  private static final class Run {
    private final LayoutContext context;
    private final Journey journey;
    private final Annotations annotations;
    private final Comparison comparison;
    private final Grid grid;
    private final Cards cards;
    private final Assembly assembly;
    private final EmotionCurve experienced;
    private final EmotionCurve expected;
    private final ChromeText words;
    private final FontMetrics metrics;
    private final Fonts fonts;
    private double y = Grid.MARGIN;
    private int lanesDrawn; // lanes alternate between two shades

    Run(Journey journey, Annotations annotations, LayoutContext context, Comparison comparison) {
      this.context = context;
      this.words = context.words();
      this.metrics = context.metrics();
      this.fonts = context.fonts();
      this.journey = journey;
      this.annotations = annotations;
      this.comparison = comparison;
      this.grid = new Grid(journey, context.options());
      this.cards =
          new Cards(journey, annotations.painPoints(), context, grid.cellWidth(), comparison);
      this.assembly = new Assembly(grid, words);
      this.experienced = EmotionCurve.of(journey);
      this.expected = EmotionCurve.expected(journey);
    }

    MapLayout layout() {
      layoutHeader();
      y += 20;
      if (!journey.stages().isEmpty()) {
        double gridTop = y;
        layoutLanes();
        for (int s = 1; s < grid.stages().size(); s++) {
          double x = grid.stageX(s);
          assembly
              .frames()
              .add(new Line(new Point(x, gridTop), new Point(x, y), CssClass.STAGE_DIVIDER));
        }
      }
      if (!annotations.isEmpty()) {
        y += 20;
        Card panel = new ReportPanel(context).card(annotations, grid.panelWidth());
        double top = y;
        assembly.addAfterStages(out -> panel.emit(Grid.MARGIN, top, out));
        y += panel.height();
      }
      layoutLegend();
      double width = grid.contentWidth() + 2 * Grid.MARGIN;
      double height = y + Grid.MARGIN;
      Rect background = new Rect(new Box(0, 0, width, height), 0, CssClass.BACKGROUND);
      return new MapLayout(
          width,
          height,
          words.language(),
          journey.accessibilityTitle().orElse(journey.title()),
          journey
              .accessibilityDescription()
              .orElseGet(() -> words.journeySummary(journey, experienced)),
          fonts.body().size(),
          assembly.parts(background));
    }

    private void layoutHeader() {
      List<Node> header = assembly.header();
      double width = grid.panelWidth();
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

    /** The stage headers, then each lane chosen that has something to show, one below another. */
    private void layoutLanes() {
      LaneRow stages = new LaneRow(y, CssClass.stagesLane(lanesDrawn));
      addLane(words.stagesLabel(), stages, new StageHeaderLane(stages, grid, context, cards));
      for (LaneKind kind : context.options().lanes()) {
        LaneRow row = new LaneRow(y, CssClass.lane(kind, lanesDrawn));
        Optional<MapLane> lane = lane(kind, row);
        if (lane.isPresent()) {
          addLane(words.laneLabel(kind), row, lane.get());
        }
      }
    }

    /** The lane of {@code kind} laid out in {@code row}, if it has anything to show. */
    private Optional<MapLane> lane(LaneKind kind, LaneRow row) {
      return switch (kind) {
        case TOUCHPOINTS -> CardLane.of(row, grid, t -> Optional.of(cards.touchpointCard(t)));
        case DOING, THINKING, FEELING -> {
          String surface = CssClass.scenarioCard(kind);
          yield CardLane.of(row, grid, t -> cards.scenarioCard(scenario(kind, t), surface));
        }
        case EMOTION ->
            EmotionLane.of(row, grid, context, experienced, expected, comparison.currentEmotions());
        case BARRIERS ->
            ElementLane.of(
                row,
                grid,
                context,
                new ElementLane.Elements<>(
                    Touchpoint::barriers, Stage::barriers, List.of(), cards::barrierCard));
        case OPPORTUNITIES -> OpportunityLane.of(row, grid, context, cards, journey);
        case METRICS -> MetricLane.of(row, grid, cards);
      };
    }

    /** Frames {@code lane} with a background and its label, places it, and moves below it. */
    private void addLane(String label, LaneRow row, MapLane lane) {
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
              grid.panelWidth(),
              experienced,
              expected,
              !annotations.painPoints().isEmpty(),
              comparison);
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
