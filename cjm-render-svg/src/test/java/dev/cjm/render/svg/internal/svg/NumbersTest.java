package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void format_dropsTrailingZeros_andKeepsAtMostTwoDecimals() {
    assertThat(Numbers.format(12)).isEqualTo("12");
    assertThat(Numbers.format(12.5)).isEqualTo("12.5");
    assertThat(Numbers.format(12.05)).isEqualTo("12.05");
    assertThat(Numbers.format(3.14159)).isEqualTo("3.14");
    assertThat(Numbers.format(0.999)).isEqualTo("1");
  }

  @Test
  void format_ofNegativeNumbers_hasAMinusSign_andNoNegativeZero() {
    assertThat(Numbers.format(-0.5)).isEqualTo("-0.5");
    assertThat(Numbers.format(-0.001)).isEqualTo("0");
    assertThat(Numbers.format(-0.0)).isEqualTo("0");
  }

  @Test
  void format_ofLargeNumbers_hasNoExponentOrGrouping() {
    assertThat(Numbers.format(40_123.25)).isEqualTo("40123.25");
  }

  @Test
  void format_rejectsNonFiniteCoordinates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Numbers.format(Double.NaN))
        .withMessageContaining("not a finite number");
  }

  @Test
  void format_isTheValueInHundredths_withTrailingZerosDropped() {
    qt().forAll(doubles().between(-1e9, 1e9).mix(doubles().between(-1e12, 1e12)))
        .check(
            value -> {
              long hundredths = Math.round(value * 100);
              String expected =
                  hundredths == 0
                      ? "0"
                      : BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
              return Numbers.format(value).equals(expected);
            });
    assertThat(Numbers.format(1e12)).isEqualTo("1000000000000");
    // either side of 2^31, of 10^9 and of the largest value allowed
    assertThat(Numbers.format(2_147_483_647.5)).isEqualTo("2147483647.5");
    assertThat(Numbers.format(2_147_483_648.25)).isEqualTo("2147483648.25");
    assertThat(Numbers.format(999_999_999.99)).isEqualTo("999999999.99");
    assertThat(Numbers.format(1_000_000_000)).isEqualTo("1000000000");
    assertThat(Numbers.format(-999_999_999_999.99)).isEqualTo("-999999999999.99");
  }
}
