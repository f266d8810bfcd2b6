package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The emotion curve that the emotion rules read and the map draws. */
class EmotionCurveTest {
  /**
   * Four touchpoints over three stages, the second of them empty: the first scored and expected,
   * the second with no emotion at all, the third only expected, the fourth only experienced.
   */
  private static final Journey JOURNEY =
      Journey.builder("Opening an account")
          .stage(
              "Apply",
              s ->
                  s.touchpoint("Landing page", t -> t.emotion(Emotion.of(1, "curious")))
                      .touchpoint("Form", t -> t.doing("Types"))
                      .touchpoint("Upload", t -> t.expectedEmotion(1)))
          .stage("Wait", s -> s.goal("Hear back soon"))
          .stage("Verify", s -> s.touchpoint("Video call", t -> t.emotion(-2).expectedEmotion(0.5)))
          .build();

  @Test
  void of_hasAPointForEachTouchpointWithAnExperiencedEmotion_inJourneyOrder() {
    EmotionCurve curve = EmotionCurve.of(JOURNEY);

    assertThat(curve.points())
        .extracting(p -> p.touchpoint().name())
        .containsExactly("Landing page", "Video call");
    assertThat(curve.points())
        .extracting(EmotionCurve.Point::emotion)
        .containsExactly(Emotion.of(1, "curious"), Emotion.VERY_NEGATIVE);
    assertThat(curve.points()).extracting(EmotionCurve.Point::score).containsExactly(1.0, -2.0);
  }

  @Test
  void of_placesEachPointInTheJourney_countingEmptyStagesButNotTheirColumns() {
    EmotionCurve.Point videoCall = EmotionCurve.of(JOURNEY).points().get(1);

    assertThat(videoCall.stageIndex()).isEqualTo(2);
    assertThat(videoCall.indexInStage()).isZero();
    assertThat(videoCall.indexInJourney()).isEqualTo(3);
    assertThat(JOURNEY.allTouchpoints().get(videoCall.indexInJourney()))
        .isSameAs(videoCall.touchpoint());
  }

  @Test
  void point_carriesTheExpectedScore_whenTheTouchpointRecordsOne() {
    EmotionCurve curve = EmotionCurve.of(JOURNEY);

    assertThat(curve.points().get(0).expectedScore()).isEmpty();
    assertThat(curve.points().get(1).expectedScore()).isEqualTo(OptionalDouble.of(0.5));
  }

  @Test
  void expected_hasAPointForEachTouchpointWithAnExpectedEmotion() {
    EmotionCurve expected = EmotionCurve.expected(JOURNEY);

    assertThat(expected.points())
        .extracting(p -> p.touchpoint().name())
        .containsExactly("Upload", "Video call");
    assertThat(expected.points()).extracting(EmotionCurve.Point::score).containsExactly(1.0, 0.5);
    assertThat(expected.points())
        .allSatisfy(p -> assertThat(p.expectedScore()).isEqualTo(OptionalDouble.of(p.score())));
    assertThat(expected.points().get(0).indexInJourney()).isEqualTo(2);
  }

  @Test
  void aJourneyWithoutEmotions_hasAnEmptyCurve() {
    Journey none =
        Journey.builder("Quiet")
            .stage("Only", s -> s.touchpoint("Visit", t -> t.doing("Looks")))
            .build();

    assertThat(EmotionCurve.of(none).isEmpty()).isTrue();
    assertThat(EmotionCurve.of(none).points()).isEmpty();
    assertThat(EmotionCurve.expected(none).isEmpty()).isTrue();
    assertThat(EmotionCurve.of(JOURNEY).isEmpty()).isFalse();
  }

  @Test
  void curvesOfEqualJourneys_areEqual_andReadAsTouchpointIdsAndScores() {
    Journey same = JOURNEY.toBuilder().build();

    assertThat(EmotionCurve.of(same)).isEqualTo(EmotionCurve.of(JOURNEY));
    assertThat(EmotionCurve.of(same)).hasSameHashCodeAs(EmotionCurve.of(JOURNEY));
    assertThat(EmotionCurve.of(JOURNEY)).isNotEqualTo(EmotionCurve.expected(JOURNEY));
    assertThat(EmotionCurve.of(JOURNEY))
        .hasToString("EmotionCurve[landing-page +1 (curious), video-call -2]");
  }
}
