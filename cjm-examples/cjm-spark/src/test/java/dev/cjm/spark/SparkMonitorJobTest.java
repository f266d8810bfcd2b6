package dev.cjm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.base.Throwables;
import com.google.common.collect.Iterables;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.json.JourneyJson;
import dev.cjm.core.json.JourneyYaml;
import dev.cjm.core.json.ObservedSummaryJson;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.EventLogGenerator;
import dev.cjm.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on {@code local[2]} gives exactly what one JVM gives for the same event log. */
class SparkMonitorJobTest {
  private static final Journey PLAN = ClickAndCollect.journey();
  private static final Plan GALLERY_PLAN = Plan.named("click-and-collect");

  /** 3,000 cases at these rates make some 10,000 events in well under 1,000 distinct paths. */
  private static final EventLogGenerator GENERATOR =
      new EventLogGenerator(PLAN, 0.15, 0.08, 0.10, 0.05);

  private static SparkSession spark;
  @TempDir static Path folder;
  private static Path log;

  @BeforeAll
  static void startSpark() throws IOException {
    StringBuilder csv = new StringBuilder();
    GENERATOR.write(ClickAndCollect.SEED, 3_000, csv);
    log = folder.resolve("log.csv");
    Files.writeString(log, csv, StandardCharsets.UTF_8);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("SparkMonitorJobTest")
            .config("spark.ui.enabled", false)
            .config("spark.sql.shuffle.partitions", 4)
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** What one JVM gives: the core's import and monitor over the whole file. */
  private static JourneyMonitor oneJvm(Path file) throws IOException {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        EventLog.Cases cases = LogFormat.generated().eventLog().read(PLAN, reader)) {
      cases.forEachRemaining(monitor::add);
    }
    return monitor;
  }

  @Test
  void sparkOnTwoCoresGivesExactlyTheSummaryOfOneJvm() throws IOException {
    JourneyMonitor expected = oneJvm(log);

    JourneyMonitor spread =
        SparkMonitorJob.monitor(spark, log.toString(), GALLERY_PLAN, LogFormat.generated());

    assertThat(expected.cases()).isEqualTo(3_000);
    assertThat(expected.summary().pathError()).isZero(); // exact: paths below the cap
    assertThat(spread.summary()).isEqualTo(expected.summary());
    assertThat(ObservedSummaryJson.format(spread.summary()))
        .isEqualTo(ObservedSummaryJson.format(expected.summary()));
    assertThat(spread).isEqualTo(expected);
  }

  @Test
  void aLogSplitIntoFilesEvenWithinACaseIsReadWithAGlobAsOneLog() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    String header = lines.get(0);
    int middle = lines.size() / 2; // most likely inside a case: its events go to both files
    Path parts = Files.createDirectories(folder.resolve("parts"));
    Files.write(parts.resolve("a.csv"), lines.subList(0, middle), StandardCharsets.UTF_8);
    Files.write(
        parts.resolve("b.csv"),
        Iterables.concat(List.of(header), lines.subList(middle, lines.size())),
        StandardCharsets.UTF_8);

    JourneyMonitor spread =
        SparkMonitorJob.monitor(
            spark, parts.resolve("*.csv").toString(), GALLERY_PLAN, LogFormat.generated());

    assertThat(spread.summary()).isEqualTo(oneJvm(log).summary());
  }

  @Test
  void theJobWritesTheSummaryAsOneJvmWouldTheMapWithTheOverlayAndTheMonitor() throws IOException {
    JourneyMonitor monitor =
        SparkMonitorJob.monitor(spark, log.toString(), GALLERY_PLAN, LogFormat.generated());
    Path out = folder.resolve("out");

    SparkMonitorJob.write(spark, monitor, PLAN, out.toString());

    ObservedSummary oneJvm = oneJvm(log).summary();
    String json = Files.readString(out.resolve("summary.json"));
    assertThat(json)
        .isEqualTo(ObservedSummaryJson.format(oneJvm)); // exactly, character for character
    assertThat(ObservedSummaryJson.parse(json)).isEqualTo(oneJvm);
    assertThat(Files.readString(out.resolve("summary.md")))
        .isEqualTo(monitor.summary().toMarkdown());
    assertThat(Files.readString(out.resolve("summary.txt"))).isEqualTo(monitor.summary().toText());
    assertThat(Files.readString(out.resolve("map.svg")))
        .isEqualTo(
            SvgRenderer.create().render(PLAN, oneJvm, GapAnalysis.standard().analyze(PLAN, oneJvm)))
        .contains("class=\"cjm-emotion-observed\"", "cjm-observed-bar cjm-observed-reached");
    assertThat(JourneyMonitor.fromBytes(Files.readAllBytes(out.resolve("monitor.bin"))))
        .isEqualTo(monitor);
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsFound() throws IOException {
    Path file = folder.resolve("no-activity.csv");
    Files.writeString(file, "case,time,step\nc1,2026-05-01T10:00:00Z,Browse\n");

    assertThatThrownBy(
            () ->
                SparkMonitorJob.monitor(
                    spark, file.toString(), GALLERY_PLAN, requiredColumnsOnly()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no column \"activity\"")
        .hasMessageContaining("[case, time, step]");
  }

  @Test
  void aBadEventNamesItsCaseFileAndColumn() throws IOException {
    Path file = folder.resolve("bad-time.csv");
    Files.writeString(
        file,
        """
        case,time,activity
        c1,2026-05-01T10:00:00Z,Browse
        c2,2026-05-01T10:00:00Z,Browse
        c2,yesterday,Pay
        """);

    Throwable thrown =
        catchThrowable(
            () ->
                SparkMonitorJob.monitor(
                    spark, file.toString(), GALLERY_PLAN, requiredColumnsOnly()));

    assertThat(Throwables.getCausalChain(thrown))
        .map(Throwable::getMessage)
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith("bad event in case \"c2\" of file:")
                    .contains("bad-time.csv, its event 2, column time: \"yesterday\" is not"));
  }

  @Test
  void aColumnNamedWithADotIsReadAsItIsNamed() throws IOException {
    Path file = folder.resolve("dotted.csv");
    Files.writeString(
        file,
        """
        order.id,time,activity
        o1,2026-05-01T10:00:00Z,Stock check on the product page
        o1,2026-05-01T10:05:00Z,Reserve and pay online
        o2,2026-05-01T11:00:00Z,Stock check on the product page
        """);
    LogFormat format =
        LogFormat.parse(List.of("--case=order.id", "--outcome=", "--emotion=", "--channel="));

    JourneyMonitor monitor = SparkMonitorJob.monitor(spark, file.toString(), GALLERY_PLAN, format);

    assertThat(monitor.cases()).isEqualTo(2);
    // By id: the plan starts with three entry alternatives, which these orders skip.
    assertThat(monitor.summary().touchpoints())
        .filteredOn(t -> List.of("product-page", "reserve-and-pay").contains(t.id()))
        .extracting(ObservedSummary.TouchpointStats::reached)
        .containsExactly(2L, 1L);
  }

  @Test
  void aPlanInJsonOrYamlMonitorsAsTheGalleryJourneyItHolds() throws IOException {
    Path json = folder.resolve("plan.json");
    Files.writeString(json, JourneyJson.format(PLAN));
    Path yaml = folder.resolve("plan.yml");
    Files.writeString(yaml, JourneyYaml.format(PLAN));
    JourneyMonitor expected =
        SparkMonitorJob.monitor(spark, log.toString(), GALLERY_PLAN, LogFormat.generated());

    for (Path document : List.of(json, yaml)) {
      Plan plan = SparkMonitorJob.plan(spark, document.toString());
      assertThat(plan.journey()).isEqualTo(PLAN);
      assertThat(SparkMonitorJob.monitor(spark, log.toString(), plan, LogFormat.generated()))
          .isEqualTo(expected);
    }
  }

  @Test
  void aPlanThatIsNeitherAGalleryNameNorAJourneyDocumentIsRefused() {
    assertThatThrownBy(() -> SparkMonitorJob.plan(spark, "plan.txt"))
        .hasMessageContaining("no gallery journey is named \"plan.txt\"");
    assertThatThrownBy(() -> Plan.document("plan.json", "{\"cjmFormat\": 1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownPlanListsTheGalleryJourneys() {
    assertThatThrownBy(() -> SparkMonitorJob.plan(spark, "shoes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no gallery journey is named \"shoes\"")
        .hasMessageContaining("click-and-collect");
  }

  /** The three required columns only: no outcome, emotion or channel. */
  private static LogFormat requiredColumnsOnly() {
    return LogFormat.parse(List.of("--outcome=", "--emotion=", "--channel="));
  }
}
