package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Journey;
import dev.cjm.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * YAML for people who write journeys by hand: the journey document in block style, with literal
 * blocks for text of several lines and quotes only where YAML would misread a text.
 */
class JourneyYamlTest {

  @Test
  void format_writesFriendlyBlockStyle() {
    Journey journey =
        Journey.builder("Shoes")
            .description("Two\nlines")
            .stage(
                "2026",
                s ->
                    s.touchpoint(
                        "yes",
                        t ->
                            t.emotion(-2)
                                .owner("null")
                                .doing("Pays: then waits")
                                .barrier("Cost", b -> b.id("cost").severity(Severity.HIGH))))
            .build();

    assertThat(JourneyYaml.format(journey))
        .isEqualTo(
            """
            cjmFormat: 1
            title: Shoes
            description: |-
              Two
              lines
            state: current
            locale: en
            stages:
              - id: "2026"
                name: "2026"
                touchpoints:
                  - id: "yes"
                    name: "yes"
                    owner: "null"
                    doing: "Pays: then waits"
                    emotion: -2
                    barriers:
                      - id: cost
                        description: Cost
                        severity: high
            """);
  }

  @Test
  void parse_readsBackEveryField() {
    Journey journey = Documents.everyField();

    assertThat(JourneyYaml.parse(JourneyYaml.format(journey))).isEqualTo(journey);
  }

  @Test
  void parse_takesPlainScalarsAsTextWhereTextIsExpected() {
    Journey journey =
        JourneyYaml.parse(
            """
            cjmFormat: 1
            title: 2026
            stages:
              - name: yes
                touchpoints:
                  - name: 1.50
                    emotion: -1
            """);

    assertThat(journey.title()).isEqualTo("2026");
    assertThat(journey.stages().get(0).name()).isEqualTo("yes");
    assertThat(journey.allTouchpoints().get(0).name()).isEqualTo("1.50");
  }

  @Test
  void parse_theCoreReadmesExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```yaml\n(cjmFormat.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a YAML journey in cjm-core/README.md").isTrue();

    Journey journey = JourneyYaml.parse(block.group(1));

    assertThat(journey.state()).isEqualTo(Journey.State.FUTURE);
    assertThat(journey.allBarriers()).singleElement().extracting(b -> b.id()).isEqualTo("koszt");
    assertThat(journey.allOpportunities()).hasSize(2);
    assertThat(journey.stages().get(0).metrics().get(0).higherIsBetter()).isFalse();
  }

  @Test
  void parse_errorsHaveTheirLineAndColumn() {
    InvalidDocumentException error =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () ->
                JourneyYaml.parse(
                    """
                    cjmFormat: 1
                    title: Shoes
                    stages:
                      - name: Purchase
                        touchpoints:
                          - name: Checkout
                            emotoin: -2
                            emotion: 3
                    """));

    assertThat(error)
        .hasMessage(
            """
            journey document is invalid: 2 problems
              - /stages/0/touchpoints/0/emotoin (line 7, column 9): unknown field "emotoin" at\
             /stages/0/touchpoints/0; did you mean "emotion"?; known fields: id, name, channel,\
             owner, actors, doing, thinking, feeling, emotion, expectedEmotion, optional, oneOf,\
             barriers, opportunities
              - /stages/0/touchpoints/0/emotion (line 8, column 18): emotion score 3.0 is off the\
             scale; expected a finite number from -2 (very negative) to +2 (very positive)""");
  }

  @Test
  void parse_refusesAliases() {
    InvalidDocumentException error =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> JourneyYaml.parse("cjmFormat: 1\ntitle: &t Shoes\nstages:\n  - name: *t\n"));

    assertThat(error.problems())
        .singleElement()
        .hasToString(
            "/ (line 4, column 13): the YAML cannot be read: an alias (*t) is not supported in a"
                + " cjm document; write the value out in full");
  }

  @Test
  void parse_malformedYaml_givesSnakeYamlsReasonWithoutItsQuotedSnippets() {
    InvalidDocumentException error =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () ->
                JourneyYaml.parse(
                    "cjmFormat: 1\ntitle: x\nstages:\n  - name: a\n   touchpoints: 1\n"));

    assertThat(error.problems())
        .singleElement()
        .hasToString(
            "/ (line 5, column 4): the YAML cannot be read: while parsing a block collection;"
                + " expected <block end>, but found '<block mapping start>'");
  }
}
