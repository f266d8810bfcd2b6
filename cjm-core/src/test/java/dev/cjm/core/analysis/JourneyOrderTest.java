package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import org.junit.jupiter.api.Test;

/** The paths of a journey's elements and their journey order, by which findings are listed. */
class JourneyOrderTest {
  private static final Journey JOURNEY =
      Journey.builder("Paths")
          .persona("checkout", p -> p.goal("Pay"))
          .stage(
              "Checkout",
              s ->
                  s.touchpoint(
                          "Cart",
                          t -> t.barrier("Slow", b -> b.id("slow")).opportunity("Faster", o -> {}))
                      .touchpoint("Pay", t -> {})
                      .barrier("Queue", b -> b.id("queue"))
                      .metric("Conversion", 0.4)
                      .metric("Drop-off", 0.1))
          .stage("Delivery")
          .opportunity("Overall", o -> o.id("overall"))
          .build();
  private static final JourneyOrder ORDER = JourneyOrder.of(JOURNEY);

  @Test
  void pathOf_eachElement_isItsPlaceInTheModel() {
    assertThat(ORDER.pathOf("checkout")).hasValue("stages[0]");
    assertThat(ORDER.pathOf("cart")).hasValue("stages[0].touchpoints[0]");
    assertThat(ORDER.pathOf("slow")).hasValue("stages[0].touchpoints[0].barriers[0]");
    assertThat(ORDER.pathOf("faster")).hasValue("stages[0].touchpoints[0].opportunities[0]");
    assertThat(ORDER.pathOf("queue")).hasValue("stages[0].barriers[0]");
    assertThat(ORDER.pathOf("delivery")).hasValue("stages[1]");
    assertThat(ORDER.pathOf("overall")).hasValue("opportunities[0]");
    assertThat(ORDER.pathOf("nothing")).isEmpty();
  }

  @Test
  void positionOf_followsJourneyOrder() {
    assertThat(ORDER.positionOf("")).isZero();
    assertThat(ORDER.positionOf("persona")).isEqualTo(1);
    assertThat(ORDER.positionOf("stages[0]")).isEqualTo(2);
    assertThat(ORDER.positionOf("stages[0].touchpoints[0]")).isEqualTo(3);
    assertThat(ORDER.positionOf("stages[0].touchpoints[0].barriers[0]")).isEqualTo(4);
    assertThat(ORDER.positionOf("stages[0].touchpoints[0].opportunities[0]")).isEqualTo(5);
    assertThat(ORDER.positionOf("stages[0].touchpoints[1]")).isEqualTo(6);
    assertThat(ORDER.positionOf("stages[0].barriers[0]")).isEqualTo(7);
    assertThat(ORDER.positionOf("stages[0].metrics[0]")).isEqualTo(8);
    assertThat(ORDER.positionOf("stages[0].metrics[1]")).isEqualTo(9);
    assertThat(ORDER.positionOf("stages[1]")).isEqualTo(10);
    assertThat(ORDER.positionOf("opportunities[0]")).isEqualTo(11);
  }

  @Test
  void positionOf_aPathInsideAnElement_isThatElements() {
    assertThat(ORDER.positionOf("stages[0].touchpoints[1].emotion")).isEqualTo(6);
    assertThat(ORDER.positionOf("persona.goals[0]")).isEqualTo(1);
    assertThat(ORDER.positionOf("stages[0].metrics[2]")).isEqualTo(2);
    assertThat(ORDER.positionOf("stages[0].metrics[01]")).isEqualTo(2);
  }

  @Test
  void positionOf_aPathInNoElement_comesAfterEveryElement() {
    assertThat(ORDER.positionOf("stages[7]")).isEqualTo(JourneyOrder.UNKNOWN);
    assertThat(ORDER.positionOf("nowhere")).isEqualTo(JourneyOrder.UNKNOWN);
    assertThat(ORDER.positionOf(".emotion")).isEqualTo(JourneyOrder.UNKNOWN);
  }

  @Test
  void positionOf_aJourneyWithoutPersona_startsTheStagesAtOne() {
    JourneyOrder order =
        JourneyOrder.of(Journey.builder("No persona").stage("Only", s -> {}).build());

    assertThat(order.positionOf("persona")).isEqualTo(JourneyOrder.UNKNOWN);
    assertThat(order.positionOf("stages[0]")).isEqualTo(1);
  }
}
