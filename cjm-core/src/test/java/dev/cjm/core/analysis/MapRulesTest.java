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
  class WidespreadBarrier {
    @Test
    void firesOnAHighOrCriticalBarrierManyCustomersMeetThoughAnOpportunityAddressesIt() {
      Journey journey =
          Journey.builder("Fleet software")
              .stage(
                  "Consideration",
                  s ->
                      s.touchpoint("Website")
                          .barrier(
                              "No price range anywhere on the site",
                              b -> b.id("no-price").severity(Severity.HIGH).frequency(0.9)))
              .stage(
                  "Store visit",
                  s ->
                      s.touchpoint(
                          "Service desk",
                          t ->
                              t.barrier(
                                  "Store staff have no access to service cases",
                                  b -> b.id("store-blind").severity(Severity.CRITICAL))))
              .opportunity("Publish price ranges", o -> o.id("prices").addresses("no-price"))
              .opportunity("One case record", o -> o.id("one-case").addresses("store-blind"))
              .opportunity("Train store staff", o -> o.id("training").addresses("store-blind"))
              .build();

      List<Finding> findings = findings(journey, "barrier.widespread"); // errors first

      assertThat(findings)
          .extracting(Finding::subjectId, Finding::severity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("store-blind", FindingSeverity.ERROR),
              org.assertj.core.groups.Tuple.tuple("no-price", FindingSeverity.WARNING));
      assertThat(findings.get(1).path()).isEqualTo("stages[0].barriers[0]");
      assertThat(findings.get(1).message())
          .isEqualTo(
              "The high barrier \"No price range anywhere on the site\" meets 90% of customers;"
                  + " it stays until \"Publish price ranges\" is delivered.");
      assertThat(findings.get(1).facts())
          .containsExactly(
              entry("barrier severity", "high"),
              entry("frequency", "90%"),
              entry("opportunities", "prices"));
      // a critical barrier of unknown frequency counts as widespread; every remedy is named
      assertThat(findings.get(0).message())
          .isEqualTo(
              "The critical barrier \"Store staff have no access to service cases\" stays until"
                  + " \"One case record\" or \"Train store staff\" is delivered.");
      assertThat(findings.get(0).facts())
          .containsExactly(
              entry("barrier severity", "critical"), entry("opportunities", "one-case, training"));
    }

    /** A journey with one addressed barrier of this severity and frequency. */
    static Journey addressed(Severity severity, double frequency) {
      return Journey.builder("Shoes")
          .stage(
              "Purchase",
              s ->
                  s.touchpoint(
                      "Checkout",
                      t ->
                          t.barrier(
                              "Late cost",
                              b -> b.id("late").severity(severity).frequency(frequency))))
          .opportunity("Show the cost early", o -> o.addresses("late"))
          .build();
    }

    @Test
    void firesFromTheThresholdsShareOfCustomersOn() {
      assertThat(findings(addressed(Severity.HIGH, 0.25), "barrier.widespread")).hasSize(1);
      assertThat(findings(addressed(Severity.HIGH, 0.24), "barrier.widespread")).isEmpty();
      assertThat(GapAnalysis.standard().thresholdOf("barrier.widespread")).hasValue(0.25);
      assertThat(
              GapAnalysis.standard()
                  .threshold("barrier.widespread", 0.5)
                  .analyze(addressed(Severity.CRITICAL, 0.3))
                  .findingsOf("barrier.widespread"))
          .isEmpty();
    }

    @Test
    void staysQuietOnMediumAndLowBarriersAndOnThoseNoOpportunityAddresses() {
      assertThat(findings(addressed(Severity.MEDIUM, 0.9), "barrier.widespread")).isEmpty();
      assertThat(findings(addressed(Severity.LOW, 1), "barrier.widespread")).isEmpty();
      Journey unaddressed =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint(
                          "Checkout",
                          t -> t.barrier("Late cost", b -> b.severity(Severity.CRITICAL))))
              .build();
      GapReport report = GapAnalysis.standard().analyze(unaddressed);
      assertThat(report.findingsOf("barrier.widespread")).isEmpty();
      assertThat(report.findingsOf("barrier.unaddressed")).hasSize(1);
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
    void saysNothingAboutPhasesOutsideTheJourneysScope() {
      // a warranty repair: it starts after the purchase and ends with loyalty
      Journey journey =
          Journey.builder("Repair")
              .stage("Reporting the fault", s -> s.phase(Phase.POST_PURCHASE))
              .stage("Repair", s -> s.phase(Phase.POST_PURCHASE))
              .stage("After the repair", s -> s.phase(Phase.LOYALTY))
              .build();

      assertThat(findings(journey, "lifecycle.missing-phase")).isEmpty();
    }

    @Test
    void warnsOnceWhenTheJourneyEndsAtThePurchase() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Consideration")
              .stage("Decision")
              .stage("Checkout", s -> s.phase(Phase.PURCHASE))
              .build();

      assertThat(findings(journey, "lifecycle.missing-phase"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
                assertThat(finding.path()).isEmpty();
                assertThat(finding.message())
                    .isEqualTo(
                        "The journey ends at \"Checkout\" (Purchase): what happens after the"
                            + " purchase is left out.");
                assertThat(finding.facts())
                    .containsExactly(entry("last stage", "checkout"), entry("phase", "purchase"));
              });
    }

    @Test
    void warnsWhenTheJourneyEndsBeforeThePurchase() {
      Journey journey = Journey.builder("Campaign").stage("Awareness").stage("Rozważanie").build();

      assertThat(findings(journey, "lifecycle.missing-phase"))
          .singleElement()
          .extracting(Finding::message)
          .isEqualTo(
              "The journey ends at \"Rozważanie\" (Consideration): what happens after the purchase"
                  + " is left out.");
    }

    @Test
    void doesNotSayThePurchaseEndsTheJourneyWhenAStageFollowsOrCoversLaterPhases() {
      // a stage of no phase after the purchase may well be what follows it (B2B onboarding)
      Journey ownStageAfter =
          Journey.builder("Fleet software")
              .stage("Decision")
              .stage("Purchase")
              .stage("Onboarding")
              .build();
      // out of order: a loyalty stage earlier in the list still covers a phase after the purchase
      Journey laterPhaseEarlier =
          Journey.builder("Shoes").stage("Loyalty").stage("Purchase").build();

      assertThat(findings(ownStageAfter, "lifecycle.missing-phase")).isEmpty();
      assertThat(findings(laterPhaseEarlier, "lifecycle.missing-phase")).isEmpty();
    }

    @Test
    void reportsEachGapInsideTheScopeBetweenStagesNextToEachOther() {
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Checkout", s -> s.phase(Phase.PURCHASE))
              .stage("Lojalność")
              .build();

      List<Finding> findings = findings(journey, "lifecycle.missing-phase");

      assertThat(findings)
          .extracting(Finding::message)
          .containsExactly(
              "The journey has no Consideration or Decision stage between \"Awareness\" and"
                  + " \"Checkout\".",
              "The journey has no Post-purchase experience stage between \"Checkout\" and"
                  + " \"Lojalność\".");
      assertThat(findings)
          .allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(FindingSeverity.INFO));
      assertThat(findings.get(0).facts())
          .containsExactly(
              entry("missing", "consideration, decision"),
              entry("stage before", "awareness"),
              entry("stage after", "checkout"));
    }

    @Test
    void saysNothingAboutAGapWithAStageOfNoPhaseInIt() {
      // "Research" may well be the consideration and decision the map does not name
      Journey journey =
          Journey.builder("Shoes")
              .stage("Awareness")
              .stage("Research")
              .stage("Purchase")
              .stage("Post-purchase")
              .build();

      assertThat(findings(journey, "lifecycle.missing-phase")).isEmpty();
    }

    @Test
    void judgesAJourneyOfOneStageByWhereItEnds() {
      assertThat(findings(Journey.builder("Club").stage("Loyalty").build(), ID)).isEmpty();
      assertThat(findings(Journey.builder("Shop").stage("Purchase").build(), ID))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.WARNING);
      assertThat(findings(Journey.builder("Visit").stage("Store visit").build(), ID))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(FindingSeverity.INFO);
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

    private static final String ID = "lifecycle.missing-phase";
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

    @Test
    void reasonsOnlyAboutStagesWithAPhase() {
      // the stages of no phase are neither out of order nor the reference for a later stage
      Journey journey =
          Journey.builder("Shoes")
              .stage("Sign up")
              .stage("Purchase")
              .stage("Research")
              .stage("Consideration")
              .build();

      assertThat(findings(journey, "lifecycle.out-of-order"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("consideration");
                assertThat(finding.facts()).containsEntry("after stage", "purchase");
              });
    }
  }

  @Nested
  class BrokenHandover {
    @Test
    void firesWhenTheCustomerLandsBelowWhatTheyExpectedAfterAChangeOfChannel() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase", s -> s.touchpoint("Web shop", t -> t.channel(Channel.WEB).emotion(1)))
              .stage(
                  "Post-purchase",
                  s ->
                      s.touchpoint(
                          "Hotline", t -> t.channel(Channel.PHONE).emotion(0).expectedEmotion(1)))
              .build();

      assertThat(findings(journey, "channel.broken-handover"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("hotline");
                assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
                assertThat(finding.message())
                    .isEqualTo(
                        "Right after a change of channel, from Web (\"Web shop\") to Phone"
                            + " (\"Hotline\"), customers feel 0 but expected +1.");
                assertThat(finding.facts())
                    .containsExactly(
                        entry("from", "web-shop"),
                        entry("from channel", "Web"),
                        entry("to channel", "Phone"),
                        entry("felt", "0"),
                        entry("expected", "+1"),
                        entry("shortfall", "1"),
                        entry("threshold", "0.5"));
              });
    }

    @Test
    void firesWhenTheCustomerStaysLowAcrossTheChange() {
      // no drop at all: -2 by e-mail, -2 again in the store, with no expected emotion given
      Journey journey =
          Journey.builder("Repair")
              .stage(
                  "Chasing",
                  s ->
                      s.touchpoint("Auto-reply", t -> t.channel(Channel.EMAIL).emotion(-2))
                          .touchpoint("Service desk", t -> t.channel(Channel.STORE).emotion(-2)))
              .build();

      assertThat(findings(journey, "channel.broken-handover"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("service-desk");
                assertThat(finding.message())
                    .isEqualTo(
                        "Right after a change of channel, from E-mail (\"Auto-reply\") to Store"
                            + " (\"Service desk\"), customers feel -2, below neutral.");
                assertThat(finding.facts())
                    .containsExactly(
                        entry("from", "auto-reply"),
                        entry("from channel", "E-mail"),
                        entry("to channel", "Store"),
                        entry("felt", "-2"),
                        entry("shortfall", "2"),
                        entry("threshold", "0.5"));
              });
    }

    @Test
    void measuresAgainstNeutralWhenTheCustomerExpectedWorse() {
      Journey journey =
          Journey.builder("Repair")
              .stage(
                  "Chasing",
                  s ->
                      s.touchpoint("Form", t -> t.channel(Channel.WEB).emotion(1))
                          .touchpoint(
                              "Hotline",
                              t -> t.channel(Channel.PHONE).emotion(-1).expectedEmotion(-2)))
              .build();

      assertThat(findings(journey, "channel.broken-handover"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.message()).endsWith("customers feel -1, below neutral.");
                assertThat(finding.facts())
                    .contains(entry("expected", "-2"), entry("shortfall", "1"));
              });
    }

    @Test
    void staysQuietWhenTheCustomerStillGetsWhatTheyExpected() {
      // click-and-collect: +1 to 0 with 0 expected; a bank's welcome call: +2 to +1 with 0 expected
      Journey journey =
          Journey.builder("Click and collect")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint("Reserve online", t -> t.channel(Channel.WEB).emotion(1))
                          .touchpoint(
                              "Confirmation e-mail",
                              t -> t.channel(Channel.EMAIL).emotion(0).expectedEmotion(0))
                          .touchpoint("App", t -> t.channel(Channel.MOBILE_APP).emotion(2))
                          .touchpoint(
                              "Welcome call",
                              t -> t.channel(Channel.PHONE).emotion(1).expectedEmotion(0))
                          .touchpoint("Store", t -> t.channel(Channel.STORE).emotion(0)))
              .build();

      assertThat(findings(journey, "channel.broken-handover")).isEmpty();
    }

    @Test
    void firesFromTheThresholdOn() {
      Journey justBelow =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint("Basket", t -> t.channel(Channel.WEB).emotion(1))
                          .touchpoint("Call", t -> t.channel(Channel.PHONE).emotion(-0.5))
                          .touchpoint(
                              "Store",
                              t -> t.channel(Channel.STORE).emotion(0.5).expectedEmotion(0.9)))
              .build();

      assertThat(GapAnalysis.standard().thresholdOf("channel.broken-handover")).hasValue(0.5);
      assertThat(findings(justBelow, "channel.broken-handover"))
          .extracting(Finding::subjectId)
          .containsExactly("call");
      assertThat(
              GapAnalysis.standard()
                  .threshold("channel.broken-handover", 0.4)
                  .analyze(justBelow)
                  .findingsOf("channel.broken-handover"))
          .extracting(Finding::subjectId)
          .containsExactly("call", "store");
    }

    @Test
    void staysQuietInOneChannelOrWithoutAChannelOrAnEmotion() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s ->
                      s.touchpoint("Basket", t -> t.channel(Channel.WEB).emotion(2))
                          .touchpoint("Checkout", t -> t.channel(Channel.WEB).emotion(-2))
                          .touchpoint("Call", t -> t.emotion(-2))
                          .touchpoint("Store", t -> t.channel(Channel.STORE).emotion(-2))
                          .touchpoint("Letter", t -> t.channel(Channel.of("Post"))))
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
          .stage(
              "Post-purchase",
              s -> s.touchpoint("Parcel", t -> t.channel(Channel.DELIVERY)).touchpoint("Unboxing"))
          .stage("Loyalty", s -> s.touchpoint("Newsletter", t -> t.channel(Channel.EMAIL)))
          .build();
    }

    @Test
    void firesOnAStageOfTwoTouchpointsInOneChannelInAnOmnichannelJourney() {
      // Post-purchase and Loyalty have one touchpoint with a channel each: one channel trivially
      assertThat(findings(journey(), "channel.single-channel-stage"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.subjectId()).isEqualTo("purchase");
                assertThat(finding.facts())
                    .containsExactly(entry("channel", "Web"), entry("journey channels", "5"));
              });
    }

    @Test
    void staysQuietWhenTheJourneyUsesFewerChannelsThanTheThreshold() {
      GapReport report =
          GapAnalysis.standard().threshold("channel.single-channel-stage", 6).analyze(journey());

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
          .isEqualTo("\"Conversion\" in stage \"Purchase\" is 2.1%, 30% below its target of 3%.");
      assertThat(findings.get(1).facts())
          .containsExactly(
              entry("metric", "Wait time"),
              entry("value", "40"),
              entry("target", "30"),
              entry("better", "lower"),
              entry("miss", "33.3%"));
    }

    @Test
    void isAnErrorWhenItMissesByTheThresholdRelativeToItsTarget() {
      Journey journey =
          Journey.builder("Café")
              .stage(
                  "Purchase",
                  s ->
                      s.metric(
                              "Service time",
                              m -> m.value(4.5).target(3).unit("min").lowerIsBetter())
                          .metric("Days to repair", m -> m.value(21).target(7).lowerIsBetter())
                          .metric("Demo to close", m -> m.value(22).target(25).unit("%"))
                          .metric("Queue", m -> m.value(1.49).target(1).lowerIsBetter()))
              .build();

      List<Finding> findings = findings(journey, "metric.off-target");

      assertThat(GapAnalysis.standard().thresholdOf("metric.off-target")).hasValue(0.5);
      assertThat(findings)
          .extracting(f -> f.facts().get("metric"), Finding::severity, f -> f.facts().get("miss"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Service time", FindingSeverity.ERROR, "50%"),
              org.assertj.core.groups.Tuple.tuple("Days to repair", FindingSeverity.ERROR, "200%"),
              org.assertj.core.groups.Tuple.tuple("Demo to close", FindingSeverity.WARNING, "12%"),
              org.assertj.core.groups.Tuple.tuple("Queue", FindingSeverity.WARNING, "49%"));
      assertThat(findings.get(0).message())
          .isEqualTo(
              "\"Service time\" in stage \"Purchase\" is 4.5 min, 50% above its target of 3 min.");
      assertThat(
              GapAnalysis.standard()
                  .threshold("metric.off-target", 2.5)
                  .analyze(journey)
                  .findingsOf("metric.off-target"))
          .extracting(Finding::severity)
          .containsOnly(FindingSeverity.WARNING);
    }

    @Test
    void countsAMissOfATargetOfZeroAsAHundredPercent() {
      Journey journey =
          Journey.builder("Shoes")
              .stage(
                  "Purchase",
                  s -> s.metric("Complaints", m -> m.value(3).target(0).lowerIsBetter()))
              .build();

      assertThat(findings(journey, "metric.off-target"))
          .singleElement()
          .satisfies(
              finding -> {
                assertThat(finding.severity()).isEqualTo(FindingSeverity.ERROR);
                assertThat(finding.facts()).containsEntry("miss", "100%");
                assertThat(finding.message())
                    .isEqualTo(
                        "\"Complaints\" in stage \"Purchase\" is 3, 100% above its target of 0.");
              });
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
          .isEqualTo(
              "\"Conversion\" in stage \"Purchase\" is 1.125%, 25% below its target of 1.5%.");
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
