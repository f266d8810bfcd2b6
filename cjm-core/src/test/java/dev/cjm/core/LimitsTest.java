package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.testing.TestJourneys;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The size {@link Limits} of a journey: a journey within them builds; one over them gets an {@link
 * InvalidJourneyException} naming the limit and where it was crossed, at once, without checking (or
 * costing) more.
 */
class LimitsTest {
  private static final String LONGEST = "x".repeat(Limits.MAX_TEXT_LENGTH);

  @Test
  void build_acceptsTextsOfTheMaximumLength() {
    Journey journey =
        Journey.builder(LONGEST)
            .stage("Stage", s -> s.touchpoint("Touchpoint", t -> t.doing(LONGEST)))
            .build();

    assertThat(journey.title()).hasSize(Limits.MAX_TEXT_LENGTH);
  }

  @Test
  void build_rejectsATextOverTheMaximumLength_namingItsPathAndTheLimit() {
    JourneyBuilder builder =
        Journey.builder("Journey")
            .stage("Stage", s -> s.touchpoint("Touchpoint", t -> t.thinking(LONGEST + "y")));

    assertThat(problems(builder))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("stages[0].touchpoints[0].thinking");
              assertThat(problem.message())
                  .isEqualTo(
                      "thinking is 100,001 characters long; at most 100,000 are allowed"
                          + " (Limits.MAX_TEXT_LENGTH): shorten it, or keep the full text outside"
                          + " the journey and refer to it");
            });
  }

  @Test
  void build_rejectsLongIdsChannelsAndReferencesLikeAnyOtherText() {
    JourneyBuilder builder =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s ->
                    s.touchpoint(
                        "Touchpoint",
                        t ->
                            t.id(LONGEST + "i")
                                .channel(Channel.of(LONGEST + "c"))
                                .opportunity("Fix it", o -> o.addresses(LONGEST + "r"))));

    assertThat(problems(builder))
        .extracting(Problem::path)
        .containsExactly(
            "stages[0].touchpoints[0].id",
            "stages[0].touchpoints[0].channel",
            "stages[0].touchpoints[0].opportunities[0].addresses[0]");
  }

  @Test
  void build_acceptsTheMaximumNumberOfTouchpoints() {
    Journey journey =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < Limits.MAX_TOUCHPOINTS; i++) {
                    s.touchpoint("Touchpoint " + i, t -> {});
                  }
                })
            .build();

    assertThat(journey.allTouchpoints()).hasSize(Limits.MAX_TOUCHPOINTS);
  }

  @Test
  void build_rejectsMoreTouchpointsThanTheLimit_atTheFirstOneOverIt() {
    JourneyBuilder builder =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < Limits.MAX_TOUCHPOINTS + 100; i++) {
                    s.touchpoint("   ", t -> {}); // blank: a problem each, if they were checked
                  }
                });

    assertThat(problems(builder))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("stages[0].touchpoints[10000]");
              assertThat(problem.message())
                  .startsWith(
                      "the journey has more than 10,000 touchpoints (Limits.MAX_TOUCHPOINTS), the"
                          + " last one counted here; split it into several journeys");
              assertThat(problem.facts()).containsEntry("limit", "10000");
            });
  }

  @Test
  void build_rejectsMoreStagesThanTheLimit() {
    JourneyBuilder builder = Journey.builder("Journey");
    for (int i = 0; i <= Limits.MAX_STAGES; i++) {
      builder.stage("Stage " + i, s -> {});
    }

    assertThat(problems(builder))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("stages[1000]");
              assertThat(problem.message()).contains("more than 1,000 stages (Limits.MAX_STAGES)");
            });
  }

  @Test
  void build_rejectsMoreTextInAllThanTheLimit_evenWhenEachTextIsWithinItsOwn() {
    // One 100,000-character string shared by 101 touchpoints costs no memory to the caller, but
    // 10.1 million characters to every renderer and report: over MAX_TOTAL_TEXT_LENGTH.
    JourneyBuilder builder =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < 101; i++) {
                    s.touchpoint("Touchpoint " + i, t -> t.doing(LONGEST));
                  }
                });

    assertThat(problems(builder))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("stages[0].touchpoints[99].doing");
              assertThat(problem.message())
                  .contains(
                      "more than 10,000,000 characters of text (Limits.MAX_TOTAL_TEXT_LENGTH)");
            });
  }

  @Test
  void build_rejectsMoreTextsThanTheLimit() {
    JourneyBuilder builder =
        Journey.builder("Journey")
            .persona(
                "Anna",
                p -> {
                  for (int i = 0; i < Limits.MAX_TEXTS; i++) {
                    p.goal("goal");
                  }
                });

    assertThat(problems(builder))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("persona.goals[249998]");
              assertThat(problem.message()).contains("more than 250,000 texts (Limits.MAX_TEXTS)");
            });
  }

  @Test
  void build_givenIdCountsAsAText_unlessItIsTheIdTheDslWouldDerive() {
    // Title, persona name, goals and stage name: exactly Limits.MAX_TEXTS texts.
    assertThat(atMostTexts("Stage", s -> s.id("stage")).stages().get(0).id()).isEqualTo("stage");
    assertThat(overTheLimit(atMostTextsBuilder("Stage", s -> s.id("other"))))
        .contains("more than 250,000 texts (Limits.MAX_TEXTS)");
    // A name without letters or digits: the derived id is the stage's position.
    assertThat(atMostTexts("—", s -> s.id("stage-1")).stages().get(0).id()).isEqualTo("stage-1");
    assertThat(overTheLimit(atMostTextsBuilder("—", s -> s.id("stage-2"))))
        .contains("more than 250,000 texts (Limits.MAX_TEXTS)");
  }

  @Test
  void toBuilder_rebuildsAJourneyOfTheMostTexts_whoseIdsAreAllGiven() {
    Journey journey = TestJourneys.mostTexts();

    assertThat(journey.toBuilder().build()).isEqualTo(journey);
  }

  private static Journey atMostTexts(String stageName, Consumer<StageBuilder> stage) {
    return atMostTextsBuilder(stageName, stage).build();
  }

  /** The message of the one problem of a journey over a limit. */
  private static String overTheLimit(JourneyBuilder builder) {
    List<Problem> problems = problems(builder);
    assertThat(problems).hasSize(1);
    return problems.get(0).message();
  }

  private static JourneyBuilder atMostTextsBuilder(String stageName, Consumer<StageBuilder> stage) {
    return Journey.builder("Journey")
        .persona(
            "Anna",
            p -> {
              for (int i = 0; i < Limits.MAX_TEXTS - 3; i++) {
                p.goal("goal");
              }
            })
        .stage(stageName, stage);
  }

  @Test
  void build_manyBrokenReferences_listAFewKnownIdsAndSuggestForTheFirstOnly() {
    JourneyBuilder builder =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < 30; i++) {
                    int n = i;
                    s.touchpoint(
                        "Touchpoint " + n,
                        t -> t.barrier("Barrier " + n, b -> b.id("barrier-" + n)));
                  }
                  for (int i = 0; i < 25; i++) {
                    int n = i;
                    s.opportunity("Opportunity " + n, o -> o.addresses("barier-" + n));
                  }
                });

    List<Problem> problems = problems(builder);

    assertThat(problems).hasSize(25);
    assertThat(problems.get(0).message())
        .contains("known barrier ids: barrier-0, barrier-1,")
        .contains("barrier-19 and 10 more; did you mean \"barrier-0\"");
    assertThat(problems.get(0).facts()).containsEntry("closest", "barrier-0");
    assertThat(problems.get(24).message()).doesNotContain("did you mean");
    assertThat(problems.get(24).facts()).containsEntry("closest", "");
  }

  @Test
  void invalidJourneyException_listsTheFirstHundredProblemsInItsMessage_andAllInProblems() {
    JourneyBuilder builder =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < 150; i++) {
                    s.touchpoint(" ", t -> {});
                  }
                });

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidJourneyException.class,
            e -> {
              assertThat(e.problems()).hasSize(150);
              assertThat(e.getMessage())
                  .contains("150 problems")
                  .contains("stages[0].touchpoints[99].name")
                  .doesNotContain("stages[0].touchpoints[100].name")
                  .endsWith("… and 50 more, listed by problems()");
            });
  }

  private static List<Problem> problems(JourneyBuilder builder) {
    try {
      builder.build();
    } catch (InvalidJourneyException e) {
      return e.problems();
    }
    throw new AssertionError("the journey was expected to be invalid");
  }
}
