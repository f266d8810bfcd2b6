package dev.cjm.render.svg;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Limits;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.testing.TestJourneys;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Rendering at the documented {@link Limits}, one scenario per run, for {@link SmallHeapRenderTest}
 * to run in a JVM of 256 MB: each analyses a journey, renders its map with the report (streamed,
 * and as a String where that is small) and prints {@code OK}, its time, the peak heap and the size
 * of the SVG, or fails (an {@code OutOfMemoryError} ends the JVM with a non-zero status). Run one
 * by hand with {@code java -Xmx256m -cp <test class path>
 * dev.cjm.render.svg.SmallHeapRenderScenarios <scenario>}.
 */
public final class SmallHeapRenderScenarios {
  private SmallHeapRenderScenarios() {}

  /** The scenarios, by the name given on the command line. */
  static final List<String> NAMES =
      List.of("long-texts", "short-lines-everywhere", "most-touchpoints", "million-findings");

  /** The most heap in use seen so far, sampled every millisecond. */
  private static volatile long peakHeap;

  /** The characters of SVG written by the last scenario. */
  private static long written;

  public static void main(String[] args) throws IOException {
    String scenario = args[0];
    Thread sampler = new Thread(SmallHeapRenderScenarios::sampleHeap, "heap sampler");
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    switch (scenario) {
      case "long-texts" -> longTexts();
      case "short-lines-everywhere" -> shortLinesEverywhere();
      case "most-touchpoints" -> mostTouchpoints();
      case "million-findings" -> millionFindings();
      default -> throw new IllegalArgumentException("no scenario " + scenario);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "OK %s: %d ms, peak heap %d MB, SVG %d characters%n",
        scenario,
        millis,
        peakHeap >> 20,
        written);
  }

  /**
   * 99 touchpoints whose doing is 100,000 characters of one-letter lines (9.9 million characters):
   * each shows 100 lines. The full map with the report as a String, then the overview.
   */
  private static void longTexts() throws IOException {
    String lines = "a\n".repeat(Limits.MAX_TEXT_LENGTH / 2);
    Journey journey =
        Journey.builder("Long texts")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < 99; i++) {
                    String number = String.valueOf(i); // a text of its own, not one shared
                    String doing = number + lines.substring(number.length());
                    s.touchpoint("Touchpoint " + i, t -> t.doing(doing).emotion(-2));
                  }
                })
            .build();
    GapReport report = GapAnalysis.standard().analyze(journey);
    String svg = SvgRenderer.create().render(journey, report);
    check(svg.length() < 2_000_000, "an SVG of a few hundred kilobytes, not " + svg.length());
    written = svg.length();
    SvgRenderer.builder().overview(true).build().render(journey, report, new Counting());
  }

  /**
   * 10,000 touchpoints whose doing, thinking and feeling are 100 one-letter lines each (30,000
   * texts of 200 characters: 6 million characters, 3 million lines), streamed: the map is large,
   * but no more than its lines are held at once than those of one part.
   */
  private static void shortLinesEverywhere() throws IOException {
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
    SvgRenderer.create().render(journey, report, out);
    written = out.count;
  }

  /** 1,000 stages, 10,000 touchpoints with 23 actors each, streamed with the report. */
  private static void mostTouchpoints() throws IOException {
    Journey journey = TestJourneys.mostTexts();
    GapReport report = GapAnalysis.standard().analyze(journey);
    Counting out = new Counting();
    SvgRenderer.builder().findingsList(true).build().render(journey, report, out);
    written = out.count;
  }

  /** A custom rule returning a million findings: the panel lists 100 and counts the rest. */
  private static void millionFindings() {
    Journey journey = Journey.builder("Findings").stage("Stage", s -> s.touchpoint("Pay")).build();
    GapReport report =
        GapAnalysis.standard().with(RenderLimitsTest.findings(1_000_000)).analyze(journey);
    String svg = SvgRenderer.builder().findingsList(true).build().render(journey, report);
    check(svg.contains("more findings, not listed here"), "the findings left out counted");
    check(svg.length() < 200_000, "an SVG of readable size, not " + svg.length());
    written = svg.length();
  }

  /** Counts what it is given and keeps nothing. */
  private static final class Counting extends Writer {
    private long count;

    @Override
    public void write(char[] chars, int offset, int length) {
      count += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("not so: " + what);
    }
  }

  /** Samples the heap in use (an approximation of the peak: between samples it may be higher). */
  private static void sampleHeap() {
    Runtime runtime = Runtime.getRuntime();
    while (true) {
      peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
