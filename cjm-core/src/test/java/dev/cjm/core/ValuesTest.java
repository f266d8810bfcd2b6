package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Emotions, channels and the small scales of the model. */
class ValuesTest {
  @Test
  void emotion_isAScoreFromMinusTwoToPlusTwoWithAnOptionalWord() {
    Emotion frustrated = Emotion.of(-1.5, "frustrated");

    assertThat(frustrated.score()).isEqualTo(-1.5);
    assertThat(frustrated.word()).contains("frustrated");
    assertThat(frustrated.isNegative()).isTrue();
    assertThat(frustrated.isPositive()).isFalse();
    assertThat(frustrated).hasToString("-1.5 (frustrated)");
    assertThat(Emotion.of(0.5)).hasToString("+0.5");
    assertThat(Emotion.NEUTRAL).hasToString("0");
    assertThat(Emotion.NEUTRAL.isNegative() || Emotion.NEUTRAL.isPositive()).isFalse();
  }

  @Test
  void channel_wellKnownOnesHaveANameInEachShippedLanguage_customOnesKeepTheirs() {
    Locale polish = Locale.forLanguageTag("pl");
    assertThat(Channel.LIVE_CHAT.name(Locale.ENGLISH)).isEqualTo("Live chat");
    assertThat(Channel.LIVE_CHAT.name(polish)).isEqualTo("Czat na żywo");
    assertThat(Channel.SEARCH.name(polish)).isEqualTo("Wyszukiwarka");
    assertThat(Channel.SEARCH.name(Locale.GERMAN)).isEqualTo("Search");
    assertThat(Channel.of("Kiosk w kawiarni").name(polish)).isEqualTo("Kiosk w kawiarni");
    for (Channel channel : Channel.wellKnown()) {
      assertThat(channel.name(Locale.ENGLISH)).isEqualTo(channel.name());
      assertThat(channel.name(polish)).isNotBlank();
    }
  }

  @Test
  void emotion_namedConstantsSpanTheScale() {
    assertThat(Emotion.VERY_NEGATIVE.score()).isEqualTo(Emotion.MIN_SCORE);
    assertThat(Emotion.NEGATIVE.score()).isEqualTo(-1);
    assertThat(Emotion.NEUTRAL.score()).isEqualTo(0);
    assertThat(Emotion.POSITIVE.score()).isEqualTo(1);
    assertThat(Emotion.VERY_POSITIVE.score()).isEqualTo(Emotion.MAX_SCORE);
    assertThat(Emotion.of(2)).isEqualTo(Emotion.VERY_POSITIVE);
  }

  @Test
  void emotion_isEqualByScoreAndWord() {
    assertThat(Emotion.of(1, "glad")).isEqualTo(Emotion.of(1, "glad"));
    assertThat(Emotion.of(1, "glad").hashCode()).isEqualTo(Emotion.of(1, "glad").hashCode());
    assertThat(Emotion.of(1, "glad")).isNotEqualTo(Emotion.of(1));
    assertThat(Emotion.of(-0.0)).isEqualTo(Emotion.NEUTRAL);
    assertThat(Emotion.of(1).withWord("glad")).isEqualTo(Emotion.of(1, "glad"));
  }

  @Test
  void emotion_rejectsScoresOffTheScale() {
    assertThatThrownBy(() -> Emotion.of(2.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "emotion score 2.5 is off the scale: expected a finite number from -2 (very negative)"
                + " to +2 (very positive)");
    assertThatThrownBy(() -> Emotion.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Emotion.of(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Emotion.of(1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("emotion word is blank");
    assertThatThrownBy(() -> Emotion.of(1, "x\uD800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate at index 1");
  }

  @Test
  void formatScore_showsTheSignAndAtMostTwoDecimals() {
    assertThat(Emotion.formatScore(1)).isEqualTo("+1");
    assertThat(Emotion.formatScore(-2)).isEqualTo("-2");
    assertThat(Emotion.formatScore(0.125)).isEqualTo("+0.13");
    assertThat(Emotion.formatScore(-0.001)).isEqualTo("0");
  }

  @Test
  void channel_wellKnownChannelsAreFoundByNormalisedName() {
    assertThat(Channel.of("e-mail")).isSameAs(Channel.EMAIL);
    assertThat(Channel.of("EMAIL")).isSameAs(Channel.EMAIL);
    assertThat(Channel.of("Mobile App")).isSameAs(Channel.MOBILE_APP);
    assertThat(Channel.of(" social_media ")).isSameAs(Channel.SOCIAL_MEDIA);
    assertThat(Channel.of("Word-of-mouth")).isSameAs(Channel.WORD_OF_MOUTH);
    assertThat(Channel.wellKnown()).hasSize(12).contains(Channel.DELIVERY, Channel.SMS);
    assertThat(Channel.wellKnown("live chat")).contains(Channel.LIVE_CHAT);
    assertThat(Channel.wellKnown("kiosk")).isEmpty();
  }

  @Test
  void channel_customChannelsKeepTheirNameAndAreEqualByNormalisedName() {
    Channel kiosk = Channel.of("  Self-service Kiosk ");

    assertThat(kiosk.name()).isEqualTo("Self-service Kiosk");
    assertThat(kiosk.isWellKnown()).isFalse();
    assertThat(Channel.WEB.isWellKnown()).isTrue();
    assertThat(kiosk).isEqualTo(Channel.of("self service kiosk"));
    assertThat(kiosk.hashCode()).isEqualTo(Channel.of("SELF_SERVICE_KIOSK").hashCode());
    assertThat(kiosk).isNotEqualTo(Channel.STORE).hasToString("Self-service Kiosk");
  }

  @Test
  void channel_rejectsBlankNames() {
    assertThatThrownBy(() -> Channel.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel name is blank; expected a name such as \"Web\"");
    assertThatThrownBy(() -> Channel.of("\uDC00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
  }

  @Test
  void scales_haveLabelsAndTheStandardPhasesTheirOrderAndPolishNames() {
    assertThat(Severity.CRITICAL.label()).isEqualTo("critical");
    assertThat(Level.HIGH.label()).isEqualTo("high");
    assertThat(Phase.values())
        .extracting(Phase::polishName)
        .containsExactly(
            "Świadomość",
            "Rozważanie",
            "Decyzja",
            "Zakup",
            "Doświadczenie po zakupie",
            "Lojalność",
            "Promocja");
    assertThat(Phase.POST_PURCHASE.englishName()).isEqualTo("Post-purchase experience");
    assertThat(Phase.POST_PURCHASE.label()).isEqualTo("post-purchase");
  }

  @Test
  void opportunity_isAQuickWinWhenHighImpactMeetsLowEffort() {
    Journey journey =
        Journey.builder("j")
            .opportunity("quick", o -> o.impact(Level.HIGH).effort(Level.LOW))
            .opportunity("slow", o -> o.impact(Level.HIGH).effort(Level.HIGH))
            .opportunity("unknown")
            .build();

    assertThat(journey.opportunities())
        .extracting(Opportunity::isQuickWin)
        .containsExactly(true, false, false);
  }
}
