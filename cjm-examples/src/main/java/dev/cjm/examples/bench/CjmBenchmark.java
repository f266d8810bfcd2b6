package dev.cjm.examples.bench;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.render.svg.SvgRenderer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every operation of cjm at four sizes (stages × touchpoints per stage): 7 × 5, 7 × 20, 20 × 50 and
 * 100 × 100. Average time per operation.
 *
 * <p>Each fork runs with a fixed heap of 2 GB, touched in full at start ({@code
 * -XX:+AlwaysPreTouch}). On a virtual machine whose host takes free memory back, the first touch of
 * every heap page is a fault to the hypervisor; without pre-touching, those faults made the 100 ×
 * 100 figures vary by a factor of 2 to 8 from one iteration to the next, and measured the host
 * rather than cjm. A service that renders maps all day has touched its heap long ago.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CjmBenchmark {
  @Param({"7x5", "7x20", "20x50", "100x100"})
  public String size = "7x5";

  private int stages;
  private int touchpoints;
  private Journey journey = SizedJourneys.builder(1, 1).build();
  private GapReport report = GapAnalysis.standard().analyze(journey);
  private String mermaid = "";
  private List<ObservedJourney> observed = List.of();
  private final SvgRenderer renderer = SvgRenderer.create();

  /** JMH makes one per trial. */
  public CjmBenchmark() {}

  /** Builds the journey of this size and everything derived from it, once per trial. */
  @Setup
  public void setUp() {
    String[] parts = size.split("x", -1);
    stages = Integer.parseInt(parts[0]);
    touchpoints = Integer.parseInt(parts[1]);
    journey = SizedJourneys.builder(stages, touchpoints).build();
    report = GapAnalysis.standard().analyze(journey);
    mermaid = MermaidJourney.format(journey);
    observed = SizedJourneys.observed(journey, 1_000);
  }

  /** Writing the journey with the DSL and validating it at {@code build()}. */
  @Benchmark
  public Journey build() {
    return SizedJourneys.builder(stages, touchpoints).build();
  }

  /** The standard gap analysis. */
  @Benchmark
  public GapReport analyze() {
    return GapAnalysis.standard().analyze(journey);
  }

  /** The gap report as Markdown. */
  @Benchmark
  public String reportMarkdown() {
    return report.toMarkdown();
  }

  /** Deviations of 1,000 observed journeys from the plan. */
  @Benchmark
  public DeviationSummary deviations() {
    return DeviationSummary.of(journey, observed);
  }

  /** Reading the journey's Mermaid text. */
  @Benchmark
  public Journey mermaidParse() {
    return MermaidJourney.parse(mermaid);
  }

  /** Writing the journey as Mermaid text. */
  @Benchmark
  public String mermaidFormat() {
    return MermaidJourney.format(journey);
  }

  /** Rendering the map with its findings to a String. */
  @Benchmark
  public String renderToString() {
    return renderer.render(journey, report);
  }

  /** Rendering the map with its findings to an Appendable that keeps nothing. */
  @Benchmark
  public long renderToAppendable() throws IOException {
    CountingAppendable out = new CountingAppendable();
    renderer.render(journey, report, out);
    return out.count;
  }

  /** Counts what it is given and keeps none of it. */
  static final class CountingAppendable implements Appendable {
    long count;

    @Override
    public Appendable append(CharSequence text) {
      count += text.length();
      return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
      count += end - start;
      return this;
    }

    @Override
    public Appendable append(char c) {
      count++;
      return this;
    }
  }
}
