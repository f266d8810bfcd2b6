package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.testing.HostileText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile texts the other tests attack the library with are what they claim to be: the valid
 * ones are kept exactly as given, the invalid ones are rejected at build time.
 */
class HostileTextTest {
  static List<String> samples() {
    return HostileText.SAMPLES;
  }

  static List<String> huge() {
    return HostileText.HUGE;
  }

  static List<String> invalid() {
    List<String> invalid = new java.util.ArrayList<>(HostileText.INVALID);
    invalid.add(HostileText.TOO_LONG);
    return invalid;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void build_keepsEveryHostileSampleExactlyAsGiven(String text) {
    Journey journey =
        Journey.builder(text)
            .stage(text, s -> s.id("s").touchpoint(text, t -> t.id("t").doing(text)))
            .build();

    assertThat(journey.title()).isEqualTo(text);
    assertThat(journey.stages().get(0).name()).isEqualTo(text);
    assertThat(journey.allTouchpoints().get(0).doing()).contains(text);
  }

  @ParameterizedTest
  @MethodSource("huge")
  void build_acceptsTextsOfTheMaximumLength(String text) {
    assertThat(text).hasSize(HostileText.MAX_LENGTH);
    assertThat(Journey.builder(text).build().title()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void build_rejectsBlankTooLongAndBrokenTexts(String text) {
    assertThatThrownBy(() -> Journey.builder(text).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessageContaining("title");
  }

  @Test
  void validTexts_areAllAcceptedByTheBuilder() {
    qt().withExamples(2000)
        .forAll(HostileText.valid())
        .checkAssert(text -> assertThat(Journey.builder(text).build().title()).isEqualTo(text));
  }
}
