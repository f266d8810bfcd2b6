package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.testing.HostileText;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The formats are lossless: every journey the DSL accepts, hostile text and all (quotes, newlines,
 * control characters, emoji, right-to-left and CJK text, texts of the maximum length), reads back
 * equal to itself from JSON and from YAML, and writing what was read gives the same text.
 */
class RoundTripPropertiesTest {
  private static final RandomJourneys JOURNEYS = RandomJourneys.standard();

  @Test
  void everyJourneySurvivesJson() {
    qt().withExamples(300)
        .forAll(JOURNEYS.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            journey -> {
              String json = JourneyJson.format(journey);
              Journey read = JourneyJson.parse(json);
              assertThat(read).isEqualTo(journey);
              assertThat(JourneyJson.format(read)).isEqualTo(json);
            });
  }

  @Test
  void everyJourneySurvivesYaml() {
    qt().withExamples(300)
        .forAll(JOURNEYS.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            journey -> {
              String yaml = JourneyYaml.format(journey);
              Journey read = JourneyYaml.parse(yaml);
              assertThat(read).isEqualTo(journey);
              assertThat(JourneyYaml.format(read)).isEqualTo(yaml);
            });
  }

  @Test
  void everyObservedJourneySurvivesJson() {
    qt().withExamples(300)
        .forAll(observedJourneys())
        .checkAssert(
            observed -> {
              String json = ObservedJourneyJson.format(observed);
              assertThat(ObservedJourneyJson.parse(json)).isEqualTo(observed);
            });
  }

  /**
   * Observed journeys of hostile names, planned and ad hoc, failed or not, with any emotion, time
   * and channel.
   */
  static Gen<ObservedJourney> observedJourneys() {
    Gen<String> texts = HostileText.valid();
    Gen<Double> scores =
        SourceDSL.doubles()
            .between(Emotion.MIN_SCORE, Emotion.MAX_SCORE)
            .mix(Generate.constant(-0.0), 10);
    return in -> {
      ObservedJourney.Builder observed = ObservedJourney.builder(texts.generate(in));
      int count = Generate.range(0, 12).generate(in);
      for (int i = 0; i < count; i++) {
        boolean failed = Generate.booleans().generate(in);
        int emotion = Generate.range(0, 2).generate(in);
        double score = scores.generate(in);
        String word = texts.generate(in);
        // Any instant to the nanosecond, some with none; a channel, hostile, or none.
        Instant time =
            Generate.booleans().generate(in)
                ? Instant.ofEpochSecond(
                    SourceDSL.longs().between(-62_135_596_800L, 253_402_300_799L).generate(in),
                    Generate.range(0, 999_999_999).generate(in))
                : null;
        String channel = Generate.booleans().generate(in) ? texts.generate(in) : null;
        var how =
            (java.util.function.Consumer<ObservedJourney.OccurrenceBuilder>)
                o -> {
                  if (failed) {
                    o.failed();
                  }
                  if (emotion == 1) {
                    o.emotion(score);
                  } else if (emotion == 2) {
                    o.emotion(Emotion.of(score, word));
                  }
                  if (time != null) {
                    o.at(time);
                  }
                  if (channel != null) {
                    o.channel(channel);
                  }
                };
        if (Generate.booleans().generate(in)) {
          observed.planned(texts.generate(in), how);
        } else {
          observed.adHoc(texts.generate(in), how);
        }
      }
      return observed.build();
    };
  }
}
