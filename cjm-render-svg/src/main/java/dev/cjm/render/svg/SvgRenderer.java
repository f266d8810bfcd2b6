package dev.cjm.render.svg;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.render.svg.internal.layout.Annotations;
import dev.cjm.render.svg.internal.layout.Comparison;
import dev.cjm.render.svg.internal.layout.LaneKind;
import dev.cjm.render.svg.internal.layout.LayoutOptions;
import dev.cjm.render.svg.internal.layout.MapLayout;
import dev.cjm.render.svg.internal.layout.MapLayouter;
import dev.cjm.render.svg.internal.layout.Observed;
import dev.cjm.render.svg.internal.layout.OverviewLayouter;
import dev.cjm.render.svg.internal.svg.FontFamilies;
import dev.cjm.render.svg.internal.svg.MapFile;
import dev.cjm.render.svg.internal.svg.MapId;
import dev.cjm.render.svg.internal.svg.MapScope;
import dev.cjm.render.svg.internal.svg.Palette;
import dev.cjm.render.svg.internal.svg.SvgWriter;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Journey} as a customer journey map in SVG, for reports, documentation and
 * dashboards: a header with the title and the persona, stages as columns, touchpoints as
 * sub-columns and one lane per kind of content.
 *
 * <p>Get the default renderer with {@link #create()}, or set options with {@link #builder()}. Text
 * is measured with metrics shipped with the library, each character as wide as the wider of
 * Arial/Helvetica (Liberation Sans) and DejaVu Sans, so it fits its box in either and the same
 * journey gives the same bytes on every machine, JDK, locale and time zone. A text shows at most
 * 100 lines and a tooltip at most 1,000 characters. Renderers are immutable and thread-safe; a
 * render on an interrupted thread stops with a {@link java.util.concurrent.CancellationException},
 * as {@code GapAnalysis.analyze} does.
 *
 * <p>Maps can be inlined side by side in one HTML page: each map's root has an id made from its
 * content ({@code cjm-3f9a01c2}, or the one {@link Builder#mapId mapId} sets), its style sheet
 * applies inside it alone, every id in it starts with it, and its font cannot be overridden by the
 * page's CSS. {@link Builder#xmlDeclaration xmlDeclaration(false)} leaves out the XML declaration.
 *
 * <p>{@link Builder#overview overview(true)} draws the map for a slide instead: stages,
 * touchpoints, the emotion curves and the pain points, 1,920 pixels wide.
 *
 * <p>A future state can be drawn together with its current state, from their {@link JourneyDiff}:
 * {@link #render(JourneyDiff)} and its overloads draw the future state's map with the current
 * state's felt-emotion curve faintly beneath its own and its touchpoints marked added, changed or
 * removed. The overview draws the future state alone.
 *
 * <p>A planned journey can be drawn with what its observed cases show, from an {@link
 * ObservedSummary}: {@link #render(Journey, ObservedSummary)} and its overloads add the mean
 * observed emotion as a second curve, a reached / failed / ended-here bar per touchpoint, the long
 * waits and the ad-hoc steps where they happen. The overview draws the plan alone.
 */
public final class SvgRenderer {
  private static final SvgRenderer DEFAULT = new Builder().build();
  private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private final ImmutableSet<Lane> lanes;
  private final LayoutOptions options;
  private final Theme theme;
  private final String fontFamily;
  private final boolean highlightGaps;
  private final boolean findingsList;
  private final @Nullable Locale language;
  private final @Nullable String mapId;
  private final boolean xmlDeclaration;
  private final boolean overview;
  private final int maxColumnsPerRow;

  private SvgRenderer(
      ImmutableSet<Lane> lanes,
      LayoutOptions options,
      Theme theme,
      String fontFamily,
      boolean highlightGaps,
      boolean findingsList,
      @Nullable Locale language,
      @Nullable String mapId,
      boolean xmlDeclaration,
      boolean overview,
      int maxColumnsPerRow) {
    this.lanes = lanes;
    this.options = options;
    this.theme = theme;
    this.fontFamily = fontFamily;
    this.highlightGaps = highlightGaps;
    this.findingsList = findingsList;
    this.language = language;
    this.mapId = mapId;
    this.xmlDeclaration = xmlDeclaration;
    this.overview = overview;
    this.maxColumnsPerRow = maxColumnsPerRow;
  }

  /** The renderer with the default options: light theme, every lane, 200-pixel columns. */
  public static SvgRenderer create() {
    return DEFAULT;
  }

  /** A builder starting from the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this renderer's options. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.touchpointWidth = options.touchpointWidth();
    builder.lanes = lanes;
    builder.fontSize = options.fontSize();
    builder.maxLines = options.maxLines();
    builder.legend = options.legend();
    builder.theme = theme;
    builder.fontFamily = fontFamily;
    builder.highlightGaps = highlightGaps;
    builder.findingsList = findingsList;
    builder.language = language;
    builder.channelColours.putAll(options.channelColours());
    builder.mapId = mapId;
    builder.xmlDeclaration = xmlDeclaration;
    builder.overview = overview;
    builder.maxColumnsPerRow = maxColumnsPerRow;
    return builder;
  }

  /** The map of {@code journey} as an SVG document. */
  public String render(Journey journey) {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    return render(journey, Annotations.NONE, Comparison.NONE, Observed.NONE);
  }

  /**
   * Appends the map of {@code journey} as an SVG document to {@code out} (a {@link Writer}, a
   * {@link StringBuilder}, any {@link Appendable}); does not flush or close it. The document is
   * handed over as it is written, a few thousand characters at a time, never built whole in memory
   * first; an Appendable other than a Writer or a StringBuilder gets each piece as a character
   * sequence to read during the call, as {@code append} implementations do.
   *
   * @throws IOException if {@code out} throws
   */
  public void render(Journey journey, Appendable out) throws IOException {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    checkNotNull(out, "out is null; expected an Appendable such as a Writer or StringBuilder");
    render(journey, Annotations.NONE, Comparison.NONE, Observed.NONE, out);
  }

  /**
   * Appends the map of {@code journey} with what its gap analysis found: each pain point's
   * touchpoint card (or stage header, for a stage) carries a marker with its rank, 1 to fix first,
   * in the colour of its priority (critical, high, medium, low; the tooltip names the pain point
   * and sums it up), and a panel below the map lists the pain points, one entry each, under "Fix
   * first", then the map checks, one line each; with {@link Builder#findingsList
   * findingsList(true)}, every finding after them. A pain point of the journey as a whole is in the
   * panel only. A report with no pain point and no map check adds nothing. The report should be of
   * this journey: a pain point about an id the journey does not have is in the panel only. With
   * {@link Builder#highlightGaps highlightGaps(false)} the report is left out and the map is that
   * of {@link #render(Journey, Appendable)}. Like that method, hands the document over as it is
   * written.
   *
   * <pre>{@code
   * GapReport report = GapAnalysis.standard().analyze(journey);
   * SvgRenderer.create().render(journey, report, writer);
   * }</pre>
   *
   * @throws IOException if {@code out} throws
   */
  public void render(Journey journey, GapReport report, Appendable out) throws IOException {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    checkNotNull(report, "report is null; expected GapAnalysis.standard().analyze(journey)");
    checkNotNull(out, "out is null; expected an Appendable such as a Writer or StringBuilder");
    render(journey, annotations(journey, report), Comparison.NONE, Observed.NONE, out);
  }

  /**
   * The map of {@code journey} with what {@code report} found, as an SVG document; see {@link
   * #render(Journey, GapReport, Appendable)}.
   */
  public String render(Journey journey, GapReport report) {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    checkNotNull(report, "report is null; expected GapAnalysis.standard().analyze(journey)");
    return render(journey, annotations(journey, report), Comparison.NONE, Observed.NONE);
  }

  /**
   * The map of {@code diff}'s future state compared with its current state, as an SVG document, for
   * a service designer showing what the future state changes. It is the future state's map (see
   * {@link #render(Journey)}) with, in the emotion lane, the current state's felt-emotion curve
   * drawn faintly beneath the future's (lighter, thinner and dotted, with small hollow markers)
   * through the columns of the touchpoints both states share, matched by id as the diff matches
   * them; it joins them in the future state's order, so it passes straight over a touchpoint the
   * future state adds and skips one it removes, which has no column. A touchpoint the future state
   * adds carries a "new" badge, one it changes a "changed" badge (filled and dashed-outline, each
   * with its word); the touchpoints it removes are named in a line "Removed (n): …" in the band of
   * their stage, or of the nearest stage before it that the future state keeps when that stage is
   * gone too. The legend explains each of these the map shows. A journey compared with itself gives
   * its own map with a current curve on its own points and no badge.
   *
   * <pre>{@code
   * JourneyDiff diff = JourneyDiff.between(current, future);
   * String svg = SvgRenderer.create().render(diff);
   * }</pre>
   */
  public String render(JourneyDiff diff) {
    checkNotNull(diff, "diff is null; expected JourneyDiff.between(current, future)");
    return render(diff.future(), Annotations.NONE, Comparison.of(diff), Observed.NONE);
  }

  /**
   * Appends the map of {@code diff}'s future state compared with its current state (see {@link
   * #render(JourneyDiff)}) to {@code out}, as {@link #render(Journey, Appendable)} does.
   *
   * @throws IOException if {@code out} throws
   */
  public void render(JourneyDiff diff, Appendable out) throws IOException {
    checkNotNull(diff, "diff is null; expected JourneyDiff.between(current, future)");
    checkNotNull(out, "out is null; expected an Appendable such as a Writer or StringBuilder");
    render(diff.future(), Annotations.NONE, Comparison.of(diff), Observed.NONE, out);
  }

  /**
   * Appends the map of {@code diff}'s future state compared with its current state (see {@link
   * #render(JourneyDiff)}), with what the gap analysis of the future state, {@code futureReport},
   * found marked and listed as {@link #render(Journey, GapReport, Appendable)} does.
   *
   * @throws IOException if {@code out} throws
   */
  public void render(JourneyDiff diff, GapReport futureReport, Appendable out) throws IOException {
    checkNotNull(diff, "diff is null; expected JourneyDiff.between(current, future)");
    checkNotNull(futureReport, "futureReport is null; expected the future state's gap report");
    checkNotNull(out, "out is null; expected an Appendable such as a Writer or StringBuilder");
    Journey future = diff.future();
    render(future, annotations(future, futureReport), Comparison.of(diff), Observed.NONE, out);
  }

  /**
   * The map of {@code diff}'s future state compared with its current state, with what {@code
   * futureReport} found, as an SVG document; see {@link #render(JourneyDiff, GapReport,
   * Appendable)}.
   */
  public String render(JourneyDiff diff, GapReport futureReport) {
    checkNotNull(diff, "diff is null; expected JourneyDiff.between(current, future)");
    checkNotNull(futureReport, "futureReport is null; expected the future state's gap report");
    Journey future = diff.future();
    return render(future, annotations(future, futureReport), Comparison.of(diff), Observed.NONE);
  }

  /**
   * The map of {@code planned} with what its observed cases show, as an SVG document, for the
   * people who monitor a journey: the planned map (see {@link #render(Journey)}) with, in the
   * emotion lane, the mean observed emotion at each touchpoint as a second curve beside the felt
   * one (dashed long and short in a colour of its own, with square markers; the tooltip gives the
   * mean and its n), and below the emotion lane an "Observed" lane: under each touchpoint the
   * shares that reached it (of all cases), failed there (of those that reached it) and ended there
   * (its last planned step: the drop-off after it), each a bar with its figures; the long waits
   * after it ({@link ObservedSummary#longWaits()}), marked with two upright bars; and the ad-hoc
   * steps where they happen, a diamond on the line after the planned step they followed with the
   * step's name and share, at most two in one place and then "+N more". The legend explains each of
   * them.
   *
   * <p>{@code observed} should summarise cases of this plan ({@code JourneyMonitor.of(planned)}): a
   * touchpoint it does not know has no bars and no observed point, and its figures of a touchpoint
   * the journey does not have are left out. The overview draws the planned journey alone.
   *
   * <pre>{@code
   * ObservedSummary observed = monitor.summary();
   * String svg = SvgRenderer.create().render(planned, observed);
   * }</pre>
   */
  public String render(Journey planned, ObservedSummary observed) {
    checkNotNull(
        planned, "planned journey is null; expected the journey the cases were observed on");
    checkNotNull(observed, "observed is null; expected JourneyMonitor.of(planned)...summary()");
    return render(planned, Annotations.NONE, Comparison.NONE, Observed.of(planned, observed));
  }

  /**
   * Appends the map of {@code planned} with what its observed cases show (see {@link
   * #render(Journey, ObservedSummary)}) to {@code out}, as {@link #render(Journey, Appendable)}
   * does.
   *
   * @throws IOException if {@code out} throws
   */
  public void render(Journey planned, ObservedSummary observed, Appendable out) throws IOException {
    checkNotNull(
        planned, "planned journey is null; expected the journey the cases were observed on");
    checkNotNull(observed, "observed is null; expected JourneyMonitor.of(planned)...summary()");
    checkNotNull(out, "out is null; expected an Appendable such as a Writer or StringBuilder");
    render(planned, Annotations.NONE, Comparison.NONE, Observed.of(planned, observed), out);
  }

  /**
   * The map of {@code planned} with what its observed cases show (see {@link #render(Journey,
   * ObservedSummary)}) and what its gap analysis, {@code report}, found (see {@link
   * #render(Journey, GapReport, Appendable)}), as an SVG document.
   */
  public String render(Journey planned, ObservedSummary observed, GapReport report) {
    checkNotNull(
        planned, "planned journey is null; expected the journey the cases were observed on");
    checkNotNull(observed, "observed is null; expected JourneyMonitor.of(planned)...summary()");
    checkNotNull(report, "report is null; expected GapAnalysis.standard().analyze(planned)");
    return render(
        planned, annotations(planned, report), Comparison.NONE, Observed.of(planned, observed));
  }

  /**
   * Appends the map of {@code planned} with what its observed cases show and what {@code report}
   * found (see {@link #render(Journey, ObservedSummary, GapReport)}) to {@code out}, as {@link
   * #render(Journey, Appendable)} does.
   *
   * @throws IOException if {@code out} throws
   */
  public void render(Journey planned, ObservedSummary observed, GapReport report, Appendable out)
      throws IOException {
    checkNotNull(
        planned, "planned journey is null; expected the journey the cases were observed on");
    checkNotNull(observed, "observed is null; expected JourneyMonitor.of(planned)...summary()");
    checkNotNull(report, "report is null; expected GapAnalysis.standard().analyze(planned)");
    checkNotNull(out, "out is null; expected an Appendable such as a Writer or StringBuilder");
    render(
        planned,
        annotations(planned, report),
        Comparison.NONE,
        Observed.of(planned, observed),
        out);
  }

  /**
   * What the map of {@code journey} shows of {@code report}, in the map's language: nothing if gaps
   * are not highlighted.
   */
  private Annotations annotations(Journey journey, GapReport report) {
    return highlightGaps
        ? Annotations.of(report, findingsList, languageOf(journey))
        : Annotations.NONE;
  }

  /** The language of the map of {@code journey}: the renderer's if set, else the journey's. */
  private Locale languageOf(Journey journey) {
    return language != null ? language : journey.locale();
  }

  /**
   * The map with {@code annotations} marked and listed and {@code comparison} and {@code observed}
   * drawn, whole.
   */
  private String render(
      Journey journey, Annotations annotations, Comparison comparison, Observed observed) {
    return SvgWriter.toString(
        layout(journey, annotations, comparison, observed),
        palette(journey, annotations, comparison, observed),
        documentOptions(journey, annotations, comparison, observed));
  }

  /**
   * Appends the map with {@code annotations} marked and listed and {@code comparison} drawn. Every
   * card is measured first; the shapes are made one stage at a time as the writer reaches them, and
   * the text of the document goes to {@code out} as it is written.
   */
  private void render(
      Journey journey,
      Annotations annotations,
      Comparison comparison,
      Observed observed,
      Appendable out)
      throws IOException {
    SvgWriter.write(
        layout(journey, annotations, comparison, observed),
        palette(journey, annotations, comparison, observed),
        documentOptions(journey, annotations, comparison, observed),
        out);
  }

  /**
   * How the map of {@code journey} with {@code annotations} and {@code comparison} is written: its
   * id, font, declaration.
   */
  private SvgWriter.Options documentOptions(
      Journey journey, Annotations annotations, Comparison comparison, Observed observed) {
    return new SvgWriter.Options(
        scope(journey, annotations, comparison, observed), fontFamily, xmlDeclaration);
  }

  /**
   * The map's scope: the id {@link Builder#mapId} set, or one made from everything the map shows,
   * so the same map always gets the same id and two different maps almost never do: the journey,
   * what the map shows of the report (which says what {@code highlightGaps} and {@code
   * findingsList} do), the layout options, the theme, the language, the fonts, whether it is the
   * overview, the current state it is compared with and the observed cases it carries, if any. The
   * XML declaration is not part of the map: with or without it, the map keeps its id.
   */
  private MapScope scope(
      Journey journey, Annotations annotations, Comparison comparison, Observed observed) {
    if (mapId != null) {
      return MapScope.named(mapId);
    }
    // Anything else that changes the picture (a new option, a second journey drawn) belongs here.
    return new MapId()
        .journey(journey)
        .annotations(annotations)
        .text(options.toString())
        .text(theme.toString())
        .text(languageOf(journey).toLanguageTag())
        .text(fontFamily)
        .flag(overview)
        .comparison(comparison)
        .observed(overview ? Observed.NONE : observed)
        .number(maxColumnsPerRow)
        .scope();
  }

  /**
   * The full map of {@code journey}, compared with {@code comparison}'s current state if any, or
   * its overview if the renderer draws overviews (the overview draws the journey alone).
   */
  private MapLayout layout(
      Journey journey, Annotations annotations, Comparison comparison, Observed observed) {
    if (overview) {
      return new OverviewLayouter(options, FontMetrics.standard())
          .layout(journey, annotations, languageOf(journey));
    }
    return new MapLayouter(options, FontMetrics.standard(), maxColumnsPerRow)
        .layout(journey, annotations, languageOf(journey), comparison, observed);
  }

  /**
   * The theme's colours, with those the user set for channels, those of the priorities when the map
   * shows a report, those of the comparison when it compares with a current state, and those of
   * choices when the plan has optional or alternative touchpoints: a map with none of these keeps
   * exactly the style sheet of the journey alone.
   */
  private Palette palette(
      Journey journey, Annotations annotations, Comparison comparison, Observed observed) {
    Palette palette =
        theme.palette().withChannelColours(options.channelColours().values().asList());
    palette = annotations.isEmpty() ? palette : palette.withPainPoints();
    palette = observed.isNone() || overview ? palette : palette.withObserved();
    palette = comparison.isNone() ? palette : palette.withComparison();
    return hasChoices(journey) ? palette.withChoices() : palette;
  }

  /** True if the plan leaves its customers a choice: an optional touchpoint or alternatives. */
  private static boolean hasChoices(Journey journey) {
    return journey.allTouchpoints().stream().anyMatch(t -> t.optional() || t.oneOf().isPresent());
  }

  /**
   * Writes the map of {@code journey} to {@code file} in UTF-8, replacing the file if it exists.
   * The map is written whole to a hidden file beside it first ({@code .cjm-1f2e3d4c.tmp}, a short
   * name, so any file name the file system takes works), so a failed or interrupted render leaves
   * an existing file as it was. Then it is moved into place atomically, the file's permissions
   * kept; a file with other hard links or of another owner is instead overwritten in place, so it
   * keeps its links, owner and permissions. A symbolic link is followed: its target gets the map. A
   * read-only file or a directory is refused before anything is rendered.
   *
   * @throws java.nio.file.AccessDeniedException if the file is read-only
   * @throws IOException if the file cannot be written
   */
  public void render(Journey journey, Path file) throws IOException {
    checkNotNull(journey, "journey is null; expected a journey built with Journey.builder(...)");
    checkNotNull(file, "file is null; expected a path such as Path.of(\"journey.svg\")");
    writeFile(file, writer -> render(journey, writer));
  }

  /**
   * Writes the map of {@code diff}'s future state compared with its current state (see {@link
   * #render(JourneyDiff)}) to {@code file} in UTF-8, replacing the file if it exists, as {@link
   * #render(Journey, Path)} does: never half-written, its permissions and links kept.
   *
   * @throws IOException if the file cannot be written
   */
  public void render(JourneyDiff diff, Path file) throws IOException {
    checkNotNull(diff, "diff is null; expected JourneyDiff.between(current, future)");
    checkNotNull(file, "file is null; expected a path such as Path.of(\"journey.svg\")");
    writeFile(file, writer -> render(diff, writer));
  }

  /** Writes a map to a {@link Writer}. */
  private interface MapWriting {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes to {@code file} in UTF-8 what {@code map} writes, as {@link MapFile} describes. */
  private static void writeFile(Path file, MapWriting map) throws IOException {
    MapFile.write(file, map::writeTo);
  }

  /** The theme maps are painted with. */
  public Theme theme() {
    return theme;
  }

  /** The lanes drawn (when they have content), in map order. */
  public ImmutableSet<Lane> lanes() {
    return lanes;
  }

  /** The width of one touchpoint column, in pixels. */
  public double touchpointWidth() {
    return options.touchpointWidth();
  }

  /**
   * Whether the renderer draws the overview of a journey, for a slide, rather than its full map.
   */
  public boolean overview() {
    return overview;
  }

  @Override
  public String toString() {
    return "SvgRenderer{theme="
        + theme
        + ", touchpointWidth="
        + options.touchpointWidth()
        + ", lanes="
        + lanes
        + ", fontSize="
        + options.fontSize()
        + ", maxLines="
        + options.maxLines()
        + ", legend="
        + options.legend()
        + ", highlightGaps="
        + highlightGaps
        + ", findingsList="
        + findingsList
        + ", locale="
        + (language != null ? language.toLanguageTag() : "the journey's")
        + ", fontFamily="
        + fontFamily
        + ", mapId="
        + (mapId != null ? mapId : "from the content")
        + ", xmlDeclaration="
        + xmlDeclaration
        + ", overview="
        + overview
        + ", maxColumnsPerRow="
        + maxColumnsPerRow
        + (options.channelColours().isEmpty() ? "" : ", channelColours=" + options.channelColours())
        + "}";
  }

  /**
   * Options of a renderer; each setter checks its value and says what would be valid.
   *
   * <p>The map's language: every word the map adds to the journey's own texts (lane names, persona
   * headings, card lines such as "Owner:", the legend, the report panel, tooltips and the
   * accessible description), its numbers, the names of well-known channels and standard phases, and
   * the gap report's pain-point summaries and map checks follow the journey's {@link
   * Journey#locale() locale}, unless {@link #locale(Locale)} sets another. English and Polish are
   * shipped; another language reads its words from a words file the user adds (see cjm-core's
   * README), English where it has none. The journey's own texts (names, descriptions) are shown as
   * written.
   */
  public static final class Builder {
    private double touchpointWidth = LayoutOptions.DEFAULT.touchpointWidth();
    private ImmutableSet<Lane> lanes = Sets.immutableEnumSet(EnumSet.allOf(Lane.class));
    private double fontSize = LayoutOptions.DEFAULT.fontSize();
    private int maxLines;
    private boolean legend = true;
    private Theme theme = Theme.LIGHT;
    private String fontFamily = SvgWriter.DEFAULT_FONT_FAMILY;
    private boolean highlightGaps = true;
    private boolean findingsList;
    private @Nullable Locale language;
    private final Map<Channel, String> channelColours = new LinkedHashMap<>();
    private @Nullable String mapId;
    private boolean xmlDeclaration = true;
    private boolean overview;
    private int maxColumnsPerRow = MapLayouter.DEFAULT_MAX_COLUMNS_PER_ROW;

    private Builder() {}

    /**
     * Whether to draw the overview of a journey, the map on one slide of a stakeholder deck, rather
     * than its full map; false unless set. The overview shows the title and the persona's name, the
     * stages, each touchpoint's name under its channel's badge, the emotion curves felt and
     * expected with the gap between them, and each pain point's rank marker; with a report, the 3
     * to 5 pain points to fix first, one line each (the full map lists the rest, and the map
     * checks). It leaves out the persona card, doing, thinking and feeling, barriers, opportunities
     * and metrics.
     *
     * <p>It is 1,920 pixels wide, its smallest text 14 pixels, so it stays legible on a slide
     * projected at that width; up to about 15 touchpoints it fits a 16:9 slide (1,080 pixels tall).
     * Names wrap within their column, a touchpoint's to at most three lines and a stage's to two,
     * ending with an ellipsis (the full name in a tooltip). Beyond 15 touchpoints the columns keep
     * their narrowest width, 120 pixels, and the overview grows wider than a slide. The theme, the
     * language, the channels' colours, the legend, the font family, the map's id and the XML
     * declaration apply as to the full map; the column width, the lanes, the font size and the line
     * limit do not.
     */
    public Builder overview(boolean overview) {
      this.overview = overview;
      return this;
    }

    /**
     * The most touchpoint columns in one row of the map, 1 or more; 24 unless set. A longer journey
     * wraps into rows ("bands") one below the other, each with the lane labels and the stage
     * headers repeated: whole stages are packed into a row while they fit, and a stage longer than
     * a row goes on in the next, its header marked "(continued)". A journey of at most this many
     * columns (an empty stage takes one) is drawn in one row. 24 columns of the default 200 px make
     * rows about 5,000 px wide, readable on an A0 wall map; {@code Integer.MAX_VALUE} never wraps.
     *
     * <p>Whatever the value, neither side the map's root states is longer than 32,767 px, where
     * librsvg and most rasterisers stop: a map that would still be larger (thousands of
     * touchpoints, or a very tall cell) states a width and height scaled down alike, its view box
     * unchanged, and must be zoomed into to be read.
     */
    public Builder maxColumnsPerRow(int columns) {
      checkArgument(
          columns >= 1,
          "max columns per row %s is out of range: expected 1 or more (24 by default)",
          columns);
      this.maxColumnsPerRow = columns;
      return this;
    }

    /**
     * The colour of {@code channel}'s badges, on the touchpoint cards and in the legend, in every
     * theme: a hex colour {@code "#RRGGBB"} ({@code "#0A7E8C"}). The badge's text is white, or
     * black where white would not meet the WCAG AA contrast ratio of 4.5:1 on it; one of them
     * always does. Unless set, a well-known channel has a colour of its own and a custom channel
     * the colour its name is placed on, the same on every map, unless another channel of the map
     * has it already. Setting a channel again replaces its colour.
     */
    public Builder channelColour(Channel channel, String colour) {
      checkNotNull(channel, "channel is null; expected a channel such as Channel.WEB");
      checkNotNull(colour, "colour of channel %s is null; expected \"#RRGGBB\"", channel);
      checkArgument(
          HEX_COLOUR.matcher(colour).matches(),
          "colour \"%s\" of channel %s is not a hex colour: expected \"#RRGGBB\" such as"
              + " \"#0A7E8C\"",
          colour,
          channel);
      channelColours.put(channel, colour.toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * The map's id, for a page that links to its parts or styles it: the root element's {@code id}
     * and the start of every id in the map ({@code "checkout"} gives {@code checkout-title}, {@code
     * checkout-touchpoint-pay}). An ASCII letter or underscore, then ASCII letters, digits, {@code
     * -} and {@code _}, at most 64 characters (a valid XML name and CSS identifier). Unless set,
     * the id is made from the map's content ({@code cjm-} and eight hex digits): the same journey
     * and options give the same id, and two different maps on one page do not share one, but it
     * changes when the journey does. Maps given the same id must not share a page.
     */
    public Builder mapId(String mapId) {
      this.mapId = MapScope.checkMapId(mapId);
      return this;
    }

    /**
     * Whether the document starts with the XML declaration ({@code <?xml version="1.0"
     * encoding="UTF-8"?>}); true unless set. A standalone {@code .svg} file keeps it; a map inlined
     * in an HTML page, where a declaration is out of place, leaves it out with false.
     */
    public Builder xmlDeclaration(boolean xmlDeclaration) {
      this.xmlDeclaration = xmlDeclaration;
      return this;
    }

    /**
     * The language of the map's own words and numbers, whatever the journey's: {@code
     * Locale.forLanguageTag("pl")} for "Punkty styku", "Docelowo 3%" and "12,5%", {@link
     * Locale#ENGLISH} for an English map of a Polish journey; the journey's {@link Journey#locale()
     * locale} unless set. Only the language counts, not the country. A map in any language but
     * English states it on its root element ({@code xml:lang="pl"}).
     */
    public Builder locale(Locale language) {
      this.language =
          checkNotNull(
              language,
              "locale is null; expected a language such as Locale.forLanguageTag(\"pl\")");
      return this;
    }

    /**
     * Whether {@code render(journey, report, out)} marks the pain points of the gap report on the
     * map and lists them, and the map checks, in a panel below it; true unless set. With false the
     * report is left out, so one renderer configuration can switch gap highlighting off for every
     * caller.
     */
    public Builder highlightGaps(boolean highlightGaps) {
      this.highlightGaps = highlightGaps;
      return this;
    }

    /**
     * Whether the panel of {@code render(journey, report, out)} also lists every finding of the
     * report after the pain points and map checks, errors first, each with the name of its subject;
     * false unless set. The pain points already gather every finding about the experience and the
     * map checks every finding about the map, so the full list is for readers who want each rule's
     * own words. At most 100 findings are listed, errors first; a last line counts the rest.
     * Nothing is listed when gaps are not highlighted.
     */
    public Builder findingsList(boolean findingsList) {
      this.findingsList = findingsList;
      return this;
    }

    /** The colours; {@link Theme#LIGHT} unless set. */
    public Builder theme(Theme theme) {
      this.theme =
          checkNotNull(theme, "theme is null; expected Theme.LIGHT, DARK or HIGH_CONTRAST");
      return this;
    }

    /**
     * The width of one touchpoint column, from 120 to 800 pixels; 200 unless set. Stages are as
     * wide as their touchpoints, so the map grows with their number; a map of only a few
     * touchpoints widens them (up to half as much again) to reach its minimum width.
     */
    public Builder touchpointWidth(double pixels) {
      checkArgument(
          pixels >= LayoutOptions.MIN_TOUCHPOINT_WIDTH
              && pixels <= LayoutOptions.MAX_TOUCHPOINT_WIDTH,
          "touchpoint width %s px is out of range: expected %s to %s px",
          pixels,
          LayoutOptions.MIN_TOUCHPOINT_WIDTH,
          LayoutOptions.MAX_TOUCHPOINT_WIDTH);
      this.touchpointWidth = pixels;
      return this;
    }

    /** The lanes to draw, shown in {@link Lane} order whatever the order given; all unless set. */
    public Builder lanes(Lane... lanes) {
      checkNotNull(lanes, "lanes is null; expected lanes such as Lane.TOUCHPOINTS");
      return lanes(Arrays.asList(lanes));
    }

    /** The lanes to draw, shown in {@link Lane} order; all unless set. */
    public Builder lanes(Collection<Lane> lanes) {
      checkNotNull(lanes, "lanes is null; expected lanes such as Lane.TOUCHPOINTS");
      for (Lane lane : lanes) {
        checkNotNull(lane, "lanes contain null; expected only Lane constants");
      }
      this.lanes = Sets.immutableEnumSet(lanes);
      return this;
    }

    /**
     * The base font size, from 8 to 32 pixels; 12 unless set. Titles, labels, the lane-label column
     * and the room around the emotion curve scale with it.
     */
    public Builder fontSize(double pixels) {
      checkArgument(
          pixels >= LayoutOptions.MIN_FONT_SIZE && pixels <= LayoutOptions.MAX_FONT_SIZE,
          "font size %s px is out of range: expected %s to %s px",
          pixels,
          LayoutOptions.MIN_FONT_SIZE,
          LayoutOptions.MAX_FONT_SIZE);
      this.fontSize = pixels;
      return this;
    }

    /**
     * The most lines a text may take in a cell, 0 for no limit (the default); whatever the value, a
     * text shows 100 lines at most. A longer text ends with an ellipsis and keeps its full wording
     * in a tooltip, up to 1,000 characters.
     */
    public Builder maxLines(int lines) {
      checkArgument(lines >= 0, "max lines %s is negative: expected 0 (no limit) or more", lines);
      this.maxLines = lines;
      return this;
    }

    /** Whether to draw the legend; true unless set. */
    public Builder legend(boolean legend) {
      this.legend = legend;
      return this;
    }

    /**
     * Font families to name before the default ones: a CSS font-family list of family names, quoted
     * or not, and generic families ({@code "Inter"}, {@code "'Noto Sans', Inter"}). A CSS keyword
     * such as {@code inherit}, a stray quote or a character CSS would not read is refused with what
     * was wrong, since any of them would void the whole list in a browser. Text is still measured
     * at the wider of Arial and DejaVu Sans, so a family wider than both may overflow its boxes.
     */
    public Builder fontFamily(String family) {
      this.fontFamily = FontFamilies.check(family) + ", " + SvgWriter.DEFAULT_FONT_FAMILY;
      return this;
    }

    /** The renderer with these options. */
    public SvgRenderer build() {
      ImmutableSet<LaneKind> layoutLanes =
          lanes.stream().map(Lane::kind).collect(Sets.toImmutableEnumSet());
      return new SvgRenderer(
          lanes,
          new LayoutOptions(
              touchpointWidth,
              layoutLanes,
              fontSize,
              maxLines,
              legend,
              ImmutableMap.copyOf(channelColours)),
          theme,
          fontFamily,
          highlightGaps,
          findingsList,
          language,
          mapId,
          xmlDeclaration,
          overview,
          maxColumnsPerRow);
    }
  }
}
