package dev.cjm.render.svg;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Limits;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.TouchpointBuilder;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.SmallHeap;
import dev.cjm.core.testing.SmallHeap.Clock;
import dev.cjm.core.testing.SmallHeap.Counting;
import dev.cjm.core.testing.TestJourneys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every kind of map at the documented {@link Limits}, with its gap report, one scenario per run,
 * for {@link SmallHeapRenderTest} to run in a JVM of 256 MB (see {@link SmallHeap}): the map (texts
 * of many lines, 3 million short lines, the most touchpoints, a million findings), the overview,
 * the comparison of two states and the observed overlay. Each prepares the journey and its report
 * untimed, times the render (streamed to a counting writer, or as a String where that is small) and
 * notes the size of the SVG. Run one by hand with {@code java -Xmx256m -cp <test class path>
 * dev.cjm.render.svg.SmallHeapRenderScenarios <scenario>}.
 */
public final class SmallHeapRenderScenarios {
  private SmallHeapRenderScenarios() {}

  /** The scenarios, by the name given on the command line, in the order of the README's table. */
  static final Map<String, SmallHeap.Scenario> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("long-texts", SmallHeapRenderScenarios::longTexts);
    SCENARIOS.put("short-lines-everywhere", SmallHeapRenderScenarios::shortLinesEverywhere);
    SCENARIOS.put("most-touchpoints", SmallHeapRenderScenarios::mostTouchpoints);
    SCENARIOS.put("million-findings", SmallHeapRenderScenarios::millionFindings);
    SCENARIOS.put("overview", SmallHeapRenderScenarios::overview);
    SCENARIOS.put("comparison", SmallHeapRenderScenarios::comparison);
    SCENARIOS.put("observed", SmallHeapRenderScenarios::observed);
    SCENARIOS.put("observed-half", SmallHeapRenderScenarios::observedHalf);
  }

  public static void main(String[] args) throws Exception {
    SmallHeap.main(SCENARIOS, args);
  }

  /**
   * 99 touchpoints whose doing is 100,000 characters of one-letter lines (9.9 million characters):
   * each shows 100 lines. The map with the report, as a String.
   */
  private static void longTexts(Clock clock) throws Exception {
    Journey journey = TestJourneys.longTexts();
    GapReport report = GapAnalysis.standard().analyze(journey);
    String svg = clock.time("map", () -> SvgRenderer.create().render(journey, report));
    SmallHeap.check(svg.length() < 2_000_000, "an SVG of a few hundred kB, not " + svg.length());
    clock.note(svg(svg.length()));
  }

  /**
   * 10,000 touchpoints whose doing, thinking and feeling are 100 one-letter lines each (30,000
   * texts of 200 characters: 6 million characters, 3 million lines), streamed: the map is large,
   * but no more of its lines are held at once than those of one part.
   */
  private static void shortLinesEverywhere(Clock clock) throws Exception {
    String lines = "a\n".repeat(100);
    JourneyBuilder builder = Journey.builder("Short lines");
    for (int stage = 0; stage < Limits.MAX_STAGES; stage++) {
      int first = stage * 10;
      builder.stage(
          "Stage " + stage,
          s -> {
            for (int i = first; i < first + 10; i++) {
              String number = String.valueOf(i);
              String text = number + lines.substring(number.length());
              s.touchpoint(
                  "Touchpoint " + i,
                  t -> t.doing(text).thinking(text + "?").feeling(text + "!").emotion(-1));
            }
          });
    }
    Journey journey = builder.build();
    GapReport report = GapAnalysis.standard().analyze(journey);
    Counting out = new Counting();
    clock.timeAction("map streamed", () -> SvgRenderer.create().render(journey, report, out));
    clock.note(svg(out.count()));
  }

  /** 1,000 stages, 10,000 touchpoints with 23 actors each, streamed with every finding listed. */
  private static void mostTouchpoints(Clock clock) throws Exception {
    Journey journey = TestJourneys.mostTexts();
    GapReport report = GapAnalysis.standard().analyze(journey);
    Counting out = new Counting();
    SvgRenderer renderer = SvgRenderer.builder().findingsList(true).build();
    clock.timeAction("map streamed", () -> renderer.render(journey, report, out));
    clock.note(svg(out.count()));
  }

  /** A custom rule returning a million findings: the panel lists 100 and counts the rest. */
  private static void millionFindings(Clock clock) throws Exception {
    Journey journey = Journey.builder("Findings").stage("Stage", s -> s.touchpoint("Pay")).build();
    GapReport report =
        GapAnalysis.standard().with(RenderLimitsTest.findings(1_000_000)).analyze(journey);
    SvgRenderer renderer = SvgRenderer.builder().findingsList(true).build();
    String svg = clock.time("map", () -> renderer.render(journey, report));
    SmallHeap.check(
        svg.contains("more findings, not listed here"), "the findings left out counted");
    SmallHeap.check(svg.length() < 200_000, "an SVG of readable size, not " + svg.length());
    clock.note(svg(svg.length()));
  }

  /** The overview (stages only) of the long texts and of the most touchpoints, with the report. */
  private static void overview(Clock clock) throws Exception {
    overview(clock, "long texts", TestJourneys.longTexts());
    overview(clock, "most texts", TestJourneys.mostTexts());
  }

  private static void overview(Clock clock, String what, Journey journey) throws Exception {
    GapReport report = GapAnalysis.standard().analyze(journey);
    Counting out = new Counting();
    SvgRenderer renderer = SvgRenderer.builder().overview(true).build();
    clock.timeAction(what + " streamed", () -> renderer.render(journey, report, out));
    clock.note(svg(out.count()));
  }

  /**
   * The comparison of each journey with itself changed at every touchpoint (each doing of the long
   * texts replaced, each emotion of the most texts changed), with the future state's report.
   */
  private static void comparison(Clock clock) throws Exception {
    String other = "b\n".repeat(Limits.MAX_TEXT_LENGTH / 2);
    comparison(clock, "long texts", TestJourneys.longTexts(), t -> t.doing(other));
    Journey mostTexts = TestJourneys.mostTexts();
    comparison(clock, "most texts", mostTexts, t -> t.emotion(1).expectedEmotion(-1));
  }

  private static void comparison(
      Clock clock, String what, Journey current, Consumer<TouchpointBuilder> change)
      throws Exception {
    JourneyBuilder builder = current.toBuilder();
    for (Touchpoint touchpoint : current.allTouchpoints()) {
      builder.editTouchpoint(touchpoint.id(), change);
    }
    JourneyDiff diff = JourneyDiff.between(current, builder.build());
    GapReport report = GapAnalysis.standard().analyze(diff.future());
    Counting out = new Counting();
    clock.timeAction(what + " streamed", () -> SvgRenderer.create().render(diff, report, out));
    clock.note(svg(out.count()));
  }

  /**
   * The observed overlay of the most touchpoints: 10,000 cases, each reaching 100 of its
   * touchpoints (failing at some, with an emotion and a time at each, and two ad-hoc steps), folded
   * into a {@link JourneyMonitor}; its summary drawn on the map with the report, streamed.
   */
  private static void observed(Clock clock) throws Exception {
    observed(clock, TestJourneys.mostTexts());
  }

  /**
   * The observed overlay, as {@link #observed(Clock)}, of a plan of 500 stages (5,000 touchpoints).
   */
  private static void observedHalf(Clock clock) throws Exception {
    JourneyBuilder builder = Journey.builder("Half the touchpoints");
    for (int stage = 0; stage < Limits.MAX_STAGES / 2; stage++) {
      int first = stage * 10;
      builder.stage(
          "Stage " + stage,
          s -> {
            for (int i = first; i < first + 10; i++) {
              s.touchpoint("Touchpoint " + i, t -> t.emotion(-1).expectedEmotion(1));
            }
          });
    }
    observed(clock, builder.build());
  }

  private static void observed(Clock clock, Journey planned) throws Exception {
    List<Touchpoint> touchpoints = planned.allTouchpoints();
    JourneyMonitor monitor = JourneyMonitor.of(planned);
    Instant start = Instant.parse("2026-05-01T10:00:00Z");
    for (int c = 0; c < 10_000; c++) {
      ObservedJourney.Builder observed = ObservedJourney.builder("case-" + c);
      for (int step = 0; step < 100; step++) {
        int number = (c * 100 + step) % touchpoints.size();
        Instant at = start.plusSeconds(60L * (c + step * step));
        boolean failed = (c + step) % 13 == 0;
        observed.planned(
            touchpoints.get(number).id(),
            o -> {
              o.emotion((number % 5) - 2).at(at);
              if (failed) {
                o.failed();
              }
            });
        if (step == 50 || step == 80) {
          observed.adHoc("Asked support " + (c % 50));
        }
      }
      monitor.add(observed.build());
    }
    ObservedSummary summary = monitor.summary();
    GapReport report = GapAnalysis.standard().analyze(planned);
    Counting out = new Counting();
    clock.timeAction(
        String.format(Locale.ROOT, "%,d touchpoints streamed", touchpoints.size()),
        () -> SvgRenderer.create().render(planned, summary, report, out));
    clock.note(svg(out.count()));
  }

  private static String svg(long characters) {
    return String.format(Locale.ROOT, "SVG %,d characters", characters);
  }
}
