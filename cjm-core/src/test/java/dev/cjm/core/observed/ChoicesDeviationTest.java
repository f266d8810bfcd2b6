package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Observed journeys compared with a plan that leaves choices: an optional touchpoint is never
 * missing, an alternative is missing only when no touchpoint of its group was met, a retry is not
 * out of sequence, and the funnel counts a group as one step while still reporting each member.
 */
class ChoicesDeviationTest {
  /** Three ways in, the product page, an optional reminder, BLIK payment, pick-up. */
  static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage(
              "Discovery",
              s ->
                  s.oneOf(
                          "entry",
                          entry ->
                              entry
                                  .touchpoint("Facebook ad", t -> t.channel(Channel.SOCIAL_MEDIA))
                                  .touchpoint("Google search", t -> t.channel(Channel.SEARCH))
                                  .touchpoint("Price comparison site"))
                      .touchpoint("Product page"))
          .stage(
              "Purchase",
              s -> s.touchpoint("Reminder e-mail", t -> t.optional()).touchpoint("BLIK payment"))
          .stage("Collection", s -> s.touchpoint("Pick-up"))
          .build();

  static ObservedJourney.Builder via(String id, String entry) {
    return ObservedJourney.builder(id).planned(entry).planned("product-page");
  }

  private static List<String> deviations(ObservedJourney observed) {
    return DeviationReport.of(PLAN, observed).deviations().stream()
        .map(Deviation::toString)
        .toList();
  }

  @Nested
  class Missing {
    @Test
    void oneAlternativeAndNoOptionalStep_followsThePlan() {
      ObservedJourney anna =
          via("anna", "google-search").planned("blik-payment").planned("pick-up").build();

      assertThat(DeviationReport.of(PLAN, anna).followsPlan()).isTrue();
    }

    @Test
    void anAlternativeIsMissingOnlyWhenNoTouchpointOfItsGroupWasMet() {
      ObservedJourney direct =
          ObservedJourney.builder("direct")
              .planned("product-page")
              .planned("blik-payment")
              .planned("pick-up")
              .build();

      assertThat(deviations(direct))
          .containsExactly(
              "missing facebook-ad", "missing google-search", "missing price-comparison-site");
    }

    @Test
    void theSummaryStopsCallingTheOtherEntriesMissing() {
      List<ObservedJourney> three =
          List.of(
              via("a", "facebook-ad").planned("blik-payment").planned("pick-up").build(),
              via("b", "google-search").planned("blik-payment").planned("pick-up").build(),
              via("c", "price-comparison-site")
                  .planned("reminder-e-mail")
                  .planned("blik-payment")
                  .planned("pick-up")
                  .build());

      DeviationSummary summary = DeviationSummary.of(PLAN, three);

      assertThat(summary.followingPlan()).isEqualTo(3);
      assertThat(summary.touchpoints()).allSatisfy(t -> assertThat(t.missing()).isZero());
    }
  }

  @Nested
  class Sequence {
    @Test
    void aRetryRightAway_isNotOutOfSequence() {
      ObservedJourney retried =
          via("bartek", "facebook-ad")
              .planned("blik-payment", o -> o.failed())
              .planned("blik-payment")
              .planned("pick-up")
              .build();

      assertThat(deviations(retried)).containsExactly("failing blik-payment at 2");
    }

    @Test
    void aRetryAfterAFailureAndADetour_isNotOutOfSequence() {
      ObservedJourney retried =
          via("bartek", "facebook-ad")
              .planned("blik-payment", o -> o.failed())
              .adHoc("Calls the bank")
              .planned("blik-payment")
              .planned("pick-up")
              .build();

      assertThat(deviations(retried))
          .containsExactly("failing blik-payment at 2", "ad-hoc Calls the bank at 3");
    }

    @Test
    void meetingATouchpointAgainLater_withoutAFailure_isStillOutOfSequence() {
      ObservedJourney back =
          via("celina", "facebook-ad")
              .planned("blik-payment")
              .planned("product-page")
              .planned("pick-up")
              .build();

      assertThat(deviations(back)).containsExactly("sequence product-page at 3");
    }

    @Test
    void alternativesOneAfterAnother_inAnyOrder_areOneStep() {
      ObservedJourney both =
          ObservedJourney.builder("dorota")
              .planned("price-comparison-site")
              .planned("facebook-ad")
              .planned("product-page")
              .planned("blik-payment")
              .planned("pick-up")
              .build();

      assertThat(deviations(both)).isEmpty();
    }

    @Test
    void anAlternativeAfterALaterStep_isOutOfSequence() {
      ObservedJourney late =
          via("ewa", "google-search")
              .planned("facebook-ad")
              .planned("blik-payment")
              .planned("pick-up")
              .build();

      assertThat(deviations(late)).containsExactly("sequence facebook-ad at 2");
    }
  }

  @Nested
  class Monitor {
    private final ObservedSummary summary =
        JourneyMonitor.of(PLAN)
            .add(via("a", "facebook-ad").planned("blik-payment").planned("pick-up").build())
            .add(via("b", "facebook-ad").build())
            .add(via("c", "google-search").planned("reminder-e-mail").build())
            .add(ObservedJourney.builder("d").planned("product-page").build())
            .summary();

    @Test
    void eachAlternativeKeepsItsOwnReachedShare_andTheGroupIsOneStepOfTheFunnel() {
      ObservedSummary.TouchpointStats facebook = summary.touchpoints().get(0);
      ObservedSummary.TouchpointStats google = summary.touchpoints().get(1);
      ObservedSummary.TouchpointStats comparison = summary.touchpoints().get(2);

      assertThat(facebook.reachedShare()).isEqualTo(0.5);
      assertThat(google.reachedShare()).isEqualTo(0.25);
      assertThat(comparison.reached()).isZero();
      assertThat(List.of(facebook, google, comparison))
          .allSatisfy(
              t -> {
                assertThat(t.oneOf()).contains("entry");
                assertThat(t.stepReachedShare()).isEqualTo(0.75);
              });
    }

    @Test
    void anOptionalStepIsReportedAsSuch_andItsStepIsItself() {
      ObservedSummary.TouchpointStats reminder = summary.touchpoints().get(4);

      assertThat(reminder.optional()).isTrue();
      assertThat(reminder.oneOf()).isEmpty();
      assertThat(reminder.stepReached()).isEqualTo(reminder.reached()).isEqualTo(1);
    }

    @Test
    void theTextNamesTheChoices() {
      assertThat(summary.toText())
          .contains("  Facebook ad (one of entry: 75% reached): reached 50%")
          .contains("  Reminder e-mail (optional): reached 25%");
    }

    @Test
    void theChoicesSurviveTheBytes() {
      JourneyMonitor monitor = JourneyMonitor.of(PLAN).add(via("a", "google-search").build());

      assertThat(JourneyMonitor.fromBytes(monitor.toBytes()).summary())
          .isEqualTo(monitor.summary());
    }
  }
}
