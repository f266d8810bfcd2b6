package dev.cjm.core.analysis;

import static dev.cjm.core.analysis.EmotionRulesTest.entry;
import static dev.cjm.core.analysis.EmotionRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about barriers, opportunities, stages, the lifecycle, channels, owners and metrics. */
class MapRulesTest {
  @Nested
  class UnaddressedBarrier {
    @Test
    void firesWithTheBarriersSeverity() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint(
                              "Checkout",
                              t ->
                                  t.barrier(
                                          "Delivery cost appears late",
                                          b -> b.severity(Severity.CRITICAL).frequency(0.37))
                                      .barrier("Slow page", b -> b.severity(Severity.MEDIUM)))
                          .barrier("Few payment options", b -> b.severity(Severity.LOW)))
              .build();

      List<Finding> findings = findings(journey, "barrier.unaddressed");

      assertThat(findings)
          .extracting(Finding::subjectId, Finding::severity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "delivery-cost-appears-late", FindingSeverity.ERROR),
              org.assertj.core.groups.Tuple.tuple("slow-page", FindingSeverity.WARNING),
              org.assertj.core.groups.Tuple.tuple("few-payment-options", FindingSeverity.INFO));
      assertThat(findings.get(0).path()).isEqualTo("stages[0].touchpoints[0].barriers[0]");
      assertThat(findings.get(0).facts())
          .containsExactly(entry("barrier severity", "critical"), entry("frequency", "37%"));
      assertThat(findings.get(2).path()).isEqualTo("stages[0].barriers[0]");
    }

    @Test
    void staysQuietWhenAnOpportunityAnywhereAddressesTheBarrier() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s -> s.touchpoint("Checkout", t -> t.barrier("Late cost", b -> b.id("late"))))
              .opportunity("Show the cost early", o -> o.addresses("late"))
              .build();

      assertThat(findings(journey, "barrier.unaddressed")).isEmpty();
    }
  }

  @Nested
  class UnlinkedOpportunity {
    @Test
    void firesOnAnOpportunityThatAddressesNoBarrier() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Purchase", s -> s.touchpoint("Checkout").opportunity("Add gift wrapping"))
              .build();

      assertThat(findings(journey, "opportunity.unlinked"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("add-gift-wrapping");
                assertThat(finding.path()).isEqualTo("stages[0].opportunities[0]");
                assertThat(finding.severity()).isEqualTo(FindingSeverity.INFO);
              });
    }

    @Test
    void staysQuietOnAnOpportunityThatAddressesABarrier() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Purchase", s -> s.touchpoint("Checkout", t -> t.barrier("Late cost")))
              .opportunity("Show the cost early", o -> o.addresses("late-cost"))
              .build();

      assertThat(findings(journey, "opportunity.unlinked")).isEmpty();
    }
  }

  @Nested
  class EmptyStage {
    @Test
    void firesOnAStageWithNoTouchpoint() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Purchase", s -> s.touchpoint("Checkout"))
              .build();

      assertThat(findings(journey, "stage.no-touchpoints"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("awareness");
                assertThat(finding.path()).isEqualTo("stages[0]");
              });
    }

    @Test
    void staysQuietWhenEveryStageHasATouchpoint() {
      Journey journey =
          Journey.builder("Shoes").stage("Purchase", s -> s.touchpoint("Checkout")).build();

      assertThat(findings(journey, "stage.no-touchpoints")).isEmpty();
    }
  }

  @Nested
  class MissingPhase {
    @Test
    void firesForEachUncoveredPhaseWarningAfterThePurchase() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Świadomość")
              .stage("Rozważanie")
              .stage("Checkout", s -> s.phase(Phase.PURCHASE))
              .stage("Lojalność")
              .build();

      List<Finding> findings = findings(journey, "lifecycle.missing-phase");

      assertThat(findings)
          .extracting(finding -> finding.facts().get("phase"), Finding::severity)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("decision", FindingSeverity.INFO),
              org.assertj.core.groups.Tuple.tuple("post-purchase", FindingSeverity.WARNING),
              org.assertj.core.groups.Tuple.tuple("advocacy", FindingSeverity.WARNING));
      assertThat(findings).allSatisfy(finding -> assertThat(finding.path()).isEmpty());
      assertThat(findings.get(0).facts())
          .containsEntry("covered", "awareness, consideration, purchase, loyalty");
    }

    @Test
    void firesOnceWhenNoStageMapsToAPhase() {
      Journey journey = Journey.builder("Onboarding").stage("Sign up").stage("First login").build();

      assertThat(findings(journey, "lifecycle.missing-phase"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.severity()).isEqualTo(FindingSeverity.INFO);
                assertThat(finding.message()).startsWith("No stage maps to a standard phase");
              });
    }

    @Test
    void staysQuietWhenEveryPhaseIsCovered() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Consideration")
              .stage("Decision")
              .stage("Purchase")
              .stage("Doświadczenie po zakupie")
              .stage("Loyalty")
              .stage("Word of mouth", s -> s.phase(Phase.ADVOCACY))
              .build();

      assertThat(findings(journey, "lifecycle.missing-phase")).isEmpty();
    }
  }

  @Nested
  class OutOfOrder {
    @Test
    void firesOnAStageWhosePhaseComesBeforeAnEarlierStagesPhase() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Purchase")
              .stage("Consideration")
              .stage("Loyalty")
              .build();

      assertThat(findings(journey, "lifecycle.out-of-order"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("consideration");
                assertThat(finding.facts())
                    .containsExactly(
                        entry("phase", "consideration"),
                        entry("after stage", "purchase"),
                        entry("after phase", "purchase"));
              });
    }

    @Test
    void staysQuietInStandardOrderWithRepeatsAndOwnStages() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Instagram", s -> s.phase(Phase.AWARENESS))
              .stage("Research")
              .stage("Purchase")
              .stage("Po zakupie")
              .build();

      assertThat(findings(journey, "lifecycle.out-of-order")).isEmpty();
    }
  }

  @Nested
  class BrokenHandover {
    @Test
    void firesWhenTheChannelChangesAndTheEmotionDrops() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase", s -> s.touchpoint("Web shop", t -> t.channel(Channel.WEB).emotion(1)))
              .stage(
                  "Post-purchase",
                  s -> s.touchpoint("Hotline", t -> t.channel(Channel.PHONE).emotion(-1)))
              .build();

      assertThat(findings(journey, "channel.broken-handover"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("hotline");
                assertThat(finding.facts())
                    .containsExactly(
                        entry("from", "web-shop"),
                        entry("from channel", "Web"),
                        entry("to channel", "Phone"),
                        entry("drop", "2"),
                        entry("threshold", "1"));
              });
    }

    @Test
    void staysQuietInOneChannelOrWhenTheEmotionHolds() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint("Basket", t -> t.channel(Channel.WEB).emotion(2))
                          .touchpoint("Checkout", t -> t.channel(Channel.WEB).emotion(-2))
                          .touchpoint("Confirmation", t -> t.channel(Channel.EMAIL).emotion(-1.5))
                          .touchpoint("Call", t -> t.emotion(-2))
                          .touchpoint("Store", t -> t.channel(Channel.STORE)))
              .build();

      assertThat(findings(journey, "channel.broken-handover")).isEmpty();
    }
  }

  @Nested
  class SingleChannelStage {
    static Journey journey() {
      return Journey.builder("Shoes")
          .stage(
              "Consideration",
              s ->
                  s.touchpoint("Ad", t -> t.channel(Channel.SOCIAL_MEDIA))
                      .touchpoint("Review", t -> t.channel(Channel.SEARCH)))
          .stage(
              "Purchase",
              s ->
                  s.touchpoint("Basket", t -> t.channel(Channel.WEB))
                      .touchpoint("Checkout", t -> t.channel(Channel.WEB)))
          .build();
    }

    @Test
    void firesOnAStageWithOneChannelInAnOmnichannelJourney() {
      assertThat(findings(journey(), "channel.single-channel-stage"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("purchase");
                assertThat(finding.facts())
                    .containsExactly(entry("channel", "Web"), entry("journey channels", "3"));
              });
    }

    @Test
    void staysQuietWhenTheJourneyUsesFewerChannelsThanTheThreshold() {
      GapReport report =
          GapAnalysis.standard().threshold("channel.single-channel-stage", 4).analyze(journey());

      assertThat(report.findingsOf("channel.single-channel-stage")).isEmpty();
    }
  }

  @Nested
  class NoOwner {
    @Test
    void firesOnATouchpointNobodyOwns() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s -> s.touchpoint("Checkout", t -> t.owner("E-commerce")).touchpoint("Invoice"))
              .build();

      assertThat(findings(journey, "touchpoint.no-owner"))
          .singleElement()
          .extracting(Finding::subjectId)
          .isEqualTo("invoice");
    }

    @Test
    void staysQuietWhenEveryTouchpointHasAnOwner() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Purchase", s -> s.touchpoint("Checkout", t -> t.owner("E-commerce")))
              .build();

      assertThat(findings(journey, "touchpoint.no-owner")).isEmpty();
    }
  }

  @Nested
  class OffTargetMetric {
    @Test
    void firesOnAMetricOnTheWrongSideOfItsTarget() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.metric("Satisfaction", 4.5)
                          .metric("Conversion", m -> m.value(2.1).target(3).unit("%"))
                          .metric(
                              "Wait time", m -> m.value(40).target(30).unit("s").lowerIsBetter())
                          .metric("Drop-off", m -> m.value(10).target(20).lowerIsBetter()))
              .build();

      List<Finding> findings = findings(journey, "metric.off-target");

      assertThat(findings)
          .extracting(Finding::path)
          .containsExactly("stages[0].metrics[1]", "stages[0].metrics[2]");
      assertThat(findings.get(0).subjectId()).isEqualTo("purchase");
      assertThat(findings.get(0).message())
          .isEqualTo("\"Conversion\" in stage \"Purchase\" is 2.1%, below its target of 3%.");
      assertThat(findings.get(1).facts())
          .containsExactly(
              entry("metric", "Wait time"),
              entry("value", "40"),
              entry("target", "30"),
              entry("better", "lower"));
    }

    @Test
    void writesTheValueAndTargetAsTheMapsCardDoes() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s -> s.metric("Conversion", m -> m.value(1.125).target(1.5).unit("%")))
              .build();

      Finding finding = findings(journey, "metric.off-target").get(0);

      assertThat(finding.message())
          .isEqualTo("\"Conversion\" in stage \"Purchase\" is 1.125%, below its target of 1.5%.");
      assertThat(finding.facts()).contains(entry("value", "1.125"), entry("target", "1.5"));
    }
  }

  @Nested
  class PersonaNoGoals {
    @Test
    void firesOnAPersonaWithNeitherGoalsNorNeeds() {
      Journey journey =
          Journey.builder("Shoes").persona("Anna", p -> p.expectation("Free returns")).build();

      assertThat(findings(journey, "persona.no-goals"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("Anna");
                assertThat(finding.path()).isEqualTo("persona");
              });
    }

    @Test
    void staysQuietWithAGoalOrANeedOrNoPersona() {
      assertThat(
              findings(
                  Journey.builder("Shoes").persona("Anna", p -> p.goal("Shoes that fit")).build(),
                  "persona.no-goals"))
          .isEmpty();
      assertThat(
              findings(
                  Journey.builder("Shoes").persona("Anna", p -> p.need("Size chart")).build(),
                  "persona.no-goals"))
          .isEmpty();
      assertThat(findings(Journey.builder("Shoes").build(), "persona.no-goals")).isEmpty();
    }
  }
}
