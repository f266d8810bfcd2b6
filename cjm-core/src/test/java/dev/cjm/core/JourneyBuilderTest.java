package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

/** A journey map, built with the DSL, holds exactly what the team wrote down. */
class JourneyBuilderTest {
  @Test
  void build_theContractExampleGivesPlainAccessors() {
    Journey journey = TestJourneys.runningShoes();

    Touchpoint checkout = journey.stages().get(1).touchpoints().get(0);
    assertThat(checkout.id()).isEqualTo("checkout");
    assertThat(checkout.emotion()).map(Emotion::score).contains(-2.0);
    assertThat(checkout.expectedEmotion()).contains(Emotion.POSITIVE);
    assertThat(checkout.channel()).contains(Channel.WEB);
    assertThat(checkout.owner()).contains("E-commerce team");
    assertThat(journey.persona()).map(Persona::name).contains("Anna");
    assertThat(journey.title()).isEqualTo("Buying running shoes online");
    assertThat(journey.state()).isEqualTo(Journey.State.CURRENT);
  }

  @Test
  void persona_listMethodsEachAddOneEntry() {
    Persona persona =
        Journey.builder("j")
            .persona(
                "Anna",
                p ->
                    p.goal("g1")
                        .goal("g2")
                        .need("n")
                        .expectation("e")
                        .frustration("f")
                        .quote("I just want it to fit"))
            .build()
            .persona()
            .orElseThrow();

    assertThat(persona.goals()).containsExactly("g1", "g2");
    assertThat(persona.needs()).containsExactly("n");
    assertThat(persona.expectations()).containsExactly("e");
    assertThat(persona.frustrations()).containsExactly("f");
    assertThat(persona.quote()).contains("I just want it to fit");
    assertThat(persona.description()).isEmpty();
  }

  @Test
  void stage_holdsItsTouchpointsInOrderAndItsOwnBarriersOpportunitiesAndMetrics() {
    Stage stage =
        Journey.builder("j")
            .stage(
                "Purchase",
                s ->
                    s.phase(Phase.PURCHASE)
                        .goal("Pay quickly")
                        .touchpoint("Cart")
                        .touchpoint("Checkout")
                        .touchpoint("Confirmation e-mail", t -> t.channel(Channel.EMAIL))
                        .barrier("Few payment methods", b -> b.severity(Severity.LOW))
                        .opportunity("Add BLIK payments", o -> o.addresses("few-payment-methods"))
                        .metric("Conversion", m -> m.value(0.021).target(0.03).unit("%"))
                        .metric("Orders", 1200))
            .build()
            .stages()
            .get(0);

    assertThat(stage.phase()).contains(Phase.PURCHASE);
    assertThat(stage.goal()).contains("Pay quickly");
    assertThat(stage.touchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("cart", "checkout", "confirmation-e-mail");
    assertThat(stage.barriers())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.id()).isEqualTo("few-payment-methods");
              assertThat(b.severity()).isEqualTo(Severity.LOW);
            });
    assertThat(stage.opportunities().get(0).addresses()).containsExactly("few-payment-methods");
    Metric conversion = stage.metrics().get(0);
    assertThat(conversion.value()).isEqualTo(0.021);
    assertThat(conversion.target()).hasValue(0.03);
    assertThat(conversion.unit()).contains("%");
    assertThat(conversion.higherIsBetter()).isTrue();
    assertThat(conversion.isOffTarget()).isTrue();
    assertThat(stage.metrics().get(1).target()).isEmpty();
    assertThat(stage.metrics().get(1).isOffTarget()).isFalse();
  }

  @Test
  void metric_lowerIsBetterFlipsTheTarget() {
    Metric dropOff =
        Journey.builder("j")
            .stage("s", s -> s.metric("Drop-off", m -> m.value(0.4).target(0.5).lowerIsBetter()))
            .build()
            .stages()
            .get(0)
            .metrics()
            .get(0);

    assertThat(dropOff.higherIsBetter()).isFalse();
    assertThat(dropOff.isOffTarget()).isFalse();
    assertThat(dropOff.relativeMiss()).isZero();
  }

  @Test
  void metric_relativeMiss_isTheDistanceToTheTargetAsAShareOfIt() {
    Journey journey =
        Journey.builder("j")
            .stage(
                "s",
                s ->
                    s.metric("Days to repair", m -> m.value(21).target(7).lowerIsBetter())
                        .metric("Demo to close", m -> m.value(22).target(25).unit("%"))
                        .metric("Complaints", m -> m.value(3).target(0).lowerIsBetter())
                        .metric("NPS", m -> m.value(-10).target(-20))
                        .metric("Visits", m -> m.value(100)))
            .build();

    assertThat(journey.stages().get(0).metrics())
        .extracting(Metric::relativeMiss)
        .containsExactly(2.0, 0.12, 1.0, 0.0, 0.0);
  }

  @Test
  void touchpoint_holdsTheScenarioActorsAndBothEmotions() {
    Touchpoint call =
        Journey.builder("j")
            .stage(
                "Support",
                s ->
                    s.touchpoint(
                        "Hotline call",
                        t ->
                            t.channel("phone")
                                .owner("Support partner")
                                .actor("Agent")
                                .actor("Supervisor")
                                .doing("Waits 20 minutes")
                                .thinking("Will anyone answer?")
                                .feeling("Ignored")
                                .emotion(-1.5, "frustrated")
                                .expectedEmotion(Emotion.of(0.5, "reassured"))
                                .opportunity("Offer a call-back")))
            .build()
            .allTouchpoints()
            .get(0);

    assertThat(call.channel()).contains(Channel.PHONE);
    assertThat(call.actors()).containsExactly("Agent", "Supervisor");
    assertThat(call.doing()).contains("Waits 20 minutes");
    assertThat(call.thinking()).contains("Will anyone answer?");
    assertThat(call.feeling()).contains("Ignored");
    assertThat(call.emotion()).contains(Emotion.of(-1.5, "frustrated"));
    assertThat(call.expectedEmotion()).contains(Emotion.of(0.5, "reassured"));
    assertThat(call.opportunities())
        .extracting(Opportunity::id)
        .containsExactly("offer-a-call-back");
  }

  @Test
  void touchpoint_withoutAScoreHasNoEmotionRatherThanZero() {
    Touchpoint touchpoint =
        Journey.builder("j")
            .stage("s", s -> s.touchpoint("Unscored"))
            .build()
            .allTouchpoints()
            .get(0);

    assertThat(touchpoint.emotion()).isEmpty();
    assertThat(touchpoint.expectedEmotion()).isEmpty();
    assertThat(touchpoint.channel()).isEmpty();
  }

  @Test
  void barrier_isMediumUnlessSaidOtherwiseAndMayCarryAFrequency() {
    Barrier barrier =
        Journey.builder("j")
            .stage("s", s -> s.touchpoint("t", t -> t.barrier("Slow page", b -> b.frequency(0.3))))
            .build()
            .allBarriers()
            .get(0);

    assertThat(barrier.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(barrier.frequency()).hasValue(0.3);
  }

  @Test
  void journey_listsEveryPartInJourneyOrderAndFindsThemById() {
    Journey journey =
        Journey.builder("j")
            .stage(
                "One",
                s ->
                    s.touchpoint("A", t -> t.barrier("a-barrier").opportunity("a-opportunity"))
                        .barrier("one-barrier")
                        .opportunity("one-opportunity"))
            .stage("Two", s -> s.touchpoint("B", t -> t.barrier("b-barrier")))
            .opportunity("journey-opportunity")
            .build();

    assertThat(journey.allTouchpoints()).extracting(Touchpoint::id).containsExactly("a", "b");
    assertThat(journey.allBarriers())
        .extracting(Barrier::id)
        .containsExactly("a-barrier", "one-barrier", "b-barrier");
    assertThat(journey.allOpportunities())
        .extracting(Opportunity::id)
        .containsExactly("a-opportunity", "one-opportunity", "journey-opportunity");
    assertThat(journey.stage("two")).map(Stage::name).contains("Two");
    assertThat(journey.touchpoint("b")).map(Touchpoint::name).contains("B");
    assertThat(journey.stageOf("b")).map(Stage::id).contains("two");
    assertThat(journey.barrier("one-barrier")).isPresent();
    assertThat(journey.opportunity("journey-opportunity")).isPresent();
    assertThat(journey.touchpoint("nope")).isEmpty();
    assertThat(journey.stage("nope")).isEmpty();
    assertThat(journey.stageOf("nope")).isEmpty();
  }

  @Test
  void journey_carriesDescriptionAccessibilityTextAndState() {
    Journey journey =
        Journey.builder("j")
            .description("The long story")
            .accessibilityTitle("Shoe journey")
            .accessibilityDescription("Seven stages from ad to review")
            .state(Journey.State.FUTURE)
            .build();

    assertThat(journey.description()).contains("The long story");
    assertThat(journey.accessibilityTitle()).contains("Shoe journey");
    assertThat(journey.accessibilityDescription()).contains("Seven stages from ad to review");
    assertThat(journey.state()).isEqualTo(Journey.State.FUTURE);
  }

  @Test
  void journey_withNoStagesIsValid() {
    assertThat(Journey.builder("Draft").build().stages()).isEmpty();
  }

  @Test
  void text_isKeptExactlyAsGivenControlCharactersIncluded() {
    String odd = "line one\nline two\ttab \u0000 nul \u0007 bell 🚀 <b>&amp;</b>";
    Touchpoint touchpoint =
        Journey.builder("j")
            .stage("s", s -> s.touchpoint("t", t -> t.thinking(odd)))
            .build()
            .allTouchpoints()
            .get(0);

    assertThat(touchpoint.thinking()).contains(odd);
  }

  @Test
  void collections_areUnmodifiable() {
    Journey journey = TestJourneys.runningShoes();

    assertUnmodifiable(journey.stages());
    assertUnmodifiable(journey.opportunities());
    assertUnmodifiable(journey.allTouchpoints());
    assertUnmodifiable(journey.persona().orElseThrow().goals());
    assertUnmodifiable(journey.stages().get(1).touchpoints().get(0).barriers());
    assertUnmodifiable(journey.opportunities().get(0).addresses());
  }

  private static void assertUnmodifiable(java.util.Collection<?> collection) {
    org.assertj.core.api.Assertions.assertThatThrownBy(collection::clear)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalJourneysAreEqualAndHashAlike() {
    assertThat(TestJourneys.runningShoes()).isEqualTo(TestJourneys.runningShoes());
    assertThat(TestJourneys.runningShoes().hashCode())
        .isEqualTo(TestJourneys.runningShoes().hashCode());
    assertThat(TestJourneys.runningShoes())
        .isNotEqualTo(
            TestJourneys.runningShoes().toBuilder()
                .title("Buying running shoes in a store")
                .build());
  }

  @Test
  void builder_canBeBuiltAgainWithoutChangingWhatItBuiltBefore() {
    JourneyBuilder builder = Journey.builder("j").stage("One", s -> s.touchpoint("A"));
    Journey first = builder.build();

    builder.stage("Two", s -> s.touchpoint("B"));
    Journey second = builder.build();

    assertThat(first.stages()).extracting(Stage::id).containsExactly("one");
    assertThat(second.stages()).extracting(Stage::id).containsExactly("one", "two");
    assertThat(builder.build()).isEqualTo(second);
  }

  @Test
  void builder_afterAFailedBuildCanBeFixedAndBuilt() {
    JourneyBuilder builder = Journey.builder("j").stage(" ");
    org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidJourneyException.class);

    Journey journey = builder.removeStage("").stage("Fixed").build();

    assertThat(journey.stages()).extracting(Stage::name).containsExactly("Fixed");
  }

  @Test
  void toString_namesTheParts() {
    assertThat(TestJourneys.runningShoes().toString())
        .contains("Buying running shoes online", "checkout");
  }
}
