package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Limits;
import org.junit.jupiter.api.Test;

/**
 * Mermaid at the {@link Limits}: reading counts texts as it collects them, writing checks its own
 * length, and what is written within the limits reads back within them.
 */
class MermaidLimitsTest {
  private static final String LONGEST = "x".repeat(Limits.MAX_TEXT_LENGTH);

  @Test
  void parse_millionsOfActors_stopAtTheTextLimitWhileReading() {
    // 10 million one-letter actors: each was collected before the journey's build counted them.
    String text = "journey\nsection s\nt: 5: " + "a,".repeat(Limits.MAX_MERMAID_LENGTH / 2 - 20);

    assertThatThrownBy(() -> MermaidJourney.parse(text))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("more than 250,000 texts (Limits.MAX_TEXTS)");
              // the section's and task's names, the first actor (not counted), 249,998 more
              assertThat(e.column()).isEqualTo("t: 5: ".length() + 2 * 249_999 + 1);
              assertThat(e.offendingText()).isEqualTo("a");
              assertThat(e.expected())
                  .isEqualTo(
                      "at most 250,000 texts (titles, names and actors) in one diagram; split it"
                          + " into several");
            });
  }

  @Test
  void parse_textsOverTheTotalLength_stopWhereTheyCrossIt() {
    StringBuilder text = new StringBuilder("journey\nsection s\n");
    for (int i = 0; i < 101; i++) {
      text.append("t").append(i).append(": 3: Me, ").append(LONGEST).append('\n');
    }

    assertThatThrownBy(() -> MermaidJourney.parse(text.toString()))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.problem())
                  .isEqualTo(
                      "more than 10,000,000 characters of text (Limits.MAX_TOTAL_TEXT_LENGTH)");
              assertThat(e.line()).isEqualTo(3 + 99);
            });
  }

  @Test
  void parse_aTextOverTheLengthLimit_showsItsStart_andNamesItWithTheRightArticle() {
    String tooLong = "y".repeat(Limits.MAX_TEXT_LENGTH + 1);

    assertThatThrownBy(() -> MermaidJourney.parse("journey\naccTitle: " + tooLong + "\n"))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.expected())
                  .isEqualTo("an accessibility text of at most 100,000 characters");
              assertThat(e.offendingText()).isEqualTo("y".repeat(200));
              assertThat(e.getMessage())
                  .endsWith("but found \"" + "y".repeat(57) + "…\"")
                  .doesNotContain("found nothing");
            });
  }

  @Test
  void format_aDiagramOverTheLengthLimit_isAnErrorWithItsLengthAndTheLimit() {
    // 51 names of 100,000 '#', each written as 400,000 characters of entity codes (#35;)
    String hashes = "#".repeat(Limits.MAX_TEXT_LENGTH);
    JourneyBuilder builder = Journey.builder("Hashes");
    builder.stage(
        "Stage",
        s -> {
          for (int i = 0; i < 51; i++) {
            s.touchpoint(hashes, t -> {});
          }
        });
    Journey journey = builder.build();

    assertThatThrownBy(() -> MermaidJourney.format(journey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the Mermaid diagram of journey \"Hashes\" would be 20,40")
        .hasMessageContaining(
            " characters long, over the 20,000,000 that MermaidJourney.parse reads"
                + " (Limits.MAX_MERMAID_LENGTH)");
  }

  @Test
  void formatThenParse_atTheTextLimits_keepsWhatMermaidExpresses() {
    // 99 touchpoints with names of 100,000 letters and short given ids: 9.9 million characters
    // of names. The ids parse derives from the names (as long again) are not texts of the journey.
    JourneyBuilder builder = Journey.builder("Long names").persona("Me");
    builder.stage(
        "Stage",
        s -> {
          for (int i = 0; i < 99; i++) {
            String number = String.valueOf(i);
            String name = number + LONGEST.substring(number.length());
            s.touchpoint(name, t -> t.id("t" + number));
          }
        });
    builder.stage("Ids", s -> s.id("s2").touchpoint("Short", t -> t.id("short-id").emotion(2)));
    Journey journey = builder.build();

    Journey read = MermaidJourney.parse(MermaidJourney.format(journey));

    assertThat(MermaidJourneyRoundTripTest.read(read))
        .isEqualTo(MermaidJourneyRoundTripTest.expected(journey));
    assertThat(read.allTouchpoints().get(0).id()).hasSize(Limits.MAX_TEXT_LENGTH);
    assertThat(read.stages().get(1).id()).isEqualTo("ids");
  }

  @Test
  void parse_repeatedNames_getSuffixedIds_andTheRestAreDerived() {
    Journey journey =
        MermaidJourney.parse("journey\nsection S\nTask: 3\nTask: 3\nsection S\n#35;: 3\n");

    assertThat(journey.stages()).extracting(s -> s.id()).containsExactly("s", "s-2");
    assertThat(journey.allTouchpoints())
        .extracting(t -> t.id())
        .containsExactly("task", "task-2", "touchpoint-3");
  }
}
