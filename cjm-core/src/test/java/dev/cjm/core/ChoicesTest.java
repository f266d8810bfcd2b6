package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A plan can leave choices to its customers: an optional touchpoint they may skip, and a "one of"
 * group of alternatives (three entry points) of which they meet one. The DSL says so, the model
 * keeps it, and {@code build()} rejects groups that make no sense.
 */
class ChoicesTest {
  /** Click and collect: three ways in, an optional reminder, then the visit. */
  static final Journey CLICK_AND_COLLECT =
      Journey.builder("Click and collect")
          .stage(
              "Discovery",
              s ->
                  s.oneOf(
                          "entry",
                          entry ->
                              entry
                                  .touchpoint("Facebook ad", t -> t.channel(Channel.SOCIAL_MEDIA))
                                  .touchpoint("Google search", t -> t.channel(Channel.SEARCH))
                                  .touchpoint("Price comparison site"))
                      .touchpoint("Product page"))
          .stage(
              "Collection",
              s ->
                  s.touchpoint("Reminder SMS", t -> t.channel(Channel.SMS).optional())
                      .touchpoint("Pick-up at the store"))
          .build();

  @Nested
  class TheModel {
    @Test
    void aTouchpointIsRequiredUnlessTheDslSaysOtherwise() {
      Touchpoint productPage = CLICK_AND_COLLECT.allTouchpoints().get(3);

      assertThat(productPage.optional()).isFalse();
      assertThat(productPage.oneOf()).isEmpty();
    }

    @Test
    void optional_marksATouchpointTheCustomerMaySkip() {
      Touchpoint reminder = CLICK_AND_COLLECT.allTouchpoints().get(4);

      assertThat(reminder.optional()).isTrue();
      assertThat(reminder.oneOf()).isEmpty();
    }

    @Test
    void oneOf_addsAlternativesInOrder_eachCarryingTheGroupId() {
      List<Touchpoint> discovery = CLICK_AND_COLLECT.stages().get(0).touchpoints();

      assertThat(discovery)
          .extracting(Touchpoint::id)
          .containsExactly("facebook-ad", "google-search", "price-comparison-site", "product-page");
      assertThat(discovery.subList(0, 3)).allSatisfy(t -> assertThat(t.oneOf()).contains("entry"));
      assertThat(discovery.get(0).channel()).contains(Channel.SOCIAL_MEDIA);
    }

    @Test
    void theMarkerOnATouchpoint_isTheSameAsAGroupOnTheStage() {
      Journey marked =
          Journey.builder("Click and collect")
              .stage(
                  "Discovery",
                  s ->
                      s.touchpoint(
                              "Facebook ad", t -> t.channel(Channel.SOCIAL_MEDIA).oneOf("entry"))
                          .touchpoint(
                              "Google search", t -> t.channel(Channel.SEARCH).oneOf("entry"))
                          .touchpoint("Price comparison site", t -> t.oneOf("entry"))
                          .touchpoint("Product page"))
              .stage(
                  "Collection",
                  s ->
                      s.touchpoint("Reminder SMS", t -> t.channel(Channel.SMS).optional())
                          .touchpoint("Pick-up at the store"))
              .build();

      assertThat(marked).isEqualTo(CLICK_AND_COLLECT);
    }

    @Test
    void choicesSurviveToBuilder_andRequiredUndoesThem() {
      assertThat(CLICK_AND_COLLECT.toBuilder().build()).isEqualTo(CLICK_AND_COLLECT);

      Journey edited =
          CLICK_AND_COLLECT.toBuilder().editTouchpoint("reminder-sms", t -> t.required()).build();

      assertThat(edited.allTouchpoints().get(4).optional()).isFalse();
    }
  }

  @Nested
  class Validation {
    private Problem onlyProblem(JourneyBuilder builder) {
      InvalidJourneyException e =
          catchThrowableOfType(InvalidJourneyException.class, builder::build);
      assertThat(e).as("build() must throw InvalidJourneyException").isNotNull();
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }

    @Test
    void aGroupOfOne_isNoChoice() {
      Problem problem =
          onlyProblem(
              Journey.builder("j")
                  .stage("Discovery", s -> s.oneOf("entry", e -> e.touchpoint("Facebook ad"))));

      assertThat(problem.path()).isEqualTo("stages[0].touchpoints[0].oneOf");
      assertThat(problem.message())
          .isEqualTo(
              "one-of group \"entry\" has only this touchpoint; alternatives need at least two:"
                  + " add another to the group with .oneOf(\"entry\"), or make this one"
                  + " .optional() instead");
      assertThat(problem.facts()).containsEntry("but was", "1");
    }

    @Test
    void aGroupAcrossStages_isRejectedAtItsFirstMemberInAnotherStage() {
      Problem problem =
          onlyProblem(
              Journey.builder("j")
                  .stage(
                      "Discovery",
                      s ->
                          s.touchpoint("Facebook ad", t -> t.oneOf("entry"))
                              .touchpoint("Google search", t -> t.oneOf("entry")))
                  .stage("Purchase", s -> s.touchpoint("Comparison site", t -> t.oneOf("entry"))));

      assertThat(problem.path()).isEqualTo("stages[1].touchpoints[0].oneOf");
      assertThat(problem.message())
          .isEqualTo(
              "one-of group \"entry\" began in stages[0] (stages[0].touchpoints[0]); the"
                  + " alternatives of a group are in one stage: give this touchpoint a group of"
                  + " its own");
    }

    @Test
    void aSplitGroup_namesTheTouchpointInBetween() {
      Problem problem =
          onlyProblem(
              Journey.builder("j")
                  .stage(
                      "Discovery",
                      s ->
                          s.touchpoint("Facebook ad", t -> t.oneOf("entry"))
                              .touchpoint("Product page")
                              .touchpoint("Google search", t -> t.oneOf("entry"))));

      assertThat(problem.path()).isEqualTo("stages[0].touchpoints[2].oneOf");
      assertThat(problem.message())
          .isEqualTo(
              "one-of group \"entry\" is split: stages[0].touchpoints[1] stands between"
                  + " stages[0].touchpoints[0] and this touchpoint; the alternatives of a group are"
                  + " next to each other: move them together");
    }

    @Test
    void anAlternativeCannotAlsoBeOptional() {
      Problem problem =
          onlyProblem(
              Journey.builder("j")
                  .stage(
                      "Discovery",
                      s ->
                          s.oneOf(
                              "entry",
                              e ->
                                  e.touchpoint("Facebook ad", t -> t.optional())
                                      .touchpoint("Google"))));

      assertThat(problem.path()).isEqualTo("stages[0].touchpoints[0].optional");
      assertThat(problem.message())
          .startsWith("touchpoint is both optional and one of group \"entry\";");
    }

    @Test
    void aGroupIdIsAReference_notBlankAndWithoutSpaces_reportedAtEachMember() {
      InvalidJourneyException blank =
          catchThrowableOfType(
              InvalidJourneyException.class,
              Journey.builder("j")
                      .stage("S", s -> s.oneOf(" ", e -> e.touchpoint("A").touchpoint("B")))
                  ::build);
      Problem spaced =
          onlyProblem(
              Journey.builder("j")
                  .stage(
                      "S",
                      s ->
                          s.touchpoint("A", t -> t.oneOf("ways in"))
                              .touchpoint("B", t -> t.oneOf("ways"))
                              .touchpoint("C", t -> t.oneOf("ways"))));

      assertThat(blank.problems())
          .extracting(Problem::toString)
          .containsExactly(
              "stages[0].touchpoints[0].oneOf: one-of group id is blank; give a non-blank one-of"
                  + " group id",
              "stages[0].touchpoints[1].oneOf: one-of group id is blank; give a non-blank one-of"
                  + " group id");
      assertThat(spaced.path()).isEqualTo("stages[0].touchpoints[0].oneOf");
      assertThat(spaced.message())
          .isEqualTo(
              "one-of group id \"ways in\" contains white space or control characters; group ids are references, so use"
                  + " letters, digits and hyphens, e.g. \"entry\"");
    }
  }
}
