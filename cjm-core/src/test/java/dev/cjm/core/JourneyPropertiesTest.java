package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties that hold for every journey, checked on random ones. */
class JourneyPropertiesTest {
  @Test
  void anyValidJourneyBuildsWithUniqueIds() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Journey journey = RandomJourneys.valid(seed);
              List<String> ids =
                  Stream.of(
                          journey.stages().stream().map(Stage::id),
                          journey.allTouchpoints().stream().map(Touchpoint::id),
                          journey.allBarriers().stream().map(Barrier::id),
                          journey.allOpportunities().stream().map(Opportunity::id))
                      .flatMap(s -> s)
                      .toList();
              Set<String> unique = new HashSet<>(ids);
              assertThat(unique).hasSameSizeAs(ids);
            });
  }

  @Test
  void toBuilderThenBuildGivesAnEqualJourney() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Journey journey = RandomJourneys.valid(seed);
              Journey copy = journey.toBuilder().build();
              assertThat(copy).isEqualTo(journey);
              assertThat(copy.hashCode()).isEqualTo(journey.hashCode());
            });
  }

  @Test
  void buildingIsDeterministic() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> assertThat(RandomJourneys.valid(seed)).isEqualTo(RandomJourneys.valid(seed)));
  }

  @Test
  void anyInvalidJourneyThrowsInvalidJourneyExceptionAndNothingElse() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Throwable thrown = catchThrowable(() -> RandomJourneys.invalidBuilder(seed).build());
              assertThat(thrown).isExactlyInstanceOf(InvalidJourneyException.class);
              InvalidJourneyException invalid = (InvalidJourneyException) thrown;
              assertThat(invalid.problems()).isNotEmpty();
              assertThat(invalid.problems())
                  .allSatisfy(
                      problem -> {
                        assertThat(problem.path()).isNotBlank();
                        assertThat(problem.message()).isNotBlank();
                      });
            });
  }
}
