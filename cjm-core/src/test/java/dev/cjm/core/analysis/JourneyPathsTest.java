package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import org.junit.jupiter.api.Test;

/** Paths of a journey's elements and their journey order, used to place and order findings. */
class JourneyPathsTest {
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
                      .metric("Conversion", 0.4)
                      .metric("Drop-off", 0.1))
          .opportunity("Overall", o -> o.id("overall"))
          .build();
  private static final JourneyPaths PATHS = JourneyPaths.of(JOURNEY);

  @Test
  void pathOf_eachElement_isItsPlaceInTheModel() {
    assertThat(PATHS.pathOf("checkout")).isEqualTo("stages[0]");
    assertThat(PATHS.pathOf("cart")).isEqualTo("stages[0].touchpoints[0]");
    assertThat(PATHS.pathOf("slow")).isEqualTo("stages[0].touchpoints[0].barriers[0]");
    assertThat(PATHS.pathOf("overall")).isEqualTo("opportunities[0]");
    assertThat(PATHS.pathOf("nothing")).isNull();
  }

  @Test
  void position_followsJourneyOrder() {
    assertThat(PATHS.position("")).isZero();
    assertThat(PATHS.position("persona")).isEqualTo(1);
    assertThat(PATHS.position("stages[0]")).isEqualTo(2);
    assertThat(PATHS.position("stages[0].touchpoints[0]")).isEqualTo(3);
    assertThat(PATHS.position("stages[0].touchpoints[0].barriers[0]")).isEqualTo(4);
    assertThat(PATHS.position("stages[0].touchpoints[0].opportunities[0]")).isEqualTo(5);
    assertThat(PATHS.position("stages[0].touchpoints[1]")).isEqualTo(6);
    assertThat(PATHS.position("stages[0].metrics[0]")).isEqualTo(7);
    assertThat(PATHS.position("stages[0].metrics[1]")).isEqualTo(8);
    assertThat(PATHS.position("opportunities[0]")).isEqualTo(9);
  }

  @Test
  void position_ofAPathInsideAnElement_isThatElements() {
    assertThat(PATHS.position("stages[0].touchpoints[1].emotion")).isEqualTo(6);
    assertThat(PATHS.position("stages[7]")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void position_bySubject_agreesWithPositionByPath() {
    // the subject's own path, one of its stage's metrics, a path inside it, and a persona whose
    // name is also a stage's id
    assertThat(PATHS.position("cart", "stages[0].touchpoints[0]")).isEqualTo(3);
    assertThat(PATHS.position("checkout", "stages[0].metrics[1]")).isEqualTo(8);
    assertThat(PATHS.position("checkout", "stages[0].metrics[2]")).isEqualTo(2);
    assertThat(PATHS.position("checkout", "stages[0].metrics[01]")).isEqualTo(2);
    assertThat(PATHS.position("pay", "stages[0].touchpoints[1].emotion")).isEqualTo(6);
    assertThat(PATHS.position("checkout", "persona")).isEqualTo(1);
    assertThat(PATHS.position("", "")).isZero();
    assertThat(PATHS.position("unknown", "stages[0].touchpoints[0].barriers[0]")).isEqualTo(4);
  }
}
