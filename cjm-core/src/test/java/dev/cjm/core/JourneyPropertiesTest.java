package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cjm.core.testing.HostileText;
import dev.cjm.core.testing.RandomJourneys;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Properties that hold for every journey, checked on random ones. */
class JourneyPropertiesTest {
  private static final RandomJourneys JOURNEYS = RandomJourneys.standard();

  @Test
  void anyValidJourneyBuildsWithUniqueIds() {
    qt().withExamples(300)
        .forAll(JOURNEYS.journeys())
        .checkAssert(
            journey -> {
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
        .forAll(JOURNEYS.journeys())
        .checkAssert(
            journey -> {
              Journey copy = journey.toBuilder().build();
              assertThat(copy).isEqualTo(journey);
              assertThat(copy.hashCode()).isEqualTo(journey.hashCode());
            });
  }

  @Test
  void buildingIsDeterministic() {
    qt().withExamples(100)
        .forAll(JOURNEYS.builders())
        .checkAssert(builder -> assertThat(builder.build()).isEqualTo(builder.build()));
  }

  @Test
  void anyInvalidJourneyThrowsInvalidJourneyExceptionAndNothingElse() {
    qt().withExamples(500)
        .forAll(JOURNEYS.smallOnly().builders(), longs().all())
        .checkAssert(
            (valid, seed) -> {
              Throwable thrown = catchThrowable(() -> withMistakes(valid, seed).build());
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

  /** The journey with one to three mistakes in it, chosen by the seed. */
  @SuppressWarnings("NullAway") // passes null where the API says non-null, as careless callers do
  private static JourneyBuilder withMistakes(JourneyBuilder journey, long seed) {
    Random random = new Random(seed);
    int mistakes = 1 + random.nextInt(3);
    for (int i = 0; i < mistakes; i++) {
      String bad =
          random.nextInt(10) == 0
              ? HostileText.TOO_LONG
              : HostileText.INVALID.get(random.nextInt(HostileText.INVALID.size()));
      switch (random.nextInt(11)) {
        case 0 -> journey.title(random.nextBoolean() ? bad : null);
        case 1 -> journey.stage(bad);
        case 2 -> journey.stage("s", s -> s.touchpoint("t", t -> t.emotion(Double.NaN)));
        case 3 -> journey.stage("dup", s -> s.touchpoint("dup"));
        case 4 -> journey.opportunity("o", o -> o.addresses("no-such-barrier"));
        case 5 -> journey.stage("m", s -> s.metric("m", m -> m.target(1)));
        case 6 -> journey.stage("c", s -> s.touchpoint("t", t -> t.channel((Channel) null)));
        case 7 -> journey.stage("n", null);
        case 8 -> journey.stage("i", s -> s.id("with space"));
        case 9 -> journey.persona("p", p -> p.goal(bad));
        default -> journey.stage("e", s -> s.touchpoint("t", t -> t.expectedEmotion(2 + 1e-9)));
      }
    }
    return journey;
  }
}
