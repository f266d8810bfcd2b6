package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

/** A future-state journey is derived from the current one without touching generated types. */
class ToBuilderTest {
  @Test
  void toBuilder_buildsAnEqualJourney() {
    Journey current = TestJourneys.runningShoes();

    assertThat(current.toBuilder().build()).isEqualTo(current);
  }

  @Test
  void toBuilder_keepsIdsWhenNamesChange() {
    Journey current = TestJourneys.runningShoes();

    Journey renamed =
        current.toBuilder().editTouchpoint("checkout", t -> t.name("One-page checkout")).build();

    assertThat(renamed.touchpoint("checkout")).map(Touchpoint::name).contains("One-page checkout");
  }

  @Test
  void toBuilder_derivesAFutureStateWhereTheBarrierIsGone() {
    Journey current = TestJourneys.runningShoes();

    Journey future =
        current.toBuilder()
            .state(Journey.State.FUTURE)
            .editTouchpoint(
                "checkout", t -> t.emotion(1, "relieved").removeBarrier("late-delivery-cost"))
            .removeOpportunity("show-delivery-cost-on-the-product-page")
            .editStage(
                "purchase",
                s -> s.touchpoint("Delivery tracking", t -> t.channel(Channel.SMS).emotion(2)))
            .stage("Loyalty", s -> s.phase(Phase.LOYALTY).touchpoint("Points for reviews"))
            .build();

    assertThat(future.state()).isEqualTo(Journey.State.FUTURE);
    assertThat(future.touchpoint("checkout").orElseThrow().emotion())
        .contains(Emotion.of(1, "relieved"));
    assertThat(future.allBarriers()).isEmpty();
    assertThat(future.stage("purchase").orElseThrow().touchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("checkout", "delivery-tracking");
    assertThat(future.stages())
        .extracting(Stage::id)
        .containsExactly("awareness", "purchase", "loyalty");
    assertThat(current.allBarriers()).hasSize(1); // the current state is untouched
  }

  @Test
  void toBuilder_removingABarrierThatIsStillAddressedIsAProblem() {
    Journey current = TestJourneys.runningShoes();

    JourneyBuilder builder = current.toBuilder().removeBarrier("late-delivery-cost");

    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvalidJourneyException.class, builder::build)
                .problems())
        .extracting(Problem::path)
        .containsExactly("opportunities[0].addresses[0]");
  }

  @Test
  void editAndRemove_workOnEveryLevel() {
    Journey journey =
        Journey.builder("j")
            .persona("Anna")
            .stage(
                "S",
                s ->
                    s.touchpoint("T", t -> t.barrier("TB").opportunity("TO"))
                        .barrier("SB")
                        .opportunity("SO")
                        .metric("M", 1))
            .opportunity("JO")
            .build()
            .toBuilder()
            .editPersona(p -> p.goal("Goal"))
            .editBarrier("sb", b -> b.severity(Severity.CRITICAL))
            .editOpportunity("jo", o -> o.impact(Level.LOW))
            .editStage(
                "s",
                s ->
                    s.editTouchpoint(
                            "t",
                            t ->
                                t.editBarrier("tb", b -> b.frequency(0.5))
                                    .removeOpportunity("to")
                                    .clearEmotion()
                                    .clearExpectedEmotion())
                        .removeMetric("M")
                        .removeOpportunity("so"))
            .build();

    assertThat(journey.persona().orElseThrow().goals()).containsExactly("Goal");
    assertThat(journey.barrier("sb").orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(journey.barrier("tb").orElseThrow().frequency()).hasValue(0.5);
    assertThat(journey.opportunity("jo").orElseThrow().impact()).contains(Level.LOW);
    assertThat(journey.allOpportunities()).extracting(Opportunity::id).containsExactly("jo");
    assertThat(journey.stages().get(0).metrics()).isEmpty();

    Journey smaller =
        journey.toBuilder()
            .removeTouchpoint("t")
            .editStage("s", s -> s.removeBarrier("sb"))
            .removePersona()
            .build();
    assertThat(smaller.allTouchpoints()).isEmpty();
    assertThat(smaller.allBarriers()).isEmpty();
    assertThat(smaller.persona()).isEmpty();
  }
}
