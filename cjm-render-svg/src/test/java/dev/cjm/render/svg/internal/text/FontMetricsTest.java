package dev.cjm.render.svg.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FontMetricsTest {
  private final FontMetrics metrics = FontMetrics.standard();

  @Test
  void width_ofLatinText_isTheSumOfTheWiderAdvances_ofLiberationSansAndDejaVuSans() {
    // 2048 units per em. Liberation Sans Regular: H 1479, e 1139, l 455, o 1139; DejaVu Sans:
    // H 1540, e 1260, l 569, o 1253. Each the wider: here DejaVu's.
    double expected = (1540 + 1260 + 569 + 569 + 1253) / 2048.0 * 12;
    assertThat(metrics.width("Hello", 12, false)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void width_ofBoldText_isWiderThanRegular() {
    assertThat(metrics.width("Journey map", 12, true))
        .isGreaterThan(metrics.width("Journey map", 12, false));
  }

  @Test
  void width_scalesWithFontSize() {
    assertThat(metrics.width("Zakup", 24, false))
        .isCloseTo(2 * metrics.width("Zakup", 12, false), within(1e-9));
  }

  @Test
  void advance_ofPolishAndGermanLetters_comesFromTheTable_notTheUnknownWidth() {
    for (int cp : "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜ".codePoints().toArray()) {
      assertThat(metrics.advance(cp, false))
          .as("advance of %s", Character.toString(cp))
          .isBetween(0.2, 0.8);
    }
  }

  @Test
  void advance_ofGreekAndCyrillic_comesFromTheTable() {
    assertThat(metrics.advance('Ω', false)).isBetween(0.5, 0.9);
    assertThat(metrics.advance('Ж', false)).isBetween(0.5, 1.1); // DejaVu: 2206 units
  }

  @Test
  void advance_ofHebrewAndArabic_comesFromTheFallbackFont() {
    assertThat(metrics.advance('ש', false)).isBetween(0.3, 0.9);
    assertThat(metrics.advance('ب', false)).isBetween(0.3, 1.0);
  }

  @Test
  void advance_ofCjkKanaAndHangul_isOneEm() {
    assertThat(metrics.advance('中', false)).isEqualTo(1.0);
    assertThat(metrics.advance('か', false)).isEqualTo(1.0);
    assertThat(metrics.advance('한', true)).isEqualTo(1.0);
  }

  @Test
  void advance_ofCombiningMarksAndFormatCharacters_isZero() {
    assertThat(metrics.advance(0x0301, false)).isZero();
    assertThat(metrics.advance(0x200D, false)).isZero();
  }

  @Test
  void advance_ofAnUnknownCharacter_isConservativelyWide() {
    assertThat(metrics.advance(0x0E01, false)).isEqualTo(1.0); // Thai ko kai: not in the table
    assertThat(metrics.advance(0x1F600, false)).isEqualTo(1.25); // emoji
    assertThat(metrics.advance(0x0001, false)).isEqualTo(1.0); // a control, drawn as U+FFFD
  }
}
