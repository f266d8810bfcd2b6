package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

/** The report: its order, counts, groupings, emotion summary, opportunity ranking and outputs. */
class GapReportTest {
  /** The journey of the README. */
  static final Journey SHOES = TestJourneys.runningShoes();

  @Test
  void findings_areOrderedBySeverityThenJourneyOrder() {
    GapReport report = GapAnalysis.standard().analyze(SHOES);

    assertThat(report.findings())
        .extracting(f -> f.severity().label() + " " + f.ruleId() + " " + f.path())
        .containsExactly(
            "error emotion.expectation-gap stages[1].touchpoints[0]",
            "warning lifecycle.missing-phase ",
            "warning touchpoint.no-owner stages[0].touchpoints[0]",
            "warning emotion.low-point stages[1].touchpoints[0]",
            "warning emotion.sharp-drop stages[1].touchpoints[0]",
            "warning channel.broken-handover stages[1].touchpoints[0]",
            "warning barrier.widespread stages[1].touchpoints[0].barriers[0]",
            "info lifecycle.missing-phase ");
  }

  @Test
  void counts_coverEverySeverityAndEveryRuleThatRan() {
    GapReport report = GapAnalysis.standard().analyze(SHOES);

    assertThat(report.countsBySeverity())
        .containsExactly(
            EmotionRulesTest.entryOf(FindingSeverity.ERROR, 1),
            EmotionRulesTest.entryOf(FindingSeverity.WARNING, 6),
            EmotionRulesTest.entryOf(FindingSeverity.INFO, 1));
    assertThat(report.countsByRule()).hasSize(16);
    assertThat(report.countsByRule())
        .containsEntry("lifecycle.missing-phase", 2)
        .containsEntry("barrier.unaddressed", 0);
  }

  @Test
  void findingsForStageAndTouchpoint_includeWhatLiesInside() {
    GapReport report = GapAnalysis.standard().analyze(SHOES);

    assertThat(report.findingsForStage("purchase"))
        .extracting(Finding::ruleId)
        .containsExactly(
            "emotion.expectation-gap",
            "emotion.low-point",
            "emotion.sharp-drop",
            "channel.broken-handover",
            "barrier.widespread");
    assertThat(report.findingsForTouchpoint("instagram-ad"))
        .extracting(Finding::ruleId)
        .containsExactly("touchpoint.no-owner");
    assertThat(report.findingsForTouchpoint("purchase")).isEmpty();
    assertThat(report.findingsForStage("nowhere")).isEmpty();
    assertThat(report.journeyFindings()).hasSize(2);
  }

  @Test
  void emotionSummary_givesTheMeansOfEachStage() {
    Journey journey =
        Journey.builder("Shoes")
            .stage(
                "Zakup",
                s ->
                    s.touchpoint("Basket", t -> t.emotion(1).expectedEmotion(1))
                        .touchpoint("Checkout", t -> t.emotion(-2).expectedEmotion(2))
                        .touchpoint("Receipt"))
            .stage("Loyalty")
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    StageEmotion purchase = report.emotionSummary().get(0);
    assertThat(purchase.stageId()).isEqualTo("zakup");
    assertThat(purchase.phase()).hasValue(dev.cjm.core.Phase.PURCHASE);
    assertThat(purchase.meanExperienced()).hasValue(-0.5);
    assertThat(purchase.meanExpected()).hasValue(1.5);
    assertThat(purchase.gap()).hasValue(2.0);
    assertThat(purchase.scoredTouchpoints()).isEqualTo(2);
    assertThat(purchase.touchpoints()).isEqualTo(3);
    StageEmotion loyalty = report.emotionSummary().get(1);
    assertThat(loyalty.meanExperienced()).isEmpty();
    assertThat(loyalty.gap()).isEmpty();
  }

  @Test
  void rankedOpportunities_weighWhatTheyRelieveAgainstEffort() {
    Journey journey =
        Journey.builder("Shoes")
            .stage(
                "Purchase",
                s ->
                    s.touchpoint(
                        "Checkout",
                        t ->
                            t.barrier(
                                    "Card declined",
                                    b ->
                                        b.id("declined")
                                            .severity(Severity.CRITICAL)
                                            .frequency(0.25))
                                .barrier(
                                    "Slow page",
                                    b -> b.id("slow").severity(Severity.LOW).frequency(0.8))))
            .opportunity(
                "Faster page", o -> o.addresses("slow").impact(Level.LOW).effort(Level.LOW))
            .opportunity(
                "New payment provider",
                o -> o.addresses("declined").impact(Level.HIGH).effort(Level.HIGH))
            .opportunity("Gift wrapping", o -> o.impact(Level.HIGH).effort(Level.LOW))
            .opportunity(
                "Retry declined cards",
                o -> o.addresses("declined", "slow").impact(Level.MEDIUM).effort(Level.MEDIUM))
            .opportunity("Unestimated idea", o -> o.addresses("slow"))
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    // value = impact × (1 + Σ severity × share); score = value / effort
    assertThat(report.rankedOpportunities())
        .extracting(r -> r.rank() + " " + r.opportunity().id() + " " + Figures.amount(r.score()))
        .containsExactly(
            "1 gift-wrapping 3", // a quick win that addresses nothing: 3 × 1 / 1
            "2 retry-declined-cards 2.8", // 2 × (1 + 4 × 0.25 + 1 × 0.8) / 2
            "3 new-payment-provider 2", // 3 × (1 + 4 × 0.25) / 3
            "4 faster-page 1.8", // 1 × (1 + 0.8) / 1
            "5 unestimated-idea 1.8"); // 2 × (1 + 0.8) / 2, after faster-page in journey order
    assertThat(report.rankedOpportunities().get(1).barriers())
        .extracting(b -> b.id())
        .containsExactly("declined", "slow");
    assertThat(report.rankedOpportunities().get(0).isQuickWin()).isTrue();
  }

  @Test
  void rankedOpportunities_breakTiesByThePainPointTheyRelieve() {
    Journey journey =
        Journey.builder("Shop")
            .stage(
                "Search",
                s ->
                    s.touchpoint(
                        "Results",
                        t ->
                            t.owner("Web team")
                                .emotion(1)
                                .expectedEmotion(1)
                                .barrier(
                                    "Filters reset",
                                    b -> b.id("filters").severity(Severity.MEDIUM).frequency(0.5))))
            .stage(
                "Purchase",
                s ->
                    s.touchpoint(
                        "Payment",
                        t ->
                            t.owner("Web team")
                                .emotion(-2)
                                .expectedEmotion(1)
                                .barrier(
                                    "Card declined",
                                    b ->
                                        b.id("declined").severity(Severity.MEDIUM).frequency(0.5))))
            .opportunity("Keep filters", o -> o.addresses("filters"))
            .opportunity("Retry cards", o -> o.addresses("declined"))
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    // Equal scores; the payment pain point is ranked, the results page is no pain point at all.
    assertThat(report.painPoints()).extracting(PainPoint::subjectId).containsExactly("payment");
    assertThat(report.rankedOpportunities())
        .extracting(r -> r.opportunity().id() + " " + Figures.amount(r.score()))
        .containsExactly("retry-cards 2", "keep-filters 2");
  }

  @Test
  void toMarkdown_rendersTheWholeReport() {
    assertThat(GapAnalysis.standard().analyze(SHOES).toMarkdown())
        .isEqualTo(
            """
            ## Gap analysis: Buying running shoes online

            1 pain point (1 critical), 2 map checks, from 8 findings.

            ### Fix first

            1. **Checkout (Purchase)**, critical: feel -2, expected +1; barrier "Delivery cost appears only at the last step" (high); fix: "Show delivery cost on the product page"

            Priority weighs the evidence at each place: how far the felt emotion falls below the expected one and below neutral, each barrier's severity times the share of customers who meet it, how far each metric misses its target, and the most severe finding of any other rule; critical from a score of 5, high from 3, medium from 1.

            ### Pain points

            #### 1. Checkout (Purchase): critical (score 6.5)

            - Felt -2, expected +1.
            - Barrier: Delivery cost appears only at the last step (high).
            - Opportunity: Show delivery cost on the product page (quick win).
            - At "Checkout" customers feel -2 but expected +1, a gap of 3. (`emotion.expectation-gap`)
            - The emotion curve dips to -2 at "Checkout", its lowest point. (`emotion.low-point`)
            - The emotion falls sharply from "Instagram ad" to "Checkout", from +1 to -2. (`emotion.sharp-drop`)
            - Right after a change of channel, from Social media ("Instagram ad") to Web ("Checkout"), customers feel -2 but expected +1. (`channel.broken-handover`)
            - The high barrier "Delivery cost appears only at the last step" stays until "Show delivery cost on the product page" is delivered. (`barrier.widespread`)

            ### Map checks

            What the map itself lacks, to record or decide.

            | priority | check | what to record |
            |---|---|---|
            | medium | `lifecycle.missing-phase` | The journey ends at "Purchase" (Purchase): what happens after the purchase is left out. The journey has no Consideration or Decision stage between "Awareness" and "Purchase". |
            | medium | `touchpoint.no-owner` | Nobody owns "Instagram ad", so nobody is accountable for what happens there. |

            ### Emotion by stage

            | stage | phase | experienced | expected | gap | scored touchpoints |
            |---|---|---:|---:|---:|---:|
            | Awareness | Awareness | +1 | – | – | 1 of 1 |
            | Purchase | Purchase | -2 | +1 | +3 | 1 of 1 |

            ### Opportunities, best first

            | rank | opportunity | impact | effort | addresses | score |
            |---:|---|---|---|---|---:|
            | 1 | Show delivery cost on the product page **(quick win)** | high | low | "Delivery cost appears only at the last step" (high) | 7.5 |
            """);
  }

  @Test
  void toText_rendersTheWholeReport() {
    assertThat(GapAnalysis.standard().analyze(SHOES).toText())
        .isEqualTo(
            """
            Gap analysis of "Buying running shoes online": 1 pain point (1 critical), 2 map checks, from 8 findings

            Fix first:
              1. [critical] Checkout (Purchase): feel -2, expected +1; barrier "Delivery cost appears only at the last step" (high); fix: "Show delivery cost on the product page"

            Pain points:
              1. [critical] Checkout (Purchase), score 6.5
                 felt -2, expected +1
                 barrier Delivery cost appears only at the last step (high)
                 opportunity Show delivery cost on the product page
                 - At "Checkout" customers feel -2 but expected +1, a gap of 3. (emotion.expectation-gap)
                 - The emotion curve dips to -2 at "Checkout", its lowest point. (emotion.low-point)
                 - The emotion falls sharply from "Instagram ad" to "Checkout", from +1 to -2. (emotion.sharp-drop)
                 - Right after a change of channel, from Social media ("Instagram ad") to Web ("Checkout"), customers feel -2 but expected +1. (channel.broken-handover)
                 - The high barrier "Delivery cost appears only at the last step" stays until "Show delivery cost on the product page" is delivered. (barrier.widespread)

            Map checks (what the map itself lacks):
              [medium] The journey ends at "Purchase" (Purchase): what happens after the purchase is left out. The journey has no Consideration or Decision stage between "Awareness" and "Purchase". (lifecycle.missing-phase)
              [medium] Nobody owns "Instagram ad", so nobody is accountable for what happens there. (touchpoint.no-owner)

            Emotion by stage (mean experienced / expected):
              Awareness [Awareness]: +1 / – (1 of 1 touchpoints scored)
              Purchase [Purchase]: -2 / +1 (1 of 1 touchpoints scored)

            Opportunities, best first:
              1. [quick win] Show delivery cost on the product page (impact high, effort low, score 7.5) addresses "Delivery cost appears only at the last step" (high)
            """);
  }

  @Test
  void toMarkdown_escapesUserText() {
    Journey journey =
        Journey.builder("A | B *bold*")
            .stage("Purchase", s -> s.touchpoint("Check|out", t -> t.owner("Team").emotion(-1)))
            .build();

    String markdown = GapAnalysis.standard().analyze(journey).toMarkdown();

    assertThat(markdown).startsWith("## Gap analysis: A \\| B \\*bold\\*\n");
    assertThat(markdown).contains("\"Check\\|out\"");
  }

  @Test
  void analyze_isDeterministic() {
    GapReport first = GapAnalysis.standard().analyze(SHOES);
    GapReport second = GapAnalysis.standard().analyze(SHOES);

    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.toMarkdown()).isEqualTo(first.toMarkdown());
  }
}
