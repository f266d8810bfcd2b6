package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planned vs actual journeys: the four deviations of CJML. */
class DeviationTest {
  /** Planned: ad, product page, basket, checkout, confirmation e-mail. */
  static final Journey PLAN =
      Journey.builder("Buying shoes")
          .stage("Awareness", s -> s.touchpoint("Ad"))
          .stage(
              "Purchase",
              s -> s.touchpoint("Product page").touchpoint("Basket").touchpoint("Checkout"))
          .stage("Post-purchase", s -> s.touchpoint("Confirmation e-mail"))
          .build();

  static ObservedJourney.Builder asPlanned(String id) {
    return ObservedJourney.builder(id)
        .planned("ad")
        .planned("product-page")
        .planned("basket")
        .planned("checkout")
        .planned("confirmation-e-mail");
  }

  @Test
  void aJourneyThatFollowsThePlanHasNoDeviations() {
    DeviationReport report = DeviationReport.of(PLAN, asPlanned("anna").build());

    assertThat(report.followsPlan()).isTrue();
    assertThat(report.toText()).isEqualTo("Observed journey \"anna\": follows the plan\n");
  }

  @Test
  void missing_isAPlannedTouchpointThatNeverHappened() {
    ObservedJourney observed =
        ObservedJourney.builder("anna")
            .planned("ad")
            .planned("product-page")
            .planned("checkout")
            .build();

    DeviationReport report = DeviationReport.of(PLAN, observed);

    assertThat(report.deviations())
        .extracting(Deviation::toString)
        .containsExactly("missing basket", "missing confirmation-e-mail");
    assertThat(report.deviations().get(0).message())
        .isEqualTo("Planned touchpoint \"Basket\" never happened.");
    assertThat(report.deviations().get(0).position()).isEmpty();
  }

  @Test
  void adHoc_isATouchpointThePlanDoesNotHave() {
    ObservedJourney observed =
        asPlanned("anna").adHoc("Called the hotline").planned("gift-card").build();

    DeviationReport report = DeviationReport.of(PLAN, observed);

    assertThat(report.deviations())
        .extracting(Deviation::toString)
        .containsExactly("ad-hoc Called the hotline at 5", "ad-hoc gift-card at 6");
    assertThat(report.deviations().get(1).message())
        .isEqualTo("Step 7, \"gift-card\", names a touchpoint the plan does not have.");
  }

  @Test
  void sequence_isAPlannedTouchpointOutOfOrderOrMetAgainLater() {
    ObservedJourney observed =
        ObservedJourney.builder("anna")
            .planned("ad")
            .planned("basket")
            .planned("product-page")
            .planned("basket")
            .planned("checkout")
            .planned("product-page")
            .planned("confirmation-e-mail")
            .build();

    DeviationReport report = DeviationReport.of(PLAN, observed);

    assertThat(report.deviations())
        .extracting(Deviation::toString)
        .containsExactly("sequence basket at 1", "sequence product-page at 5");
    assertThat(report.deviations(Deviation.Type.MISSING)).isEmpty();
  }

  @Test
  void failing_isATouchpointThatFailedWhereverItHappened_andItsRetryIsNoSequenceIrregularity() {
    ObservedJourney observed =
        ObservedJourney.builder("anna")
            .planned("ad")
            .planned("product-page")
            .planned("basket")
            .planned("checkout", o -> o.failed().emotion(-2))
            .adHoc("Live chat", o -> o.failed())
            .planned("checkout")
            .planned("confirmation-e-mail")
            .build();

    DeviationReport report = DeviationReport.of(PLAN, observed);

    assertThat(report.deviations())
        .extracting(Deviation::toString)
        .containsExactly(
            "failing checkout at 3", "ad-hoc Live chat at 4", "failing Live chat at 4");
    assertThat(report.toText())
        .isEqualTo(
            """
            Observed journey "anna": 3 deviations
              failing  Step 4, "checkout", failed.
              ad-hoc   Step 5, "Live chat", is not in the plan.
              failing  Step 5, "Live chat", failed.
            """);
  }

  @Test
  void alignment_keepsTheLongestRunInPlannedOrder() {
    // plan positions 0 3 1 2 4: the checkout (3) met too early is the one out of sequence
    int[] positions = {0, 3, 1, 2, 4};

    assertThat(DeviationReport.alignedOccurrences(positions))
        .containsExactly(true, false, true, true, true);
    // of a touchpoint met twice, the first meeting stays on plan
    assertThat(DeviationReport.alignedOccurrences(new int[] {0, 1, 1, 2}))
        .containsExactly(true, true, false, true);
    // ad-hoc occurrences (-1) take no part; a later, lower position replaces an equally long run
    assertThat(DeviationReport.alignedOccurrences(new int[] {-1, 2, -1, 2, 0}))
        .containsExactly(false, false, false, false, true);
    assertThat(DeviationReport.alignedOccurrences(new int[0])).isEmpty();
  }

  @Test
  void summary_givesTheShareOfJourneysWithEachDeviation() {
    List<ObservedJourney> observed = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ObservedJourney.Builder journey =
          ObservedJourney.builder("customer-" + i)
              .planned("ad")
              .planned("product-page")
              .planned("basket");
      if (i % 100 >= 37) { // 37% never reach the checkout
        journey.planned("checkout", o -> o.emotion(1));
      }
      if (i % 10 == 0) {
        journey.adHoc("Called the hotline");
      }
      observed.add(journey.planned("confirmation-e-mail").build());
    }

    DeviationSummary summary = DeviationSummary.of(PLAN, observed);

    assertThat(summary.journeys()).isEqualTo(1000);
    assertThat(summary.touchpoints().get(3).missing()).isEqualTo(370);
    assertThat(summary.touchpoints().get(3).missingShare()).isEqualTo(0.37);
    assertThat(summary.touchpoints().get(3).meanEmotion()).hasValue(1.0);
    assertThat(summary.touchpoints().get(0).isClean()).isTrue();
    assertThat(summary.adHoc()).containsExactly(java.util.Map.entry("Called the hotline", 100));
    assertThat(summary.followingPlan()).isEqualTo(570);
    assertThat(summary.toText())
        .isEqualTo(
            """
            Planned vs actual for "Buying shoes": 570 of 1,000 journeys followed the plan exactly
              checkout missing in 37% of 1,000 journeys
              "Called the hotline" ad hoc in 10% of 1,000 journeys
            """);
    assertThat(summary.toMarkdown())
        .isEqualTo(
            """
            ## Planned vs actual: Buying shoes

            570 of 1,000 journeys followed the plan exactly.

            | touchpoint | missing | out of sequence | failing | mean emotion |
            |---|---:|---:|---:|---:|
            | Ad | 0% | 0% | 0% | – |
            | Product page | 0% | 0% | 0% | – |
            | Basket | 0% | 0% | 0% | – |
            | Checkout | 37% | 0% | 0% | +1 |
            | Confirmation e-mail | 0% | 0% | 0% | – |

            ### Ad-hoc touchpoints

            | touchpoint | journeys |
            |---|---:|
            | Called the hotline | 10% |
            """);
  }

  @Test
  void summary_ofNoJourneysIsEmptyNotAnError() {
    DeviationSummary summary = DeviationSummary.of(PLAN, List.of());

    assertThat(summary.journeys()).isZero();
    assertThat(summary.touchpoints()).allSatisfy(t -> assertThat(t.missingShare()).isZero());
  }

  @Test
  void builder_rejectsBlankNamesAndScoresOffTheScale() {
    assertThatThrownBy(() -> ObservedJourney.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observed journey id is blank; give it a name");
    assertThatThrownBy(() -> ObservedJourney.builder("anna").adHoc(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ad-hoc touchpoint name is blank; give it a name");
    assertThatThrownBy(() -> ObservedJourney.builder("anna").planned("ad", o -> o.emotion(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("emotion score 3.0 is off the scale");
  }
}
