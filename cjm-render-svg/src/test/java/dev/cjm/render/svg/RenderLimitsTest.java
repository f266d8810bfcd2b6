package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.GapRule;
import dev.cjm.core.analysis.RuleContext;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a map makes of texts and reports at the limits: a text shows at most 100 lines and a tooltip
 * 1,000 characters, the panel lists at most 100 findings and counts the rest, text is written
 * composed (NFC), and a render on an interrupted thread stops as an analysis does.
 */
class RenderLimitsTest {
  private static final Pattern TSPAN = Pattern.compile("<tspan ");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

  @Test
  void aTextOfFiftyThousandLines_showsOneHundred_endingWithAnEllipsis() {
    String doing = "a\n".repeat(50_000);
    Journey journey =
        Journey.builder("Long")
            .stage("Stage", s -> s.touchpoint("Pay", t -> t.doing(doing)))
            .build();

    String svg = SvgRenderer.create().render(journey);

    assertThat(count(TSPAN, svg)).isEqualTo(100);
    assertThat(svg).contains(">a&#8230;</tspan></text>");
    assertThat(svg.length()).isLessThan(40_000);
  }

  @Test
  void theFullWordingOfACutText_isATooltipOfAtMostAThousandCharacters() {
    String doing = "word ".repeat(20_000);
    Journey journey =
        Journey.builder("Long")
            .stage("Stage", s -> s.touchpoint("Pay", t -> t.doing(doing)))
            .build();

    String svg = SvgRenderer.builder().maxLines(3).build().render(journey);

    List<String> tooltips = matches(TITLE, svg);
    String tooltip =
        tooltips.stream().filter(t -> t.startsWith("word word")).findFirst().orElseThrow();
    assertThat(tooltip).hasSize(999 + "&#8230;".length()).endsWith("word&#8230;");
  }

  @Test
  void thePanel_listsOneHundredFindings_andCountsTheRest() {
    Journey journey = Journey.builder("Findings").stage("Stage", s -> s.touchpoint("Pay")).build();
    GapReport report = GapAnalysis.standard().with(findings(250)).analyze(journey);

    String svg = SvgRenderer.builder().findingsList(true).build().render(journey, report);

    // The rule's findings are errors, listed first: numbers 0 to 99 are drawn.
    assertThat(count(Pattern.compile(">Pay: Finding number \\d+<"), svg)).isEqualTo(100);
    assertThat(svg).contains(">Pay: Finding number 99<").doesNotContain("Finding number 100<");
    assertThat(svg)
        .contains("&#8230; and " + (250 + standardFindings(journey) - 100) + " more findings");
    assertThat(svg).contains("Findings (" + (250 + standardFindings(journey)) + ")");
  }

  @Test
  void decomposedText_isWrittenComposed_theJourneyKeepsIt() {
    String decomposed = "Cafe\u0301 \u00FCber Zu\u0308rich"; // é and ü as letter and accent
    Journey journey =
        Journey.builder("Re\u0301sume\u0301")
            .stage("Stage", s -> s.touchpoint(decomposed, t -> t.doing("Pre\u0301cis")))
            .build();

    String svg = SvgRenderer.create().render(journey);

    assertThat(Normalizer.isNormalized(svg, Normalizer.Form.NFC)).isTrue();
    assertThat(svg).contains("Caf\u00E9 \u00FCber Z\u00FCrich", "R\u00E9sum\u00E9", "Pr\u00E9cis");
    assertThat(journey.allTouchpoints().get(0).name()).isEqualTo(decomposed);
  }

  @Test
  void aRenderOnAnInterruptedThread_stopsWithACancellationException_theFlagKept() {
    Journey journey = SampleJourneys.small();
    StringWriter out = new StringWriter();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> SvgRenderer.create().render(journey, out))
          .isInstanceOf(CancellationException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(out.toString()).doesNotContain("</svg>");
    } finally {
      Thread.interrupted();
    }
    assertThat(SvgRenderer.create().render(journey)).endsWith("</svg>\n");
  }

  private static int standardFindings(Journey journey) {
    return GapAnalysis.standard().analyze(journey).findings().size();
  }

  /** A rule that finds {@code count} errors in the touchpoint "pay". */
  static GapRule findings(int count) {
    return new GapRule() {
      @Override
      public String id() {
        return "acme.many";
      }

      @Override
      public FindingSeverity defaultSeverity() {
        return FindingSeverity.ERROR;
      }

      @Override
      public String description() {
        return "many findings";
      }

      @Override
      public List<Finding> check(Journey journey, RuleContext context) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          found.add(context.finding("pay").message("Finding number " + i).build());
        }
        return found;
      }
    };
  }

  private static int count(Pattern pattern, String text) {
    return matches(pattern, text).size();
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
    }
    return found;
  }
}
