package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.RandomJourneys;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The planned map with its observed cases, as a document: any valid journey with any observed cases
 * of it renders to safe, well-formed SVG that Batik draws, the same bytes every time, in any theme
 * and row width; the overlay is a map of its own, with its own id and style rules; the overview
 * leaves it out; null arguments are named.
 */
class ObservedRenderTest {
  @Test
  void anyValidJourney_withAnyObservedCases_rendersToSafeMarkup_thatBatikDraws() {
    qt().withExamples(10)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys(),
            SourceDSL.longs().all(),
            Generate.pick(List.copyOf(Theme.all())),
            SourceDSL.integers().between(1, 30))
        .checkAssert(
            (journey, seed, theme, columns) -> {
              ObservedSummary observed = randomCases(journey, seed);
              SvgRenderer renderer =
                  SvgRenderer.builder().theme(theme).maxColumnsPerRow(columns).build();
              GapReport report = GapAnalysis.standard().analyze(journey);
              String svg = renderer.render(journey, observed, report);
              assertThat(RenderedMarkup.checkAndReadTitles(svg)).isNotEmpty();
              assertThat(renderer.render(journey, observed, report)).isEqualTo(svg);
              assertThat(Batik.render(svg)).isNotEmpty();
            });
  }

  @Test
  void theWriterAndTheStringOverloads_giveTheSameDocument() throws IOException {
    Journey plan = ObservedJourneys.plan();
    ObservedSummary observed = ObservedJourneys.summary();
    GapReport report = GapAnalysis.standard().analyze(plan);

    StringWriter alone = new StringWriter();
    SvgRenderer.create().render(plan, observed, alone);
    StringWriter withReport = new StringWriter();
    SvgRenderer.create().render(plan, observed, report, withReport);

    assertThat(alone.toString()).isEqualTo(SvgRenderer.create().render(plan, observed));
    assertThat(withReport.toString())
        .isEqualTo(SvgRenderer.create().render(plan, observed, report));
  }

  @Test
  void anObservedMap_isAMapOfItsOwn_withItsOwnId_andTheOverlaysStyleRules() {
    Journey plan = ObservedJourneys.plan();

    String observed = SvgRenderer.create().render(plan, ObservedJourneys.summary());
    String fewer = SvgRenderer.create().render(plan, randomCases(plan, 7));
    String alone = SvgRenderer.create().render(plan);

    assertThat(mapId(observed)).isNotEqualTo(mapId(alone)).isNotEqualTo(mapId(fewer));
    assertThat(observed).contains(".cjm-emotion-observed{", ".cjm-observed-reached{");
    assertThat(alone).doesNotContain("cjm-emotion-observed", "cjm-observed");
  }

  @Test
  void theOverview_drawsThePlanAlone() {
    Journey plan = ObservedJourneys.plan();
    SvgRenderer overview = SvgRenderer.builder().overview(true).build();

    assertThat(overview.render(plan, ObservedJourneys.summary())).isEqualTo(overview.render(plan));
  }

  @Test
  void aSummaryOfAnotherPlan_drawsWhatMatchesByTouchpointId() {
    Journey shorter =
        Journey.builder("Ordering a lamp, shorter")
            .stage("Pay", s -> s.touchpoint("Payment", t -> t.id("payment").emotion(0)))
            .build();

    String svg = SvgRenderer.create().render(shorter, ObservedJourneys.summary());

    assertThat(RenderedMarkup.checkAndReadTitles(svg)).isNotEmpty();
    assertThat(svg).contains("Reached 60% (12)").doesNotContain("Reached 100% (20)");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArguments_areNamed() {
    Journey plan = ObservedJourneys.plan();
    ObservedSummary observed = ObservedJourneys.summary();
    GapReport report = GapAnalysis.standard().analyze(plan);
    SvgRenderer renderer = SvgRenderer.create();

    assertThatThrownBy(() -> renderer.render((Journey) null, observed))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("planned journey is null");
    assertThatThrownBy(() -> renderer.render(plan, (ObservedSummary) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("observed is null");
    assertThatThrownBy(() -> renderer.render(plan, observed, (Appendable) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("out is null");
    assertThatThrownBy(() -> renderer.render(plan, observed, (GapReport) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report is null");
    assertThatThrownBy(() -> renderer.render(plan, observed, report, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("out is null");
  }

  /**
   * Up to 40 cases of {@code journey} from {@code seed}: each walks the touchpoints in order,
   * skipping, failing, scoring, waiting (now and then for days) and taking ad-hoc steps at random.
   */
  static ObservedSummary randomCases(Journey journey, long seed) {
    Random random = new Random(seed);
    List<Touchpoint> touchpoints = journey.allTouchpoints();
    JourneyMonitor monitor = JourneyMonitor.of(journey);
    int cases = random.nextInt(41);
    for (int c = 0; c < cases; c++) {
      ObservedJourney.Builder observed = ObservedJourney.builder("case-" + c);
      Instant time = Instant.parse("2026-05-01T08:00:00Z").plus(Duration.ofMinutes(c));
      for (Touchpoint touchpoint : touchpoints) {
        if (random.nextInt(5) == 0) {
          Instant at = time;
          String name = "Detour " + random.nextInt(6) + " ½ “quoted” <&>";
          observed.adHoc(name, o -> o.at(at).emotion(random.nextInt(5) - 2));
        }
        if (random.nextInt(4) > 0) {
          Instant at = time;
          boolean failed = random.nextInt(6) == 0;
          boolean scored = random.nextBoolean();
          double score = random.nextInt(9) / 2.0 - 2;
          observed.planned(
              touchpoint.id(),
              o -> {
                o.at(at);
                if (failed) {
                  o.failed();
                }
                if (scored) {
                  o.emotion(score);
                }
              });
        }
        time =
            time.plus(
                random.nextInt(10) == 0
                    ? Duration.ofDays(1 + random.nextInt(4))
                    : Duration.ofMinutes(1 + random.nextInt(30)));
      }
      monitor.add(observed.build());
    }
    return monitor.summary();
  }

  private static String mapId(String svg) {
    int start = svg.indexOf(" id=\"") + 5;
    return svg.substring(start, svg.indexOf('"', start));
  }
}
