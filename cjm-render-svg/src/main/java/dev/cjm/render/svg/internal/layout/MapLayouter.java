package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Persona;
import dev.cjm.core.Severity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.Lane;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
  static final double UNIT = 28; // pixels per emotion point
  static final int BAND_COLOURS = 6;

  private final LayoutOptions options;
  private final FontMetrics metrics;
  private final Font title;
  private final Font body;
  private final Font small;
  private final Font smallBold;
  private final Font label;
  private final Font stageName;
  private final Font touchpointName;
  private final Font personaName;

  public MapLayouter(LayoutOptions options, FontMetrics metrics) {
    this.options = options;
    this.metrics = metrics;
    double k = options.fontSize() / 12;
    this.title = new Font(22 * k, true);
    this.body = new Font(12 * k, false);
    this.small = new Font(10.5 * k, false);
    this.smallBold = new Font(10.5 * k, true);
    this.label = new Font(12 * k, true);
    this.stageName = new Font(14 * k, true);
    this.touchpointName = new Font(13 * k, true);
    this.personaName = new Font(15 * k, true);
  }

  /** Lays out {@code journey}, marking the subjects of {@code annotations} and listing them. */
  public MapLayout layout(Journey journey, List<Annotation> annotations) {
    return new Run(journey, annotations).build();
  }

  /** One column of the grid: a touchpoint, or the empty column of a stage without touchpoints. */
  private record Column(int index, int stageIndex, @Nullable Touchpoint touchpoint, double x) {}

  /** The columns a stage spans. */
  private record Span(int first, int count) {}

  /** The state of laying out one journey. */
  private final class Run {
    private final Journey journey;
    private final List<Annotation> annotations;
    private final List<Column> columns = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final double columnWidth;
    private final double gridLeft = MARGIN + LABEL_WIDTH;
    private final double gridWidth;
    private final double contentWidth;
    private final double panelWidth;
    private final List<Node> header = new ArrayList<>();
    private final List<Node> lanes = new ArrayList<>();
    private final List<List<Node>> stageNodes = new ArrayList<>();
    private final Map<String, List<Node>> touchpointNodes = new LinkedHashMap<>();
    private final List<Node> curve = new ArrayList<>();
    private final List<Node> footer = new ArrayList<>();
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
      double shared = (MIN_GRID_WIDTH - LABEL_WIDTH) / Math.max(1, count);
      this.columnWidth =
          Math.max(options.touchpointWidth(), Math.min(shared, 1.5 * options.touchpointWidth()));
      for (Stage stage : journey.stages()) {
        int first = columns.size();
        if (stage.touchpoints().isEmpty()) {
          columns.add(new Column(first, spans.size(), null, columnX(first)));
        }
        for (Touchpoint touchpoint : stage.touchpoints()) {
          columns.add(
              new Column(columns.size(), spans.size(), touchpoint, columnX(columns.size())));
          touchpointNodes.put(touchpoint.id(), new ArrayList<>());
        }
        spans.add(new Span(first, columns.size() - first));
        stageNodes.add(new ArrayList<>());
      }
      this.gridWidth = columns.size() * columnWidth;
      this.contentWidth = Math.max(LABEL_WIDTH + gridWidth, MIN_GRID_WIDTH);
      this.panelWidth = Math.min(contentWidth, MAX_PANEL_WIDTH);
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
      layoutFindings();
      layoutLegend();
      double width = contentWidth + 2 * MARGIN;
      double height = y + MARGIN;
      ImmutableList.Builder<Node> nodes = ImmutableList.builder();
      nodes.add(new Rect(new Box(0, 0, width, height), 0, "cjm-background"));
      nodes.add(new Group("cjm-header", "cjm-header", null, ImmutableList.copyOf(header)));
      if (!lanes.isEmpty()) {
        nodes.add(new Group(null, "cjm-lanes", null, ImmutableList.copyOf(lanes)));
      }
      for (int s = 0; s < journey.stages().size(); s++) {
        Stage stage = journey.stages().get(s);
        List<Node> children = new ArrayList<>(stageNodes.get(s));
        for (Touchpoint touchpoint : stage.touchpoints()) {
          List<Node> cells = touchpointNodes.getOrDefault(touchpoint.id(), List.of());
          children.add(
              new Group(
                  Ids.of("touchpoint", touchpoint.id()),
                  "cjm-touchpoint",
                  Summaries.touchpoint(touchpoint),
                  ImmutableList.copyOf(cells)));
        }
        nodes.add(
            new Group(
                Ids.of("stage", stage.id()),
                "cjm-stage",
                Summaries.stage(stage),
                ImmutableList.copyOf(children)));
      }
      if (!curve.isEmpty()) {
        nodes.add(
            new Group("cjm-emotion-curve", "cjm-emotion-curve", null, ImmutableList.copyOf(curve)));
      }
      nodes.addAll(footer);
      return new MapLayout(
          width,
          height,
          journey.accessibilityTitle().orElse(journey.title()),
          journey.accessibilityDescription().orElseGet(() -> Summaries.journey(journey)),
          nodes.build());
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
      journey.persona().ifPresent(this::layoutPersona);
    }

    private void layoutPersona(Persona persona) {
      y += 14;
      String surface = "cjm-persona";
      double inner = panelWidth - 2 * Card.PAD;
      List<Section> sections = new ArrayList<>();
      addSection(sections, "Goals", persona.goals());
      addSection(sections, "Needs", persona.needs());
      addSection(sections, "Expectations", persona.expectations());
      addSection(sections, "Frustrations", persona.frustrations());
      double leftWidth = sections.isEmpty() ? inner : Math.min(300, inner * 0.4);
      double avatar = 36;
      List<Item> left = new ArrayList<>();
      TextItem name =
          TextItem.of(
              persona.name(),
              personaName,
              leftWidth - avatar - 10,
              2,
              "cjm-text",
              surface,
              metrics);
      left.add(new Beside(new Avatar(persona.name(), avatar, personaName), name, 10));
      persona
          .description()
          .ifPresent(
              d ->
                  left.add(
                      TextItem.of(
                          d, body, leftWidth, options.maxLines(), "cjm-text", surface, metrics)));
      persona
          .quote()
          .ifPresent(
              q ->
                  left.add(
                      TextItem.of(
                          "\u201c" + q + "\u201d",
                          body,
                          leftWidth,
                          options.maxLines(),
                          "cjm-quote",
                          surface,
                          metrics)));
      Item leftStack = new Stack(left, 8);
      Item content = leftStack;
      if (!sections.isEmpty()) {
        double rightWidth = inner - leftWidth - 20;
        int perRow = (int) Math.max(1, Math.min(sections.size(), Math.floor(rightWidth / 170)));
        double sectionWidth = (rightWidth - (perRow - 1) * 16) / perRow;
        List<Item> sectionItems = new ArrayList<>();
        for (Section section : sections) {
          sectionItems.add(section.item(sectionWidth, surface));
        }
        content = new Beside(leftStack, new Flow(sectionItems, rightWidth, 16, 12), 20);
      }
      Card card = new Card(content, panelWidth, "cjm-persona", null, "cjm-persona", "", null);
      card.emit(MARGIN, y, header);
      y += card.height();
    }

    private void addSection(List<Section> sections, String heading, List<String> items) {
      if (!items.isEmpty()) {
        sections.add(new Section(heading, items));
      }
    }

    /** A titled list of the persona card. */
    private final class Section {
      private final String heading;
      private final List<String> items;

      Section(String heading, List<String> items) {
        this.heading = heading;
        this.items = items;
      }

      Item item(double width, String surface) {
        List<Item> parts = new ArrayList<>();
        parts.add(
            TextItem.of(
                heading.toUpperCase(Locale.ROOT),
                smallBold,
                width,
                1,
                "cjm-muted",
                surface,
                metrics));
        double indent = body.size();
        for (String entry : items) {
          TextItem bullet = TextItem.of("\u2022", body, indent, 1, "cjm-muted", surface, metrics);
          TextItem text =
              TextItem.of(
                  entry, body, width - indent, options.maxLines(), "cjm-text", surface, metrics);
          parts.add(new Beside(bullet, text, 0));
        }
        return new Stack(parts, 4);
      }
    }

    // ---------------------------------------------------------------- stages

    private void layoutStageHeaders() {
      List<Card> cards = new ArrayList<>();
      double height = 0;
      for (int s = 0; s < journey.stages().size(); s++) {
        Stage stage = journey.stages().get(s);
        String band = "cjm-stage-band cjm-stage-band-" + (s % BAND_COLOURS);
        double width = spans.get(s).count() * columnWidth - 2 * INSET;
        double inner = Card.innerWidth(width, false);
        List<Item> items = new ArrayList<>();
        List<Annotation> notes = annotationsOf(stage.id());
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
        cards.add(card);
        height = Math.max(height, card.height());
      }
      addLaneBackground("Stages", height + 2 * INSET, "cjm-lane-stages", nextShade());
      for (int s = 0; s < cards.size(); s++) {
        Card card = cards.get(s);
        List<Node> out = stageNodes.get(s);
        int at = out.size();
        card.emit(columnX(spans.get(s).first()) + INSET, y + INSET, out);
        stretch(out, at, height);
      }
      y += height + 2 * INSET;
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
          case TOUCHPOINTS -> layoutCells(lane, this::touchpointCard);
          case DOING -> layoutCells(lane, t -> scenarioCard(t.doing(), "cjm-doing"));
          case THINKING -> layoutCells(lane, t -> scenarioCard(t.thinking(), "cjm-thinking"));
          case FEELING -> layoutCells(lane, t -> scenarioCard(t.feeling(), "cjm-feeling"));
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
      Map<Integer, Card> cards = new LinkedHashMap<>();
      double height = 0;
      for (Column column : columns) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint == null) {
          continue;
        }
        Optional<Card> card = cardOf.apply(touchpoint);
        if (card.isPresent()) {
          cards.put(column.index(), card.get());
          height = Math.max(height, card.get().height());
        }
      }
      if (cards.isEmpty()) {
        return;
      }
      double laneHeight = height + 2 * INSET;
      addLaneBackground(
          lane.label(),
          laneHeight,
          "cjm-lane-" + lane.name().toLowerCase(Locale.ROOT),
          nextShade());
      for (Map.Entry<Integer, Card> entry : cards.entrySet()) {
        Column column = columns.get(entry.getKey());
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint != null) {
          List<Node> out = touchpointNodes.get(touchpoint.id());
          if (out != null) {
            entry.getValue().emit(column.x() + INSET, y + INSET, out);
          }
        }
      }
      y += laneHeight;
    }

    private Optional<Card> touchpointCard(Touchpoint touchpoint) {
      String surface = "cjm-card cjm-touchpoint-card";
      double inner = Card.innerWidth(cellWidth(), false);
      List<Item> items = new ArrayList<>();
      List<Annotation> notes = annotationsOf(touchpoint.id());
      double top = notes.isEmpty() ? inner : inner - 22;
      Item first;
      if (touchpoint.channel().isPresent()) {
        Channel channel = touchpoint.channel().get();
        first =
            new Badge(
                channel.name(),
                smallBold,
                top,
                "cjm-channel " + channelClass(channel),
                "cjm-on-accent",
                metrics);
      } else {
        first = TextItem.of("No channel", small, top, 1, "cjm-muted", surface, metrics);
      }
      items.add(notes.isEmpty() ? first : new Beside(first, new FindingMarker(notes), 4));
      items.add(
          TextItem.of(
              touchpoint.name(),
              touchpointName,
              inner,
              options.maxLines(),
              "cjm-text",
              surface,
              metrics));
      touchpoint
          .owner()
          .ifPresent(
              o ->
                  items.add(
                      TextItem.of(
                          "Owner: " + o,
                          small,
                          inner,
                          options.maxLines(),
                          "cjm-muted",
                          surface,
                          metrics)));
      if (!touchpoint.actors().isEmpty()) {
        items.add(
            TextItem.of(
                "With: " + String.join(", ", touchpoint.actors()),
                small,
                inner,
                options.maxLines(),
                "cjm-muted",
                surface,
                metrics));
      }
      return Optional.of(new Card(new Stack(items, 5), cellWidth(), surface, null, null, "", null));
    }

    private Optional<Card> scenarioCard(Optional<String> text, String kind) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String surface = "cjm-card " + kind;
      TextItem item =
          TextItem.of(
              text.get(),
              body,
              Card.innerWidth(cellWidth(), false),
              options.maxLines(),
              "cjm-text",
              surface,
              metrics);
      return Optional.of(new Card(item, cellWidth(), surface, null, null, "", null));
    }

    // ---------------------------------------------------------------- emotion curve

    private void layoutEmotion() {
      boolean any =
          journey.allTouchpoints().stream()
              .anyMatch(t -> t.emotion().isPresent() || t.expectedEmotion().isPresent());
      if (!any) {
        return;
      }
      double top = 30;
      double bottom = 40;
      double laneHeight = top + 4 * UNIT + bottom;
      String laneSurface = "cjm-lane cjm-lane-emotion " + nextShade();
      addLaneBackground(Lane.EMOTION.label(), laneHeight, "cjm-lane-emotion", nextShade());
      double zero = y + top + 2 * UNIT;
      double gridRight = gridLeft + gridWidth;
      for (int level = 2; level >= -2; level--) {
        double ly = zero - level * UNIT;
        lanes.add(
            new Line(
                new Point(gridLeft, ly),
                new Point(gridRight, ly),
                level == 0 ? "cjm-emotion-baseline" : "cjm-emotion-grid"));
        String scale = level > 0 ? "+" + level : level < 0 ? "\u2212" + Math.abs(level) : "0";
        double w = metrics.width(scale, small);
        lanes.add(
            new Text(
                ImmutableList.of(scale),
                gridLeft - 8,
                ly + (small.ascent() - small.descent()) / 2,
                small,
                Anchor.END,
                "cjm-muted",
                new Box(gridLeft - 8 - w, ly - small.ascent() / 2 - 2, w, small.blockHeight(1)),
                laneSurface,
                null));
      }
      Point[] experienced = new Point[columns.size()];
      Point[] expected = new Point[columns.size()];
      for (Column column : columns) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint == null) {
          continue;
        }
        double cx = column.x() + columnWidth / 2;
        int i = column.index();
        touchpoint
            .emotion()
            .ifPresent(e -> experienced[i] = new Point(cx, zero - e.score() * UNIT));
        touchpoint
            .expectedEmotion()
            .ifPresent(e -> expected[i] = new Point(cx, zero - e.score() * UNIT));
      }
      PathShape.Segment[] real = Curves.segments(experienced);
      PathShape.Segment[] wanted = Curves.segments(expected);
      addGapShading(experienced, expected, real, wanted);
      addCurve(expected, wanted, "cjm-emotion-expected");
      addCurve(experienced, real, "cjm-emotion-experienced");
      for (Column column : columns) {
        Touchpoint touchpoint = column.touchpoint();
        if (touchpoint == null) {
          continue;
        }
        addMarkers(column, touchpoint, zero, laneSurface);
      }
      y += laneHeight;
    }

    private void addCurve(
        @Nullable Point[] points, @Nullable PathShape.Segment[] segments, String css) {
      ImmutableList.Builder<PathShape.Segment> path = ImmutableList.builder();
      boolean any = false;
      for (int i = 1; i < points.length; i++) {
        PathShape.Segment segment = segments[i];
        Point from = points[i - 1];
        if (segment == null || from == null) {
          continue;
        }
        if (i == 1 || segments[i - 1] == null) {
          path.add(PathShape.Segment.move(from));
        }
        path.add(segment);
        any = true;
      }
      if (any) {
        curve.add(new PathShape(path.build(), css));
      }
    }

    private void addGapShading(
        @Nullable Point[] experienced,
        @Nullable Point[] expected,
        @Nullable PathShape.Segment[] real,
        @Nullable PathShape.Segment[] wanted) {
      int n = experienced.length;
      int i = 0;
      while (i < n) {
        if (experienced[i] == null || expected[i] == null) {
          i++;
          continue;
        }
        int end = i;
        while (end + 1 < n && real[end + 1] != null && wanted[end + 1] != null) {
          end++;
        }
        Point startReal = experienced[i];
        Point startWanted = expected[i];
        Point endWanted = expected[end];
        if (startReal == null || startWanted == null || endWanted == null) {
          throw new IllegalStateException("a gap run starts and ends at scored touchpoints");
        }
        if (end == i) {
          if (Math.abs(startReal.y() - startWanted.y()) > 0.5) {
            curve.add(new Line(startReal, startWanted, "cjm-emotion-gap-line"));
          }
        } else {
          ImmutableList.Builder<PathShape.Segment> area = ImmutableList.builder();
          area.add(PathShape.Segment.move(startReal));
          for (int k = i + 1; k <= end; k++) {
            area.add(requireSegment(real[k]));
          }
          area.add(PathShape.Segment.line(endWanted));
          for (int k = end; k > i; k--) {
            PathShape.Segment forward = requireSegment(wanted[k]);
            Point to = expected[k - 1];
            if (to == null) {
              throw new IllegalStateException("a gap run holds only expected points");
            }
            area.add(PathShape.Segment.cubic(forward.points().get(1), forward.points().get(0), to));
          }
          area.add(PathShape.Segment.close());
          curve.add(new PathShape(area.build(), "cjm-emotion-gap"));
        }
        i = end + 1;
      }
    }

    private PathShape.Segment requireSegment(PathShape.@Nullable Segment segment) {
      if (segment == null) {
        throw new IllegalStateException("a gap run has a curve segment at every step");
      }
      return segment;
    }

    private void addMarkers(Column column, Touchpoint touchpoint, double zero, String laneSurface) {
      double cx = column.x() + columnWidth / 2;
      touchpoint
          .expectedEmotion()
          .ifPresent(
              e ->
                  curve.add(
                      new Circle(
                          new Point(cx, zero - e.score() * UNIT),
                          4.5,
                          "cjm-emotion-expected-marker",
                          touchpoint.name() + ": expected " + e)));
      Optional<Emotion> emotion = touchpoint.emotion();
      if (emotion.isEmpty()) {
        TextItem hole =
            TextItem.centred("no score", small, cellWidth(), 1, "cjm-muted", laneSurface, metrics);
        hole.emit(column.x() + INSET, zero + 6, curve);
        return;
      }
      Emotion e = emotion.get();
      double cy = zero - e.score() * UNIT;
      curve.add(
          new Circle(
              new Point(cx, cy),
              6,
              "cjm-emotion-marker " + emotionClass(e.score()),
              touchpoint.name() + ": " + e));
      String text = e.toString().replace('-', '\u2212');
      double maxText = cellWidth() - 12;
      TextItem labelText =
          TextItem.centred(
              text,
              small,
              Math.min(maxText, metrics.width(text, small)),
              1,
              "cjm-text",
              "cjm-emotion-label",
              metrics);
      double w = labelText.width() + 8;
      double h = labelText.height() + 4;
      // Below the marker, unless the expected marker is there: then above it.
      boolean above =
          touchpoint.expectedEmotion().filter(x -> x.score() < e.score() - 0.25).isPresent();
      double top = above ? cy - 9 - h : cy + 9;
      curve.add(new Rect(new Box(cx - w / 2, top, w, h), 3, "cjm-emotion-label"));
      labelText.emit(cx - labelText.width() / 2, top + 2, curve);
    }

    // ---------------------------------------------------------------- barriers, opportunities

    private void layoutBarriers() {
      if (journey.allBarriers().isEmpty()) {
        return;
      }
      layoutCardLane(
          Lane.BARRIERS,
          Touchpoint::barriers,
          Stage::barriers,
          List.of(),
          (barrier, width) -> barrierCard(barrier, width));
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
          (opportunity, width) -> opportunityCard(opportunity, width));
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
      List<Runnable> emits = new ArrayList<>();
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
          List<Node> out = touchpointNodes.get(touchpoint.id());
          if (out != null) {
            emits.add(() -> stack.emit(column.x() + INSET, laneTop + INSET, out));
          }
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
          List<Node> out = stageNodes.get(s);
          emits.add(() -> stack.emit(columnX(span.first()) + INSET, top, out));
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
        List<Node> journeyNodes = new ArrayList<>();
        heading.emit(gridLeft + INSET, top, journeyNodes);
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
          card.emit(columnX(i % perRow) + INSET, rowTop, journeyNodes);
          rowHeight = Math.max(rowHeight, card.height());
        }
        laneHeight = rowTop + rowHeight + INSET - laneTop;
        footer.add(
            new Group(
                "cjm-journey-opportunities",
                "cjm-journey-opportunities",
                null,
                ImmutableList.copyOf(journeyNodes)));
      }
      addLaneBackground(
          lane.label(),
          laneHeight,
          "cjm-lane-" + lane.name().toLowerCase(Locale.ROOT),
          nextShade());
      emits.forEach(Runnable::run);
      y += laneHeight;
    }

    private Card barrierCard(Barrier barrier, double width) {
      String severity = barrier.severity().label();
      String surface = "cjm-card cjm-barrier-card cjm-barrier-" + severity;
      double inner = Card.innerWidth(width, true);
      List<Item> items = new ArrayList<>();
      String head = barrier.severity().label().toUpperCase(Locale.ROOT);
      if (barrier.frequency().isPresent()) {
        head += " \u00b7 " + Math.round(barrier.frequency().getAsDouble() * 100) + "% of customers";
      }
      List<Annotation> notes = annotationsOf(barrier.id());
      Item headText =
          TextItem.of(
              head,
              smallBold,
              notes.isEmpty() ? inner : inner - 22,
              1,
              "cjm-text",
              surface,
              metrics);
      items.add(notes.isEmpty() ? headText : new Beside(headText, new FindingMarker(notes), 4));
      items.add(
          TextItem.of(
              barrier.description(),
              body,
              inner,
              options.maxLines(),
              "cjm-text",
              surface,
              metrics));
      return new Card(
          new Stack(items, 3),
          width,
          surface,
          "cjm-stripe cjm-stripe-" + severity,
          Ids.of("barrier", barrier.id()),
          "cjm-barrier cjm-severity-" + severity,
          "Barrier (" + barrier.severity().label() + "): " + barrier.description());
    }

    private Card opportunityCard(Opportunity opportunity, double width) {
      String surface = "cjm-card cjm-opportunity-card";
      double inner = Card.innerWidth(width, false);
      List<Item> items = new ArrayList<>();
      items.add(
          TextItem.of(
              opportunity.description(),
              body,
              inner,
              options.maxLines(),
              "cjm-text",
              surface,
              metrics));
      List<Item> badges = new ArrayList<>();
      if (opportunity.isQuickWin()) {
        badges.add(
            new Badge("Quick win", smallBold, inner, "cjm-quick-win", "cjm-on-accent", metrics));
      }
      opportunity
          .impact()
          .ifPresent(
              l ->
                  badges.add(
                      new Badge(
                          "Impact: " + l.label(),
                          small,
                          inner,
                          "cjm-level cjm-level-" + l.label(),
                          "cjm-text",
                          metrics)));
      opportunity
          .effort()
          .ifPresent(
              l ->
                  badges.add(
                      new Badge(
                          "Effort: " + l.label(),
                          small,
                          inner,
                          "cjm-level cjm-level-" + l.label(),
                          "cjm-text",
                          metrics)));
      if (!badges.isEmpty()) {
        items.add(new Flow(badges, inner, 4, 4));
      }
      if (!opportunity.addresses().isEmpty()) {
        List<String> removes = new ArrayList<>();
        for (String id : opportunity.addresses()) {
          removes.add(journey.barrier(id).map(Barrier::description).orElse(id));
        }
        items.add(
            TextItem.of(
                "Addresses: " + String.join("; ", removes),
                small,
                inner,
                options.maxLines() == 0 ? 3 : options.maxLines(),
                "cjm-muted",
                surface,
                metrics));
      }
      return new Card(
          new Stack(items, 5),
          width,
          surface,
          null,
          Ids.of("opportunity", opportunity.id()),
          "cjm-opportunity" + (opportunity.isQuickWin() ? " cjm-quick-win-opportunity" : ""),
          "Opportunity: " + opportunity.description());
    }

    // ---------------------------------------------------------------- metrics

    private void layoutMetrics() {
      boolean any = journey.stages().stream().anyMatch(s -> !s.metrics().isEmpty());
      if (!any) {
        return;
      }
      double laneTop = y;
      double laneHeight = 0;
      List<Runnable> emits = new ArrayList<>();
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
          Card card = metricCard(stage.metrics().get(i));
          double x = columnX(span.first() + i % span.count()) + INSET;
          double top = rowTop;
          List<Node> out = stageNodes.get(s);
          emits.add(() -> card.emit(x, top, out));
          rowHeight = Math.max(rowHeight, card.height());
        }
        laneHeight = Math.max(laneHeight, rowTop + rowHeight + INSET - laneTop);
      }
      addLaneBackground(Lane.METRICS.label(), laneHeight, "cjm-lane-metrics", nextShade());
      emits.forEach(Runnable::run);
      y += laneHeight;
    }

    private Card metricCard(Metric metric) {
      String status =
          metric.target().isEmpty()
              ? "cjm-metric-untargeted"
              : metric.isOffTarget() ? "cjm-metric-off" : "cjm-metric-on";
      String surface = "cjm-card cjm-metric-card";
      double inner = Card.innerWidth(cellWidth(), false);
      String unit = metric.unit().map(u -> u.equals("%") ? u : " " + u).orElse("");
      List<Item> items = new ArrayList<>();
      items.add(
          TextItem.of(
              metric.name(), smallBold, inner, options.maxLines(), "cjm-text", surface, metrics));
      items.add(
          TextItem.of(
              Numbers.display(metric.value()) + unit,
              stageName,
              inner,
              1,
              "cjm-text",
              surface,
              metrics));
      if (metric.target().isPresent()) {
        double target = metric.target().getAsDouble();
        String verdict = metric.isOffTarget() ? "off target" : "on target";
        items.add(
            TextItem.of(
                "Target " + Numbers.display(target) + unit + " \u00b7 " + verdict,
                small,
                inner,
                0,
                "cjm-muted",
                surface,
                metrics));
        items.add(
            new Bar(ratio(metric), inner, metric.isOffTarget() ? "cjm-bar-off" : "cjm-bar-on"));
      }
      return new Card(
          new Stack(items, 4),
          cellWidth(),
          surface,
          null,
          null,
          "cjm-metric " + status,
          metricTitle(metric));
    }

    private String metricTitle(Metric metric) {
      String text =
          metric.name() + ": " + Numbers.display(metric.value()) + metric.unit().orElse("");
      if (metric.target().isPresent()) {
        text +=
            " (target "
                + Numbers.display(metric.target().getAsDouble())
                + metric.unit().orElse("")
                + ")";
      }
      return text;
    }

    private double ratio(Metric metric) {
      double target = metric.target().orElse(0);
      double value = metric.value();
      double ratio;
      if (metric.higherIsBetter()) {
        ratio = target > 0 && value >= 0 ? value / target : metric.isOffTarget() ? 0 : 1;
      } else {
        ratio = value > 0 && target >= 0 ? target / value : metric.isOffTarget() ? 0 : 1;
      }
      return Math.max(0, Math.min(1, ratio));
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
      lanes.add(new Rect(new Box(MARGIN, y, LABEL_WIDTH + gridWidth, height), 0, css));
      double labelWidth = LABEL_WIDTH - 16 - (kind.equals("cjm-lane-emotion") ? 22 : 0);
      TextItem text = TextItem.of(name, label, labelWidth, 0, "cjm-lane-label", css, metrics);
      text.emit(MARGIN + 10, y + Card.PAD + INSET, lanes);
    }

    private void addStageDividers(double gridTop) {
      for (int s = 1; s < spans.size(); s++) {
        double x = columnX(spans.get(s).first());
        lanes.add(new Line(new Point(x, gridTop), new Point(x, y), "cjm-stage-divider"));
      }
    }

    // ---------------------------------------------------------------- findings and legend

    private List<Annotation> annotationsOf(String subjectId) {
      List<Annotation> found = new ArrayList<>();
      for (Annotation annotation : annotations) {
        if (annotation.subjectId().equals(subjectId)) {
          found.add(annotation);
        }
      }
      return found;
    }

    private void layoutFindings() {
      if (annotations.isEmpty()) {
        return;
      }
      y += 20;
      List<Annotation> sorted = new ArrayList<>(annotations);
      sorted.sort(Comparator.comparing(Annotation::severity).reversed());
      String surface = "cjm-card cjm-findings";
      double inner = Card.innerWidth(panelWidth, false);
      List<Item> items = new ArrayList<>();
      items.add(
          TextItem.of(
              "Findings (" + sorted.size() + ")", label, inner, 1, "cjm-text", surface, metrics));
      double badgeWidth = metrics.width("CRITICAL", smallBold) + 16;
      for (Annotation annotation : sorted) {
        Severity severity = annotation.severity();
        Badge badge =
            new Badge(
                severity.label().toUpperCase(Locale.ROOT),
                smallBold,
                badgeWidth,
                "cjm-finding-badge cjm-finding-" + severity.label(),
                "cjm-on-accent",
                metrics);
        String subject = subjectName(annotation.subjectId());
        TextItem text =
            TextItem.of(
                subject + ": " + annotation.message(),
                body,
                inner - badgeWidth - 8,
                options.maxLines(),
                "cjm-text",
                surface,
                metrics);
        items.add(new Beside(new Fixed(badge, badgeWidth), text, 8));
      }
      Card card =
          new Card(new Stack(items, 6), panelWidth, surface, null, "cjm-findings", "", null);
      card.emit(MARGIN, y, footer);
      y += card.height();
    }

    private String subjectName(String id) {
      return journey
          .touchpoint(id)
          .map(Touchpoint::name)
          .or(() -> journey.stage(id).map(Stage::name))
          .or(() -> journey.barrier(id).map(Barrier::description))
          .or(() -> journey.opportunity(id).map(Opportunity::description))
          .orElse(id.isEmpty() ? journey.title() : id);
    }

    private void layoutLegend() {
      if (!options.legend() || journey.stages().isEmpty()) {
        return;
      }
      Legend legend = new Legend(journey, options, metrics, small, smallBold, label, panelWidth);
      if (legend.isEmpty()) {
        return;
      }
      y += 16;
      List<Node> out = new ArrayList<>();
      legend.emit(MARGIN, y, out);
      footer.add(new Group("cjm-legend", "cjm-legend", null, ImmutableList.copyOf(out)));
      y += legend.height();
    }
  }

  /** The class of a channel's badge colour: its own for a well-known channel, else a shared one. */
  static String channelClass(Channel channel) {
    int index = Channel.wellKnown().indexOf(channel);
    return index >= 0 ? "cjm-channel-" + index : "cjm-channel-custom";
  }

  /** The class of an emotion marker's colour, from very negative to very positive. */
  static String emotionClass(double score) {
    long bucket = Math.round(score);
    if (bucket <= -2) {
      return "cjm-emotion-very-negative";
    } else if (bucket == -1) {
      return "cjm-emotion-negative";
    } else if (bucket == 0) {
      return "cjm-emotion-neutral";
    } else if (bucket == 1) {
      return "cjm-emotion-positive";
    }
    return "cjm-emotion-very-positive";
  }
}
