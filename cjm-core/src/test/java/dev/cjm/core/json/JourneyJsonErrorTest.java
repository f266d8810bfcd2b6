package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Journey;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What cjm refuses to read from JSON, and how it says so: every problem at once, each with its JSON
 * pointer, line and column (counted from 1), what was wrong and what would be right; the DSL's
 * problems among them, at the value they are about.
 */
class JourneyJsonErrorTest {

  private static InvalidDocumentException errorOf(String json) {
    InvalidDocumentException error =
        catchThrowableOfType(InvalidDocumentException.class, () -> JourneyJson.parse(json));
    assertThat(error).as("parse(%s) should fail", json).isNotNull();
    return error;
  }

  @Test
  void parse_reportsEveryProblemAtOnce_eachWithItsPointerLineAndColumn() {
    InvalidDocumentException error =
        errorOf(
            """
            {
              "cjmFormat": 1,
              "title": "Shoes",
              "stages": [
                {
                  "name": "Purchase",
                  "touchpoints": [
                    {
                      "name": "Checkout",
                      "emotoin": -2,
                      "emotion": 5,
                      "barriers": [{"description": " ", "severity": "urgent"}]
                    },
                    "Not an object"
                  ]
                }
              ],
              "opportunities": [{"description": "Fix it", "addresses": ["late-cost"]}]
            }
            """);

    assertThat(error)
        .hasMessage(
            """
            journey document is invalid: 7 problems
              - /stages/0/touchpoints/0/emotoin (line 10, column 11): unknown field "emotoin" at\
             /stages/0/touchpoints/0; did you mean "emotion"?; known fields: id, name, channel,\
             owner, actors, doing, thinking, feeling, emotion, expectedEmotion, optional, oneOf,\
             barriers, opportunities
              - /stages/0/touchpoints/0/emotion (line 11, column 22): emotion score 5.0 is off the\
             scale; expected a finite number from -2 (very negative) to +2 (very positive)
              - /stages/0/touchpoints/0/barriers/0/description (line 12, column 40): barrier\
             description is blank; give a non-blank barrier description
              - /stages/0/touchpoints/0/barriers/0/severity (line 12, column 57): severity\
             "urgent" is not one of: low, medium, high, critical
              - /stages/0/touchpoints/1 (line 14, column 9): expected a touchpoint object, but\
             found a text ("Not an object")
              - /stages/0/touchpoints/1 (line 14, column 9): touchpoint name is missing (null);\
             give a non-blank touchpoint name
              - /opportunities/0/addresses/0 (line 18, column 61): addresses barrier "late-cost",\
             but the journey has no barrier with that id; known barrier ids: barrier-1; did you\
             mean "barrier-1\"""");
    DocumentProblem emotion = error.problems().get(1);
    assertThat(emotion.pointer()).isEqualTo("/stages/0/touchpoints/0/emotion");
    assertThat(emotion.line()).isEqualTo(11);
    assertThat(emotion.column()).isEqualTo(22);
    assertThat(emotion.facts()).containsEntry("expected", "-2..+2").containsEntry("but was", "5.0");
  }

  @Test
  void parse_unknownField_namesItsPathTheClosestAndTheKnownFields() {
    InvalidDocumentException error =
        errorOf("{\"cjmFormat\": 1, \"title\": \"x\", \"persona\": {\"nmae\": \"Anna\"}}");
    DocumentProblem problem = error.problems().get(1);

    assertThat(problem.pointer()).isEqualTo("/persona/nmae");
    assertThat(problem.message())
        .isEqualTo(
            "unknown field \"nmae\" at /persona; did you mean \"name\"?; known fields: name,"
                + " description, goals, needs, expectations, frustrations, quote");
    assertThat(problem.facts()).containsEntry("closest", "name");
    assertThat(error.problems().get(0))
        .hasToString(
            "/persona (line 1, column 43): persona name is missing (null); give a non-blank persona name");
  }

  @Test
  void parse_wrongTypes_nameWhatWasExpected() {
    assertThat(
            errorOf(
                    "{\"cjmFormat\": 1, \"title\": 42, \"state\": \"past\", \"locale\": \"_\","
                        + " \"stages\": {}}")
                .getMessage())
        .isEqualTo(
            """
            journey document is invalid: 4 problems
              - /title (line 1, column 27): expected a text, but found a number (42)
              - /state (line 1, column 40): state "past" is not one of: current, future
              - /locale (line 1, column 58): locale "_" is not a language tag with a language;\
             give one such as "en", "pl" or "de-CH", or leave the field out for English
              - /stages (line 1, column 73): expected a list, but found an object""");
  }

  @Test
  void parse_null_isNotAnAbsentValue() {
    assertThat(errorOf("{\"cjmFormat\": 1, \"title\": null}").problems().get(0).message())
        .isEqualTo("expected a text, but found null (leave the field out instead)");
  }

  @Test
  void parse_repeatedField_isAProblem() {
    assertThat(errorOf("{\"cjmFormat\": 1, \"title\": \"x\", \"title\": \"y\"}").problems())
        .singleElement()
        .hasToString("/title (line 1, column 32): field \"title\" is given twice; give it once");
  }

  @Test
  void parse_newerFormat_isRefusedBeforeAnythingElseIsRead() {
    InvalidDocumentException error =
        errorOf("{\"cjmFormat\": 2, \"title\": \"x\", \"swimlanes\": []}");

    assertThat(error.problems())
        .singleElement()
        .hasToString(
            "/cjmFormat (line 1, column 15): this document is format 2; this cjm reads format 1"
                + " and older: upgrade cjm");
  }

  @Test
  void parse_formatVersion_mustComeFirstAndExist() {
    assertThat(errorOf("{\"title\": \"x\"}").problems())
        .singleElement()
        .hasToString(
            "/ (line 1, column 1): the document does not start with \"cjmFormat\": 1; put the"
                + " format version first, so that a later cjm knows how to read it");
    assertThat(errorOf("{}").getMessage())
        .isEqualTo(
            """
            journey document is invalid: 2 problems
              - / (line 1, column 1): the document has no "cjmFormat" field; start it with\
             "cjmFormat": 1
              - / (line 1, column 1): title is missing (null); give a non-blank title""");
    assertThat(errorOf("{\"cjmFormat\": 0, \"title\": \"x\"}").problems().get(0).message())
        .isEqualTo("format version 0 does not exist; the first is 1");
    assertThat(errorOf("{\"cjmFormat\": 1.5, \"title\": \"x\"}").problems().get(0).message())
        .isEqualTo(
            "expected the format version, a whole number such as 1, but found a number (1.5)");
  }

  @Test
  void parse_notAJourneyObject() {
    assertThat(errorOf("").problems().get(0).message())
        .isEqualTo(
            "the document is empty; expected {\"cjmFormat\": 1, \"title\": \"Buying running"
                + " shoes\", …}");
    assertThat(errorOf("[1]").problems().get(0).message())
        .isEqualTo(
            "the document is a list; expected an object, such as {\"cjmFormat\": 1, \"title\":"
                + " \"Buying running shoes\", …}");
    assertThat(errorOf("{\"cjmFormat\": 1, \"title\": \"x\"} {}").problems())
        .singleElement()
        .hasToString(
            "/ (line 1, column 32): the document goes on after its end; a file holds one journey");
  }

  @Test
  void parse_malformedJson_givesJacksonsReasonAtItsPlace() {
    assertThat(errorOf("{\"cjmFormat\": 1,\n \"title\": \"x\",}").problems())
        .singleElement()
        .hasToString(
            "/ (line 2, column 15): the document is not well-formed JSON: Unexpected character"
                + " ('}' (code 125)): was expecting double-quote to start field name");
  }

  @Test
  void parse_leftOutIdsStateAndLocale_areTheDslDefaults() {
    Journey journey =
        JourneyJson.parse(
            """
            {"cjmFormat": 1, "title": "Shoes", "stages": [{"name": "Zakup",
              "touchpoints": [{"name": "Kasa", "emotion": -1}]}]}
            """);

    assertThat(journey)
        .isEqualTo(
            Journey.builder("Shoes")
                .stage("Zakup", s -> s.touchpoint("Kasa", t -> t.emotion(-1)))
                .build());
  }

  @Test
  void parse_failingReader_throwsUncheckedIoException() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThat(catchThrowableOfType(UncheckedIOException.class, () -> JourneyJson.parse(failing)))
        .hasMessage("could not read the journey document")
        .hasRootCauseMessage("disk gone");
  }
}
