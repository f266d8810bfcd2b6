package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import org.junit.jupiter.api.Test;

/** {@code SvgRenderer.builder().channelColour(channel, "#RRGGBB")}: a colour the user sets. */
class ChannelColourOptionTest {
  private static final Journey JOURNEY =
      Journey.builder("Kiosk")
          .stage(
              "Visit",
              s ->
                  s.touchpoint("Order at the kiosk", t -> t.channel(Channel.of("Kiosk")))
                      .touchpoint("Pay online", t -> t.channel(Channel.WEB)))
          .build();

  @Test
  void channelColour_paintsTheChannelsBadges_withTextThatMeetsWcagAa() {
    SvgRenderer renderer =
        SvgRenderer.builder()
            .channelColour(Channel.of("kiosk"), "#FFE066")
            .channelColour(Channel.WEB, "#0a2540")
            .mapId("kiosk")
            .build();

    String svg = renderer.render(JOURNEY);

    // In the order set; a light colour carries black text, a dark one white.
    assertThat(svg)
        .contains(
            "#kiosk .cjm-channel-own-0{fill:#ffe066}\n#kiosk .cjm-channel-own-text-0{fill:#000000}")
        .contains(
            "#kiosk .cjm-channel-own-1{fill:#0a2540}\n#kiosk .cjm-channel-own-text-1{fill:#ffffff}")
        .contains("class=\"cjm-channel cjm-channel-own cjm-channel-own-0\"")
        .containsPattern("class=\"cjm-channel-own-text-0\"[^>]*>Kiosk</text>")
        .doesNotContain("class=\"cjm-channel cjm-channel-0\"");
    assertThat(renderer.toString()).contains("channelColours={kiosk=#ffe066, Web=#0a2540}");
    assertThat(renderer.toBuilder().build().render(JOURNEY)).isEqualTo(svg);
  }

  @Test
  void withoutChannelColours_theStyleSheetHasNoneOfTheUsers() {
    assertThat(SvgRenderer.create().render(JOURNEY)).doesNotContain("cjm-channel-own");
    assertThat(SvgRenderer.create().toString()).doesNotContain("channelColours");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void channelColour_thatIsNotAHexColour_isRejected_namingItAndTheChannel() {
    for (String colour : new String[] {"red", "#fff", "#12345g", "#1234567", "0a2540", ""}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SvgRenderer.builder().channelColour(Channel.WEB, colour))
          .withMessage(
              "colour \"%s\" of channel Web is not a hex colour: expected \"#RRGGBB\" such as"
                  + " \"#0A7E8C\"",
              colour);
    }
    assertThatNullPointerException()
        .isThrownBy(() -> SvgRenderer.builder().channelColour(null, "#0a2540"))
        .withMessageContaining("channel is null");
    assertThatNullPointerException()
        .isThrownBy(() -> SvgRenderer.builder().channelColour(Channel.WEB, null))
        .withMessageContaining("colour of channel Web is null");
  }
}
