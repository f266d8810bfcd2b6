package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import dev.cjm.core.testing.TestJourneys;
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
