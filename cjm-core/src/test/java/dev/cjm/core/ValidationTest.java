package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A journey is valid or it does not build: {@code build()} reports every problem at once, each with
 * its path and a message saying what was wrong and what would be right.
 */
class ValidationTest {
  private static InvalidJourneyException invalid(JourneyBuilder builder) {
    InvalidJourneyException e = catchThrowableOfType(InvalidJourneyException.class, builder::build);
    assertThat(e).as("build() must throw InvalidJourneyException").isNotNull();
    return e;
  }

  private static Problem onlyProblem(JourneyBuilder builder) {
    InvalidJourneyException e = invalid(builder);
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static JourneyBuilder withTouchpoint(Consumer<TouchpointBuilder> touchpoint) {
    return Journey.builder("j").stage("Stage", s -> s.touchpoint("Touchpoint", touchpoint));
  }

  @Test
  void build_rejectsABlankTitle() {
    Problem problem = onlyProblem(Journey.builder("  "));

    assertThat(problem.path()).isEqualTo("title");
    assertThat(problem.message()).isEqualTo("title is blank; give a non-blank title");
    assertThat(problem.facts()).containsEntry("but was", "\"  \"");
  }

  @Test
  void build_rejectsANullTitleInItsOwnWords() {
    Problem problem = onlyProblem(Journey.builder(nullString()));

    assertThat(problem.toString())
        .isEqualTo("title: title is missing (null); give a non-blank title");
  }

  @Test
  void build_rejectsBlankNamesEverywhereAndReportsThemAll() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("j")
                .persona("")
                .stage(
                    "\t",
                    s ->
                        s.touchpoint(" ", t -> t.barrier(""))
                            .opportunity(" ")
                            .metric("", m -> m.value(1))));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "persona.name",
            "stages[0].name",
            "stages[0].touchpoints[0].name",
            "stages[0].touchpoints[0].barriers[0].description",
            "stages[0].opportunities[0].description",
            "stages[0].metrics[0].name");
    assertThat(e.getMessage())
        .startsWith("journey \"j\" is invalid: 6 problems")
        .contains("\n  - stages[0].name: stage name is blank; give a non-blank stage name");
  }

  @Test
  void build_rejectsBlankOptionalTextsButAcceptsTheirAbsence() {
    InvalidJourneyException e =
        invalid(
            withTouchpoint(t -> t.doing("").thinking(" ").feeling("\n").owner("").actor(" "))
                .description(""));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "description",
            "stages[0].touchpoints[0].owner",
            "stages[0].touchpoints[0].actors[0]",
            "stages[0].touchpoints[0].doing",
            "stages[0].touchpoints[0].thinking",
            "stages[0].touchpoints[0].feeling");
    assertThat(e.problems().get(3).message())
        .isEqualTo("doing is blank; give a text or leave the call out");
  }

  @Test
  void build_rejectsScoresOffTheScaleNotANumberOrInfinite() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("j")
                .stage(
                    "s",
                    s ->
                        s.touchpoint("a", t -> t.emotion(3))
                            .touchpoint("b", t -> t.emotion(-2.01))
                            .touchpoint("c", t -> t.emotion(Double.NaN))
                            .touchpoint("d", t -> t.expectedEmotion(Double.POSITIVE_INFINITY))));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "stages[0].touchpoints[0].emotion.score",
            "stages[0].touchpoints[1].emotion.score",
            "stages[0].touchpoints[2].emotion.score",
            "stages[0].touchpoints[3].expectedEmotion.score");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "emotion score 3.0 is off the scale; expected a finite number from -2 (very"
                + " negative) to +2 (very positive)");
    assertThat(e.problems().get(2).facts()).containsEntry("but was", "NaN");
  }

  @Test
  void build_acceptsTheEndsOfTheScaleAndFractions() {
    Journey journey =
        withTouchpoint(t -> t.emotion(-2).expectedEmotion(2))
            .stage("x", s -> s.touchpoint("y", t -> t.emotion(-0.25)))
            .build();

    assertThat(journey.allTouchpoints().get(1).emotion()).map(Emotion::score).contains(-0.25);
  }

  @Test
  void build_rejectsTextThatIsNotValidUnicodeAndNamesThePosition() {
    Problem problem = onlyProblem(withTouchpoint(t -> t.thinking("Is it \uD83D safe?")));

    assertThat(problem.path()).isEqualTo("stages[0].touchpoints[0].thinking");
    assertThat(problem.message())
        .isEqualTo(
            "thinking is not valid Unicode: unpaired surrogate U+D83D at index 6; remove it or"
                + " complete the surrogate pair");
    assertThat(problem.facts()).containsEntry("index", "6").containsEntry("char", "U+D83D");
  }

  @Test
  void build_rejectsInvalidUnicodeInNamesAndListsToo() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("Title \uDC00")
                .persona("Anna", p -> p.goal("ok").goal("bad \uD800"))
                .stage("s", s -> s.touchpoint("t", t -> t.emotion(1, "sad \uDBFF"))));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("title", "persona.goals[1]", "stages[0].touchpoints[0].emotion.word");
  }

  @Test
  void build_rejectsDuplicateIdsDerivedFromEqualNamesAndSuggestsAnId() {
    Problem problem =
        onlyProblem(
            Journey.builder("j")
                .stage("Research", s -> s.touchpoint("Website"))
                .stage("Purchase", s -> s.touchpoint("Website")));

    assertThat(problem.path()).isEqualTo("stages[1].touchpoints[0].id");
    assertThat(problem.message())
        .isEqualTo(
            "id \"website\" (derived from its name) is already used by stages[0].touchpoints[0]"
                + " (touchpoint \"Website\"); ids are never renumbered, so give this touchpoint"
                + " its own id, e.g. .id(\"website-2\")");
    assertThat(problem.facts())
        .containsEntry("id", "website")
        .containsEntry("first", "stages[0].touchpoints[0]")
        .containsEntry("second", "stages[1].touchpoints[0]")
        .containsEntry("suggested", "website-2");
  }

  @Test
  void build_rejectsDuplicateIdsAcrossKinds() {
    Problem problem =
        onlyProblem(
            Journey.builder("j")
                .stage("Checkout", s -> s.touchpoint("Pay", t -> t.id("checkout"))));

    assertThat(problem.path()).isEqualTo("stages[0].touchpoints[0].id");
    assertThat(problem.message())
        .contains("(given) is already used by stages[0] (stage \"Checkout\")");
  }

  @Test
  void build_acceptsEqualNamesWithGivenIds() {
    Journey journey =
        Journey.builder("j")
            .stage("Research", s -> s.touchpoint("Website"))
            .stage("Purchase", s -> s.touchpoint("Website", t -> t.id("website-purchase")))
            .build();

    assertThat(journey.allTouchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("website", "website-purchase");
  }

  @Test
  void build_rejectsBlankOrSpacedGivenIds() {
    InvalidJourneyException e =
        invalid(Journey.builder("j").stage("s", s -> s.id(" ")).stage("t", s -> s.id("two words")));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("stages[0].id", "stages[1].id");
    assertThat(e.problems().get(1).message())
        .isEqualTo(
            "id \"two words\" contains white space or control characters; ids are references, so"
                + " use letters, digits and hyphens, e.g. \"two-words\"");
  }

  @Test
  void build_rejectsAnOpportunityAddressingAnUnknownBarrierAndSuggestsTheClosest() {
    Problem problem =
        onlyProblem(
            withTouchpoint(
                    t ->
                        t.barrier("Late delivery cost", b -> b.id("late-delivery-cost"))
                            .barrier("Slow site"))
                .opportunity("Show costs early", o -> o.addresses("late-delivery")));

    assertThat(problem.path()).isEqualTo("opportunities[0].addresses[0]");
    assertThat(problem.message())
        .isEqualTo(
            "addresses barrier \"late-delivery\", but the journey has no barrier with that id;"
                + " known barrier ids: late-delivery-cost, slow-site; did you mean"
                + " \"late-delivery-cost\"");
    assertThat(problem.facts())
        .containsEntry("known", "late-delivery-cost, slow-site")
        .containsEntry("closest", "late-delivery-cost");
  }

  @Test
  void build_rejectsAnOpportunityAddressingSomethingThatIsNotABarrier() {
    Problem problem =
        onlyProblem(withTouchpoint(t -> {}).opportunity("Fix it", o -> o.addresses("touchpoint")));

    assertThat(problem.message())
        .isEqualTo(
            "addresses barrier \"touchpoint\", but that id belongs to stages[0].touchpoints[0]"
                + " (touchpoint \"Touchpoint\"), not a barrier; the journey has no barriers at all");
  }

  @Test
  void build_resolvesReferencesToBarriersAnywhereInTheJourney() {
    Journey journey =
        Journey.builder("j")
            .opportunity("Early", o -> o.addresses("later-barrier"))
            .stage("s", s -> s.barrier("Later barrier"))
            .build();

    assertThat(journey.opportunities().get(0).addresses()).containsExactly("later-barrier");
  }

  @Test
  void build_rejectsMetricsWithoutAFiniteValue() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("j")
                .stage(
                    "s",
                    s ->
                        s.metric("NPS", m -> m.unit("pts"))
                            .metric(
                                "Conversion",
                                m -> m.value(Double.NaN).target(Double.NEGATIVE_INFINITY))));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "stages[0].metrics[0].value: metric value is missing; set the measured figure with"
                + " .value(…)",
            "stages[0].metrics[1].value: metric value is NaN; expected a finite number",
            "stages[0].metrics[1].target: metric target is -Infinity; expected a finite number");
  }

  @Test
  void build_rejectsAFrequencyThatIsNotAShare() {
    Problem problem = onlyProblem(withTouchpoint(t -> t.barrier("b", b -> b.frequency(30))));

    assertThat(problem.path()).isEqualTo("stages[0].touchpoints[0].barriers[0].frequency");
    assertThat(problem.message())
        .isEqualTo(
            "frequency 30.0 is not a share of customers; expected a number from 0 (none) to 1 (all)");
  }

  @Test
  void build_reportsNullArgumentsInsteadOfThrowingNullPointerException() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("j")
                .stage(
                    "s",
                    s ->
                        s.touchpoint(
                            "t",
                            t ->
                                t.channel(nullChannel())
                                    .doing(nullString())
                                    .barrier("b", b -> b.severity(nullSeverity()))))
                .stage("u", nullStageConfigurer())
                .opportunity("o", o -> o.addresses(nullString())));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "stages[0].touchpoints[0].channel: channel(null) was given null; pass a value, or"
                + " leave the call out",
            "stages[0].touchpoints[0].doing: doing(null) was given null; pass a value, or leave"
                + " the call out",
            "stages[0].touchpoints[0].barriers[0].severity: severity(null) was given null; pass"
                + " a value, or leave the call out",
            "stages[1]: stage(…, null) was given null; pass a lambda that describes it, or leave"
                + " it out",
            "opportunities[0].addresses: addresses(…, null, …) was given null; pass a value, or"
                + " leave the call out");
  }

  @Test
  void build_rejectsABlankChannelName() {
    Problem problem = onlyProblem(withTouchpoint(t -> t.channel(" ")));

    assertThat(problem.toString())
        .isEqualTo(
            "stages[0].touchpoints[0].channel: channel name is blank; give a non-blank channel name");
  }

  @Test
  void edit_ofAnIdThatIsNotThereIsReported() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("j")
                .stage("Awareness", s -> s.touchpoint("Ad"))
                .editStage("purchase", s -> s.goal("x"))
                .editTouchpoint("checkout", t -> t.emotion(1))
                .removeBarrier("slow")
                .editPersona(p -> p.goal("g")));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "stages: editStage(purchase): there is no stage with id \"purchase\" here; stage ids here:"
                + " awareness",
            "stages: editTouchpoint(checkout): the journey has no touchpoint with id \"checkout\"",
            "stages: removeBarrier(slow): the journey has no barrier with id \"slow\"",
            "persona: editPersona(…): the journey has no persona to edit; add one first");
  }

  @Test
  void removeMetric_ofANameThatIsNotThereIsReported() {
    Problem problem =
        onlyProblem(Journey.builder("j").stage("s", s -> s.metric("NPS", 31).removeMetric("CSAT")));

    assertThat(problem.toString())
        .isEqualTo("stages[0].metrics: removeMetric(CSAT): there is no metric named \"CSAT\" here");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    InvalidJourneyException e =
        invalid(
            Journey.builder("")
                .stage("A", s -> s.touchpoint("T", t -> t.emotion(9)))
                .stage("A")
                .opportunity("O", o -> o.addresses("nothing")));

    assertThat(e.problems()).hasSize(4);
    assertThat(e.getMessage()).startsWith("journey \"\" is invalid: 4 problems");
  }

  // Null as a value of a non-null parameter, as Java callers without NullAway can pass it.
  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Channel nullChannel() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Severity nullSeverity() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Consumer<StageBuilder> nullStageConfigurer() {
    return null;
  }
}
