package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pain points: the findings about the customer's experience gathered by the place where it falls
 * short, scored from the evidence there and ranked worst first; and map checks, what the map itself
 * lacks, one entry per rule.
 */
class PainPointTest {
  /** Checkout: −2 felt, +1 expected, a high barrier met by 40%; a stage metric 50% over target. */
  static Journey checkout() {
    return Journey.builder("Shop")
        .stage(
            "Search",
            s ->
                s.touchpoint(
                    "Results",
                    t -> t.owner("Web").channel(Channel.WEB).emotion(1).expectedEmotion(1)))
        .stage(
            "Purchase",
            s ->
                s.touchpoint(
                        "Basket",
                        t -> t.owner("Web").channel(Channel.WEB).emotion(0).expectedEmotion(1))
                    .touchpoint(
                        "Checkout",
                        t ->
                            t.owner("Web")
                                .channel(Channel.WEB)
                                .emotion(-2)
                                .expectedEmotion(1)
                                .barrier(
                                    "Delivery cost shown late",
                                    b -> b.id("late-cost").severity(Severity.HIGH).frequency(0.4)))
                    .metric("Time to pay", m -> m.value(4.5).target(3).unit("min").lowerIsBetter()))
        .opportunity(
            "Show delivery cost early",
            o -> o.addresses("late-cost").impact(Level.HIGH).effort(Level.LOW))
        .build();
  }

  @Test
  void painPoints_gatherEveryExperienceFindingAboutOnePlace() {
    GapReport report = GapAnalysis.standard().analyze(checkout());

    PainPoint worst = report.painPoints().get(0);
    assertThat(worst.rank()).isEqualTo(1);
    assertThat(worst.subjectId()).isEqualTo("checkout");
    assertThat(worst.name()).isEqualTo("Checkout");
    assertThat(worst.stage().orElseThrow().id()).isEqualTo("purchase");
    assertThat(worst.findings())
        .extracting(Finding::ruleId)
        .contains("emotion.expectation-gap", "emotion.low-point", "barrier.widespread");
    assertThat(worst.findings()).allMatch(f -> f.kind() == FindingKind.EXPERIENCE);
    assertThat(worst.barriers()).extracting(b -> b.id()).containsExactly("late-cost");
    assertThat(worst.opportunities())
        .extracting(o -> o.id())
        .containsExactly("show-delivery-cost-early");
    assertThat(worst.metrics()).extracting(m -> m.name()).containsExactly("Time to pay");
  }

  @Test
  void score_addsTheWeighedEvidence() {
    PainPoint worst = GapAnalysis.standard().analyze(checkout()).painPoints().get(0);

    // emotion (1 − (−2)) + (0 − (−2)) = 5; barrier high 3 × 0.4 = 1.2; the stage's metric 2 × 0.5
    // = 1; the findings are all of standard rules, whose evidence is weighed already
    assertThat(worst.score()).isCloseTo(7.2, within(1e-9));
    assertThat(worst.priority()).isEqualTo(Priority.CRITICAL);
  }

  @Test
  void priorityWeight_changesTheScoreAndCanIgnoreEvidence() {
    GapAnalysis analysis =
        GapAnalysis.standard()
            .priorityWeight(PriorityFactor.EMOTION, 0)
            .priorityWeight(PriorityFactor.BARRIERS, 2);

    PainPoint worst = analysis.analyze(checkout()).painPoints().get(0);

    assertThat(worst.score()).isCloseTo(0 + 2 * 1.2 + 1, within(1e-9)); // the metric 1
    assertThat(analysis.priorityWeight(PriorityFactor.BARRIERS)).isEqualTo(2);
    assertThat(analysis.priorityWeight(PriorityFactor.METRICS)).isEqualTo(1);
  }

  @Test
  void priorityWeight_outsideItsRange_isRejectedWithTheRange() {
    assertThatThrownBy(() -> GapAnalysis.standard().priorityWeight(PriorityFactor.METRICS, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weight of priority factor METRICS is -1.0: expected a finite number from 0 to 100"
                + " (default 1)");
    assertThatThrownBy(
            () -> GapAnalysis.standard().priorityWeight(PriorityFactor.METRICS, Double.NaN))
        .hasMessageContaining("is NaN");
  }

  @Test
  void aStagesMetric_joinsTheWorstPainPointAmongItsTouchpoints() {
    GapReport report = GapAnalysis.standard().analyze(checkout());

    // Checkout is worse than Basket, so the stage's service time is shown, and weighed, there.
    assertThat(report.painPoints()).extracting(PainPoint::subjectId).doesNotContain("purchase");
    assertThat(report.painPoints())
        .filteredOn(p -> p.subjectId().equals("basket"))
        .singleElement()
        .satisfies(p -> assertThat(p.metrics()).isEmpty());
    assertThat(report.metricsOffTarget())
        .singleElement()
        .satisfies(
            f -> assertThat(report.painPointOf(f).map(PainPoint::subjectId)).hasValue("checkout"));
  }

  @Test
  void aMetricInAStageWithNoPainPoint_makesNone_andIsListedAlone() {
    Journey journey =
        Journey.builder("Café")
            .stage(
                "Awareness",
                s ->
                    s.touchpoint("Post", t -> t.owner("Marketing").emotion(1))
                        .metric("Reach", m -> m.value(8200).target(10000)))
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    assertThat(report.painPoints()).isEmpty();
    assertThat(report.metricsOffTarget())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(report.subjectName(f)).isEqualTo("Reach");
              assertThat(report.painPointOf(f)).isEmpty();
            });
    assertThat(report.toMarkdown()).contains("### Metrics off target");
  }

  @Test
  void aStageWideBarrier_isThePainPointOfTheStage_withTheBarriersOfItsQuietTouchpoints() {
    Journey journey =
        Journey.builder("Café")
            .stage(
                "Awareness",
                s ->
                    s.touchpoint(
                            "Post",
                            t ->
                                t.owner("Marketing")
                                    .emotion(1)
                                    .barrier(
                                        "Posts reach only followers",
                                        b -> b.id("followers").severity(Severity.MEDIUM)))
                        .barrier(
                            "Nobody knows the café exists",
                            b -> b.id("unknown").severity(Severity.HIGH).frequency(0.6))
                        .metric("Reach", m -> m.value(8200).target(10000)))
            .opportunity("Paid boosts", o -> o.addresses("followers"))
            .build();

    PainPoint awareness = GapAnalysis.standard().analyze(journey).painPoints().get(0);

    assertThat(awareness.subjectId()).isEqualTo("awareness");
    assertThat(awareness.touchpoint()).isEmpty();
    assertThat(awareness.felt()).isEmpty();
    assertThat(awareness.findings())
        .extracting(Finding::ruleId)
        .containsExactly("barrier.unaddressed", "metric.off-target");
    assertThat(awareness.barriers())
        .extracting(b -> b.id())
        .containsExactly("unknown", "followers");
    assertThat(awareness.opportunities()).extracting(o -> o.id()).containsExactly("paid-boosts");
    assertThat(awareness.metrics()).extracting(m -> m.name()).containsExactly("Reach");
    // high 3 × 0.6; medium 2 × one half unknown; 2 × a miss of 0.18
    assertThat(awareness.score()).isCloseTo(1.8 + 1 + 2 * 0.18, within(1e-9));
    assertThat(awareness.priority()).isEqualTo(Priority.HIGH);
    assertThat(awareness.summary())
        .isEqualTo(
            "barrier \"Nobody knows the café exists\" (high, 60% of customers); fix: \"Paid"
                + " boosts\"; \"Reach\" 8200, target 10000 (18% below it)");
  }

  @Test
  void anExpectedEmotionNotRecorded_countsAsNeutral() {
    Journey journey =
        Journey.builder("Delivery")
            .stage(
                "Delivery",
                s ->
                    s.touchpoint("Order form", t -> t.owner("Web").emotion(1))
                        .touchpoint("Courier is late", t -> t.owner("Logistics").emotion(-2)))
            .build();

    PainPoint late = GapAnalysis.standard().analyze(journey).painPoints().get(0);

    // (0 − (−2)) + (0 − (−2)) = 4, as if +0 had been expected
    assertThat(late.score()).isCloseTo(4, within(1e-9));
    assertThat(late.priority()).isEqualTo(Priority.HIGH);
    assertThat(late.expected()).isEmpty();
    assertThat(late.summary()).isEqualTo("feel -2; no barrier recorded");
  }

  @Test
  void painPoints_areWorstFirstWithTiesInJourneyOrder() {
    Journey journey =
        Journey.builder("Ties")
            .stage(
                "One",
                s ->
                    s.touchpoint("A", t -> t.owner("x").emotion(-1).expectedEmotion(0))
                        .touchpoint("B", t -> t.owner("x").emotion(1).expectedEmotion(1)))
            .stage(
                "Two",
                s ->
                    s.touchpoint("C", t -> t.owner("x").emotion(-2).expectedEmotion(1))
                        .touchpoint("D", t -> t.owner("x").emotion(-1).expectedEmotion(0)))
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    assertThat(report.painPoints())
        .extracting(p -> p.rank() + " " + p.subjectId())
        .containsExactly("1 c", "2 a", "3 d");
    assertThat(report.painPoints().get(1).score()).isEqualTo(report.painPoints().get(2).score());
    assertThat(report.fixFirst()).isEqualTo(report.painPoints());
  }

  @Test
  void anAddressedSevereBarrier_isStillShownWithItsOpportunity() {
    GapReport report = GapAnalysis.standard().analyze(checkout());

    assertThat(report.painPoints().get(0).summary())
        .isEqualTo(
            "feel -2, expected +1; barrier \"Delivery cost shown late\" (high, 40% of customers);"
                + " fix: \"Show delivery cost early\"; \"Time to pay\" 4.5 min, target 3 min (50%"
                + " above it)");
  }

  @Test
  void opportunities_areListedOnceEachInTheOrderOfTheRanking() {
    Journey journey =
        Journey.builder("Shop")
            .stage(
                "Purchase",
                s ->
                    s.touchpoint(
                        "Checkout",
                        t ->
                            t.owner("Web")
                                .emotion(-2)
                                .expectedEmotion(1)
                                .barrier("Card declined", b -> b.id("declined"))
                                .barrier("Slow page", b -> b.id("slow"))))
            .opportunity("Faster page", o -> o.addresses("slow").impact(Level.LOW))
            .opportunity(
                "New checkout",
                o -> o.addresses("declined", "slow").impact(Level.HIGH).effort(Level.LOW))
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    assertThat(report.painPoints().get(0).opportunities())
        .extracting(o -> o.id())
        .containsExactly("new-checkout", "faster-page");
  }

  @Test
  void findingsOfCustomRules_joinTheJourneyWidePainPoint() {
    GapRule rule =
        new GapRule() {
          @Override
          public String id() {
            return "acme.no-delivery";
          }

          @Override
          public FindingSeverity defaultSeverity() {
            return FindingSeverity.ERROR;
          }

          @Override
          public String description() {
            return "nothing is delivered";
          }

          @Override
          public List<Finding> check(Journey journey, RuleContext context) {
            return List.of(context.journeyFinding().message("Nothing is ever delivered.").build());
          }
        };

    GapReport report = GapAnalysis.none().with(rule).analyze(checkout());

    PainPoint journeyWide = report.painPoints().get(0);
    assertThat(journeyWide.subjectId()).isEmpty();
    assertThat(journeyWide.name()).isEqualTo("the journey as a whole");
    assertThat(journeyWide.score()).isEqualTo(1); // an error, no other evidence
    assertThat(journeyWide.summary()).isEqualTo("Nothing is ever delivered.");
    assertThat(report.mapChecks()).isEmpty();
  }

  @Test
  void mapChecks_sayOneGapInTheMapOnceHoweverManyPlacesItTouches() {
    Journey journey =
        Journey.builder("Delivery")
            .stage(
                "Order",
                s ->
                    s.touchpoint("App", t -> t.emotion(1))
                        .touchpoint("Basket", t -> t.emotion(1))
                        .touchpoint("Payment", t -> t.emotion(1)))
            .stage(
                "Delivery",
                s ->
                    s.touchpoint("Slot", t -> t.emotion(1))
                        .touchpoint("Courier", t -> t.emotion(1))
                        .touchpoint("Doorstep", t -> t.emotion(1))
                        .touchpoint("Bags", t -> t.emotion(1))
                        .touchpoint("Receipt", t -> t.emotion(1))
                        .touchpoint("Survey", t -> t.emotion(1))
                        .touchpoint("Refund", t -> t.emotion(1)))
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    assertThat(report.findingsOf("touchpoint.no-owner")).hasSize(10);
    MapCheck noOwner =
        report.mapChecks().stream()
            .filter(c -> c.ruleId().equals("touchpoint.no-owner"))
            .findFirst()
            .orElseThrow();
    assertThat(noOwner.findings()).hasSize(10);
    assertThat(noOwner.priority()).isEqualTo(Priority.MEDIUM);
    assertThat(noOwner.message())
        .isEqualTo(
            "10 touchpoints have no owner, so nobody is accountable for them: \"App\", \"Basket\","
                + " \"Payment\", \"Slot\", \"Courier\", \"Doorstep\", \"Bags\", \"Receipt\" and 2"
                + " more.");
    assertThat(report.painPoints()).isEmpty();
  }

  @Test
  void mapChecks_nameEveryKindOfGapInTheMapInItsRulesWords() {
    Journey journey =
        Journey.builder("Sketch")
            .persona("Ola", p -> p.description("Student"))
            .stage("Awareness")
            .stage("Consideration")
            .stage(
                "Purchase",
                s ->
                    s.touchpoint("Till", t -> t.owner("Staff").channel(Channel.STORE))
                        .touchpoint("Receipt", t -> t.owner("Staff").channel(Channel.STORE)))
            .stage(
                "Loyalty",
                s ->
                    s.touchpoint("App", t -> t.owner("IT").channel(Channel.MOBILE_APP).emotion(1))
                        .touchpoint(
                            "Points", t -> t.owner("IT").channel(Channel.MOBILE_APP).emotion(1)))
            .stage("Advocacy", s -> s.touchpoint("Review", t -> t.owner("IT").channel(Channel.WEB)))
            .opportunity("Free coffee", o -> {})
            .opportunity("Loyalty card", o -> {})
            .build();

    GapReport report = GapAnalysis.standard().analyze(journey);

    assertThat(report.mapChecks())
        .extracting(MapCheck::message)
        .contains(
            "2 stages have no touchpoint: \"Awareness\", \"Consideration\".",
            "3 touchpoints record no emotion, holes in the emotion curve: \"Till\", \"Receipt\","
                + " \"Review\".",
            "2 opportunities address no barrier, so their value cannot be weighed: \"Free"
                + " coffee\", \"Loyalty card\".",
            "2 stages are served by one channel only, while the journey uses several:"
                + " \"Purchase\", \"Loyalty\".");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("persona.no-goals"))
        .singleElement()
        .satisfies(f -> assertThat(report.subjectName(f)).isEqualTo("persona Ola"));
  }

  @Test
  void mapChecks_ofACustomRule_joinItsMessages() {
    GapRule rule =
        new GapRule() {
          @Override
          public String id() {
            return "acme.glossary";
          }

          @Override
          public FindingSeverity defaultSeverity() {
            return FindingSeverity.INFO;
          }

          @Override
          public FindingKind kind() {
            return FindingKind.MAP;
          }

          @Override
          public String description() {
            return "words missing from the glossary";
          }

          @Override
          public List<Finding> check(Journey journey, RuleContext context) {
            return List.of(
                context.journeyFinding().message("\"NPS\" is not in the glossary.").build(),
                context.finding("checkout").message("\"BLIK\" is not in the glossary.").build());
          }
        };

    GapReport report = GapAnalysis.none().with(rule).analyze(checkout());

    assertThat(report.mapChecks())
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.message())
                  .isEqualTo("\"NPS\" is not in the glossary. \"BLIK\" is not in the glossary.");
              assertThat(check.priority()).isEqualTo(Priority.LOW);
              assertThat(check.toString()).startsWith("low acme.glossary: ");
            });
    assertThat(report.subjectName(report.findings().get(0))).isEqualTo("the journey");
    assertThat(report.painPoints()).isEmpty();
  }

  @Test
  void subjectName_namesWhatAFindingIsAbout() {
    GapReport report = GapAnalysis.standard().analyze(checkout());

    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("metric.off-target"))
        .singleElement()
        .satisfies(f -> assertThat(report.subjectName(f)).isEqualTo("Time to pay"));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("emotion.expectation-gap"))
        .extracting(report::subjectName)
        .containsExactly("Checkout", "Basket");
  }

  @Test
  void ruleKinds_separateTheExperienceFromTheMap() {
    assertThat(GapAnalysis.standard().rules())
        .filteredOn(r -> r.kind() == FindingKind.MAP)
        .extracting(GapRule::id)
        .containsExactlyInAnyOrder(
            "emotion.not-recorded",
            "opportunity.unlinked",
            "stage.no-touchpoints",
            "lifecycle.missing-phase",
            "lifecycle.out-of-order",
            "channel.single-channel-stage",
            "touchpoint.no-owner",
            "persona.no-goals");
  }
}
