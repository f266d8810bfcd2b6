package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.testing.TestJourneys;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * JSON and YAML keep every journey within the {@link Limits} at the limits: the ids a document
 * writes out count as texts only where the DSL would count them, that is where they are not the ids
 * it derives by itself.
 */
class RoundTripAtTheLimitsTest {
  @Test
  void json_readsBackAJourneyOfTheMostTexts_withEveryIdWritten() {
    Journey journey = TestJourneys.mostTexts();

    assertThat(JourneyJson.parse(JourneyJson.format(journey))).isEqualTo(journey);
  }

  @Test
  void yaml_readsBackAJourneyOfTheMostTexts_withEveryIdWritten() {
    Journey journey = TestJourneys.mostTexts();

    assertThat(JourneyYaml.parse(JourneyYaml.format(journey))).isEqualTo(journey);
  }

  @Test
  void parse_countsAnIdAsAText_whenItIsNotTheIdTheDslWouldDerive() {
    // Title, persona name, goals and the stage's name: exactly Limits.MAX_TEXTS texts.
    assertThat(JourneyJson.parse(document("\"id\": \"stage\", \"name\": \"Stage\"")).stages())
        .hasSize(1);
    assertThat(JourneyJson.parse(document("\"name\": \"—\", \"id\": \"stage-1\"")).stages())
        .hasSize(1);

    InvalidDocumentException error =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> JourneyJson.parse(document("\"id\": \"other\", \"name\": \"Stage\"")));

    assertThat(error.problems().get(0).message())
        .startsWith("the document has more than 250,000 texts (Limits.MAX_TEXTS)");
    assertThat(error.problems().get(0).pointer()).isEqualTo("/stages/0/id");
  }

  @Test
  void yaml_writesTextOfManyShortLinesDoubleQuoted_soTheLongTextsReadBack() {
    assertThat(JourneyYaml.format(journeyDoing("a\nb\nc\n"))).contains("doing: \"a\\nb\\nc\\n\"\n");
    assertThat(JourneyYaml.format(journeyDoing("Enters the card number,\nthen waits.")))
        .contains("doing: |-\n");

    Journey journey = TestJourneys.longTexts();
    String yaml = JourneyYaml.format(journey);

    assertThat(yaml.length()).isLessThan(JourneyJson.MAX_DOCUMENT_LENGTH);
    assertThat(JourneyYaml.parse(yaml)).isEqualTo(journey);
  }

  @Test
  void format_refusesADocumentLongerThanParseReads_namingTheLimit() {
    // 99 texts of 100,000 control characters, each written as a six-character escape in JSON.
    String controls = "\u0001".repeat(Limits.MAX_TEXT_LENGTH);
    Journey journey =
        Journey.builder("Controls")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < 99; i++) {
                    String number = String.valueOf(i);
                    s.touchpoint(
                        "Touchpoint " + i,
                        t -> t.doing(number + controls.substring(number.length())));
                  }
                })
            .build();
    Discarding out = new Discarding();

    assertThatThrownBy(() -> JourneyJson.format(journey, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the JSON document of this journey would be longer than 50,000,000 characters"
                + " (JourneyJson.MAX_DOCUMENT_LENGTH), which parse refuses; split it into several"
                + " documents (within the Limits, only much text that is written escaped, such"
                + " as control characters, gets there)");
    assertThat(out.length).isLessThanOrEqualTo(JourneyJson.MAX_DOCUMENT_LENGTH);
  }

  @Test
  void observedFormat_refusesWhatParseWouldRefuse_namingTheLimit() {
    ObservedJourney.Builder timed = ObservedJourney.builder("customer");
    Instant start = Instant.parse("2026-05-01T10:00:00Z");
    for (int i = 0; i < Limits.MAX_TEXTS / 2; i++) {
      Instant at = start.plusSeconds(i);
      timed.planned("checkout", o -> o.at(at));
    }
    ObservedJourney tooMany = timed.build(); // the id and 125,000 names and times

    assertThatThrownBy(() -> ObservedJourneyJson.format(tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the observed journey has more than 250,000 texts (its id, and each occurrence's"
                + " name, emotion word, time and channel); its document may have at most 250,000"
                + " texts (Limits.MAX_TEXTS), so parse would refuse it: split it into several"
                + " observed journeys");

    ObservedJourney longName =
        ObservedJourney.builder("customer").adHoc("x".repeat(Limits.MAX_TEXT_LENGTH + 1)).build();
    assertThatThrownBy(() -> ObservedJourneyJson.format(longName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a text of 100,001 characters")
        .hasMessageContaining("(Limits.MAX_TEXT_LENGTH)");
  }

  private static Journey journeyDoing(String doing) {
    return Journey.builder("J").stage("S", s -> s.touchpoint("T", t -> t.doing(doing))).build();
  }

  /** An {@link Appendable} that only counts what it is given. */
  private static final class Discarding implements Appendable {
    long length;

    @Override
    public Appendable append(CharSequence text) {
      length += text.length();
      return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
      length += end - start;
      return this;
    }

    @Override
    public Appendable append(char c) {
      length++;
      return this;
    }
  }

  private static String document(String stageFields) {
    StringBuilder json =
        new StringBuilder("{\"cjmFormat\": 1, \"title\": \"T\", \"persona\": {\"name\": \"A\",");
    json.append(" \"goals\": [");
    for (int i = 0; i < Limits.MAX_TEXTS - 3; i++) {
      json.append(i == 0 ? "\"g\"" : ", \"g\"");
    }
    return json.append("]}, \"stages\": [{").append(stageFields).append("}]}").toString();
  }
}
