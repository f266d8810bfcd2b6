package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.mermaid.MermaidJourney;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A journey, a renderer and a gap analysis are immutable and may be shared: many threads using the
 * same instances at once all get exactly the output one thread gets alone, and nothing throws.
 *
 * <p>The stress is bounded in count (8 threads × 50 rounds, all released at once by a latch); the
 * time limit on waiting for the threads only stops a hang from blocking the build, it asserts
 * nothing about speed.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 50;

  @Test
  void sharedJourneyRendererAndAnalysis_giveEveryThreadTheSameOutput() throws Exception {
    Journey journey = SampleJourneys.polish();
    GapAnalysis analysis = GapAnalysis.standard();
    SvgRenderer light = SvgRenderer.create();
    SvgRenderer dark = SvgRenderer.builder().theme(Theme.DARK).maxLines(2).build();
    List<String> expected = outputs(journey, analysis, light, dark);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<Integer> worker =
            () -> {
              start.await();
              int same = 0;
              for (int round = 0; round < ROUNDS; round++) {
                if (outputs(journey, analysis, light, dark).equals(expected)) {
                  same++;
                }
              }
              return same;
            };
        results.add(pool.submit(worker));
      }
      start.countDown();

      for (Future<Integer> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEqualTo(ROUNDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Everything a host application asks of the shared instances. */
  private static List<String> outputs(
      Journey journey, GapAnalysis analysis, SvgRenderer light, SvgRenderer dark) {
    GapReport report = analysis.analyze(journey);
    String mermaid = MermaidJourney.format(journey);
    return List.of(
        light.render(journey),
        light.render(journey, report),
        dark.render(journey, report),
        report.toMarkdown(),
        mermaid,
        MermaidJourney.format(MermaidJourney.parse(mermaid)));
  }
}
