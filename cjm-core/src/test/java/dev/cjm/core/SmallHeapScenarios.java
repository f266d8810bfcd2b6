package dev.cjm.core;

import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.GapRule;
import dev.cjm.core.analysis.RuleContext;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.json.InvalidDocumentException;
import dev.cjm.core.json.JourneyJson;
import dev.cjm.core.json.JourneyYaml;
import dev.cjm.core.json.ObservedJourneyJson;
import dev.cjm.core.json.ReportJson;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.mermaid.MermaidSyntaxException;
import dev.cjm.core.observed.DeviationReport;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.EventLogException;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.SmallHeap;
import dev.cjm.core.testing.SmallHeap.Clock;
import dev.cjm.core.testing.TestJourneys;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Every operation of cjm-core on the worst input within the documented {@link Limits}, and just
 * over them, one scenario per run, for {@link SmallHeapTest} to run in a JVM of 256 MB (see {@link
 * SmallHeap}). The worst inputs are two journeys: {@link TestJourneys#longTexts()} (the most
 * characters, in 100,000-character texts) and {@link TestJourneys#mostTexts()} (the most stages,
 * touchpoints and texts). Run one by hand with {@code java -Xmx256m -cp <test class path>
 * dev.cjm.core.SmallHeapScenarios <scenario>}.
 */
public final class SmallHeapScenarios {
  private SmallHeapScenarios() {}

  /** The scenarios, by the name given on the command line, in the order of the README's table. */
  static final Map<String, SmallHeap.Scenario> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("build", SmallHeapScenarios::build);
    SCENARIOS.put("validate", SmallHeapScenarios::validate);
    SCENARIOS.put("analyse", SmallHeapScenarios::analyse);
    SCENARIOS.put("report", SmallHeapScenarios::report);
    SCENARIOS.put("million-findings", SmallHeapScenarios::millionFindings);
    SCENARIOS.put("mermaid", SmallHeapScenarios::mermaid);
    SCENARIOS.put("mermaid-actors", SmallHeapScenarios::mermaidActors);
    SCENARIOS.put("json", SmallHeapScenarios::json);
    SCENARIOS.put("yaml", SmallHeapScenarios::yaml);
    SCENARIOS.put("observed-json", SmallHeapScenarios::observedJson);
    SCENARIOS.put("event-log", SmallHeapScenarios::eventLog);
    SCENARIOS.put("deviations", SmallHeapScenarios::deviations);
    SCENARIOS.put("diff", SmallHeapScenarios::diff);
  }

  public static void main(String[] args) throws Exception {
    SmallHeap.main(SCENARIOS, args);
  }

  /** Both journeys built with the DSL; one touchpoint or one text more is refused at once. */
  private static void build(Clock clock) throws Exception {
    clock.time("long texts", TestJourneys::longTexts);
    clock.time("most texts", TestJourneys::mostTexts);
    JourneyBuilder oneTouchpointMore =
        TestJourneys.mostTextsBuilder(23).editStage("stage-0", s -> s.touchpoint("One more"));
    clock.refused(
        "10,001 touchpoints",
        InvalidJourneyException.class,
        "MAX_TOUCHPOINTS",
        oneTouchpointMore::build);
    JourneyBuilder oneTextMore =
        TestJourneys.longTexts().toBuilder()
            .stage("More", s -> s.goal("b".repeat(Limits.MAX_TEXT_LENGTH)));
    clock.refused(
        "10,000,000 characters and one more text",
        InvalidJourneyException.class,
        "MAX_TOTAL_TEXT_LENGTH",
        oneTextMore::build);
  }

  /**
   * The most problems a build reports: a journey of the most texts whose 230,000 actors are all
   * blank; and 100 failed edits on 1,000 stages whose ids total a million characters.
   */
  private static void validate(Clock clock) {
    JourneyBuilder blankActors = Journey.builder("Blank actors");
    for (int stage = 0; stage < Limits.MAX_STAGES; stage++) {
      int first = stage * 10;
      blankActors.stage(
          "Stage " + stage,
          s -> {
            for (int i = first; i < first + 10; i++) {
              s.touchpoint(
                  "Touchpoint " + i,
                  t -> {
                    for (int a = 0; a < 23; a++) {
                      t.actor(" ");
                    }
                  });
            }
          });
    }
    clock.refused(
        "230,000 blank actors", InvalidJourneyException.class, "230000", blankActors::build);

    JourneyBuilder longIds = Journey.builder("Long ids");
    for (int i = 0; i < Limits.MAX_STAGES; i++) {
      longIds.stage("Stage " + i + " " + "x".repeat(990));
    }
    for (int i = 0; i < 100; i++) {
      longIds.editStage("no-such-stage", s -> s.goal("g"));
    }
    clock.refused(
        "100 failed edits", InvalidJourneyException.class, "100 problems", longIds::build);
  }

  /** The standard gap analysis of both journeys. */
  private static void analyse(Clock clock) throws Exception {
    analyse(clock, "long texts", TestJourneys.longTexts());
    analyse(clock, "most texts", TestJourneys.mostTexts());
  }

  private static void analyse(Clock clock, String what, Journey journey) throws Exception {
    GapReport report = clock.time(what, () -> GapAnalysis.standard().analyze(journey));
    clock.note(String.format(Locale.ROOT, "%,d findings", report.findings().size()));
  }

  /** The gap report of both journeys as Markdown, text and JSON. */
  private static void report(Clock clock) throws Exception {
    report(clock, "long texts", TestJourneys.longTexts());
    report(clock, "most texts", TestJourneys.mostTexts());
  }

  private static void report(Clock clock, String what, Journey journey) throws Exception {
    GapReport report = GapAnalysis.standard().analyze(journey);
    String markdown = clock.time(what + " Markdown", report::toMarkdown);
    String text = clock.time(what + " text", report::toText);
    String json = clock.time(what + " JSON", () -> ReportJson.format(report));
    clock.note(
        String.format(
            Locale.ROOT,
            "%,d / %,d / %,d characters",
            markdown.length(),
            text.length(),
            json.length()));
  }

  /** A custom rule returning a million findings about one touchpoint: analysed and reported. */
  private static void millionFindings(Clock clock) throws Exception {
    Journey journey =
        Journey.builder("Findings").stage("Stage", s -> s.touchpoint("Checkout")).build();
    GapReport report =
        clock.time(
            "analyse", () -> GapAnalysis.standard().with(millionFindings()).analyze(journey));
    String markdown = clock.time("Markdown", report::toMarkdown);
    String text = clock.time("text", report::toText);
    SmallHeap.check(markdown.length() < 100_000, "Markdown of readable size");
    SmallHeap.check(text.length() < 100_000, "text of readable size");
  }

  private static GapRule millionFindings() {
    return new GapRule() {
      @Override
      public String id() {
        return "acme.many";
      }

      @Override
      public FindingSeverity defaultSeverity() {
        return FindingSeverity.WARNING;
      }

      @Override
      public String description() {
        return "a million findings";
      }

      @Override
      public List<Finding> check(Journey journey, RuleContext context) {
        List<Finding> findings = new ArrayList<>(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
          findings.add(context.finding("checkout").message("Finding " + i).build());
        }
        return findings;
      }
    };
  }

  /**
   * Mermaid out and back: the most texts, and 99 names of 100,000 letters; a diagram over {@link
   * Limits#MAX_MERMAID_LENGTH} (51 names of 100,000 {@code #}) is refused by {@code format}.
   */
  private static void mermaid(Clock clock) throws Exception {
    mermaid(clock, "most texts", TestJourneys.mostTexts());
    JourneyBuilder longNames = Journey.builder("Long names");
    longNames.stage(
        "Stage",
        s -> {
          for (int i = 0; i < 99; i++) {
            String number = String.valueOf(i);
            s.touchpoint(number + "x".repeat(Limits.MAX_TEXT_LENGTH - number.length()));
          }
        });
    mermaid(clock, "long names", longNames.build());
    JourneyBuilder hashes = Journey.builder("Hashes");
    hashes.stage(
        "Stage",
        s -> {
          for (int i = 0; i < 51; i++) {
            s.touchpoint("#".repeat(Limits.MAX_TEXT_LENGTH));
          }
        });
    Journey tooLong = hashes.build();
    clock.refused(
        "format of 20.4 million characters",
        IllegalArgumentException.class,
        "MAX_MERMAID_LENGTH",
        () -> MermaidJourney.format(tooLong));
  }

  private static void mermaid(Clock clock, String what, Journey journey) throws Exception {
    String diagram = clock.time(what + " format", () -> MermaidJourney.format(journey));
    Journey read = clock.time(what + " parse", () -> MermaidJourney.parse(diagram));
    SmallHeap.check(
        read.allTouchpoints().size() == journey.allTouchpoints().size(), "every task read back");
    clock.note(String.format(Locale.ROOT, "%,d characters", diagram.length()));
  }

  /** A task with ten million one-letter actors: refused at the text limit while reading. */
  private static void mermaidActors(Clock clock) {
    String text = "journey\nsection s\nt: 5: " + "a,".repeat(Limits.MAX_MERMAID_LENGTH / 2 - 20);
    clock.refused(
        "parse of ten million actors",
        MermaidSyntaxException.class,
        "Limits.MAX_TEXTS",
        () -> MermaidJourney.parse(text));
  }

  /** JSON out and back for both journeys; a document read on past its limit is refused. */
  private static void json(Clock clock) throws Exception {
    json(clock, "long texts", TestJourneys.longTexts());
    json(clock, "most texts", TestJourneys.mostTexts());
    clock.refused(
        "a document of endless spaces",
        InvalidDocumentException.class,
        "MAX_DOCUMENT_LENGTH",
        () -> JourneyJson.parse(generated(i -> i == 0 ? "{" : " ".repeat(1_000))));
  }

  private static void json(Clock clock, String what, Journey journey) throws Exception {
    String json = clock.time(what + " format", () -> JourneyJson.format(journey));
    Journey read = clock.time(what + " parse", () -> JourneyJson.parse(json));
    SmallHeap.check(read.equals(journey), "the journey read back");
    clock.note(String.format(Locale.ROOT, "%,d characters", json.length()));
  }

  /**
   * YAML out and back for the most texts (every id written), for 99 texts of 100,000 characters in
   * one line each, and for {@link TestJourneys#longTexts()}, whose 4.95 million one-letter lines
   * are double-quoted rather than indented one by one; a document read on past its limit is
   * refused, and so is a {@code format} past it (99 texts of 100,000 characters escaped as {@code
   * \\uFFFE}).
   */
  private static void yaml(Clock clock) throws Exception {
    yaml(clock, "most texts", TestJourneys.mostTexts());
    String line = "a".repeat(Limits.MAX_TEXT_LENGTH);
    yaml(clock, "long lines", ninetyNine(line));
    yaml(clock, "long texts", TestJourneys.longTexts());
    Journey escaped = ninetyNine("\uFFFE".repeat(Limits.MAX_TEXT_LENGTH));
    clock.refused(
        "format of 59.4 million characters",
        IllegalArgumentException.class,
        "MAX_DOCUMENT_LENGTH",
        () -> JourneyYaml.format(escaped, new SmallHeap.Counting()));
    clock.refused(
        "a document of endless comments",
        InvalidDocumentException.class,
        "MAX_DOCUMENT_LENGTH",
        () -> JourneyYaml.parse(generated(i -> "# comment\n")));
  }

  /** 99 touchpoints whose doing is {@code text}, each with its number in front. */
  private static Journey ninetyNine(String text) {
    return Journey.builder("Ninety-nine")
        .stage(
            "Stage",
            s -> {
              for (int i = 0; i < 99; i++) {
                String number = String.valueOf(i); // a text of its own, not one shared
                String doing = number + text.substring(number.length());
                s.touchpoint("Touchpoint " + i, t -> t.doing(doing));
              }
            })
        .build();
  }

  private static void yaml(Clock clock, String what, Journey journey) throws Exception {
    String yaml = clock.time(what + " format", () -> JourneyYaml.format(journey));
    Journey read = clock.time(what + " parse", () -> JourneyYaml.parse(yaml));
    SmallHeap.check(read.equals(journey), "the journey read back");
    clock.note(String.format(Locale.ROOT, "%,d characters", yaml.length()));
  }

  /**
   * The JSON of an observed journey of 124,000 occurrences, each a planned id, an emotion and a
   * time (the most its document may have: the id and the time are texts, 248,001 of {@link
   * Limits#MAX_TEXTS}), out and back; 125,000 are refused by {@code format}.
   */
  private static void observedJson(Clock clock) throws Exception {
    ObservedJourney observed = timed(124_000);
    String json = clock.time("format", () -> ObservedJourneyJson.format(observed));
    ObservedJourney read = clock.time("parse", () -> ObservedJourneyJson.parse(json));
    SmallHeap.check(read.equals(observed), "the observed journey read back");
    clock.note(String.format(Locale.ROOT, "%,d characters", json.length()));
    ObservedJourney tooMany = timed(125_000);
    clock.refused(
        "format of 125,000 timed occurrences",
        IllegalArgumentException.class,
        "MAX_TEXTS",
        () -> ObservedJourneyJson.format(tooMany));
  }

  private static ObservedJourney timed(int occurrences) {
    List<String> ids = ids(TestJourneys.mostTexts());
    ObservedJourney.Builder builder = ObservedJourney.builder("customer");
    Instant start = Instant.parse("2026-05-01T10:00:00Z");
    for (int i = 0; i < occurrences; i++) {
      Instant at = start.plusSeconds(i);
      builder.planned(ids.get(i % ids.size()), o -> o.emotion(1).at(at));
    }
    return builder.build();
  }

  /**
   * An event log of a million events (10,000 cases of 100 events each, with a score, over the
   * 10,000 touchpoints of the most texts), streamed sorted by case into a {@link JourneyMonitor},
   * summarised as Markdown and text; then 300,000 of them unsorted, which are held until the file
   * is read; a field over {@link Limits#MAX_TEXT_LENGTH} stops the reading.
   */
  private static void eventLog(Clock clock) throws Exception {
    Journey planned = TestJourneys.mostTexts();
    List<String> ids = ids(planned);
    EventLog sorted = EventLog.builder().emotion("score").sortedByCase().build();
    ObservedSummary summary =
        clock.time("1,000,000 events sorted", () -> monitor(sorted, planned, ids, 1_000_000));
    clock.time("summary Markdown", summary::toMarkdown);
    clock.time("summary text", summary::toText);
    EventLog unsorted = EventLog.builder().emotion("score").build();
    clock.time("300,000 events unsorted", () -> monitor(unsorted, planned, ids, 300_000));
    String longField = "x".repeat(Limits.MAX_TEXT_LENGTH + 1);
    clock.refused(
        "a field of 100,001 characters",
        EventLogException.class,
        "100000",
        () -> {
          try (EventLog.Cases cases =
              sorted.read(
                  planned,
                  new StringReader(
                      "case,time,activity,score\nc,2026-05-01T10:00:00Z," + longField + ",1\n"))) {
            cases.forEachRemaining(c -> {});
          }
        });
  }

  private static ObservedSummary monitor(
      EventLog log, Journey planned, List<String> ids, int events) {
    JourneyMonitor monitor = JourneyMonitor.of(planned);
    Reader csv =
        generated(
            i -> {
              if (i == 0) {
                return "case,time,activity,score\n";
              }
              int event = i - 1;
              if (event >= events) {
                return "";
              }
              int caseNumber = event / 100;
              String time = Instant.parse("2026-05-01T10:00:00Z").plusSeconds(event).toString();
              String activity = ids.get((caseNumber * 7 + event % 100) % ids.size());
              return String.format(
                  Locale.ROOT, "case-%06d,%s,%s,%d\n", caseNumber, time, activity, event % 5 - 2);
            });
    try (EventLog.Cases cases = log.read(planned, csv)) {
      cases.forEachRemaining(monitor::add);
      SmallHeap.check(cases.events() == events, "every event read");
    }
    return monitor.summary();
  }

  /**
   * Deviations from the most texts: one observed journey of 250,000 occurrences (the plan 25 times
   * over, backwards), and a summary of 100 observed journeys of 10,000 each, as Markdown, text and
   * JSON.
   */
  private static void deviations(Clock clock) throws Exception {
    Journey planned = TestJourneys.mostTexts();
    List<String> ids = ids(planned);
    ObservedJourney.Builder longest = ObservedJourney.builder("longest");
    for (int i = 0; i < 250_000; i++) {
      longest.planned(ids.get(ids.size() - 1 - i % ids.size()));
    }
    ObservedJourney observed = longest.build();
    DeviationReport report =
        clock.time("one of 250,000 occurrences", () -> DeviationReport.of(planned, observed));
    clock.time("its text", report::toText);
    List<ObservedJourney> many = new ArrayList<>();
    for (int j = 0; j < 100; j++) {
      ObservedJourney.Builder one = ObservedJourney.builder("customer-" + j);
      for (int i = 0; i < ids.size(); i++) {
        one.planned(ids.get((i * 31 + j) % ids.size()), o -> o.emotion(-1));
      }
      many.add(one.build());
    }
    DeviationSummary summary =
        clock.time("summary of 100 × 10,000", () -> DeviationSummary.of(planned, many));
    clock.time("its Markdown", summary::toMarkdown);
    clock.time("its text", summary::toText);
    clock.time("its JSON", () -> ReportJson.format(summary));
  }

  /**
   * The diff of each journey and itself with every touchpoint changed (each doing of the long texts
   * replaced, each emotion of the most texts changed), as Markdown, text and JSON.
   */
  private static void diff(Clock clock) throws Exception {
    String other = "b\n".repeat(Limits.MAX_TEXT_LENGTH / 2);
    diff(clock, "long texts", TestJourneys.longTexts(), t -> t.doing(other));
    diff(clock, "most texts", TestJourneys.mostTexts(), t -> t.emotion(1).expectedEmotion(-1));
  }

  private static void diff(
      Clock clock, String what, Journey current, Consumer<TouchpointBuilder> change)
      throws Exception {
    JourneyBuilder builder = current.toBuilder();
    for (Touchpoint touchpoint : current.allTouchpoints()) {
      builder.editTouchpoint(touchpoint.id(), change);
    }
    Journey future = builder.build();
    JourneyDiff diff = clock.time(what, () -> JourneyDiff.between(current, future));
    int markdown = clock.time(what + " Markdown", () -> diff.toMarkdown().length());
    int text = clock.time(what + " text", () -> diff.toText().length());
    // Streamed: the JSON quotes every changed text whole, before and after (60 million characters
    // for the long texts), which as one String needs more than 256 MB.
    SmallHeap.Counting json = new SmallHeap.Counting();
    clock.timeAction(what + " JSON streamed", () -> ReportJson.format(diff, json));
    clock.note(
        String.format(Locale.ROOT, "%,d / %,d / %,d characters", markdown, text, json.count()));
  }

  private static List<String> ids(Journey journey) {
    List<String> ids = new ArrayList<>();
    journey.allTouchpoints().forEach(t -> ids.add(t.id()));
    return ids;
  }

  /**
   * A reader of the lines {@code line} gives for 0, 1, 2… until it gives an empty one, made as they
   * are read: a document of any size, never held whole.
   */
  private static Reader generated(IntFunction<String> line) {
    return new Reader() {
      private int next;
      private String current = "";
      private int position;

      @Override
      public int read(char[] buffer, int offset, int length) {
        while (position == current.length()) {
          current = line.apply(next++);
          position = 0;
          if (current.isEmpty()) {
            return -1;
          }
        }
        int count = Math.min(length, current.length() - position);
        current.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
      }

      @Override
      public void close() {}
    };
  }
}
