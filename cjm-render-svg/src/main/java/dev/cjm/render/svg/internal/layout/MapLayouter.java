package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.Lane;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Lays a journey out as a map: a header with the title and the persona card; stages as columns,
 * each touchpoint a sub-column; lanes as rows with their labels on the left; a legend and, when
 * there are annotations, a findings panel. Pure geometry: decides every position and class, writes
 * no SVG.
 *
 * <p>Columns keep their width whatever the number of touchpoints (the map grows wider); rows grow
 * to fit their tallest cell. Immutable and thread-safe.
 */
public final class MapLayouter {
  static final double MARGIN = 24;
  static final double LABEL_WIDTH = 128;
  static final double INSET = 5;
  static final double GAP = 6;
  static final double MIN_GRID_WIDTH = 760;
  static final double MAX_PANEL_WIDTH = 1600; // header, persona, legend: readable on wide maps
  static final int BAND_COLOURS = 6;
  static final int NAME_REPEAT = 8; // a wide stage repeats its name every so many columns

  private final LayoutOptions options;
  private final FontMetrics metrics;
  private final Fonts fonts;
  private final Font title;
  private final Font body;
  private final Font small;
  private final Font smallBold;
  private final Font label;
  private final Font stageName;

  public MapLayouter(LayoutOptions options, FontMetrics metrics) {
    this.options = options;
    this.metrics = metrics;
    this.fonts = Fonts.scaled(options.fontSize());
    this.title = fonts.title();
    this.body = fonts.body();
    this.small = fonts.small();
    this.smallBold = fonts.smallBold();
    this.label = fonts.label();
    this.stageName = fonts.stageName();
  }

  /** Lays out {@code journey}, marking the subjects of {@code annotations} and listing them. */
  public MapLayout layout(Journey journey, List<Annotation> annotations) {
    return new Run(journey, annotations).build();
  }

  /** The columns a stage spans. */
  private record Span(int first, int count) {}

  /** The state of laying out one journey. */
  private final class Run {
    private final Journey journey;
    private final List<Annotation> annotations;
    private final List<Column> columns = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final double columnWidth;
    private final double labelWidth = LABEL_WIDTH * Math.max(1, options.fontSize() / 12);
    private final double gridLeft = MARGIN + labelWidth;
    private final double gridWidth;
    private final double contentWidth;
    private final double panelWidth;
    private final List<Node> header = new ArrayList<>();
    private final List<Node> lanes = new ArrayList<>();

    /** What each stage shows across its columns: band, stage-wide cards, metrics. */
    private final List<List<MapLayout.Part>> stageParts = new ArrayList<>();

    /** What each column shows, by column index: a touchpoint's cells, lane by lane. */
    private final List<List<MapLayout.Part>> columnParts = new ArrayList<>();

    private MapLayout.@Nullable Part curve;

    /** After the stages and the curve: journey-wide cards, findings panel, legend. */
    private final List<MapLayout.Part> footer = new ArrayList<>();

    private final Cards cards;
    private double y = MARGIN;
    private int laneCount;

    Run(Journey journey, List<Annotation> annotations) {
      this.journey = journey;
      this.annotations = annotations;
      int count = 0;
      for (Stage stage : journey.stages()) {
        count += Math.max(1, stage.touchpoints().size());
      }
      // A few touchpoints share the minimum width; many keep theirs and the map grows wider.
      double shared = (MIN_GRID_WIDTH - labelWidth) / Math.max(1, count);
      this.columnWidth =
          Math.max(options.touchpointWidth(), Math.min(shared, 1.5 * options.touchpointWidth()));
      for (Stage stage : journey.stages()) {
        int first = columns.size();
        if (stage.touchpoints().isEmpty()) {
          columns.add(new Column(first, spans.size(), null, columnX(first)));
          columnParts.add(List.of());
        }
        for (Touchpoint touchpoint : stage.touchpoints()) {
          columns.add(
              new Column(columns.size(), spans.size(), touchpoint, columnX(columns.size())));
          columnParts.add(new ArrayList<>());
        }
        spans.add(new Span(first, columns.size() - first));
        stageParts.add(new ArrayList<>());
      }
      this.gridWidth = columns.size() * columnWidth;
      this.contentWidth = Math.max(labelWidth + gridWidth, MIN_GRID_WIDTH);
      this.panelWidth = Math.min(contentWidth, MAX_PANEL_WIDTH);
      this.cards =
          new Cards(journey, annotations, options, metrics, fonts, columnWidth - 2 * INSET);
    }

    private double columnX(int index) {
      return gridLeft + index * columnWidth;
    }

    MapLayout build() {
      layoutHeader();
      y += 20;
      double gridTop = y;
      if (!journey.stages().isEmpty()) {
        layoutStageHeaders();
        layoutLanes();
        addStageDividers(gridTop);
      }
      if (!annotations.isEmpty()) {
        y += 20;
        Card card =
            new FindingsPanel(journey, options, metrics, fonts).card(annotations, panelWidth);
        double top = y;
        footer.add(out -> card.emit(MARGIN, top, out));
        y += card.height();
      }
      layoutLegend();
      double width = contentWidth + 2 * MARGIN;
      double height = y + MARGIN;
      List<MapLayout.Part> parts = new ArrayList<>();
      Rect background = new Rect(new Box(0, 0, width, height), 0, "cjm-background");
      Group headerGroup = new Group("cjm-header", "cjm-header", null, ImmutableList.copyOf(header));
      Group lanesGroup =
          lanes.isEmpty() ? null : new Group(null, "cjm-lanes", null, ImmutableList.copyOf(lanes));
      parts.add(
          out -> {
            out.add(background);
            out.add(headerGroup);
            if (lanesGroup != null) {
              out.add(lanesGroup);
            }
          });
      for (int s = 0; s < journey.stages().size(); s++) {
        int stage = s;
        parts.add(out -> out.add(stageGroup(stage)));
      }
      MapLayout.Part curveShapes = curve;
      if (curveShapes != null) {
        parts.add(
            out -> {
              List<Node> shapes = new ArrayList<>();
              curveShapes.emit(shapes);
              if (!shapes.isEmpty()) {
                out.add(
                    new Group(
                        "cjm-emotion-curve",
                        "cjm-emotion-curve",
                        null,
                        ImmutableList.copyOf(shapes)));
              }
            });
      }
      parts.addAll(footer);
      return new MapLayout(
          width,
          height,
          journey.accessibilityTitle().orElse(journey.title()),
          journey.accessibilityDescription().orElseGet(() -> Summaries.journey(journey)),
          body.size(),
          ImmutableList.copyOf(parts));
    }

    /**
     * The group of stage {@code s}: what spans its columns, then a group per touchpoint. Made when
     * the writer reaches the stage, from the cards and positions decided by the layout.
     */
    private Group stageGroup(int s) {
      Stage stage = journey.stages().get(s);
      // Sized for a stage's or a touchpoint's usual count of shapes, so that neither list grows.
      List<Node> children = new ArrayList<>(64);
      for (MapLayout.Part part : stageParts.get(s)) {
        part.emit(children);
      }
      Span span = spans.get(s);
      for (int c = span.first(); c < span.first() + span.count(); c++) {
        Touchpoint touchpoint = columns.get(c).touchpoint();
        if (touchpoint == null) {
          continue;
        }
        List<Node> cells = new ArrayList<>(32);
        for (MapLayout.Part part : columnParts.get(c)) {
          part.emit(cells);
        }
        children.add(
            new Group(
                Ids.of("touchpoint", touchpoint.id()),
                "cjm-touchpoint",
                Summaries.touchpoint(touchpoint),
                ImmutableList.copyOf(cells)));
      }
      return new Group(
          Ids.of("stage", stage.id()),
          "cjm-stage",
          Summaries.stage(stage),
          ImmutableList.copyOf(children));
    }

    // ---------------------------------------------------------------- header

    private void layoutHeader() {
      String bg = "cjm-background";
      TextItem titleText =
          TextItem.of(journey.title(), title, panelWidth, 0, "cjm-title", bg, metrics);
      titleText.emit(MARGIN, y, header);
      y += titleText.height() + 6;
      String state =
          journey.state() == Journey.State.CURRENT
              ? "Current-state journey map"
              : "Future-state journey map";
      String subtitle =
          journey.persona().map(p -> state + " \u00b7 persona: " + p.name()).orElse(state);
      TextItem sub = TextItem.of(subtitle, small, panelWidth, 0, "cjm-muted", bg, metrics);
      sub.emit(MARGIN, y, header);
      y += sub.height();
      if (journey.description().isPresent()) {
        TextItem description =
            TextItem.of(
                journey.description().get(),
                body,
                Math.min(panelWidth, 900),
                options.maxLines(),
                "cjm-text",
                bg,
                metrics);
        y += 8;
        description.emit(MARGIN, y, header);
        y += description.height();
      }
      if (journey.persona().isPresent()) {
        y += 14;
        Card card =
            new PersonaCard(options, metrics, fonts).card(journey.persona().get(), panelWidth);
        card.emit(MARGIN, y, header);
        y += card.height();
      }
    }

    // ---------------------------------------------------------------- stages

    private void layoutStageHeaders() {
      List<Card> bands = new ArrayList<>();
      double height = 0;
      for (int s = 0; s < journey.stages().size(); s++) {
        Stage stage = journey.stages().get(s);
        String band = "cjm-stage-band cjm-stage-band-" + (s % BAND_COLOURS);
        double width = spans.get(s).count() * columnWidth - 2 * INSET;
        // On a wide stage the texts keep to the first columns, clear of the repeated names.
        double inner =
            Math.min(
                Card.innerWidth(width, false),
                Card.innerWidth(NAME_REPEAT / 2.0 * columnWidth - 2 * INSET, false));
        List<Item> items = new ArrayList<>();
        List<Annotation> notes = cards.annotationsOf(stage.id());
        double nameWidth = notes.isEmpty() ? inner : inner - 22;
        Item name = TextItem.of(stage.name(), stageName, nameWidth, 0, "cjm-text", band, metrics);
        items.add(notes.isEmpty() ? name : new Beside(name, new FindingMarker(notes), 4));
        stage
            .phase()
            .filter(p -> !p.englishName().equalsIgnoreCase(stage.name()))
            .ifPresent(
                p ->
                    items.add(
                        TextItem.of(
                            "Phase: " + p.englishName(),
                            small,
                            inner,
                            0,
                            "cjm-text",
                            band,
                            metrics)));
        stage
            .goal()
            .ifPresent(
                g ->
                    items.add(
                        TextItem.of(
                            "Goal: " + g,
                            body,
                            inner,
                            options.maxLines(),
                            "cjm-text",
                            band,
                            metrics)));
        Card card = new Card(new Stack(items, 4), width, band, null, null, "", null);
        bands.add(card);
        height = Math.max(height, card.height());
      }
      addLaneBackground("Stages", height + 2 * INSET, "cjm-lane-stages", nextShade());
      double bandHeight = height;
      double top = y + INSET;
      for (int s = 0; s < bands.size(); s++) {
        Card card = bands.get(s);
        double x = columnX(spans.get(s).first()) + INSET;
        int stage = s;
        stageParts
            .get(s)
            .add(
                out -> {
                  int at = out.size();
                  card.emit(x, top, out);
                  stretch(out, at, bandHeight);
                  repeatName(stage, top, out);
                });
      }
      y += height + 2 * INSET;
    }

    /** Repeats the name of a wide stage every few columns, so it stays in view. */
    private void repeatName(int s, double top, List<Node> out) {
      Span span = spans.get(s);
      String band = "cjm-stage-band cjm-stage-band-" + (s % BAND_COLOURS);
      double width = Card.innerWidth(columnWidth - 2 * INSET, false);
      for (int k = NAME_REPEAT; k < span.count(); k += NAME_REPEAT) {
        TextItem name =
            TextItem.of(
                journey.stages().get(s).name(), stageName, width, 1, "cjm-text", band, metrics);
        name.emit(columnX(span.first() + k) + INSET + Card.PAD, top + Card.PAD, out);
      }
    }

    /** Makes the band just emitted as tall as the tallest band. */
    private void stretch(List<Node> out, int at, double height) {
      if (out.get(at) instanceof Rect rect) {
        Box box = rect.box();
        out.set(
            at,
            new Rect(
                new Box(box.x(), box.y(), box.width(), height), rect.radius(), rect.cssClass()));
      }
    }

    // ---------------------------------------------------------------- lanes

    private void layoutLanes() {
      for (Lane lane : options.lanes()) {
        switch (lane) {
          case TOUCHPOINTS -> layoutCells(lane, cards::touchpointCard);
          case DOING -> layoutCells(lane, t -> cards.scenarioCard(t.doing(), "cjm-card cjm-doing"));
          case THINKING ->
              layoutCells(lane, t -> cards.scenarioCard(t.thinking(), "cjm-card cjm-thinking"));
          case FEELING ->
              layoutCells(lane, t -> cards.scenarioCard(t.feeling(), "cjm-card cjm-feeling"));
          case EMOTION -> layoutEmotion();
          case BARRIERS -> layoutBarriers();
          case OPPORTUNITIES -> layoutOpportunities();
          case METRICS -> layoutMetrics();
        }
      }
    }

    private double cellWidth() {
      return columnWidth - 2 * INSET;
    }

    /** A lane of one card per touchpoint; left out when no touchpoint has one. */
    private void layoutCells(Lane lane, Function<Touchpoint, Optional<Card>> cardOf) {
      @Nullable Card[] cards = new Card[columns.size()];
      boolean any = false;
      double height = 0;
      for (Column column : columns) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint == null) {
          continue;
        }
        Optional<Card> card = cardOf.apply(touchpoint);
        if (card.isPresent()) {
          cards[column.index()] = card.get();
          any = true;
          height = Math.max(height, card.get().height());
        }
      }
      if (!any) {
        return;
      }
      double laneHeight = height + 2 * INSET;
      addLaneBackground(
          lane.label(),
          laneHeight,
          "cjm-lane-" + lane.name().toLowerCase(Locale.ROOT),
          nextShade());
      double top = y + INSET;
      for (Column column : columns) {
        Card card = cards[column.index()];
        if (card != null) {
          double x = column.x() + INSET;
          columnParts.get(column.index()).add(out -> card.emit(x, top, out));
        }
      }
      y += laneHeight;
    }

    // ---------------------------------------------------------------- emotion curve

    private void layoutEmotion() {
      boolean any =
          journey.allTouchpoints().stream()
              .anyMatch(t -> t.emotion().isPresent() || t.expectedEmotion().isPresent());
      if (!any) {
        return;
      }
      // Room above the +2 line and below the -2 line for a marker's label.
      double top = Math.max(30, small.blockHeight(1) + 21);
      double bottom = top + 10;
      double laneHeight = top + 4 * EmotionLane.UNIT + bottom;
      String laneSurface = "cjm-lane cjm-lane-emotion " + nextShade();
      addLaneBackground(Lane.EMOTION.label(), laneHeight, "cjm-lane-emotion", nextShade());
      double zero = y + top + 2 * EmotionLane.UNIT;
      EmotionLane lane = new EmotionLane(columns, columnWidth, gridLeft, gridWidth, metrics, small);
      lane.grid(zero, laneSurface, lanes);
      curve = out -> lane.curve(zero, laneSurface, out);
      y += laneHeight;
    }

    // ---------------------------------------------------------------- barriers, opportunities

    private void layoutBarriers() {
      if (journey.allBarriers().isEmpty()) {
        return;
      }
      layoutCardLane(
          Lane.BARRIERS, Touchpoint::barriers, Stage::barriers, List.of(), cards::barrierCard);
    }

    private void layoutOpportunities() {
      if (journey.allOpportunities().isEmpty()) {
        return;
      }
      layoutCardLane(
          Lane.OPPORTUNITIES,
          Touchpoint::opportunities,
          Stage::opportunities,
          journey.opportunities(),
          cards::opportunityCard);
    }

    /** How to make the card of one element, for a given card width. */
    private interface CardMaker<T> {
      Card card(T element, double width);
    }

    /**
     * A lane of cards: each touchpoint's under its column, each stage's across the stage below
     * them, the journey's own in a last row, one column each.
     */
    private <T> void layoutCardLane(
        Lane lane,
        Function<Touchpoint, List<T>> ofTouchpoint,
        Function<Stage, List<T>> ofStage,
        List<T> ofJourney,
        CardMaker<T> maker) {
      double laneTop = y;
      double stageAreaHeight = 0;
      for (int s = 0; s < journey.stages().size(); s++) {
        Stage stage = journey.stages().get(s);
        Span span = spans.get(s);
        double columnsHeight = 0;
        for (int c = span.first(); c < span.first() + span.count(); c++) {
          Column column = columns.get(c);
          Touchpoint touchpoint = column.touchpoint();
          if (touchpoint == null) {
            continue;
          }
          List<Item> cards = new ArrayList<>();
          for (T element : ofTouchpoint.apply(touchpoint)) {
            cards.add(maker.card(element, cellWidth()));
          }
          if (cards.isEmpty()) {
            continue;
          }
          Stack stack = new Stack(cards, GAP);
          double x = column.x() + INSET;
          columnParts.get(c).add(out -> stack.emit(x, laneTop + INSET, out));
          columnsHeight = Math.max(columnsHeight, stack.height());
        }
        List<Item> stageCards = new ArrayList<>();
        double stageWidth = span.count() * columnWidth - 2 * INSET;
        for (T element : ofStage.apply(stage)) {
          stageCards.add(maker.card(element, stageWidth));
        }
        double height = columnsHeight;
        if (!stageCards.isEmpty()) {
          Stack stack = new Stack(stageCards, GAP);
          double top = laneTop + INSET + (columnsHeight > 0 ? columnsHeight + GAP : 0);
          double x = columnX(span.first()) + INSET;
          stageParts.get(s).add(out -> stack.emit(x, top, out));
          height = top - laneTop - INSET + stack.height();
        }
        stageAreaHeight = Math.max(stageAreaHeight, height);
      }
      double laneHeight = stageAreaHeight + 2 * INSET;
      if (!ofJourney.isEmpty()) {
        double top = laneTop + (stageAreaHeight > 0 ? stageAreaHeight + 2 * INSET : INSET);
        TextItem heading =
            TextItem.of(
                "For the whole journey",
                smallBold,
                cellWidth(),
                1,
                "cjm-muted",
                "cjm-lane cjm-lane-" + lane.name().toLowerCase(Locale.ROOT) + " " + nextShade(),
                metrics);
        List<MapLayout.Part> journeyParts = new ArrayList<>();
        double headingTop = top;
        journeyParts.add(out -> heading.emit(gridLeft + INSET, headingTop, out));
        top += heading.height() + GAP;
        int perRow = columns.size();
        double rowTop = top;
        double rowHeight = 0;
        for (int i = 0; i < ofJourney.size(); i++) {
          if (i > 0 && i % perRow == 0) {
            rowTop += rowHeight + GAP;
            rowHeight = 0;
          }
          Card card = maker.card(ofJourney.get(i), cellWidth());
          double x = columnX(i % perRow) + INSET;
          double cardTop = rowTop;
          journeyParts.add(out -> card.emit(x, cardTop, out));
          rowHeight = Math.max(rowHeight, card.height());
        }
        laneHeight = rowTop + rowHeight + INSET - laneTop;
        footer.add(
            out -> {
              List<Node> journeyNodes = new ArrayList<>();
              for (MapLayout.Part part : journeyParts) {
                part.emit(journeyNodes);
              }
              out.add(
                  new Group(
                      "cjm-journey-opportunities",
                      "cjm-journey-opportunities",
                      null,
                      ImmutableList.copyOf(journeyNodes)));
            });
      }
      addLaneBackground(
          lane.label(),
          laneHeight,
          "cjm-lane-" + lane.name().toLowerCase(Locale.ROOT),
          nextShade());
      y += laneHeight;
    }

    // ---------------------------------------------------------------- metrics

    private void layoutMetrics() {
      boolean any = journey.stages().stream().anyMatch(s -> !s.metrics().isEmpty());
      if (!any) {
        return;
      }
      double laneTop = y;
      double laneHeight = 0;
      for (int s = 0; s < journey.stages().size(); s++) {
        Stage stage = journey.stages().get(s);
        Span span = spans.get(s);
        double rowTop = laneTop + INSET;
        double rowHeight = 0;
        for (int i = 0; i < stage.metrics().size(); i++) {
          if (i > 0 && i % span.count() == 0) {
            rowTop += rowHeight + GAP;
            rowHeight = 0;
          }
          Card card = cards.metricCard(stage.metrics().get(i));
          double x = columnX(span.first() + i % span.count()) + INSET;
          double top = rowTop;
          stageParts.get(s).add(out -> card.emit(x, top, out));
          rowHeight = Math.max(rowHeight, card.height());
        }
        laneHeight = Math.max(laneHeight, rowTop + rowHeight + INSET - laneTop);
      }
      addLaneBackground(Lane.METRICS.label(), laneHeight, "cjm-lane-metrics", nextShade());
      y += laneHeight;
    }

    // ---------------------------------------------------------------- lane frames

    /** The shade of the next lane to be added: lanes alternate between two. */
    private String nextShade() {
      return laneCount % 2 == 0 ? "cjm-lane-even" : "cjm-lane-odd";
    }

    /** The background and the label of a lane starting at {@code y}. */
    private void addLaneBackground(String name, double height, String kind, String shade) {
      String css = "cjm-lane " + kind + " " + shade;
      laneCount++;
      lanes.add(new Rect(new Box(MARGIN, y, labelWidth + gridWidth, height), 0, css));
      double scale = kind.equals("cjm-lane-emotion") ? 2 * small.size() : 0;
      TextItem text =
          TextItem.of(name, label, labelWidth - 16 - scale, 0, "cjm-lane-label", css, metrics);
      text.emit(MARGIN + 10, y + Card.PAD + INSET, lanes);
    }

    private void addStageDividers(double gridTop) {
      for (int s = 1; s < spans.size(); s++) {
        double x = columnX(spans.get(s).first());
        lanes.add(new Line(new Point(x, gridTop), new Point(x, y), "cjm-stage-divider"));
      }
    }

    // ---------------------------------------------------------------- findings and legend

    private void layoutLegend() {
      if (!options.legend() || journey.stages().isEmpty()) {
        return;
      }
      Legend legend = new Legend(journey, options, metrics, small, smallBold, label, panelWidth);
      if (legend.isEmpty()) {
        return;
      }
      y += 16;
      double top = y;
      footer.add(
          out -> {
            List<Node> shapes = new ArrayList<>();
            legend.emit(MARGIN, top, shapes);
            out.add(new Group("cjm-legend", "cjm-legend", null, ImmutableList.copyOf(shapes)));
          });
      y += legend.height();
    }
  }

  /** The class attribute of each well-known channel's badge, in {@link Channel#wellKnown} order. */
  private static final ImmutableList<String> CHANNEL_BADGES =
      IntStream.range(0, Channel.wellKnown().size())
          .mapToObj(i -> "cjm-channel cjm-channel-" + i)
          .collect(ImmutableList.toImmutableList());

  /**
   * The class attribute of a channel's badge: its own colour for a well-known channel, else a
   * shared one. The same String for every badge of a channel (made once, its hash kept).
   */
  static String channelBadgeClass(Channel channel) {
    int index = Channel.wellKnown().indexOf(channel);
    return index >= 0 ? CHANNEL_BADGES.get(index) : "cjm-channel cjm-channel-custom";
  }
}
