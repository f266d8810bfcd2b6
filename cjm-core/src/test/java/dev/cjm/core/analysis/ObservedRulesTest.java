package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The standard rules on observed data: each judges a planned touchpoint by what the cases observed
 * there show, finds at its threshold and not below it, never on fewer than {@link
 * GapAnalysis#OBSERVED_MINIMUM} cases, and never without observed data; their findings weigh in
 * their pain point's score through {@link PriorityFactor#OBSERVED}.
 */
class ObservedRulesTest {
  private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");

  /** Basket, payment and pick-up are required; the review request after the pick-up is not. */
  private static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage(
              "Purchase",
              s ->
                  s.touchpoint("Basket", t -> t.id("basket").owner("Web").emotion(1))
                      .touchpoint("Payment", t -> t.id("payment").owner("Web").emotion(1)))
          .stage(
              "Pick-up",
              s ->
                  s.touchpoint("Pick-up", t -> t.id("pickup").owner("Store").emotion(1))
                      .touchpoint(
                          "Review request", t -> t.id("review").owner("CRM").emotion(0).optional()))
          .build();

  /** A case through the plan's steps, ten minutes apart, none failed and no emotion recorded. */
  private static ObservedJourney.Builder through(String id, String... steps) {
    ObservedJourney.Builder observed = ObservedJourney.builder(id);
    for (int i = 0; i < steps.length; i++) {
      Instant at = START.plus(Duration.ofMinutes(10L * i));
      observed.planned(steps[i], o -> o.at(at));
    }
    return observed;
  }

  /** {@code n} cases all the way to the pick-up, {@code failing} of them failing at the payment. */
  private static ObservedSummary paymentFailing(int n, int failing) {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    for (int i = 0; i < n; i++) {
      boolean failed = i < failing;
      monitor.add(
          ObservedJourney.builder("order-" + i)
              .planned("basket")
              .planned(
                  "payment",
                  o -> {
                    if (failed) {
                      o.failed();
                    }
                  })
              .planned("pickup")
              .build());
    }
    return monitor.summary();
  }

  /** {@code n} cases, {@code stopping} of them ending at the basket, the others picking up. */
  private static ObservedSummary stoppingAtTheBasket(int n, int stopping) {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    for (int i = 0; i < n; i++) {
      monitor.add(
          i < stopping
              ? through("order-" + i, "basket").build()
              : through("order-" + i, "basket", "payment", "pickup").build());
    }
    return monitor.summary();
  }

  /**
   * {@code n} cases; after the basket, {@code waitingDays} of them wait five days for the payment,
   * the others ten minutes.
   */
  private static ObservedSummary waitingAfterTheBasket(int n, int waitingDays) {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    for (int i = 0; i < n; i++) {
      Duration wait = i < waitingDays ? Duration.ofDays(5) : Duration.ofMinutes(10);
      Instant paid = START.plus(wait);
      monitor.add(
          ObservedJourney.builder("order-" + i)
              .planned("basket", o -> o.at(START))
              .planned("payment", o -> o.at(paid))
              .planned("pickup", o -> o.at(paid.plus(Duration.ofHours(2))))
              .build());
    }
    return monitor.summary();
  }

  /** {@code n} cases scoring the payment {@code score} (the plan says +1). */
  private static ObservedSummary scoringThePayment(int n, double score) {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    for (int i = 0; i < n; i++) {
      monitor.add(
          ObservedJourney.builder("order-" + i)
              .planned("basket")
              .planned("payment", o -> o.emotion(score))
              .planned("pickup")
              .build());
    }
    return monitor.summary();
  }

  private static GapReport analyze(ObservedSummary observed) {
    return GapAnalysis.standard().analyze(PLAN, observed);
  }

  @Nested
  class Failures {
    @Test
    void atTheThreshold_isAWarningWithItsFacts() {
      List<Finding> found = analyze(paymentFailing(100, 5)).findingsOf("observed.failures");

      assertThat(found).hasSize(1);
      Finding finding = found.get(0);
      assertThat(finding.subjectId()).isEqualTo("payment");
      assertThat(finding.path()).isEqualTo("stages[0].touchpoints[1]");
      assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
      assertThat(finding.message())
          .isEqualTo("\"Payment\" failed in 5% of the cases that reached it (5 of 100).");
      assertThat(finding.facts())
          .containsExactly(
              java.util.Map.entry("share", "5%"),
              java.util.Map.entry("count", "5"),
              java.util.Map.entry("n", "100"),
              java.util.Map.entry("threshold", "5%"));
    }

    @Test
    void belowTheThreshold_findsNothing() {
      assertThat(analyze(paymentFailing(100, 4)).findingsOf("observed.failures")).isEmpty();
    }

    @Test
    void atTwiceTheThreshold_isAnError() {
      assertThat(analyze(paymentFailing(100, 10)).findingsOf("observed.failures"))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.ERROR);
    }

    @Test
    void onFewerCasesThanTheMinimum_findsNothing() {
      assertThat(analyze(paymentFailing(29, 15)).findingsOf("observed.failures")).isEmpty();
      assertThat(analyze(paymentFailing(30, 15)).findingsOf("observed.failures")).hasSize(1);
    }

    @Test
    void followsTheConfiguredThreshold() {
      GapReport report =
          GapAnalysis.standard()
              .threshold("observed.failures", 0.1)
              .analyze(PLAN, paymentFailing(100, 5));

      assertThat(report.findingsOf("observed.failures")).isEmpty();
    }

    @Test
    void readsInPolish() {
      Finding finding = analyze(paymentFailing(100, 12)).findingsOf("observed.failures").get(0);

      assertThat(finding.message(Locale.forLanguageTag("pl")))
          .isEqualTo(
              "W punkcie styku „Payment” wystąpiło niepowodzenie w 12% przypadków, które do niego"
                  + " dotarły (12 z 100).");
    }
  }

  @Nested
  class DropOff {
    @Test
    void atTheThreshold_isAWarning() {
      List<Finding> found = analyze(stoppingAtTheBasket(100, 20)).findingsOf("observed.drop-off");

      assertThat(found).singleElement().extracting(Finding::subjectId).isEqualTo("basket");
      assertThat(found.get(0).severity()).isEqualTo(FindingSeverity.WARNING);
      assertThat(found.get(0).message())
          .isEqualTo(
              "20% of the cases that reached \"Basket\" ended there (20 of 100), before the"
                  + " plan's last required step.");
    }

    @Test
    void belowTheThreshold_findsNothing() {
      assertThat(analyze(stoppingAtTheBasket(100, 19)).findingsOf("observed.drop-off")).isEmpty();
    }

    @Test
    void atTwiceTheThreshold_isAnError() {
      assertThat(analyze(stoppingAtTheBasket(100, 40)).findingsOf("observed.drop-off"))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.ERROR);
    }

    @Test
    void onFewerCasesThanTheMinimum_findsNothing() {
      assertThat(analyze(stoppingAtTheBasket(29, 20)).findingsOf("observed.drop-off")).isEmpty();
    }

    @Test
    void endingAtTheLastRequiredStepOrAnOptionalOneAfterIt_isGoingAllTheWay() {
      // Every case ends at the pick-up (the last required step) or at the review request after it.
      JourneyMonitor monitor = JourneyMonitor.of(PLAN);
      for (int i = 0; i < 100; i++) {
        monitor.add(
            i % 2 == 0
                ? through("order-" + i, "basket", "payment", "pickup").build()
                : through("order-" + i, "basket", "payment", "pickup", "review").build());
      }

      assertThat(analyze(monitor.summary()).findingsOf("observed.drop-off")).isEmpty();
    }

    @Test
    void anAlternative_isJudgedOnTheCasesThatMetIt() {
      Journey plan =
          Journey.builder("Entry points")
              .stage(
                  "Awareness",
                  s ->
                      s.oneOf(
                          "entry",
                          g ->
                              g.touchpoint("Facebook ad", t -> t.id("facebook"))
                                  .touchpoint("Google search", t -> t.id("google"))))
              .stage("Purchase", s -> s.touchpoint("Basket", t -> t.id("basket")))
              .build();
      JourneyMonitor monitor = JourneyMonitor.of(plan);
      // 60 come from Google, all buy; 40 from Facebook, 10 of whom (25% of them) stop there.
      for (int i = 0; i < 100; i++) {
        ObservedJourney.Builder observed = ObservedJourney.builder("case-" + i);
        if (i < 60) {
          observed.planned("google").planned("basket");
        } else if (i < 90) {
          observed.planned("facebook").planned("basket");
        } else {
          observed.planned("facebook");
        }
        monitor.add(observed.build());
      }

      assertThat(GapAnalysis.standard().analyze(plan, monitor.summary()).findings())
          .filteredOn(f -> f.ruleId().equals("observed.drop-off"))
          .singleElement()
          .satisfies(f -> assertThat(f.subjectId()).isEqualTo("facebook"))
          .satisfies(f -> assertThat(f.facts()).containsEntry("n", "40"));
    }
  }

  @Nested
  class LongWaits {
    @Test
    void atTheThreshold_isAWarning_anUnexpectedBreakInContact() {
      List<Finding> found =
          analyze(waitingAfterTheBasket(100, 5)).findingsOf("observed.long-waits");

      assertThat(found).singleElement().extracting(Finding::subjectId).isEqualTo("basket");
      assertThat(found.get(0).severity()).isEqualTo(FindingSeverity.WARNING);
      assertThat(found.get(0).message())
          .isEqualTo(
              "Unexpected breaks in contact after \"Basket\": 5% of the waits for the next step"
                  + " (5 of 100) were far longer than usual.");
      assertThat(found.get(0).message(Locale.forLanguageTag("pl")))
          .startsWith("Nieoczekiwane przerwy w kontakcie po punkcie styku „Basket”");
    }

    @Test
    void belowTheThreshold_findsNothing() {
      assertThat(analyze(waitingAfterTheBasket(100, 4)).findingsOf("observed.long-waits"))
          .isEmpty();
    }

    @Test
    void atTwiceTheThreshold_isAnError() {
      // 10 of 100 waits are long only if the usual long wait (the 90th percentile) stays short.
      ObservedSummary observed = waitingAfterTheBasket(100, 9);
      assertThat(analyze(observed).findingsOf("observed.long-waits"))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.WARNING);
      GapReport halfTheThreshold =
          GapAnalysis.standard().threshold("observed.long-waits", 0.045).analyze(PLAN, observed);
      assertThat(halfTheThreshold.findingsOf("observed.long-waits"))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.ERROR);
    }

    @Test
    void onFewerWaitsThanTheMinimum_findsNothing() {
      assertThat(analyze(waitingAfterTheBasket(29, 2)).findingsOf("observed.long-waits")).isEmpty();
    }
  }

  @Nested
  class EmotionBelowPlan {
    @Test
    void atTheThreshold_isAWarning() {
      List<Finding> found =
          analyze(scoringThePayment(30, 0)).findingsOf("observed.emotion-below-plan");

      assertThat(found).singleElement().extracting(Finding::subjectId).isEqualTo("payment");
      assertThat(found.get(0).severity()).isEqualTo(FindingSeverity.WARNING);
      assertThat(found.get(0).message())
          .isEqualTo(
              "At \"Payment\" customers felt 0 on average (30 scores), 1 below the planned +1.");
      assertThat(found.get(0).facts())
          .containsExactly(
              java.util.Map.entry("observed", "0"),
              java.util.Map.entry("planned", "+1"),
              java.util.Map.entry("shortfall", "1"),
              java.util.Map.entry("n", "30"),
              java.util.Map.entry("threshold", "1"));
    }

    @Test
    void belowTheThreshold_findsNothing() {
      assertThat(analyze(scoringThePayment(30, 0.25)).findingsOf("observed.emotion-below-plan"))
          .isEmpty();
    }

    @Test
    void atTwiceTheThreshold_isAnError() {
      assertThat(analyze(scoringThePayment(30, -1)).findingsOf("observed.emotion-below-plan"))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.ERROR);
    }

    @Test
    void onFewerScoresThanTheMinimum_findsNothing() {
      assertThat(analyze(scoringThePayment(29, -2)).findingsOf("observed.emotion-below-plan"))
          .isEmpty();
    }
  }

  @Nested
  class WithoutObservedData {
    @Test
    void theObservedRulesDoNotRun_andTheReportDoesNotCountThem() {
      GapReport report = GapAnalysis.standard().analyze(PLAN);

      assertThat(report.findings()).noneMatch(f -> f.ruleId().startsWith("observed."));
      assertThat(report.countsByRule().keySet()).noneMatch(id -> id.startsWith("observed."));
      assertThat(report.observed()).isEmpty();
    }

    @Test
    void withIt_theyRunAndAreCounted_zeroIncluded() {
      GapReport report = analyze(paymentFailing(100, 0));

      assertThat(report.countsByRule())
          .containsEntry("observed.long-waits", 0)
          .containsEntry("observed.failures", 0)
          .containsEntry("observed.drop-off", 0)
          .containsEntry("observed.emotion-below-plan", 0);
      assertThat(report.observed()).isPresent();
    }

    @Test
    void aUsersRule_readsTheSummaryFromItsContext() {
      List<java.util.Optional<ObservedSummary>> seen = new java.util.ArrayList<>();
      GapRule peeking =
          new GapRule() {
            @Override
            public String id() {
              return "acme.peek";
            }

            @Override
            public FindingSeverity defaultSeverity() {
              return FindingSeverity.INFO;
            }

            @Override
            public String description() {
              return "looks at the observed summary";
            }

            @Override
            public List<Finding> check(Journey journey, RuleContext context) {
              seen.add(context.observed());
              return List.of();
            }
          };
      ObservedSummary observed = paymentFailing(40, 0);

      GapAnalysis.none().with(peeking).analyze(PLAN);
      GapAnalysis.none().with(peeking).analyze(PLAN, observed);

      assertThat(seen).containsExactly(java.util.Optional.empty(), java.util.Optional.of(observed));
    }
  }

  @Nested
  class TheSummaryMustBeOfThePlan {
    @Test
    void aSummaryOfAnotherPlan_isRejected_namingTheFirstTouchpointThatDiffers() {
      Journey other = PLAN.toBuilder().editTouchpoint("payment", t -> t.id("pay-by-card")).build();
      ObservedSummary ofOther = JourneyMonitor.of(other).summary();

      assertThatThrownBy(() -> GapAnalysis.standard().analyze(PLAN, ofOther))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the summary of \"Click and collect\" is not of the plan \"Click and collect\": its"
                  + " touchpoint 2 is \"pay-by-card\" where the plan has \"payment\"; summarise"
                  + " the cases with JourneyMonitor.of(plan)");
    }

    @Test
    void aSummaryOfAShorterPlan_isRejected_namingWhatItLacks() {
      Journey shorter = PLAN.toBuilder().removeTouchpoint("review").build();
      ObservedSummary ofShorter = JourneyMonitor.of(shorter).summary();

      assertThatThrownBy(() -> GapAnalysis.standard().analyze(PLAN, ofShorter))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("it has 3 touchpoints where the plan has 4")
          .hasMessageContaining("the summary lacks \"review\"");
    }
  }

  @Nested
  class PainPoints {
    @Test
    void aFailureShare_weighsFourTimesTheShare_andTheSummarySaysIt() {
      GapReport report = analyze(paymentFailing(100, 12));

      PainPoint payment = report.painPoints().get(0);
      assertThat(payment.subjectId()).isEqualTo("payment");
      // 4 × 12%; the warning itself adds nothing (the FINDINGS factor does not count it twice).
      assertThat(payment.score()).isCloseTo(0.48, within(1e-9));
      assertThat(payment.summary()).isEqualTo("feel +1; failed in 12% of 100 cases");
      assertThat(payment.summary(Locale.forLanguageTag("pl")))
          .isEqualTo("odczuwane +1; niepowodzenia w 12% z 100 przypadków");
    }

    @Test
    void theObservedFactor_hasTheWeightTheAnalysisSets() {
      ObservedSummary observed = paymentFailing(100, 12);

      double doubled =
          GapAnalysis.standard()
              .priorityWeight(PriorityFactor.OBSERVED, 2)
              .analyze(PLAN, observed)
              .painPoints()
              .get(0)
              .score();
      double ignored =
          GapAnalysis.standard()
              .priorityWeight(PriorityFactor.OBSERVED, 0)
              .analyze(PLAN, observed)
              .painPoints()
              .get(0)
              .score();

      assertThat(doubled).isCloseTo(0.96, within(1e-9));
      assertThat(ignored).isZero();
    }

    @Test
    void theEmotionShortfall_weighsItsPoints() {
      PainPoint payment = analyze(scoringThePayment(30, -0.5)).painPoints().get(0);

      assertThat(payment.score()).isCloseTo(1.5, within(1e-9));
      assertThat(payment.summary()).isEqualTo("feel +1; observed emotion -0.5 (n 30), planned +1");
    }

    @Test
    void aPlacesObservedEvidence_weighsAtMostFour() {
      // 60 of 100 fail at the payment (2.4) and 50 end there (2), of 4.4: capped at 4.
      JourneyMonitor monitor = JourneyMonitor.of(PLAN);
      for (int i = 0; i < 100; i++) {
        boolean failed = i < 60;
        ObservedJourney.Builder observed =
            ObservedJourney.builder("order-" + i)
                .planned("basket")
                .planned(
                    "payment",
                    o -> {
                      if (failed) {
                        o.failed();
                      }
                    });
        if (i >= 50) {
          observed.planned("pickup");
        }
        monitor.add(observed.build());
      }

      PainPoint payment = analyze(monitor.summary()).painPoints().get(0);

      assertThat(payment.findings())
          .extracting(Finding::ruleId)
          .containsExactlyInAnyOrder("observed.failures", "observed.drop-off");
      assertThat(payment.score()).isEqualTo(4);
      assertThat(payment.priority()).isEqualTo(Priority.HIGH);
      assertThat(payment.summary())
          .isEqualTo("feel +1; failed in 60% of 100 cases; 50% of 100 cases ended here");
    }
  }
}
