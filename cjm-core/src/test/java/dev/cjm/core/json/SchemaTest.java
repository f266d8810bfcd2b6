package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import dev.cjm.core.testing.TestJourneys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every document the writers produce conforms to the JSON Schema shipped in the jar, checked by an
 * independent validator (networknt, draft 2020-12): journeys of every shape, observed journeys, gap
 * reports, diffs, deviation summaries and observed summaries. The schemas are strict (no unknown
 * fields), so a field the writer adds without the schema fails here.
 */
class SchemaTest {
  private static final RandomJourneys JOURNEYS = RandomJourneys.standard();

  static Schema schema(String name) {
    try (InputStream in = JourneyJson.class.getResourceAsStream(name)) {
      assertThat(in).as("schema %s in the jar", name).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Schema JOURNEY = schema("journey.schema.json");
  private static final Schema OBSERVED = schema("observed-journey.schema.json");
  private static final Schema REPORT = schema("gap-report.schema.json");
  private static final Schema DIFF = schema("journey-diff.schema.json");
  private static final Schema DEVIATIONS = schema("deviation-summary.schema.json");
  private static final Schema SUMMARY = schema("observed-summary.schema.json");

  @Test
  void everyJourneyDocument_conformsToTheJourneySchema() {
    qt().withExamples(200)
        .forAll(JOURNEYS.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            journey ->
                assertThat(JOURNEY.validate(JourneyJson.format(journey), InputFormat.JSON))
                    .isEmpty());
  }

  @Test
  void everyGapReport_conformsToTheReportSchema() {
    qt().withExamples(100)
        .forAll(JOURNEYS.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            journey ->
                assertThat(
                        REPORT.validate(
                            ReportJson.format(GapAnalysis.standard().analyze(journey)),
                            InputFormat.JSON))
                    .isEmpty());
  }

  @Test
  void everyDiff_conformsToTheDiffSchema() {
    qt().withExamples(100)
        .forAll(
            JOURNEYS.journeys().map(PlanChoices::sometimes),
            JOURNEYS.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            (current, future) ->
                assertThat(
                        DIFF.validate(
                            ReportJson.format(JourneyDiff.between(current, future)),
                            InputFormat.JSON))
                    .isEmpty());
  }

  @Test
  void everyObservedJourneyAndDeviationSummary_conformsToItsSchema() {
    Journey planned = TestJourneys.runningShoes();
    qt().withExamples(200)
        .forAll(RoundTripPropertiesTest.observedJourneys())
        .checkAssert(
            observed -> {
              assertThat(OBSERVED.validate(ObservedJourneyJson.format(observed), InputFormat.JSON))
                  .isEmpty();
              List<ObservedJourney> many =
                  List.of(
                      observed,
                      ObservedJourney.builder("x")
                          .planned("instagram-ad")
                          .planned("checkout")
                          .build());
              assertThat(
                      DEVIATIONS.validate(
                          ReportJson.format(DeviationSummary.of(planned, many)), InputFormat.JSON))
                  .isEmpty();
            });
  }

  @Test
  void everyObservedSummary_conformsToTheSummarySchema() {
    qt().withExamples(200)
        .forAll(ObservedSummaryRoundTripTest.summaries())
        .checkAssert(
            summary ->
                assertThat(SUMMARY.validate(ObservedSummaryJson.format(summary), InputFormat.JSON))
                    .isEmpty());
  }

  @Test
  void theSchemas_rejectWhatTheReaderRejects() {
    assertThat(
            SUMMARY.validate(
                "{\"cjmFormat\": 1, \"title\": \"x\", \"language\": \"en\", \"cases\": -1,"
                    + " \"touchpoints\": []}",
                InputFormat.JSON))
        .isNotEmpty();
    assertThat(
            SUMMARY.validate(
                "{\"cjmFormat\": 1, \"title\": \"x\", \"language\": \"en\", \"cases\": 0,"
                    + " \"touchpoints\": [], \"pathErorr\": 0}",
                InputFormat.JSON))
        .isNotEmpty();
    assertThat(JOURNEY.validate("{\"cjmFormat\": 2, \"title\": \"x\"}", InputFormat.JSON))
        .isNotEmpty();
    assertThat(
            JOURNEY.validate(
                "{\"cjmFormat\": 1, \"title\": \"x\", \"stages\": [{\"name\": \"s\","
                    + " \"emotoin\": 1}]}",
                InputFormat.JSON))
        .isNotEmpty();
    assertThat(
            JOURNEY.validate(
                "{\"cjmFormat\": 1, \"title\": \"x\", \"stages\": [{\"name\": \"s\","
                    + " \"touchpoints\": [{\"name\": \"t\", \"emotion\": 3}]}]}",
                InputFormat.JSON))
        .isNotEmpty();
  }
}
