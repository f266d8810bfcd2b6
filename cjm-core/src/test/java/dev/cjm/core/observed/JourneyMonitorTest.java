package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.cjm.core.Journey;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What monitoring shows per planned touchpoint (reached, ended here, failed, emotion, waits), the
 * top paths, the ad-hoc steps and where they happen, and the long waits: unexpected breaks in
 * contact.
 */
class JourneyMonitorTest {
  /** Planned: ad, basket, checkout, pick-up. */
  static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage("Order", s -> s.touchpoint("Ad").touchpoint("Basket").touchpoint("Checkout"))
          .stage("Collect", s -> s.touchpoint("Pick-up"))
          .build();

  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

  private static Instant minutes(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  /** Four customers: one all the way, one failing at checkout, one calling support, one leaving. */
  static JourneyMonitor fourCases() {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    monitor.add(
        ObservedJourney.builder("anna")
            .planned("ad", o -> o.at(minutes(0)).emotion(1))
            .planned("basket", o -> o.at(minutes(2)))
            .planned("checkout", o -> o.at(minutes(6)).emotion(1))
            .planned("pick-up", o -> o.at(minutes(60 * 24)))
            .build());
    monitor.add(
        ObservedJourney.builder("ben")
            .planned("ad", o -> o.at(minutes(0)))
            .planned("basket", o -> o.at(minutes(4)))
            .planned("checkout", o -> o.at(minutes(10)).failed().emotion(-2))
            .build());
    monitor.add(
        ObservedJourney.builder("cleo")
            .planned("ad", o -> o.at(minutes(0)))
            .planned("basket", o -> o.at(minutes(2)))
            .adHoc("Called support", o -> o.at(minutes(30)))
            .planned("checkout", o -> o.at(minutes(40)))
            .planned("pick-up", o -> o.at(minutes(60 * 26)))
            .build());
    monitor.add(ObservedJourney.builder("dan").planned("ad", o -> o.at(minutes(0))).build());
    return monitor;
  }

  @Test
  void touchpoints_showTheFunnel() {
    ObservedSummary summary = fourCases().summary();

    assertThat(summary.cases()).isEqualTo(4);
    assertThat(summary.touchpoints())
        .extracting(ObservedSummary.TouchpointStats::toString)
        .containsExactly(
            "ad: reached 100%, ended here 25%, failed 0%",
            "basket: reached 75%, ended here 0%, failed 0%",
            "checkout: reached 75%, ended here 25%, failed 33.3%",
            "pick-up: reached 50%, ended here 50%, failed 0%");
    ObservedSummary.TouchpointStats checkout = summary.touchpoints().get(2);
    assertThat(checkout.emotions()).isEqualTo(2);
    assertThat(checkout.meanEmotion()).hasValue(-0.5);
  }

  @Test
  void waits_areToTheNextStepPlannedOrNot() {
    ObservedSummary.TouchpointStats basket = fourCases().summary().touchpoints().get(1);

    // Anna 4 min to checkout, Ben 6 min, Cleo 28 min to her call: the median is Ben's 6 minutes,
    // read as the middle of its bucket (at most 6.25% off).
    assertThat(basket.waits()).isEqualTo(3);
    assertThat(basket.medianWait().orElseThrow().toMillis())
        .isCloseTo(Duration.ofMinutes(6).toMillis(), withPercentage(6.25));
    assertThat(basket.wait90().orElseThrow().toMillis())
        .isCloseTo(Duration.ofMinutes(28).toMillis(), withPercentage(6.25));
  }

  @Test
  void adHocSteps_sayBetweenWhichPlannedStepsTheyHappen() {
    assertThat(fourCases().summary().adHoc())
        .singleElement()
        .satisfies(
            place -> {
              assertThat(place.name()).isEqualTo("Called support");
              assertThat(place.after()).hasValue("basket");
              assertThat(place.before()).hasValue("checkout");
              assertThat(place.share()).isEqualTo(0.25);
            });
  }

  @Test
  void paths_areTheVariantsMostCommonFirst() {
    JourneyMonitor monitor = fourCases();
    monitor.add(ObservedJourney.builder("eve").planned("ad").build());

    ObservedSummary summary = monitor.summary();

    assertThat(summary.paths())
        .extracting(ObservedSummary.PathShare::toString)
        .containsExactly(
            "2 [ad]",
            "1 [ad, basket, ad hoc: Called support, checkout, pick-up]",
            "1 [ad, basket, checkout]",
            "1 [ad, basket, checkout, pick-up]");
    assertThat(summary.paths().get(0).share()).isEqualTo(0.4);
    assertThat(summary.pathError()).isZero();
  }

  @Test
  void longWaits_areFarLongerThanTheStepsUsualWaits() {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    for (int i = 0; i < 20; i++) {
      // 19 customers wait 5 to 23 minutes after the basket; one waits three days.
      long wait = i == 0 ? 3 * 24 * 60 : 5 + i;
      monitor.add(
          ObservedJourney.builder("c" + i)
              .planned("basket", o -> o.at(minutes(0)))
              .planned("checkout", o -> o.at(minutes(wait)))
              .build());
    }

    ObservedSummary summary = monitor.summary();

    assertThat(summary.longWaits())
        .singleElement()
        .satisfies(
            basket -> {
              assertThat(basket.id()).isEqualTo("basket");
              assertThat(basket.longWaits()).isEqualTo(1);
              // 3 × the 90th percentile (the 18th of 20 waits: 23 minutes).
              assertThat(basket.longWaitThreshold().orElseThrow().toMillis())
                  .isCloseTo(Duration.ofMinutes(3 * 23).toMillis(), withPercentage(6.25));
            });
  }

  @Test
  void pathsBeyondTheCounters_areApproximateWithinTheStatedError() {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN, 3);
    for (int i = 0; i < 60; i++) {
      monitor.add(ObservedJourney.builder("a" + i).planned("ad").build()); // the common path
    }
    for (int i = 0; i < 40; i++) {
      monitor.add(ObservedJourney.builder("r" + i).adHoc("Rare " + i).build()); // 40 others
    }

    ObservedSummary summary = monitor.summary();

    assertThat(summary.pathError()).isPositive().isLessThanOrEqualTo(100 / 4);
    ObservedSummary.PathShare top = summary.paths().get(0);
    assertThat(top.steps()).extracting(ObservedSummary.Step::name).containsExactly("ad");
    assertThat(top.cases()).isBetween(60 - summary.pathError(), 60L);
  }

  @Test
  void merge_refusesAnotherPlan() {
    Journey other = Journey.builder("Other").stage("S", s -> s.touchpoint("X")).build();

    assertThatThrownBy(() -> JourneyMonitor.of(PLAN).merge(JourneyMonitor.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge monitors of different plans: [ad, basket, checkout, pick-up] and [x]");
  }

  @Test
  void fromBytes_refusesWhatIsNotAMonitor() {
    assertThatThrownBy(() -> JourneyMonitor.fromBytes(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a journey monitor's bytes (JourneyMonitor.toBytes()): ");
    byte[] bytes = fourCases().toBytes();
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
    assertThatThrownBy(() -> JourneyMonitor.fromBytes(cut))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toText_andToMarkdown_inTheReadersLanguage() {
    ObservedSummary summary = fourCases().summary();

    // Waits are read as the middle of their bucket: Ben's 6 minutes show as 5.7.
    assertThat(summary.toText())
        .isEqualTo(
            """
            Observed journeys of "Click and collect": 4 cases observed
              Ad: reached 100%, ended here 25%, failed 0%, emotion +1 (n 1), \
            wait for the next step 2 min (median), 4 min (90%)
              Basket: reached 75%, ended here 0%, failed 0%, emotion –, \
            wait for the next step 5.7 min (median), 27.3 min (90%)
              Checkout: reached 75%, ended here 25%, failed 33.3%, emotion -0.5 (n 2), \
            wait for the next step 1 d (median), 1 d (90%)
              Pick-up: reached 50%, ended here 50%, failed 0%, emotion –, \
            wait for the next step – (median), – (90%)
              Top paths:
                25%  Ad
                25%  Ad → Basket → ad hoc: Called support → Checkout → Pick-up
                25%  Ad → Basket → Checkout
                25%  Ad → Basket → Checkout → Pick-up
              Ad-hoc steps:
                "Called support" between "Basket" and "Checkout": 25% (1)
            """);
    assertThat(summary.toMarkdown())
        .isEqualTo(
            """
            ## Observed: Click and collect

            4 cases observed.

            | touchpoint | reached | ended here | failed | mean emotion (n) | median wait | 90% wait |
            |---|---:|---:|---:|---:|---:|---:|
            | Ad | 100% | 25% | 0% | +1 (n 1) | 2 min | 4 min |
            | Basket | 75% | 0% | 0% | – | 5.7 min | 27.3 min |
            | Checkout | 75% | 25% | 33.3% | -0.5 (n 2) | 1 d | 1 d |
            | Pick-up | 50% | 50% | 0% | – | – | – |

            ### Top paths

            | path | cases | share |
            |---|---:|---:|
            | Ad | 1 | 25% |
            | Ad → Basket → ad hoc: Called support → Checkout → Pick-up | 1 | 25% |
            | Ad → Basket → Checkout | 1 | 25% |
            | Ad → Basket → Checkout → Pick-up | 1 | 25% |

            ### Ad-hoc steps

            - "Called support" between "Basket" and "Checkout": 25% (1)
            """);
    assertThat(summary.toText(Locale.forLanguageTag("pl")))
        .startsWith("Obserwowane podróże „Click and collect”: 4 obserwowane przypadki\n")
        .contains("    „Called support” między „Basket” a „Checkout”: 25% (1)\n");
  }

  @Test
  void toText_listsTheUnexpectedBreaksInContact() {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    for (int i = 0; i < 20; i++) {
      long wait = i == 0 ? 3 * 24 * 60 : 10;
      monitor.add(
          ObservedJourney.builder("c" + i)
              .planned("basket", o -> o.at(minutes(0)))
              .planned("checkout", o -> o.at(minutes(wait)))
              .build());
    }

    assertThat(monitor.summary().toText())
        .endsWith(
            """
              Unexpected breaks in contact:
                Basket: 1 of 20 waits for the next step took longer than 1 h.
            """);
  }
}
