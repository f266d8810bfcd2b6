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
            "removed barrier late-delivery-cost",
            "added barrier cards-only",
            "removed opportunity show-delivery-cost-on-the-product-page",
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
            "changed stage consideration: [touchpoints: reviews → ]",
            "changed stage purchase: [touchpoints:  → reviews]",
            "changed touchpoint reviews: [stage: consideration → purchase]");
  }

  @Test
  void toMarkdown_rendersTheWholeDiff() {
    assertThat(JourneyDiff.between(CURRENT, FUTURE).toMarkdown())
        .isEqualTo(
            """
            ## Current vs future: Buying running shoes online

            4 added, 2 removed, 2 changed; 1 barrier resolved.

            | change | kind | id | name | what changed |
            |---|---|---|---|---|
            | added | stage | `post-purchase` | Post-purchase | – |
            | changed | touchpoint | `instagram-ad` | Instagram ad | owner: – → Marketing |
            | changed | touchpoint | `checkout` | Checkout | emotion: -2 → +1 |
            | added | touchpoint | `parcel-tracking` | Parcel tracking | – |
            | removed | barrier | `late-delivery-cost` | Delivery cost appears only at the last step | – |
            | added | barrier | `cards-only` | Only card payments | – |
            | removed | opportunity | `show-delivery-cost-on-the-product-page` | Show delivery cost on the product page | – |
            | added | opportunity | `offer-blik` | Offer BLIK | – |

            ### Emotion per touchpoint

            | touchpoint | current | future | change |
            |---|---:|---:|---:|
            | Checkout | -2 | +1 | +3 |

            ### Mean emotion per stage

            | stage | current | future | change |
            |---|---:|---:|---:|
            | Purchase | -2 | +1 | +3 |

            ### Barriers resolved

            - `late-delivery-cost` (high): Delivery cost appears only at the last step
            """);
  }

  @Test
  void toText_rendersTheWholeDiff() {
    assertThat(JourneyDiff.between(CURRENT, FUTURE).toText())
        .isEqualTo(
            """
            Current vs future of "Buying running shoes online": 4 added, 2 removed, 2 changed; 1 barrier resolved

            added    stage post-purchase (Post-purchase)
            changed  touchpoint instagram-ad (Instagram ad)
                     owner: – → Marketing
            changed  touchpoint checkout (Checkout)
                     emotion: -2 → +1
            added    touchpoint parcel-tracking (Parcel tracking)
            removed  barrier late-delivery-cost (Delivery cost appears only at the last step)
            added    barrier cards-only (Only card payments)
            removed  opportunity show-delivery-cost-on-the-product-page (Show delivery cost on the product page)
            added    opportunity offer-blik (Offer BLIK)

            Emotion per touchpoint:
              Checkout: -2 → +1 (+3)

            Mean emotion per stage:
              Purchase: -2 → +1 (+3)

            Barriers resolved:
              late-delivery-cost (high): Delivery cost appears only at the last step
            """);
  }
}
