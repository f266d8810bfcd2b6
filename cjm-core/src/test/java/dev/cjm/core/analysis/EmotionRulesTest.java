package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about the emotion curve: what a pain point, a sharp drop and a gap are. */
class EmotionRulesTest {
  static List<Finding> findings(Journey journey, String ruleId) {
    return GapAnalysis.standard().analyze(journey).findingsOf(ruleId);
  }

  /** A journey with one stage whose touchpoints have the given scores, named a, b, c, … */
  static Journey curve(double... scores) {
    return Journey.builder("Curve")
        .stage(
            "Purchase",
            s -> {
              for (int i = 0; i < scores.length; i++) {
                double score = scores[i];
                String name = String.valueOf((char) ('a' + i));
                s.touchpoint(name, t -> t.emotion(score).barrier("Something hurts at " + name));
              }
            })
        .build();
  }

  @Nested
  class ExpectationGap {
    @Test
    void firesWhenTheCustomerFeelsWorseThanExpectedByTheThreshold() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase", s -> s.touchpoint("Checkout", t -> t.emotion(0).expectedEmotion(1)))
              .build();

      List<Finding> findings = findings(journey, "emotion.expectation-gap");

      assertThat(findings).hasSize(1);
      Finding finding = findings.get(0);
      assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
      assertThat(finding.subjectId()).isEqualTo("checkout");
      assertThat(finding.path()).isEqualTo("stages[0].touchpoints[0]");
      assertThat(finding.message())
          .isEqualTo("At \"Checkout\" customers feel 0 but expected +1, a gap of 1.");
      assertThat(finding.facts())
          .containsExactly(
              entry("experienced", "0"),
              entry("expected", "+1"),
              entry("gap", "1"),
              entry("threshold", "1"));
    }

    @Test
    void isAnErrorWhenTheGapIsTwiceTheThreshold() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase", s -> s.touchpoint("Checkout", t -> t.emotion(-2).expectedEmotion(1)))
              .build();

      assertThat(findings(journey, "emotion.expectation-gap"))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.ERROR);
    }

    @Test
    void staysQuietBelowTheThresholdOrWithoutAnExpectation() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint("Checkout", t -> t.emotion(0.5).expectedEmotion(1))
                          .touchpoint("Delivery", t -> t.emotion(-2))
                          .touchpoint("Returns", t -> t.emotion(2).expectedEmotion(-1)))
              .build();

      assertThat(findings(journey, "emotion.expectation-gap")).isEmpty();
    }

    @Test
    void followsAConfiguredThreshold() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase", s -> s.touchpoint("Checkout", t -> t.emotion(0.5).expectedEmotion(1)))
              .build();

      GapReport report =
          GapAnalysis.standard().threshold("emotion.expectation-gap", 0.5).analyze(journey);

      assertThat(report.findingsOf("emotion.expectation-gap")).hasSize(1);
    }
  }

  @Nested
  class LowPoint {
    @Test
    void firesAtANegativeLocalMinimum() {
      List<Finding> findings = findings(curve(1, -1, 0, -2, -0.5), "emotion.low-point");

      assertThat(findings).extracting(Finding::subjectId).containsExactly("b", "d");
      assertThat(findings.get(0).facts())
          .containsExactly(entry("score", "-1"), entry("previous", "+1"), entry("next", "0"));
      // Only the lowest is called the lowest: the curve reaches -2 after the -1.
      assertThat(findings)
          .extracting(Finding::message)
          .containsExactly(
              "The emotion curve dips to -1 at \"b\", a low between higher points.",
              "The emotion curve dips to -2 at \"d\", its lowest point.");
    }

    @Test
    void reportsTheFirstTouchpointOfAFlatBottomOnce() {
      assertThat(findings(curve(0, -1, -1, 1), "emotion.low-point"))
          .extracting(Finding::subjectId)
          .containsExactly("b");
    }

    @Test
    void firesAtTheEndsOfTheCurve() {
      assertThat(findings(curve(-1, 0, -2), "emotion.low-point"))
          .extracting(Finding::subjectId)
          .containsExactly("a", "c");
    }

    @Test
    void staysQuietOnAPositiveDipOrADescentThatGoesOn() {
      assertThat(findings(curve(2, 1, 2), "emotion.low-point")).isEmpty();
      assertThat(findings(curve(-1, -2), "emotion.low-point"))
          .extracting(Finding::subjectId)
          .containsExactly("b");
    }

    @Test
    void skipsTouchpointsWithNoEmotion() {
      Journey journey =
          Journey.builder("Gaps")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint("a", t -> t.emotion(-1).barrier("x"))
                          .touchpoint("b")
                          .touchpoint("c", t -> t.emotion(-2).barrier("y")))
              .build();

      assertThat(findings(journey, "emotion.low-point"))
          .extracting(Finding::subjectId)
          .containsExactly("c");
    }
  }

  @Nested
  class SharpDrop {
    @Test
    void firesOnADropOfAtLeastTheThreshold() {
      List<Finding> findings = findings(curve(1, -1, 0, -1), "emotion.sharp-drop");

      assertThat(findings).singleElement().extracting(Finding::subjectId).isEqualTo("b");
      assertThat(findings.get(0).facts())
          .containsExactly(
              entry("from", "a"),
              entry("before", "+1"),
              entry("after", "-1"),
              entry("drop", "2"),
              entry("threshold", "2"));
    }

    @Test
    void staysQuietOnSmallerDropsAndRises() {
      assertThat(findings(curve(2, 0.5, -1, 2), "emotion.sharp-drop")).isEmpty();
    }

    @Test
    void comparesAcrossTouchpointsWithNoEmotion() {
      Journey journey =
          Journey.builder("Gaps")
              .stage("Consideration", s -> s.touchpoint("a", t -> t.emotion(2)))
              .stage("Purchase", s -> s.touchpoint("b").touchpoint("c", t -> t.emotion(-1)))
              .build();

      assertThat(findings(journey, "emotion.sharp-drop"))
          .singleElement()
          .extracting(Finding::subjectId)
          .isEqualTo("c");
    }
  }

  @Nested
  class UnexplainedNegative {
    @Test
    void firesOnANegativeEmotionWithNoBarrier() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Purchase", s -> s.touchpoint("Checkout", t -> t.emotion(-1, "annoyed")))
              .build();

      assertThat(findings(journey, "emotion.unexplained-negative"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("checkout");
                assertThat(finding.message())
                    .isEqualTo(
                        "Customers feel -1 (annoyed) at \"Checkout\" but no barrier there or in"
                            + " stage \"Purchase\" says why.");
              });
    }

    @Test
    void staysQuietWhenTheTouchpointOrItsStageRecordsABarrier() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s -> s.touchpoint("Checkout", t -> t.emotion(-1).barrier("Hidden delivery cost")))
              .stage(
                  "Delivery",
                  s -> s.touchpoint("Courier", t -> t.emotion(-2)).barrier("Deliveries are late"))
              .stage("Loyalty", s -> s.touchpoint("Newsletter", t -> t.emotion(0)))
              .build();

      assertThat(findings(journey, "emotion.unexplained-negative")).isEmpty();
    }
  }

  @Nested
  class NotRecorded {
    @Test
    void firesForEachTouchpointWithNoEmotion() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase", s -> s.touchpoint("Basket", t -> t.emotion(1)).touchpoint("Checkout"))
              .build();

      List<Finding> findings = findings(journey, "emotion.not-recorded");

      assertThat(findings).singleElement().extracting(Finding::subjectId).isEqualTo("checkout");
      assertThat(findings.get(0).severity()).isEqualTo(FindingSeverity.INFO);
    }

    @Test
    void firesOnceForTheJourneyWhenNoTouchpointHasAnEmotion() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Purchase", s -> s.touchpoint("Basket").touchpoint("Checkout"))
              .build();

      assertThat(findings(journey, "emotion.not-recorded"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.path()).isEmpty();
                assertThat(finding.facts()).containsExactly(entry("touchpoints", "2"));
              });
    }

    @Test
    void staysQuietWhenEveryTouchpointHasAnEmotion() {
      assertThat(findings(curve(1, 0, -1), "emotion.not-recorded")).isEmpty();
    }
  }

  static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }

  static <K, V> java.util.Map.Entry<K, V> entryOf(K key, V value) {
    return java.util.Map.entry(key, value);
  }
}
