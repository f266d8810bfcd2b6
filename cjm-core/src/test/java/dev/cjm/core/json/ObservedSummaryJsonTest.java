package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.TestJourneys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An observed summary as JSON: the document a dashboard reads (every figure under its accessor's
 * name, shares beside counts, waits in milliseconds), read back equal; and what the reader refuses,
 * each problem with its JSON pointer, line and column.
 */
class ObservedSummaryJsonTest {
  private static final Journey SHOES = TestJourneys.runningShoes();
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  /** Three customers: one all the way, one who called support and failed to pay, one ad only. */
  private static ObservedSummary threeCustomers() {
    JourneyMonitor monitor = JourneyMonitor.of(SHOES);
    List.of(
            ObservedJourney.builder("c1")
                .planned("instagram-ad", o -> o.at(T0).emotion(1))
                .planned("checkout", o -> o.at(T0.plusSeconds(600)).emotion(2))
                .build(),
            ObservedJourney.builder("c2")
                .planned("instagram-ad", o -> o.at(T0).emotion(0.5))
                .adHoc("Called support", o -> o.at(T0.plusSeconds(120)))
                .planned("checkout", o -> o.at(T0.plusSeconds(3_600)).failed().emotion(-2))
                .build(),
            ObservedJourney.builder("c3").planned("instagram-ad").build())
        .forEach(monitor::add);
    return monitor.summary();
  }

  @Test
  void format_writesEveryFigureUnderItsAccessorsName() {
    String json = ObservedSummaryJson.format(threeCustomers());

    assertThat(json)
        .startsWith("{\n  \"cjmFormat\": 1,\n  \"title\": \"Buying running shoes online\",\n")
        .contains(
            """
                {
                  "id": "checkout",
                  "name": "Checkout",
                  "optional": false,
                  "reached": 2,
                  "reachedShare": 0.6666666666666666,
                  "stepReached": 2,
                  "stepReachedShare": 0.6666666666666666,
                  "endedHere": 2,
                  "endedHereShare": 0.6666666666666666,
                  "failed": 1,
                  "failedShare": 0.5,
                  "emotions": 2,
                  "meanEmotion": 0,
                  "waits": 0,
                  "longWaits": 0
                }
            """)
        // The waits after the ad, 2 and 10 minutes: the median is the 2 minutes' bucket, read as
        // its middle (at most 6.25 % off).
        .contains("\"medianWaitMillis\": 118784")
        .contains(
            """
                {
                  "steps": [
                    {
                      "planned": "instagram-ad"
                    },
                    {
                      "adHoc": "Called support"
                    },
                    {
                      "planned": "checkout"
                    }
                  ],
                  "stepsCut": 0,
                  "cases": 1,
                  "share": 0.3333333333333333
            """)
        .contains(
            """
              "adHoc": [
                {
                  "name": "Called support",
                  "after": "instagram-ad",
                  "before": "checkout",
                  "cases": 1,
                  "share": 0.3333333333333333
                }
              ],
              "adHocError": 0
            }
            """);
  }

  @Test
  void parse_givesTheSummaryBack() {
    ObservedSummary summary = threeCustomers();

    ObservedSummary read = ObservedSummaryJson.parse(ObservedSummaryJson.format(summary));

    assertThat(read).isEqualTo(summary);
    assertThat(read.toMarkdown()).isEqualTo(summary.toMarkdown());
    assertThat(read.touchpoints().get(0).medianWait())
        .isEqualTo(summary.touchpoints().get(0).medianWait());
  }

  @Test
  void parse_readsAHandWrittenSummaryWithoutTheFiguresThatFollowFromTheCounts() {
    ObservedSummary read =
        ObservedSummaryJson.parse(
            """
            {"cjmFormat": 1, "title": "Checkout", "language": "pl", "cases": 10,
             "touchpoints": [
               {"id": "cart", "name": "Cart", "reached": 10, "stepReached": 10, "endedHere": 4,
                "failed": 0, "emotions": 0, "waits": 6, "medianWaitMillis": 60000,
                "wait90Millis": 600000, "longWaits": 1},
               {"id": "pay", "name": "Pay", "reached": 6, "stepReached": 6, "endedHere": 6,
                "failed": 2, "emotions": 3, "meanEmotion": -1.5, "waits": 0}],
             "paths": [{"steps": [{"planned": "cart"}], "cases": 4},
                       {"steps": [{"planned": "cart"}, {"planned": "pay"}], "cases": 6}]}
            """);

    assertThat(read.language().toLanguageTag()).isEqualTo("pl");
    assertThat(read.touchpoints().get(1).failedShare()).isEqualTo(2 / 6.0);
    assertThat(read.touchpoints().get(0).longWaitThreshold())
        .hasValueSatisfying(
            threshold ->
                assertThat(threshold.toMinutes()).isEqualTo(60)); // 3 × 10 min, at least 1 h
    assertThat(read.paths().get(0).cases()).isEqualTo(6); // sorted: most common first
  }

  @Test
  void theReadmesExample_readsAndWritesBackWithTheSameFigures() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("### Observed summaries as JSON.*?```json\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(block.find()).as("the JSON example in cjm-core/README.md").isTrue();

    ObservedSummary example = ObservedSummaryJson.parse(block.group(1));

    assertThat(example.touchpoints().get(1).failedShare()).isEqualTo(2 / 6.0);
    assertThat(example.paths().get(0).steps()).hasSize(3);
    assertThat(ObservedSummaryJson.parse(ObservedSummaryJson.format(example))).isEqualTo(example);
  }

  private static InvalidDocumentException errorOf(String json) {
    InvalidDocumentException error =
        catchThrowableOfType(InvalidDocumentException.class, () -> ObservedSummaryJson.parse(json));
    assertThat(error).as("parse(%s) should fail", json).isNotNull();
    return error;
  }

  @Test
  void parse_reportsWrongFieldsAndNegativeCountsAtOnce_eachWithItsPointerLineAndColumn() {
    InvalidDocumentException error =
        errorOf(
            """
            {
              "cjmFormat": 1,
              "title": "Checkout",
              "language": "en",
              "cases": 10,
              "touchpoints": [
                {"id": "cart", "name": "Cart", "reached": -1, "stepReached": 10,
                 "endedHere": 10, "failed": 0, "emotions": 0, "waits": 0, "reachd": 3}
              ],
              "pathErorr": 0
            }
            """);

    assertThat(error.problems())
        .extracting(p -> p.pointer() + " " + p.line() + ":" + p.column())
        .containsExactly(
            "/touchpoints/0/reached 7:47", "/touchpoints/0/reachd 8:63", "/pathErorr 10:3");
    assertThat(error.problems().get(0).message())
        .isEqualTo("expected a count, a whole number 0 or more, but found a number (-1)");
    assertThat(error.problems().get(1).message()).contains("did you mean \"reached\"?");
    assertThat(error.problems().get(2).message()).contains("did you mean \"pathError\"?");
  }

  @Test
  void parse_refusesFiguresThatDoNotFitTogether_atTheFieldTheyAreAbout() {
    InvalidDocumentException error =
        errorOf(
            """
            {"cjmFormat": 1, "title": "Checkout", "language": "en", "cases": 10,
             "touchpoints": [
               {"id": "cart", "name": "Cart", "reached": 12, "stepReached": 12, "endedHere": 10,
                "failed": 0, "emotions": 0, "waits": 0}]}
            """);

    assertThat(error.problems()).hasSize(1);
    assertThat(error.problems().get(0).pointer()).isEqualTo("/touchpoints/0/reached");
    assertThat(error.problems().get(0).line()).isEqualTo(3);
    assertThat(error.problems().get(0).message())
        .isEqualTo("reached is 12 at touchpoint \"cart\", more than cases (10)");
  }

  @Test
  void parse_refusesCasesThatDoNotAddUp_andAShareThatDisagreesWithTheCounts() {
    assertThat(
            errorOf(
                    """
                    {"cjmFormat": 1, "title": "Checkout", "language": "en", "cases": 10,
                     "touchpoints": [
                       {"id": "cart", "name": "Cart", "reached": 8, "stepReached": 8,
                        "endedHere": 8, "failed": 0, "emotions": 0, "waits": 0}]}
                    """)
                .getMessage())
        .contains("add up to 8, not cases (10)");
    InvalidDocumentException share =
        errorOf(
            """
            {"cjmFormat": 1, "title": "Checkout", "language": "en", "cases": 10,
             "touchpoints": [
               {"id": "cart", "name": "Cart", "reached": 10, "reachedShare": 0.5,
                "stepReached": 10, "endedHere": 10, "failed": 0, "emotions": 0, "waits": 0}]}
            """);
    assertThat(share.problems().get(0).pointer()).isEqualTo("/touchpoints/0/reachedShare");
    assertThat(share.problems().get(0).message())
        .isEqualTo("reachedShare is 0.5, but the counts give 1; correct it, or leave it out");
  }

  @Test
  void parse_refusesANewerFormat_andAMeanWithoutScores() {
    assertThat(errorOf("{\"cjmFormat\": 2, \"title\": \"x\"}").getMessage())
        .contains("this document is format 2; this cjm reads format 1 and older: upgrade cjm");
    assertThat(
            errorOf(
                    """
                    {"cjmFormat": 1, "title": "Checkout", "language": "en", "cases": 1,
                     "touchpoints": [
                       {"id": "cart", "name": "Cart", "reached": 1, "stepReached": 1,
                        "endedHere": 1, "failed": 0, "emotions": 0, "meanEmotion": 1, "waits": 0}]}
                    """)
                .problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pointer()).isEqualTo("/touchpoints/0/meanEmotion");
              assertThat(problem.message()).contains("\"emotions\" is 0");
            });
  }

  @Test
  void parse_refusesAMissingFigure_namingIt() {
    assertThat(
            errorOf(
                    "{\"cjmFormat\": 1, \"title\": \"Checkout\", \"language\": \"en\","
                        + " \"touchpoints\": []}")
                .getMessage())
        .contains("the summary has no \"cases\"");
  }
}
