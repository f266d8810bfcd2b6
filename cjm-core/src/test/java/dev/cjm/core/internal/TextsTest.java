package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void firstUnpairedSurrogate_findsLoneHighAndLowSurrogates() {
    assertThat(Texts.firstUnpairedSurrogate("plain")).isEqualTo(-1);
    assertThat(Texts.firstUnpairedSurrogate("rocket 🚀 ok")).isEqualTo(-1);
    assertThat(Texts.firstUnpairedSurrogate("ab\uD83D")).isEqualTo(2);
    assertThat(Texts.firstUnpairedSurrogate("ab\uD83Dx")).isEqualTo(2);
    assertThat(Texts.firstUnpairedSurrogate("\uDE80ab")).isEqualTo(0);
  }

  @Test
  void firstUnpairedSurrogate_acceptsControlCharacters() {
    assertThat(Texts.firstUnpairedSurrogate("tab\there\u0000nul")).isEqualTo(-1);
  }

  @Test
  void isBlank_knowsUnicodeSpaces() {
    assertThat(Texts.isBlank("")).isTrue();
    assertThat(Texts.isBlank(" \t\n\u00A0\u2003")).isTrue();
    assertThat(Texts.isBlank(" x ")).isFalse();
  }

  @Test
  void quote_escapesQuotesAndControlsAndShortensLongText() {
    assertThat(Texts.quote("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\u000A\"");
    assertThat(Texts.quote("x".repeat(100))).hasSize(60);
    assertThat(Texts.quote(null)).isEqualTo("null");
    String emojiAtTheCut = "x".repeat(56) + "🚀" + "y".repeat(10);
    assertThat(Texts.quote(emojiAtTheCut)).isEqualTo("\"" + "x".repeat(56) + "…\"");
  }

  @Test
  void closest_picksTheSmallestEditDistance() {
    assertThat(Texts.closest("late-delivery", List.of("slow-site", "late-delivery-cost")))
        .contains("late-delivery-cost");
    assertThat(Texts.closest("x", List.of())).isEmpty();
    assertThat(Texts.editDistance("kitten", "sitting")).isEqualTo(3);
  }
}
