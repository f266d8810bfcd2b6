package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  /** The definition: the formatter's text with trailing zeros dropped and no sign for zero. */
  private static String formatted(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }

  private static String percented(double share) {
    String text = String.format(Locale.ROOT, "%.1f", share * 100).replaceAll("\\.0$", "");
    return (text.equals("-0") ? "0" : text) + "%";
  }

  @Test
  void format_dropsTrailingZerosAndTheSignOfZero() {
    assertThat(Decimals.format(1.5)).isEqualTo("1.5");
    assertThat(Decimals.format(-0.25)).isEqualTo("-0.25");
    assertThat(Decimals.format(2.0)).isEqualTo("2");
    assertThat(Decimals.format(0.05)).isEqualTo("0.05");
    assertThat(Decimals.format(-0.001)).isEqualTo("0");
    assertThat(Decimals.format(-0.0)).isEqualTo("0");
    assertThat(Decimals.format(4.0 / 3)).isEqualTo("1.33");
    assertThat(Decimals.format(Double.NaN)).isEqualTo("NaN");
    assertThat(Decimals.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Test
  void format_roundsHalvesAwayFromZeroAsTheFormatterDoes() {
    assertThat(Decimals.format(0.125)).isEqualTo(formatted(0.125)).isEqualTo("0.13");
    assertThat(Decimals.format(-0.125)).isEqualTo(formatted(-0.125)).isEqualTo("-0.13");
    assertThat(Decimals.format(1.005)).isEqualTo(formatted(1.005));
    assertThat(Decimals.format(2.675)).isEqualTo(formatted(2.675));
  }

  @Test
  void format_agreesWithTheFormatterOnEveryHundredthAndThousandthOfTheScale() {
    for (int k = -100_000; k <= 100_000; k++) {
      double thousandths = k / 1000.0;
      assertThat(Decimals.format(thousandths)).isEqualTo(formatted(thousandths));
      double sevenths = k / 7.0;
      assertThat(Decimals.format(sevenths)).isEqualTo(formatted(sevenths));
    }
  }

  @Test
  void format_agreesWithTheFormatterOnAnyDouble() {
    qt().withExamples(20_000)
        .forAll(doubles().any())
        .check(value -> Decimals.format(value).equals(formatted(value)));
    qt().withExamples(20_000)
        .forAll(doubles().between(-2e9, 2e9))
        .check(value -> Decimals.format(value).equals(formatted(value)));
    qt().withExamples(20_000)
        .forAll(integers().between(-1_000_000, 1_000_000))
        .check(k -> Decimals.format(k / 100.0 + 0.005).equals(formatted(k / 100.0 + 0.005)));
  }

  @Test
  void percent_keepsOneDecimal() {
    assertThat(Decimals.percent(0.37)).isEqualTo("37%");
    assertThat(Decimals.percent(0.125)).isEqualTo("12.5%");
    assertThat(Decimals.percent(1.0 / 3)).isEqualTo("33.3%");
    assertThat(Decimals.percent(-0.0001)).isEqualTo("0%");
  }

  @Test
  void percent_agreesWithTheFormatterOnEveryShareOfAThousandJourneysAndAnyDouble() {
    for (int journeys : new int[] {1, 3, 7, 1000, 1024}) {
      for (int count = 0; count <= journeys; count++) {
        double share = (double) count / journeys;
        assertThat(Decimals.percent(share)).isEqualTo(percented(share));
      }
    }
    qt().withExamples(20_000)
        .forAll(doubles().any())
        .check(share -> Decimals.percent(share).equals(percented(share)));
    qt().withExamples(20_000)
        .forAll(doubles().between(-1e7, 1e7))
        .check(share -> Decimals.percent(share).equals(percented(share)));
  }
}
