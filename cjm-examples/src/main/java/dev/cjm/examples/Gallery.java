package dev.cjm.examples;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.RankedOpportunity;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.json.JourneyYaml;
import dev.cjm.core.json.ObservedSummaryJson;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The main job: analyses every example journey and writes the gallery, one map ({@code
 * <name>.svg}), one YAML file of the journey ({@code <name>.yaml}) and one Markdown gap report per
 * map ({@code <name>.md}) and an {@code index.html} that shows them all, then prints where the
 * files are and a one-line summary per map.
 *
 * <p>Run it with {@code ./mvnw -q test-compile exec:java} from the repository root; the files go to
 * {@code cjm-examples/target/gallery/}. With an argument, they go to that directory.
 *
 * <p>Each map is one {@link Entry}: a journey, its report, and any further Markdown sections (the
 * diff of a future state, the observed summary of a planned journey). {@link #writeEntry} writes an
 * entry's files and {@link #section} its part of the page: a rendered map per entry belongs in
 * those two places. A few entries also get an overview, the map on one slide ({@code
 * <name>-overview.svg}, 1,920 pixels wide), shown below their full map.
 */
public final class Gallery {
  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();
  private static final SvgRenderer RENDERER = SvgRenderer.create();

  /** The renderer of the overviews: the map on one slide. */
  private static final SvgRenderer OVERVIEW = SvgRenderer.builder().overview(true).build();

  /** The entries that also get an overview: the café in Polish, the bank's current state. */
  static final ImmutableSet<String> WITH_OVERVIEW =
      ImmutableSet.of("cafe-loyalty", "bank-account-current");

  private Gallery() {}

  /**
   * One map of the gallery: its file name, what it shows (in the journey's language), the journey
   * and its gap report, further Markdown sections to append, and, for a future state, the diff from
   * its current state that its map draws, or, for a planned journey, the summary of its observed
   * cases that its map draws.
   */
  record Entry(
      String name,
      String about,
      Journey journey,
      GapReport report,
      ImmutableList<String> extraMarkdown,
      String extraSummary,
      Optional<JourneyDiff> comparison,
      Optional<ObservedSummary> observed) {
    Entry {
      checkArgument(
          name.matches("[a-z0-9]+(-[a-z0-9]+)*"),
          "gallery entry name %s is not a lower-case file name such as \"running-shoes\"",
          name);
    }

    /** An entry whose map is that of its journey alone. */
    Entry(
        String name,
        String about,
        Journey journey,
        GapReport report,
        ImmutableList<String> extraMarkdown,
        String extraSummary) {
      this(
          name,
          about,
          journey,
          report,
          extraMarkdown,
          extraSummary,
          Optional.empty(),
          Optional.empty());
    }

    static Entry of(String name, String about, Journey journey) {
      return new Entry(name, about, journey, Examples.analyze(journey), ImmutableList.of(), "");
    }

    /** The file of the entry's overview, if it has one: {@code cafe-loyalty-overview.svg}. */
    String overviewFile() {
      return name + "-overview.svg";
    }

    /** True if the entry gets an overview for a slide, besides its full map. */
    boolean hasOverview() {
      return WITH_OVERVIEW.contains(name);
    }

    /**
     * The entry of {@code diff}'s future state, its map drawn together with the current state: the
     * current curve faintly under its own, touchpoints marked added, changed and removed.
     */
    static Entry comparison(String name, String about, JourneyDiff diff) {
      Entry future = of(name, about, diff.future());
      return new Entry(
          name,
          about,
          future.journey(),
          future.report(),
          future.extraMarkdown(),
          future.extraSummary(),
          Optional.of(diff),
          Optional.empty());
    }

    /**
     * The entry of a planned journey whose map carries what its {@code observed} cases show: the
     * observed curve, the reached / failed / ended-here bars, the long waits and the ad-hoc steps;
     * its report is analysed with them, so what the cases show joins the pain points; its Markdown
     * appends the observed summary.
     */
    static Entry observed(String name, String about, Journey planned, ObservedSummary observed) {
      Entry plan = of(name, about, planned);
      return new Entry(
              name,
              about,
              planned,
              GapAnalysis.standard().analyze(planned, observed),
              plan.extraMarkdown(),
              plan.extraSummary(),
              Optional.empty(),
              Optional.of(observed))
          .with(observed.toMarkdown(), observedSummary(observed));
    }

    /** The language of the entry's map and report, from its journey: {@code "en"}, {@code "pl"}. */
    String language() {
      return journey.locale().toLanguageTag();
    }

    /** The gallery's own words about this map, in its language: English, Polish or German. */
    String words(String english, String polish, String german) {
      return Gallery.words(journey.locale(), english, polish, german);
    }

    Entry with(String markdown, String summary) {
      return new Entry(
          name,
          about,
          journey,
          report,
          ImmutableList.<String>builder().addAll(extraMarkdown).add(markdown).build(),
          extraSummary.isEmpty() ? summary : extraSummary + "; " + summary,
          comparison,
          observed);
    }

    /** The entry's file: its title, what it shows, then its {@link #reportMarkdown()}. */
    String markdown() {
      return "# " + journey.title() + "\n\n" + about + "\n\n" + reportMarkdown();
    }

    /** The entry's gap report, followed by its further sections, in Markdown. */
    String reportMarkdown() {
      StringBuilder out = new StringBuilder(report.toMarkdown());
      for (String extra : extraMarkdown) {
        out.append('\n').append(extra);
      }
      return out.toString();
    }

    /** One line: the findings by severity, the best opportunity, and any further summary. */
    String summary() {
      StringBuilder out = new StringBuilder(name).append(": ");
      out.append(journey.stages().size())
          .append(" stages, ")
          .append(journey.allTouchpoints().size())
          .append(" touchpoints; ")
          .append(findings(report, Locale.ENGLISH));
      if (!report.rankedOpportunities().isEmpty()) {
        RankedOpportunity best = report.rankedOpportunities().get(0);
        out.append("; first opportunity: ").append(best.opportunity().description());
      }
      if (!extraSummary.isEmpty()) {
        out.append("; ").append(extraSummary);
      }
      return out.toString();
    }
  }

  /** The event log of the click-and-collect orders, written beside the maps. */
  static final String CLICK_AND_COLLECT_LOG = "click-and-collect-events.csv";

  /** What the click-and-collect log shows, as JSON for dashboards, written beside the log. */
  static final String CLICK_AND_COLLECT_SUMMARY = "click-and-collect-summary.json";

  /**
   * Every map of the gallery, in the order the page shows them, the click-and-collect orders read
   * from memory (the same as from the file {@link #write} writes).
   */
  static ImmutableList<Entry> entries() {
    return entries(ClickAndCollect.summary());
  }

  /**
   * Every map of the gallery, in the order the page shows them, with {@code clickAndCollect} as the
   * click-and-collect orders' summary.
   */
  static ImmutableList<Entry> entries(ObservedSummary clickAndCollect) {
    JourneyDiff diff = BankAccountFutureState.diff();
    return ImmutableList.of(
        Entry.of("quickstart", "The README's quickstart journey.", Quickstart.journey()),
        Entry.of(
            "running-shoes",
            "Example 1 (`RunningShoes`): an online shop, from an Instagram ad to a recommendation.",
            RunningShoes.journey()),
        Entry.of(
            "b2b-software-purchase",
            "Example 2 (`B2bSoftwarePurchase`): a B2B purchase driven by marketing automation,"
                + " researched on mobile, bought on a desktop, onboarded and renewed.",
            B2bSoftwarePurchase.journey()),
        Entry.of(
            "cafe-loyalty",
            "Przykład 3 (`CafeLoyalty`): program lojalnościowy kawiarni, siedem etapów po polsku.",
            CafeLoyalty.journey()),
        Entry.of(
            "support-call",
            "Example 4 (`SupportCall`): a repair under warranty across phone, e-mail and store.",
            SupportCall.journey()),
        Entry.of(
            "bank-account-current",
            "Example 5 (`BankAccountFutureState`): opening a bank account, the current state.",
            diff.current()),
        Entry.comparison(
                "bank-account-future",
                "Example 5 (`BankAccountFutureState`): the future state, drawn over the current"
                    + " one, and what changes.",
                diff)
            .with(diff.toMarkdown(), diffSummary(diff)),
        Entry.observed(
            "click-and-collect",
            "Example 6 (`ClickAndCollect`): the planned journey, with "
                + clickAndCollect.cases()
                + " observed orders drawn over it, read from the event log `"
                + CLICK_AND_COLLECT_LOG
                + "` that `EventLogGenerator` wrote from seed "
                + ClickAndCollect.SEED
                + ".",
            ClickAndCollect.journey(),
            clickAndCollect),
        Entry.of(
            "grocery-delivery",
            "Example 7 (`MermaidImport`): a Mermaid journey diagram from a team's wiki, read from"
                + " `grocery-delivery.mmd`, analysed and drawn as a full map.",
            MermaidImport.journey()),
        Entry.of(
            "train-ticket-german",
            "Beispiel 8 (`TrainTicketGerman`): eine Bahnreise, auf Deutsch; die deutschen Wörter"
                + " kommen aus der Datei `META-INF/cjm/words_de.properties` des Beispiels.",
            TrainTicketGerman.journey()));
  }

  /**
   * Writes the gallery into {@code directory} (created if missing): the click-and-collect event log
   * ({@value #CLICK_AND_COLLECT_LOG}), which its map is then read from, and what it shows ({@value
   * #CLICK_AND_COLLECT_SUMMARY}), one {@code <name>.md} per entry and {@code index.html}. Returns
   * the one-line summaries, in page order.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static ImmutableList<String> write(Path directory) {
    ImmutableList<Entry> entries;
    try {
      Files.createDirectories(directory);
      Path log = directory.resolve(CLICK_AND_COLLECT_LOG);
      ClickAndCollect.writeEventLog(log);
      ObservedSummary observed = ClickAndCollect.summary(log);
      Files.writeString(
          directory.resolve(CLICK_AND_COLLECT_SUMMARY),
          ObservedSummaryJson.format(observed),
          StandardCharsets.UTF_8);
      entries = entries(observed);
      for (Entry entry : entries) {
        writeEntry(entry, directory);
      }
      Files.writeString(directory.resolve("index.html"), html(entries), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gallery to " + directory, e);
    }
    return entries.stream().map(Entry::summary).collect(ImmutableList.toImmutableList());
  }

  /**
   * Writes the files of one entry: its map with the gap findings (compared with the current state,
   * for a future state that has one), its overview if it has one, the journey itself as YAML (the
   * file a team would keep and edit), and its Markdown report.
   */
  static void writeEntry(Entry entry, Path directory) throws IOException {
    try (Writer svg =
        Files.newBufferedWriter(directory.resolve(entry.name() + ".svg"), StandardCharsets.UTF_8)) {
      if (entry.comparison().isPresent()) {
        RENDERER.render(entry.comparison().get(), entry.report(), svg);
      } else if (entry.observed().isPresent()) {
        RENDERER.render(entry.journey(), entry.observed().get(), entry.report(), svg);
      } else {
        RENDERER.render(entry.journey(), entry.report(), svg);
      }
    }
    if (entry.hasOverview()) {
      try (Writer svg =
          Files.newBufferedWriter(
              directory.resolve(entry.overviewFile()), StandardCharsets.UTF_8)) {
        OVERVIEW.render(entry.journey(), entry.report(), svg);
      }
    }
    try (Writer yaml =
        Files.newBufferedWriter(
            directory.resolve(entry.name() + ".yaml"), StandardCharsets.UTF_8)) {
      JourneyYaml.format(entry.journey(), yaml);
    }
    Files.writeString(
        directory.resolve(entry.name() + ".md"), entry.markdown(), StandardCharsets.UTF_8);
  }

  /** The gallery page: XHTML-compatible HTML5, no scripts, no external resources. */
  static String html(List<Entry> entries) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n<title>cjm gallery</title>\n")
        .append("<style>\n")
        .append("body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }\n")
        .append("table { border-collapse: collapse; margin: 0.5em 0 1em; }\n")
        .append("th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left;")
        .append(" vertical-align: top; }\n")
        .append("th { background: #f0f0f0; }\n")
        .append(".number { text-align: right; }\n")
        .append("code { background: #f6f6f6; padding: 0 0.2em; }\n")
        .append("section { border-top: 2px solid #444; margin-top: 2em; }\n")
        .append("li.summary { margin-bottom: 0.3em; }\n")
        .append("img { max-width: 100%; height: auto; border: 1px solid #ddd; }\n")
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>cjm gallery</h1>\n")
        .append("<p>Every example journey of cjm-examples with its gap report.</p>\n<ul>\n");
    for (Entry entry : entries) {
      out.append("<li class=\"summary\" lang=\"")
          .append(ATTRIBUTE.escape(entry.language()))
          .append("\"><a href=\"#")
          .append(ATTRIBUTE.escape(entry.name()))
          .append("\">")
          .append(TEXT.escape(entry.name()))
          .append("</a>: ")
          .append(TEXT.escape(entry.journey().title()))
          .append(
              entry.journey().state() == Journey.State.FUTURE
                  ? entry.words(" (future state)", " (stan docelowy)", " (Soll-Zustand)")
                  : "")
          .append(", ")
          .append(TEXT.escape(findings(entry.report(), entry.journey().locale())))
          .append("</li>\n");
    }
    out.append("</ul>\n");
    for (Entry entry : entries) {
      section(out, entry);
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /**
   * One entry's part of the page: its title, what it shows, a link to its file, and its report
   * rendered from the Markdown.
   */
  static void section(StringBuilder out, Entry entry) {
    out.append("<section id=\"")
        .append(ATTRIBUTE.escape(entry.name()))
        .append("\" lang=\"")
        .append(ATTRIBUTE.escape(entry.language()))
        .append("\">\n<h2>")
        .append(TEXT.escape(entry.journey().title()))
        .append("</h2>\n<p>");
    MarkdownHtml.inline(entry.about(), out);
    out.append(" (<a href=\"")
        .append(ATTRIBUTE.escape(entry.name() + ".md"))
        .append("\">")
        .append(TEXT.escape(entry.name() + ".md"))
        .append("</a>)</p>\n<p><a href=\"")
        .append(ATTRIBUTE.escape(entry.name() + ".svg"))
        .append("\"><img src=\"")
        .append(ATTRIBUTE.escape(entry.name() + ".svg"))
        .append("\" alt=\"")
        .append(
            ATTRIBUTE.escape(
                entry.words(
                        "Customer journey map: ",
                        "Mapa podróży klienta: ",
                        "Customer Journey Map: ")
                    + entry.journey().title()))
        .append("\"/></a></p>\n");
    if (entry.hasOverview()) {
      String overview =
          entry.words("Overview for a slide", "Przegląd na slajd", "Übersicht für eine Folie");
      out.append("<p>")
          .append(TEXT.escape(overview))
          .append(":</p>\n<p><a href=\"")
          .append(ATTRIBUTE.escape(entry.overviewFile()))
          .append("\"><img src=\"")
          .append(ATTRIBUTE.escape(entry.overviewFile()))
          .append("\" alt=\"")
          .append(ATTRIBUTE.escape(overview + ": " + entry.journey().title()))
          .append("\"/></a></p>\n");
    }
    MarkdownHtml.render(entry.reportMarkdown(), 1, out);
    out.append("</section>\n");
  }

  /** The report's summary and its first pain point, in {@code language}. */
  private static String findings(GapReport report, Locale language) {
    String fixFirst = words(language, "; fix first: ", "; najpierw napraw: ", "; zuerst beheben: ");
    return report.summary(language)
        + report.painPoints().stream().findFirst().map(p -> fixFirst + p.name()).orElse("");
  }

  /** The gallery's own words in {@code language}: Polish, German, or else English. */
  private static String words(Locale language, String english, String polish, String german) {
    return switch (language.getLanguage()) {
      case "pl" -> polish;
      case "de" -> german;
      default -> english;
    };
  }

  private static String diffSummary(JourneyDiff diff) {
    return "vs current state: " + diff.summary(Locale.ENGLISH);
  }

  /**
   * One line on the observed cases: how many there were, how many reached the plan's last step that
   * is not optional (an unanswered review request is no drop-off), the ad-hoc places and the steps
   * with long waits.
   */
  private static String observedSummary(ObservedSummary observed) {
    List<ObservedSummary.TouchpointStats> required =
        observed.touchpoints().stream().filter(step -> !step.optional()).toList();
    List<ObservedSummary.TouchpointStats> steps =
        required.isEmpty() ? observed.touchpoints() : required;
    ObservedSummary.TouchpointStats last = steps.get(steps.size() - 1);
    return String.format(
        Locale.ROOT,
        "%d observed orders, %d reached the last required step (%s), %d ad-hoc places, long"
            + " waits after %d steps",
        observed.cases(),
        last.reached(),
        last.name(),
        observed.adHoc().size(),
        observed.longWaits().size());
  }

  /**
   * Writes the gallery to the directory given as the first argument, else to {@code
   * cjm-examples/target/gallery} (or {@code target/gallery} when run inside cjm-examples), and
   * prints where the files are and one line per map.
   */
  public static void main(String[] args) {
    Path directory = args.length > 0 ? Path.of(args[0]) : defaultDirectory();
    ImmutableList<String> summaries = write(directory);
    System.out.println("Gallery written to " + directory.toAbsolutePath().normalize());
    System.out.println("  open " + directory.resolve("index.html").toAbsolutePath().normalize());
    summaries.forEach(line -> System.out.println("  " + line));
  }

  private static Path defaultDirectory() {
    Path module = Path.of("cjm-examples");
    return Files.isDirectory(module)
        ? module.resolve("target").resolve("gallery")
        : Path.of("target", "gallery");
  }
}
