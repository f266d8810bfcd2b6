package dev.cjm.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.render.svg.SvgRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark inputs are what the benchmarks say they are, and every operation runs on them. */
class SizedJourneysTest {
  @Test
  void builder_makesStagesOfTouchpoints_withBarriersAddressedEveryThirdTouchpoint() {
    Journey journey = SizedJourneys.builder(7, 20).build();

    assertThat(journey.stages()).hasSize(7);
    assertThat(journey.allTouchpoints()).hasSize(140);
    assertThat(journey.allBarriers()).hasSize(47);
    assertThat(journey.allOpportunities()).allSatisfy(o -> assertThat(o.addresses()).hasSize(1));
  }

  @Test
  void observed_isTheSameOnEveryRun_andDeviatesFromThePlan() {
    Journey journey = SizedJourneys.builder(7, 5).build();

    List<ObservedJourney> first = SizedJourneys.observed(journey, 50);

    assertThat(first).isEqualTo(SizedJourneys.observed(journey, 50)).hasSize(50);
    DeviationSummary summary = DeviationSummary.of(journey, first);
    assertThat(summary.toText()).contains("missing");
  }

  @Test
  void everyBenchmarkedOperation_runsOnTheSmallestSize() throws Exception {
    CjmBenchmark benchmark = new CjmBenchmark();
    benchmark.size = "7x5";
    benchmark.setUp();

    assertThat(benchmark.build()).isEqualTo(SizedJourneys.builder(7, 5).build());
    assertThat(benchmark.analyze().findings()).isNotEmpty();
    assertThat(benchmark.reportMarkdown()).startsWith("## Gap analysis");
    assertThat(benchmark.deviations().journeys()).isEqualTo(1_000);
    assertThat(benchmark.mermaidFormat()).isEqualTo(MermaidJourney.format(benchmark.build()));
    assertThat(benchmark.mermaidParse().allTouchpoints()).hasSize(35);
    String svg = benchmark.renderToString();
    assertThat(svg)
        .isEqualTo(
            SvgRenderer.create()
                .render(benchmark.build(), GapAnalysis.standard().analyze(benchmark.build())));
    assertThat(benchmark.renderToAppendable()).isEqualTo(svg.length());
  }
}
