package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import org.junit.jupiter.api.Test;

/**
 * The choices of a plan in Mermaid: Mermaid has no optional or alternative tasks, so cjm writes
 * them as comments before the task ({@code %% cjm: optional}, {@code %% cjm: one-of entry}), which
 * a Mermaid renderer ignores and {@link MermaidJourney#parse} reads back.
 */
class MermaidChoicesTest {
  private static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage(
              "Discovery",
              s ->
                  s.oneOf(
                          "entry",
                          entry ->
                              entry
                                  .touchpoint("Facebook ad", t -> t.emotion(1))
                                  .touchpoint("Google search", t -> t.emotion(0)))
                      .touchpoint("Reminder", t -> t.emotion(0).optional()))
          .build();

  private static final String TEXT =
      """
      journey
        title Click and collect
        section Discovery
          %% cjm: one-of entry
          Facebook ad: 4
          %% cjm: one-of entry
          Google search: 3
          %% cjm: optional
          Reminder: 3
      """;

  @Test
  void format_writesEachChoiceAsACommentBeforeItsTask() {
    assertThat(MermaidJourney.format(PLAN)).isEqualTo(TEXT);
  }

  @Test
  void parse_readsTheCommentsBack() {
    assertThat(MermaidJourney.parse(TEXT)).isEqualTo(PLAN);
  }

  @Test
  void parse_aChoiceMarksTheNextTaskOfItsSectionOnly() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
              section Discovery
                %% cjm: optional
              section Purchase
                Basket: 3
            """);

    assertThat(journey.allTouchpoints())
        .singleElement()
        .extracting(Touchpoint::optional)
        .isEqualTo(false);
  }

  @Test
  void parse_anUnknownCjmComment_isAnErrorWithItsLineAndColumn() {
    MermaidSyntaxException error =
        catchThrowableOfType(
            MermaidSyntaxException.class,
            () ->
                MermaidJourney.parse(
                    """
                    journey
                      section Discovery
                        %% cjm: optinal
                        Ad: 3
                    """));

    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(13);
    assertThat(error.getMessage()).contains("unknown cjm comment").contains("one-of");
  }

  @Test
  void parse_aOneOfWithoutAGroupId_isAnError() {
    MermaidSyntaxException error =
        catchThrowableOfType(
            MermaidSyntaxException.class,
            () -> MermaidJourney.parse("journey\n  section S\n    %% cjm: one-of\n    A: 3\n"));

    assertThat(error.line()).isEqualTo(3);
    assertThat(error.getMessage()).contains("one-of without a group id");
  }

  @Test
  void parse_aGroupOfOneTask_isAnErrorSayingWhy() {
    MermaidSyntaxException error =
        catchThrowableOfType(
            MermaidSyntaxException.class,
            () ->
                MermaidJourney.parse(
                    "journey\n  section S\n    %% cjm: one-of entry\n    A: 3\n    B: 3\n"));

    assertThat(error.getMessage())
        .contains(
            "cjm comments that do not make a valid choice: stages[0].touchpoints[0].oneOf:"
                + " one-of group \"entry\" has only this touchpoint");
  }

  @Test
  void aPlainCommentAboutCjm_beforeTheJourneyKeyword_isOnlyAComment() {
    Journey journey = MermaidJourney.parse("%% cjm: whatever\njourney\n  section S\n    A: 3\n");

    Touchpoint task = journey.allTouchpoints().get(0);

    assertThat(task.optional()).isFalse();
    assertThat(task.oneOf()).isEmpty();
  }
}
