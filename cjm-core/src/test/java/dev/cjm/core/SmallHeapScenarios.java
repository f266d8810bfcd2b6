package dev.cjm.core;

import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.GapRule;
import dev.cjm.core.analysis.RuleContext;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.mermaid.MermaidSyntaxException;
import dev.cjm.core.testing.TestJourneys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operations of cjm-core at the documented {@link Limits}, one scenario per run, for {@link
 * SmallHeapTest} to run in a JVM of 256 MB: each prints {@code OK}, its time and the peak heap, or
 * fails (an {@code OutOfMemoryError} ends the JVM with a non-zero status). Run one by hand with
 * {@code java -Xmx256m -cp <test class path> dev.cjm.core.SmallHeapScenarios <scenario>}.
 */
public final class SmallHeapScenarios {
  private SmallHeapScenarios() {}

  /** The scenarios, by the name given on the command line. */
  static final List<String> NAMES =
      List.of(
          "build-analyse-report",
          "most-texts",
          "mermaid-both-ways",
          "mermaid-actors",
          "failed-edits",
          "million-findings");

  /** The most heap in use seen so far, sampled every millisecond. */
  private static volatile long peakHeap;

  public static void main(String[] args) {
    String scenario = args[0];
    Thread sampler = new Thread(SmallHeapScenarios::sampleHeap, "heap sampler");
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    switch (scenario) {
      case "build-analyse-report" -> buildAnalyseReport();
      case "most-texts" -> mostTexts();
      case "mermaid-both-ways" -> mermaidBothWays();
      case "mermaid-actors" -> mermaidActors();
      case "failed-edits" -> failedEdits();
      case "million-findings" -> millionFindings();
      default -> throw new IllegalArgumentException("no scenario " + scenario);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        Locale.ROOT, "OK %s: %d ms, peak heap %d MB%n", scenario, millis, peakHeap >> 20);
  }

  /** 99 touchpoints whose doing is 100,000 characters of short lines: 9.9 million characters. */
  private static void buildAnalyseReport() {
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
    check(report.toMarkdown().length() > 0 && report.toText().length() > 0, "reports written");
  }

  /** 10,000 touchpoints in 1,000 stages with 24 actors each: the most texts a journey may have. */
  private static void mostTexts() {
    Journey journey = TestJourneys.mostTexts();
    GapReport report = GapAnalysis.standard().analyze(journey);
    check(report.toMarkdown().length() > 0, "Markdown written");
    Journey read = MermaidJourney.parse(MermaidJourney.format(journey));
    check(read.allTouchpoints().size() == Limits.MAX_TOUCHPOINTS, "every task read back");
  }

  /** 99 names of 100,000 letters to Mermaid and back; a diagram over the limit is refused. */
  private static void mermaidBothWays() {
    JourneyBuilder builder = Journey.builder("Long names");
    builder.stage(
        "Stage",
        s -> {
          for (int i = 0; i < 99; i++) {
            String number = String.valueOf(i);
            s.touchpoint(number + "x".repeat(Limits.MAX_TEXT_LENGTH - number.length()));
          }
        });
    Journey journey = builder.build();
    Journey read = MermaidJourney.parse(MermaidJourney.format(journey));
    check(
        read.allTouchpoints().get(98).name().equals(journey.allTouchpoints().get(98).name()),
        "the names read back");
    JourneyBuilder hashes = Journey.builder("Hashes");
    hashes.stage(
        "Stage",
        s -> {
          for (int i = 0; i < 51; i++) {
            s.touchpoint("#".repeat(Limits.MAX_TEXT_LENGTH));
          }
        });
    Journey tooLong = hashes.build();
    try {
      MermaidJourney.format(tooLong);
      check(false, "a diagram over MAX_MERMAID_LENGTH refused");
    } catch (IllegalArgumentException expected) {
      check(
          String.valueOf(expected.getMessage()).contains("MAX_MERMAID_LENGTH"), "the limit named");
    }
  }

  /** A task with ten million one-letter actors: refused at the text limit while reading. */
  private static void mermaidActors() {
    String text = "journey\nsection s\nt: 5: " + "a,".repeat(Limits.MAX_MERMAID_LENGTH / 2 - 20);
    try {
      MermaidJourney.parse(text);
      check(false, "the diagram refused");
    } catch (MermaidSyntaxException expected) {
      check(expected.problem().contains("Limits.MAX_TEXTS"), "the limit named");
    }
  }

  /** 100 failed edits on 1,000 stages whose ids total a million characters. */
  private static void failedEdits() {
    JourneyBuilder builder = Journey.builder("Long ids");
    for (int i = 0; i < Limits.MAX_STAGES; i++) {
      builder.stage("Stage " + i + " " + "x".repeat(990));
    }
    for (int i = 0; i < 100; i++) {
      builder.editStage("no-such-stage", s -> s.goal("g"));
    }
    try {
      builder.build();
      check(false, "the edits reported");
    } catch (InvalidJourneyException expected) {
      check(expected.problems().size() == 100, "one problem per edit");
    }
  }

  /** A custom rule returning a million findings about one touchpoint, analysed and reported. */
  private static void millionFindings() {
    Journey journey =
        Journey.builder("Findings").stage("Stage", s -> s.touchpoint("Checkout")).build();
    GapRule rule =
        new GapRule() {
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
    GapReport report = GapAnalysis.standard().with(rule).analyze(journey);
    check(report.toMarkdown().length() < 100_000, "Markdown of readable size");
    check(report.toText().length() < 100_000, "text of readable size");
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
