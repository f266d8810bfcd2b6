package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edits by id on a large journey: a failed edit's problem stays short however many ids the journey
 * has and however long the id asked for, and lookups do not derive the ids of names again.
 */
class EditByIdTest {
  @Test
  void failedEdit_listsAtMostTwentyKnownIds_andCountsTheRest() {
    JourneyBuilder journey = Journey.builder("Journey");
    for (int i = 0; i < 1_000; i++) {
      journey.stage("Stage " + i + " " + "x".repeat(990));
    }

    journey.editStage("no-such-stage", s -> s.goal("g"));

    Problem problem = onlyProblem(journey);
    assertThat(problem.message())
        .startsWith(
            "editStage(no-such-stage): there is no stage with id \"no-such-stage\" here; stage ids"
                + " here: stage-0-xxx")
        .endsWith(" and 980 more")
        .hasSizeLessThan(25_000);
  }

  @Test
  void failedEdit_quotesALongUnknownIdCut_withItsLength() {
    String longId = "n".repeat(Limits.MAX_TEXT_LENGTH);
    JourneyBuilder journey =
        Journey.builder("Journey").stage("Awareness").editStage(longId, s -> s.goal("g"));

    Problem problem = onlyProblem(journey);

    assertThat(problem.message())
        .isEqualTo(
            "editStage("
                + "n".repeat(60)
                + "…, 100,000 characters): there is no stage with id \""
                + "n".repeat(57)
                + "…\" (100,000 characters) here; stage ids here: awareness");
  }

  @Test
  void failedEditsOfEveryKind_capTheirIdListsAndQuotes() {
    String longId = "n".repeat(10_000);
    JourneyBuilder journey =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  for (int i = 0; i < 30; i++) {
                    s.touchpoint("Touchpoint " + i).barrier("Barrier " + i);
                  }
                  s.editTouchpoint(longId, t -> {}).removeBarrier(longId).removeMetric(longId);
                })
            .editTouchpoint(longId, t -> {})
            .removeOpportunity(longId);

    List<Problem> problems = problems(journey);

    assertThat(problems).hasSize(5);
    assertThat(problems)
        .allSatisfy(
            problem ->
                assertThat(problem.message())
                    .hasSizeLessThan(1_000)
                    .contains("…, 10,000 characters)")
                    .contains("\" (10,000 characters)"));
    assertThat(problems)
        .filteredOn(problem -> problem.message().contains("touchpoint ids here"))
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).endsWith("touchpoint-19 and 10 more"));
  }

  @Test
  void editsById_deriveEachNameSlugOnce_notOnEveryLookup() {
    List<StageBuilder> stage = new ArrayList<>();
    JourneyBuilder journey =
        Journey.builder("Journey")
            .stage(
                "Stage",
                s -> {
                  stage.add(s);
                  for (int i = 0; i < 10_000; i++) {
                    s.touchpoint("Touchpoint " + i + " " + "long name ".repeat(50));
                  }
                });

    for (int i = 0; i < 40; i++) {
      journey.editTouchpoint(
          "touchpoint-" + (9_999 - i) + "-long-name" + "-long-name".repeat(49), t -> t.emotion(1));
    }

    int derivations = 0;
    for (TouchpointBuilder touchpoint : stage.get(0).touchpoints()) {
      derivations += touchpoint.derivedId.derivations();
    }
    assertThat(derivations).isEqualTo(10_000);
    assertThat(journey.build().allTouchpoints().get(9_999).emotion()).isPresent();
  }

  @Test
  void editsById_findARenamedElementByItsNewName() {
    Journey journey =
        Journey.builder("Journey")
            .stage("Awareness", s -> s.touchpoint("Ad"))
            .editTouchpoint("ad", t -> t.name("Banner"))
            .editTouchpoint("banner", t -> t.emotion(1))
            .build();

    assertThat(journey.allTouchpoints().get(0).id()).isEqualTo("banner");
    assertThat(journey.allTouchpoints().get(0).emotion()).isPresent();
  }

  private static Problem onlyProblem(JourneyBuilder builder) {
    List<Problem> problems = problems(builder);
    assertThat(problems).hasSize(1);
    return problems.get(0);
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
