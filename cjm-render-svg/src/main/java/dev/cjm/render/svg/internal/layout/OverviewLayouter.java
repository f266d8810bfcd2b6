package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Channel;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lays a journey out as an overview, the map on one slide for a stakeholder deck: the title and the
 * persona's name, the stages, each touchpoint's name under its channel's badge, the emotion curves
 * felt and expected with the gap between them, each pain point's rank marker on its touchpoint or
 * stage, and, with a report, the few pain points to fix first, one line each; then a legend of the
 * channels and the curves. No doing, thinking or feeling, no barrier, opportunity or metric cards.
 *
 * <p>The overview is {@value #SLIDE_WIDTH} pixels wide, a slide's width, while its columns can be
 * at least {@value #MIN_COLUMN_WIDTH} pixels wide (up to 15 touchpoints); a longer journey keeps
 * them that wide and the overview grows wider. Its smallest text is {@value #SMALLEST_TEXT} pixels,
 * so it stays legible projected at that width; names wrap within their column, to at most {@value
 * #NAME_LINES} lines for a touchpoint and {@value #STAGE_NAME_LINES} for a stage, ending with an
 * ellipsis (and their full wording in a tooltip) beyond. They break between words; a word wider
 * than its column, common in 120-pixel columns, is broken between letters with a hyphen. Up to
 * about 15 touchpoints it fits a 16:9 slide ({@value #SLIDE_HEIGHT} pixels tall).
 *
 * <p>Made of the full map's parts: its {@link Grid} (with columns fitted to the slide), the {@link
 * EmotionLane}, the {@link Legend}, {@link PainPointMarker}s, {@link Card}s and {@link TextItem}s,
 * assembled by an {@link Assembly}; pure geometry, like {@link MapLayouter}. Immutable and
 * thread-safe.
 */
public final class OverviewLayouter {
  /** The width of the overview while its columns fit: a slide's, in pixels. */
  public static final double SLIDE_WIDTH = 1920;

  /** The height of a 16:9 slide that width, which the overview of about 15 touchpoints fits. */
  public static final double SLIDE_HEIGHT = 1080;

  /** The narrowest a column gets before the overview grows wider than a slide, in pixels. */
  public static final double MIN_COLUMN_WIDTH = 120;

  /** The size of the smallest text of the overview (scale, badges, legend), in pixels. */
  public static final double SMALLEST_TEXT = 14;

  /** The most lines of a touchpoint's name. */
  static final int NAME_LINES = 3;

  /** The most lines of a stage's name. */
  static final int STAGE_NAME_LINES = 2;

  /** The fewest and the most pain points the list to fix first shows, when the report has them. */
  static final int FIX_FIRST_MIN = 3;

  static final int FIX_FIRST_MAX = 5;

  /** The base font size that makes the map's small text {@value #SMALLEST_TEXT} pixels. */
  private static final double FONT_SIZE = SMALLEST_TEXT * 12 / 10.5;

  /** The rank on a pain point's marker: as large as the smallest text. */
  private static final Font MARKER_FONT = new Font(SMALLEST_TEXT, true);

  /** Between a marker and the badge or name beside it, as on the full map's cards. */
  private static final double MARKER_GAP = 4;

  /** Between the parts of an entry of the list to fix first. */
  private static final double GAP = 8;

  private final LayoutOptions options;
  private final FontMetrics metrics;

  /**
   * An overview layouter that takes from {@code options} only whether to draw a legend and the
   * channels' colours: the overview decides its own font size, columns, lanes and line limits.
   */
  public OverviewLayouter(LayoutOptions options, FontMetrics metrics) {
    this.options = options;
    this.metrics = metrics;
  }

  /**
   * Lays out the overview of {@code journey} with the map's own words in {@code language}, marking
   * each pain point of {@code annotations} on its touchpoint or stage and listing the first few.
   */
  public MapLayout layout(Journey journey, Annotations annotations, Locale language) {
    LayoutOptions overview =
        new LayoutOptions(
            options.touchpointWidth(),
            ImmutableSet.of(LaneKind.TOUCHPOINTS, LaneKind.EMOTION),
            FONT_SIZE,
            NAME_LINES,
            options.legend(),
            options.channelColours());
    LayoutContext context = LayoutContext.of(overview, metrics, ChromeText.of(language));
    return new Run(journey, annotations, context).layout();
  }

  /** The laying out of one journey's overview, from the top down. */
  private static final class Run {
    private final Journey journey;
    private final Annotations annotations;
    private final LayoutContext context;
    private final ChromeText words;
    private final FontMetrics metrics;
    private final Fonts fonts;
    private final Bands bands; // one band: the overview never wraps
    private final Assembly assembly;
    private final EmotionCurve experienced;
    private final EmotionCurve expected;
    private final ChannelColours channelColours;
    private final Map<String, PainPointNote> painPointsBySubject = new HashMap<>();
    private final double width;
    private double y = Grid.MARGIN;
    private int lanesDrawn; // lanes alternate between two shades, as on the full map

    Run(Journey journey, Annotations annotations, LayoutContext context) {
      this.journey = journey;
      this.annotations = annotations;
      this.context = context;
      this.words = context.words();
      this.metrics = context.metrics();
      this.fonts = context.fonts();
      // The label column holds only the emotion scale's labels.
      double labelWidth = 2 * fonts.small().size() + 12;
      double room = SLIDE_WIDTH - 2 * Grid.MARGIN - labelWidth;
      int columns = Math.max(1, Bands.columnCount(journey));
      boolean fits = room / columns >= MIN_COLUMN_WIDTH;
      this.bands = Bands.oneRow(journey, labelWidth, fits ? room / columns : MIN_COLUMN_WIDTH);
      this.width =
          fits ? SLIDE_WIDTH : labelWidth + columns * bands.columnWidth() + 2 * Grid.MARGIN;
      this.assembly = new Assembly(bands, words);
      this.experienced = EmotionCurve.of(journey);
      this.expected = EmotionCurve.expected(journey);
      this.channelColours =
          ChannelColours.of(journey, context.options().channelColours().keySet().asList());
      for (PainPointNote painPoint : annotations.painPoints()) {
        if (!painPoint.subjectId().isEmpty()) {
          painPointsBySubject.putIfAbsent(painPoint.subjectId(), painPoint);
        }
      }
    }

    /** The overview's one row of columns; only for a journey with stages (others have none). */
    private Grid grid() {
      return bands.grids().get(0);
    }

    MapLayout layout() {
      layoutHeader();
      y += 16;
      if (!journey.stages().isEmpty()) {
        double gridTop = y;
        Interruption.check("while laying out the stages of the overview");
        layoutStages();
        Interruption.check("while laying out the touchpoints of the overview");
        LaneRow touchpoints = row(LaneKind.TOUCHPOINTS);
        CardLane.of(touchpoints, grid(), t -> Optional.of(touchpointCard(t)))
            .ifPresent(lane -> addLane(touchpoints, lane));
        Interruption.check("while laying out the emotion curve of the overview");
        LaneRow emotion = row(LaneKind.EMOTION);
        EmotionLane.of(emotion, grid(), context, experienced, expected)
            .ifPresent(lane -> addLane(emotion, lane));
        for (int s = 1; s < grid().stages().size(); s++) {
          double x = grid().stageX(s);
          assembly
              .frames()
              .add(new Line(new Point(x, gridTop), new Point(x, y), CssClass.STAGE_DIVIDER));
        }
      }
      Interruption.check("while laying out the list and the legend of the overview");
      if (!annotations.painPoints().isEmpty()) {
        y += 16;
        Card list = fixFirst();
        double top = y;
        assembly.addAfterStages(out -> list.emit(Grid.MARGIN, top, out));
        y += list.height();
      }
      layoutLegend();
      double height = y + Grid.MARGIN;
      return MapLayout.of(
          journey, words, experienced, width, height, fonts.body().size(), assembly);
    }

    /** The width of the header, the list and the legend: the slide's, less the margins. */
    private double panelWidth() {
      return SLIDE_WIDTH - 2 * Grid.MARGIN;
    }

    /** The title, then the kind of map and the persona's name. */
    private void layoutHeader() {
      List<Node> header = assembly.header();
      String surface = CssClass.BACKGROUND;
      TextItem title =
          TextItem.of(
              journey.title(), fonts.title(), panelWidth(), 2, CssClass.TITLE, surface, metrics);
      title.emit(Grid.MARGIN, y, header);
      y += title.height() + 6;
      TextItem subtitle =
          TextItem.of(
              words.subtitle(journey),
              fonts.small(),
              panelWidth(),
              1,
              CssClass.MUTED,
              surface,
              metrics);
      subtitle.emit(Grid.MARGIN, y, header);
      y += subtitle.height();
    }

    /** The row of a lane of {@code kind}, at the current height. */
    private LaneRow row(LaneKind kind) {
      return new LaneRow(y, CssClass.lane(kind, lanesDrawn));
    }

    /**
     * Frames {@code lane}, laid out in {@code row}, with its background, places it, moves below.
     */
    private void addLane(LaneRow row, MapLane lane) {
      double height = lane.height();
      assembly.frames().add(new Rect(grid().row(row.top(), height), 0, row.surface()));
      lane.place(assembly);
      y += height;
      lanesDrawn++;
    }

    /** Each stage's band across its columns: its name and its pain point's marker, if any. */
    private void layoutStages() {
      String surface = CssClass.stagesLane(lanesDrawn);
      List<Card> bands = new ArrayList<>();
      double tallest = 0;
      for (int s = 0; s < grid().stages().size(); s++) {
        Card band = stageBand(grid().stages().get(s), s, grid().stageCardWidth(s));
        bands.add(band);
        tallest = Math.max(tallest, band.height());
      }
      double height = tallest + 2 * Grid.INSET;
      assembly.frames().add(new Rect(grid().row(y, height), 0, surface));
      double top = y + Grid.INSET;
      for (int s = 0; s < bands.size(); s++) {
        Card band = bands.get(s).withHeight(tallest);
        double x = grid().stageX(s) + Grid.INSET;
        assembly.addToStage(s, out -> band.emit(x, top, out));
      }
      y += height;
      lanesDrawn++;
    }

    private Card stageBand(Stage stage, int index, double width) {
      String band = CssClass.stageBand(index);
      Optional<PainPointMarker> marker = markerOf(stage.id());
      double nameWidth =
          Card.innerWidth(width, false) - marker.map(m -> m.width() + MARKER_GAP).orElse(0.0);
      Item name =
          TextItem.hyphenated(
              stage.name(),
              fonts.stageName(),
              nameWidth,
              STAGE_NAME_LINES,
              CssClass.TEXT,
              band,
              metrics);
      return Card.of(
          marker.<Item>map(m -> new Beside(name, m, MARKER_GAP)).orElse(name), width, band);
    }

    /**
     * The badge of {@code touchpoint}'s channel, or a muted "no channel", at most {@code room}
     * wide.
     */
    private Item channelBadge(Touchpoint touchpoint, double room) {
      if (touchpoint.channel().isEmpty()) {
        return TextItem.of(
            words.noChannel(),
            fonts.small(),
            room,
            1,
            CssClass.MUTED,
            CssClass.TOUCHPOINT_CARD,
            metrics);
      }
      Channel channel = touchpoint.channel().get();
      ChannelColours.Badge colour = channelColours.of(channel);
      return new Badge(
          words.channel(channel), fonts.smallBold(), room, colour.pill(), colour.text(), metrics);
    }

    /** A touchpoint's card: its channel's badge (and its pain point's marker), then its name. */
    private Card touchpointCard(Touchpoint touchpoint) {
      String surface = CssClass.TOUCHPOINT_CARD;
      double inner = Card.innerWidth(bands.cellWidth(), false);
      Optional<PainPointMarker> marker = markerOf(touchpoint.id());
      double besideMarker = inner - marker.map(m -> m.width() + MARKER_GAP).orElse(0.0);
      // A badge too long to sit whole beside the marker goes below it, so it is never cut short.
      boolean below = marker.isPresent() && channelBadge(touchpoint, inner).width() > besideMarker;
      double badgeRoom = below ? inner : besideMarker;
      Item badge = channelBadge(touchpoint, badgeRoom);
      Item first = badge;
      Item top =
          marker
              .<Item>map(
                  m ->
                      below
                          ? new Stack(List.of(m, first), 5)
                          : new Beside(new Fixed(first, badgeRoom), m, MARKER_GAP))
              .orElse(first);
      TextItem name =
          TextItem.hyphenated(
              touchpoint.name(), fonts.label(), inner, NAME_LINES, CssClass.TEXT, surface, metrics);
      return Card.of(new Stack(List.of(top, name), 5), bands.cellWidth(), surface);
    }

    /**
     * The list of the pain points to fix first: the report's fix-first list, at least {@value
     * #FIX_FIRST_MIN} and at most {@value #FIX_FIRST_MAX} pain points, each a marker, its priority,
     * where it is and its summary on one line; then how many more the full map lists.
     */
    private Card fixFirst() {
      String surface = CssClass.REPORT_PANEL;
      double inner = Card.innerWidth(panelWidth(), false);
      List<PainPointNote> painPoints = annotations.painPoints();
      int shown =
          Math.min(
              painPoints.size(),
              Math.max(FIX_FIRST_MIN, Math.min(FIX_FIRST_MAX, annotations.fixFirst())));
      List<PainPointNote> listed = painPoints.subList(0, shown);
      double markerColumn = 0;
      double badgeColumn = 0;
      double widestPlace = 0;
      for (PainPointNote note : listed) {
        markerColumn = Math.max(markerColumn, listMarker(note).width());
        badgeColumn = Math.max(badgeColumn, priorityBadge(note).width());
        widestPlace =
            Math.max(widestPlace, metrics.width(words.painPointPlace(note), fonts.label()));
      }
      double textRoom = inner - markerColumn - badgeColumn - 2 * GAP;
      double placeWidth = Math.min(widestPlace, 0.3 * textRoom);
      double summaryWidth = textRoom - placeWidth - 2 * GAP;
      List<Item> items = new ArrayList<>();
      items.add(
          TextItem.of(
              words.fixFirstHeading(), fonts.label(), inner, 1, CssClass.TEXT, surface, metrics));
      for (PainPointNote note : listed) {
        Item marker = new Fixed(listMarker(note), markerColumn);
        Item badge = new Fixed(priorityBadge(note), badgeColumn);
        Item place =
            TextItem.of(
                words.painPointPlace(note),
                fonts.label(),
                placeWidth,
                1,
                CssClass.TEXT,
                surface,
                metrics);
        Item summary =
            TextItem.of(
                note.summary(), fonts.body(), summaryWidth, 1, CssClass.TEXT, surface, metrics);
        // The middles of the marker, the badge and the line of text meet.
        double head = Math.max(marker.height(), badge.height());
        double textDrop = (head - fonts.body().blockHeight(1)) / 2;
        items.add(
            new Beside(
                ReportPanel.Lowered.by(marker, (head - marker.height()) / 2),
                new Beside(
                    ReportPanel.Lowered.by(badge, (head - badge.height()) / 2),
                    ReportPanel.Lowered.by(new Beside(place, summary, 2 * GAP), textDrop),
                    GAP),
                GAP));
      }
      if (painPoints.size() > shown) {
        items.add(
            TextItem.of(
                words.morePainPoints(painPoints.size() - shown),
                fonts.body(),
                inner,
                1,
                CssClass.MUTED,
                surface,
                metrics));
      }
      return Card.of(new Stack(items, 6), panelWidth(), surface)
          .inGroup(Ids.REPORT_PANEL, CssClass.CARD_GROUP, null);
    }

    private PainPointMarker listMarker(PainPointNote note) {
      return PainPointMarker.inPanel(note, words, metrics, MARKER_FONT);
    }

    private Badge priorityBadge(PainPointNote note) {
      return new Badge(
          words.priority(note.priority()),
          fonts.smallBold(),
          Double.MAX_VALUE,
          CssClass.priorityBadge(note.priority()),
          CssClass.ON_ACCENT,
          metrics);
    }

    /** The legend of the channels and the emotion curves, as the full map's. */
    private void layoutLegend() {
      if (!context.options().legend() || journey.stages().isEmpty()) {
        return;
      }
      // The list of pain points above says what their markers' numbers and colours are.
      Legend legend = new Legend(journey, context, panelWidth(), experienced, expected, false);
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

    /** The rank marker of the pain point at the stage or touchpoint {@code id}, if it is one. */
    private Optional<PainPointMarker> markerOf(String id) {
      return Optional.ofNullable(painPointsBySubject.get(id))
          .map(note -> PainPointMarker.onMap(note, words, metrics, MARKER_FONT));
    }
  }
}
