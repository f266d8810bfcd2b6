package dev.cjm.core.analysis.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingKind;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.GapRule;
import dev.cjm.core.analysis.RuleContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Custom rules that misbehave: one that throws a checked exception sneakily, one that returns a
 * great many findings, and an analysis on an interrupted thread.
 */
class RuleMisbehaviourTest {
  private static final Journey JOURNEY =
      Journey.builder("Shoes")
          .stage("Awareness", s -> s.touchpoint("Instagram ad"))
          .stage("Purchase", s -> s.touchpoint("Checkout"))
          .build();

  @Test
  void analyze_wrapsACheckedExceptionThrownSneakily_namingTheRule() {
    GapAnalysis analysis =
        GapAnalysis.none()
            .with(rule("acme.sneaky", FindingKind.EXPERIENCE, (j, c) -> sneakyThrow()));

    assertThatThrownBy(() -> analysis.analyze(JOURNEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gap rule acme.sneaky failed on journey \"Shoes\"")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void analyze_onAnInterruptedThread_stopsWithACancellationException_keepingTheInterrupt() {
    try {
      Thread.currentThread().interrupt();

      assertThatThrownBy(() -> GapAnalysis.standard().analyze(JOURNEY))
          .isInstanceOf(CancellationException.class)
          .hasMessage(
              "the analysis of journey \"Shoes\" was interrupted before rule"
                  + " emotion.expectation-gap");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted(); // leave the test thread as it was
    }
  }

  @Test
  void reports_listAtMostTwentyFindingsOfAPainPoint_andCountTheRest() {
    GapReport report =
        GapAnalysis.none()
            .with(rule("acme.many", FindingKind.EXPERIENCE, findings(100_000, "checkout")))
            .analyze(JOURNEY);

    String markdown = report.toMarkdown();
    String text = report.toText();
    String polish = report.toMarkdown(Locale.forLanguageTag("pl"));

    assertThat(report.findings()).hasSize(100_000);
    assertThat(markdown)
        .contains("- Finding 19 (`acme.many`)\n- … and 99,980 more findings, not listed here\n")
        .doesNotContain("Finding 20 ")
        .hasSizeLessThan(10_000);
    assertThat(text)
        .contains("- … and 99,980 more findings, not listed here\n")
        .hasSizeLessThan(10_000);
    assertThat(polish).contains("- … i jeszcze 99\u00A0980 znalezisk, niewymienionych tutaj\n");
  }

  @Test
  void mapCheckOfACustomRule_namesAtMostTwentyMessages_andCountsTheRest() {
    GapReport report =
        GapAnalysis.none()
            .with(rule("acme.map", FindingKind.MAP, findings(100_000, "instagram-ad")))
            .analyze(JOURNEY);

    assertThat(report.mapChecks()).hasSize(1);
    assertThat(report.mapChecks().get(0).message())
        .startsWith("Finding 0 Finding 1 ")
        .endsWith("Finding 19 … and 99,980 more findings, not listed here");
    assertThat(report.toMarkdown()).hasSizeLessThan(10_000);
  }

  private static BiFunction<Journey, RuleContext, List<Finding>> findings(int count, String id) {
    return (journey, context) -> {
      List<Finding> findings = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        findings.add(context.finding(id).message("Finding " + i).build());
      }
      return findings;
    };
  }

  private static GapRule rule(
      String id, FindingKind kind, BiFunction<Journey, RuleContext, List<Finding>> check) {
    return new GapRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public FindingSeverity defaultSeverity() {
        return FindingSeverity.WARNING;
      }

      @Override
      public FindingKind kind() {
        return kind;
      }

      @Override
      public String description() {
        return "a misbehaving rule";
      }

      @Override
      public List<Finding> check(Journey journey, RuleContext context) {
        return check.apply(journey, context);
      }
    };
  }

  /** Throws a checked exception that the compiler does not see, as Lombok's @SneakyThrows does. */
  private static List<Finding> sneakyThrow() {
    return RuleMisbehaviourTest.<RuntimeException>sneaky(new IOException("disk gone"));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> List<Finding> sneaky(Throwable throwable) throws T {
    throw (T) throwable;
  }
}
