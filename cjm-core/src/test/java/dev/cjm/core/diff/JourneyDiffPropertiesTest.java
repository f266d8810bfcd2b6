package dev.cjm.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.testing.RandomJourneys;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the diff that hold for every valid journey, checked on random ones. */
class JourneyDiffPropertiesTest {
  private static final Gen<Journey> JOURNEYS = RandomJourneys.standard().journeys();

  @Test
  void diff_ofAnyJourneyWithItself_isEmpty() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              assertThat(JourneyDiff.between(journey, journey).isEmpty()).isTrue();
              assertThat(JourneyDiff.between(journey, journey.toBuilder().build()).changes())
                  .isEmpty();
            });
  }
}
