package dev.cjm.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.diff.ElementChange.Kind;
import dev.cjm.core.testing.TestJourneys;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Current state against future state: what the planned changes change. */
class JourneyDiffTest {
  static final Journey CURRENT = TestJourneys.runningShoes();

  /** The future state: the delivery cost shows early, a delivery stage is added. */
  static final Journey FUTURE =
      CURRENT.toBuilder()
          .state(Journey.State.FUTURE)
          .editTouchpoint(
              "checkout",
              t ->
                  t.emotion(1)
                      .removeBarrier("late-delivery-cost")
                      .barrier(
                          "Only card payments", b -> b.id("cards-only").severity(Severity.LOW)))
          .editTouchpoint("instagram-ad", t -> t.owner("Marketing"))
          .stage(
              "Post-purchase",
              s -> s.touchpoint("Parcel tracking", t -> t.channel(Channel.SMS).emotion(2)))
          .removeOpportunity("show-delivery-cost-on-the-product-page")
          .opportunity(
              "Offer BLIK", o -> o.addresses("cards-only").impact(Level.MEDIUM).effort(Level.LOW))
          .build();

  @Test
  void between_aJourneyAndItselfIsEmpty() {
    JourneyDiff diff = JourneyDiff.between(CURRENT, CURRENT);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.toText())
        .isEqualTo("Current vs future of \"Buying running shoes online\": no changes\n");
  }

  @Test
  void between_journeysDifferingOnlyInLocale_hasNoElementChanges() {
    Journey polish = CURRENT.toBuilder().locale(Locale.forLanguageTag("pl")).build();

    JourneyDiff diff = JourneyDiff.between(CURRENT, polish);

    assertThat(polish).isNotEqualTo(CURRENT);
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void between_reportsAKnownChangeExactly() {
    JourneyDiff diff = JourneyDiff.between(CURRENT, FUTURE);

    assertThat(diff.changes())
        .extracting(ElementChange::toString)
        .containsExactly(
            "added stage post-purchase",
            "changed touchpoint instagram-ad: [owner: – → Marketing]",
            "changed touchpoint checkout: [emotion: -2 → +1]",
            "added touchpoint parcel-tracking",
            "resolved barrier late-delivery-cost",
            "added barrier cards-only",
            "delivered opportunity show-delivery-cost-on-the-product-page",
            "added opportunity offer-blik");
    assertThat(diff.changes(Kind.BARRIER)).hasSize(2);
    assertThat(diff.touchpointEmotions())
        .extracting(EmotionChange::toString)
        .containsExactly("checkout: -2 → +1 (+3)");
    assertThat(diff.stageEmotions())
        .extracting(EmotionChange::toString)
        .containsExactly("purchase: -2 → +1 (+3)");
    assertThat(diff.resolvedBarriers())
        .extracting(b -> b.id())
        .containsExactly("late-delivery-cost");
    assertThat(diff.deliveredOpportunities())
        .extracting(o -> o.id())
        .containsExactly("show-delivery-cost-on-the-product-page");
  }

  @Test
  void summary_countsResolvedBarriersAndDeliveredOpportunities_onlyAsSuch() {
    assertThat(JourneyDiff.between(CURRENT, FUTURE).summary())
        .isEqualTo("4 added, 0 removed, 2 changed; 1 barrier resolved, 1 opportunity delivered");
  }

  @Test
  void aGoneOpportunity_isDelivered_onlyWhenEveryBarrierItAddressesIsResolved() {
    Journey before =
        Journey.builder("Shoes")
            .stage(
                "Purchase",
                s ->
                    s.touchpoint(
                        "Checkout",
                        t ->
                            t.barrier("Late delivery cost", b -> b.id("late-cost"))
                                .barrier("Cards only", b -> b.id("cards-only"))))
            .opportunity("Show the cost early", o -> o.id("early-cost").addresses("late-cost"))
            .opportunity("Offer BLIK", o -> o.id("blik").addresses("cards-only"))
            .opportunity("Both at once", o -> o.id("both").addresses("late-cost", "cards-only"))
            .opportunity("Send a newsletter", o -> o.id("newsletter"))
            .build();
    Journey after =
        Journey.builder("Shoes")
            .stage(
                "Purchase",
                s ->
                    s.touchpoint("Checkout", t -> t.barrier("Cards only", b -> b.id("cards-only"))))
            .build();

    JourneyDiff diff = JourneyDiff.between(before, after);

    assertThat(diff.changes())
        .extracting(ElementChange::toString)
        .containsExactly(
            "resolved barrier late-cost",
            "delivered opportunity early-cost",
            "removed opportunity blik",
            "removed opportunity both",
            "removed opportunity newsletter");
    assertThat(diff.deliveredOpportunities()).extracting(o -> o.id()).containsExactly("early-cost");
    assertThat(diff.summary())
        .isEqualTo("0 added, 3 removed, 0 changed; 1 barrier resolved, 1 opportunity delivered");
  }

  @Test
  void rows_nameElementsByName_withTheirIdOnlyWhereTwoShareAName() {
    Journey before =
        Journey.builder("Shoes")
            .stage("Consideration", s -> s.touchpoint("Phone call", t -> t.id("call-before")))
            .stage("Purchase", s -> s.touchpoint("Checkout"))
            .build();
    Journey after =
        before.toBuilder()
            .editTouchpoint("checkout", t -> t.owner("Shop"))
            .stage("Post-purchase", s -> s.touchpoint("Phone call", t -> t.id("call-after")))
            .build();

    JourneyDiff diff = JourneyDiff.between(before, after);

    assertThat(diff.toText())
        .contains(
            "\nchanged   touchpoint \"Checkout\"\n",
            "\nadded     touchpoint \"Phone call\" (call-after)\n",
            "\nadded     stage \"Post-purchase\"\n");
    assertThat(diff.toMarkdown())
        .contains(
            "| changed | touchpoint | \"Checkout\" | owner: – → Shop |",
            "| added | touchpoint | \"Phone call\" (call-after) | – |");
  }

  @Test
  void between_reportsAMoveBetweenStages() {
    Journey before =
        Journey.builder("Shoes")
            .stage("Consideration", s -> s.touchpoint("Reviews"))
            .stage("Purchase")
            .build();
    Journey after =
        Journey.builder("Shoes")
            .stage("Consideration")
            .stage("Purchase", s -> s.touchpoint("Reviews"))
            .build();

    assertThat(JourneyDiff.between(before, after).changes())
        .extracting(ElementChange::toString)
        .containsExactly(
            "changed stage consideration: [touchpoints: \"Reviews\" → –]",
            "changed stage purchase: [touchpoints: – → \"Reviews\"]",
            "changed touchpoint reviews: [stage: \"Consideration\" → \"Purchase\"]");
  }

  @Test
  void toMarkdown_rendersTheWholeDiff() {
    assertThat(JourneyDiff.between(CURRENT, FUTURE).toMarkdown())
        .isEqualTo(
            """
            ## Current vs future: Buying running shoes online

            4 added, 0 removed, 2 changed; 1 barrier resolved, 1 opportunity delivered.

            | change | kind | name | what changed |
            |---|---|---|---|
            | added | stage | "Post-purchase" | – |
            | changed | touchpoint | "Instagram ad" | owner: – → Marketing |
            | changed | touchpoint | "Checkout" | emotion: -2 → +1 |
            | added | touchpoint | "Parcel tracking" | – |
            | resolved | barrier | "Delivery cost appears only at the last step" | – |
            | added | barrier | "Only card payments" | – |
            | delivered | opportunity | "Show delivery cost on the product page" | – |
            | added | opportunity | "Offer BLIK" | – |

            ### Emotion per touchpoint

            | touchpoint | current | future | change |
            |---|---:|---:|---:|
            | Checkout | -2 | +1 | +3 |

            ### Mean emotion per stage

            | stage | current | future | change |
            |---|---:|---:|---:|
            | Purchase | -2 | +1 | +3 |

            ### Barriers resolved

            - "Delivery cost appears only at the last step" (high)
            """);
  }

  @Test
  void toText_rendersTheWholeDiff() {
    assertThat(JourneyDiff.between(CURRENT, FUTURE).toText())
        .isEqualTo(
            """
            Current vs future of "Buying running shoes online": 4 added, 0 removed, 2 changed; 1 barrier resolved, 1 opportunity delivered

            added     stage "Post-purchase"
            changed   touchpoint "Instagram ad"
                      owner: – → Marketing
            changed   touchpoint "Checkout"
                      emotion: -2 → +1
            added     touchpoint "Parcel tracking"
            resolved  barrier "Delivery cost appears only at the last step"
            added     barrier "Only card payments"
            delivered opportunity "Show delivery cost on the product page"
            added     opportunity "Offer BLIK"

            Emotion per touchpoint:
              Checkout: -2 → +1 (+3)

            Mean emotion per stage:
              Purchase: -2 → +1 (+3)

            Barriers resolved:
              "Delivery cost appears only at the last step" (high)
            """);
  }
}
