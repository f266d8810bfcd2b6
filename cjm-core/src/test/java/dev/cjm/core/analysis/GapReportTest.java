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
  void rankedOpportunities_putQuickWinsFirstThenValueAgainstEffort() {
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
                                    b -> b.id("declined").severity(Severity.CRITICAL))
                                .barrier("Slow page", b -> b.id("slow").severity(Severity.LOW))))
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

    // value = impact × (1 + barrier weights); score = value / effort
    assertThat(report.rankedOpportunities())
        .extracting(r -> r.rank() + " " + r.opportunity().id() + " " + Figures.amount(r.score()))
        .containsExactly(
            "1 gift-wrapping 3", // quick win first, though it addresses nothing: 3 × 1 / 1
            "2 retry-declined-cards 6", // 2 × (1 + 4 + 1) / 2
            "3 new-payment-provider 5", // 3 × (1 + 4) / 3
            "4 faster-page 2", // 1 × (1 + 1) / 1
            "5 unestimated-idea 2"); // 2 × (1 + 1) / 2, after faster-page in journey order
    assertThat(report.rankedOpportunities().get(1).barriers())
        .extracting(b -> b.id())
        .containsExactly("declined", "slow");
    assertThat(report.rankedOpportunities().get(0).isQuickWin()).isTrue();
  }

  @Test
  void toMarkdown_rendersTheWholeReport() {
    assertThat(GapAnalysis.standard().analyze(SHOES).toMarkdown())
        .isEqualTo(
            """
            ## Gap analysis: Buying running shoes online

            8 findings: 1 error, 6 warnings, 1 info.

            | severity | rule | where | finding |
            |---|---|---|---|
            | error | `emotion.expectation-gap` | `stages[1].touchpoints[0]` | At "Checkout" customers feel -2 but expected +1, a gap of 3. |
            | warning | `lifecycle.missing-phase` | journey | The journey ends at "Purchase" (purchase): what happens after the purchase is left out. |
            | warning | `touchpoint.no-owner` | `stages[0].touchpoints[0]` | Nobody owns "Instagram ad", so nobody is accountable for what happens there. |
            | warning | `emotion.low-point` | `stages[1].touchpoints[0]` | The emotion curve bottoms out at "Checkout" (-2): a pain point. |
            | warning | `emotion.sharp-drop` | `stages[1].touchpoints[0]` | The emotion falls sharply from "Instagram ad" to "Checkout", from +1 to -2. |
            | warning | `channel.broken-handover` | `stages[1].touchpoints[0]` | Moving from Social media ("Instagram ad") to Web ("Checkout") customers feel -2 but expected +1: the hand-over between channels is broken. |
            | warning | `barrier.widespread` | `stages[1].touchpoints[0].barriers[0]` | The high barrier "Delivery cost appears only at the last step" stays until "Show delivery cost on the product page" is delivered. |
            | info | `lifecycle.missing-phase` | journey | The journey has no Consideration or Decision stage between "Awareness" and "Purchase". |

            ### Findings by rule

            | rule | findings |
            |---|---:|
            | `emotion.expectation-gap` | 1 |
            | `emotion.low-point` | 1 |
            | `emotion.sharp-drop` | 1 |
            | `barrier.widespread` | 1 |
            | `lifecycle.missing-phase` | 2 |
            | `channel.broken-handover` | 1 |
            | `touchpoint.no-owner` | 1 |

            ### Emotion by stage

            | stage | phase | experienced | expected | gap | scored touchpoints |
            |---|---|---:|---:|---:|---:|
            | Awareness | awareness | +1 | – | – | 1 of 1 |
            | Purchase | purchase | -2 | +1 | +3 | 1 of 1 |

            ### Opportunities, best first

            | rank | opportunity | impact | effort | addresses | score |
            |---:|---|---|---|---|---:|
            | 1 | Show delivery cost on the product page **(quick win)** | high | low | late-delivery-cost (high) | 12 |
            """);
  }

  @Test
  void toText_rendersTheWholeReport() {
    assertThat(GapAnalysis.standard().analyze(SHOES).toText())
        .isEqualTo(
            """
            Gap analysis of "Buying running shoes online": 8 findings: 1 error, 6 warnings, 1 info

            ERROR   emotion.expectation-gap at stages[1].touchpoints[0]
                    At "Checkout" customers feel -2 but expected +1, a gap of 3.
                    experienced: -2, expected: +1, gap: 3, threshold: 1

            WARNING lifecycle.missing-phase at journey
                    The journey ends at "Purchase" (purchase): what happens after the purchase is left out.
                    last stage: purchase, phase: purchase

            WARNING touchpoint.no-owner at stages[0].touchpoints[0]
                    Nobody owns "Instagram ad", so nobody is accountable for what happens there.

            WARNING emotion.low-point at stages[1].touchpoints[0]
                    The emotion curve bottoms out at "Checkout" (-2): a pain point.
                    score: -2, previous: +1

            WARNING emotion.sharp-drop at stages[1].touchpoints[0]
                    The emotion falls sharply from "Instagram ad" to "Checkout", from +1 to -2.
                    from: instagram-ad, before: +1, after: -2, drop: 3, threshold: 2

            WARNING channel.broken-handover at stages[1].touchpoints[0]
                    Moving from Social media ("Instagram ad") to Web ("Checkout") customers feel -2 but expected +1: the hand-over between channels is broken.
                    from: instagram-ad, from channel: Social media, to channel: Web, felt: -2, expected: +1, shortfall: 3, threshold: 0.5

            WARNING barrier.widespread at stages[1].touchpoints[0].barriers[0]
                    The high barrier "Delivery cost appears only at the last step" stays until "Show delivery cost on the product page" is delivered.
                    barrier severity: high, opportunities: show-delivery-cost-on-the-product-page

            INFO    lifecycle.missing-phase at journey
                    The journey has no Consideration or Decision stage between "Awareness" and "Purchase".
                    missing: consideration, decision, stage before: awareness, stage after: purchase

            Emotion by stage (mean experienced / expected):
              Awareness [awareness]: +1 / – (1 of 1 touchpoints scored)
              Purchase [purchase]: -2 / +1 (1 of 1 touchpoints scored)

            Opportunities, best first:
              1. [quick win] Show delivery cost on the product page (impact high, effort low, score 12) addresses late-delivery-cost (high)
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
