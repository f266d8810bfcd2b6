package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.SignDisplay;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.NoUnit;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FiguresInLanguagesTest {
  private static final Locale ENGLISH = Locale.forLanguageTag("en");
  private static final Locale POLISH = Locale.forLanguageTag("pl");
  private static final ULocale ICU_POLISH = ULocale.forLanguageTag("pl");

  /**
   * The oracle: ICU4J's number formatter for Polish, told cjm's rounding rule where it differs from
   * ICU's defaults: half up (ICU rounds half even) on the figure's decimal as written, and no minus
   * sign on a figure that rounds to zero (ICU would write {@code -0}). Grouping, separators and the
   * percent sign are ICU's own, from CLDR.
   */
  private static LocalizedNumberFormatter icuPolish(int decimals) {
    return NumberFormatter.withLocale(ICU_POLISH)
        .precision(Precision.maxFraction(decimals))
        .roundingMode(RoundingMode.HALF_UP)
        .sign(SignDisplay.NEGATIVE);
  }

  private static String icu(LocalizedNumberFormatter formatter, double value) {
    return formatter.format(BigDecimal.valueOf(value)).toString();
  }

  /** Figures of every size a journey writes, with up to five decimals and both signs. */
  private static Gen<Double> figures() {
    return longs()
        .between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 5), (unscaled, scale) -> unscaled / Math.pow(10, scale));
  }

  @Test
  void polishWritesADecimalCommaAndGroupsFromTenThousandWithANoBreakSpace() {
    assertThat(Figures.amount(POLISH, 1.5)).isEqualTo("1,5");
    assertThat(Figures.metric(POLISH, 1000)).isEqualTo("1000");
    assertThat(Figures.metric(POLISH, 120000)).isEqualTo("120\u00a0000");
    assertThat(Figures.metric(POLISH, -1234567.125)).isEqualTo("-1\u00a0234\u00a0567,125");
    assertThat(Figures.metric(POLISH, 4.5, Optional.of("min"))).isEqualTo("4,5 min");
    assertThat(Figures.metric(POLISH, 2.1, Optional.of("%"))).isEqualTo("2,1%");
    assertThat(Figures.metric(POLISH, 4.2, Optional.of("/5"))).isEqualTo("4,2/5");
    assertThat(Figures.percent(POLISH, 0.125)).isEqualTo("12,5%");
    assertThat(Figures.score(POLISH, 0.25)).isEqualTo("+0,25");
    assertThat(Figures.count(POLISH, 9999)).isEqualTo("9999");
    assertThat(Figures.count(POLISH, 10_000)).isEqualTo("10\u00a0000");
  }

  @Test
  void englishAndEveryOtherLanguageWriteTodaysEnglishByteForByte() {
    for (Locale language : List.of(ENGLISH, Locale.forLanguageTag("de"), Locale.ROOT)) {
      qt().withExamples(2_000)
          .forAll(figures())
          .checkAssert(
              value -> {
                assertThat(Figures.score(language, value)).isEqualTo(Figures.score(value));
                assertThat(Figures.amount(language, value)).isEqualTo(Figures.amount(value));
                assertThat(Figures.metric(language, value)).isEqualTo(Figures.metric(value));
                assertThat(Figures.metric(language, value, Optional.of("min")))
                    .isEqualTo(Figures.metric(value, Optional.of("min")));
                assertThat(Figures.percent(language, value)).isEqualTo(Figures.percent(value));
              });
      qt().withExamples(2_000)
          .forAll(longs().all())
          .checkAssert(n -> assertThat(Figures.count(language, n)).isEqualTo(Figures.count(n)));
    }
    assertThat(Figures.metric(ENGLISH, 120000)).isEqualTo("120000"); // English: no grouping
    assertThat(Figures.count(ENGLISH, 10_000)).isEqualTo("10,000"); // but for a count
  }

  @Test
  void polishFiguresAgreeWithIcu() {
    LocalizedNumberFormatter twoDecimals = icuPolish(2);
    LocalizedNumberFormatter signed = icuPolish(2).sign(SignDisplay.EXCEPT_ZERO);
    LocalizedNumberFormatter threeDecimals = icuPolish(3);
    qt().withExamples(20_000)
        .forAll(figures())
        .checkAssert(
            value -> {
              assertThat(Figures.amount(POLISH, value)).isEqualTo(icu(twoDecimals, value));
              assertThat(Figures.score(POLISH, value)).isEqualTo(icu(signed, value));
              assertThat(Figures.metric(POLISH, value)).isEqualTo(icu(threeDecimals, value));
            });
  }

  @Test
  void polishPercentagesAgreeWithIcu() {
    // cjm rounds the share as written to a tenth of a percent: the oracle gets the percentage.
    LocalizedNumberFormatter percent = icuPolish(1).unit(NoUnit.PERCENT);
    qt().withExamples(20_000)
        .forAll(figures())
        .checkAssert(
            share -> {
              BigDecimal percentage = BigDecimal.valueOf(share).movePointRight(2);
              assertThat(Figures.percent(POLISH, share))
                  .isEqualTo(percent.format(percentage).toString());
            });
    assertThat(Figures.percent(POLISH, 0.0045)).isEqualTo("0,5%");
  }

  @Test
  void polishCountsAgreeWithIcu() {
    LocalizedNumberFormatter whole = icuPolish(0);
    qt().withExamples(20_000)
        .forAll(longs().all())
        .checkAssert(
            n -> assertThat(Figures.count(POLISH, n)).isEqualTo(whole.format(n).toString()));
  }

  @Test
  void polishAgreesWithIcusDecimalFormatButForItsGroupingFromAThousand() {
    DecimalFormat decimalFormat = (DecimalFormat) NumberFormat.getInstance(ICU_POLISH);
    decimalFormat.setMaximumFractionDigits(3);
    decimalFormat.setRoundingMode(com.ibm.icu.math.BigDecimal.ROUND_HALF_UP);
    // The legacy DecimalFormat groups from a thousand (1 234); CLDR's minimum grouping digits for
    // Polish, which cjm and ICU's NumberFormatter follow, groups from ten thousand (1234, 12 345).
    decimalFormat.setMinimumGroupingDigits(2);
    qt().withExamples(5_000)
        .forAll(doubles().between(0, 1e12))
        .checkAssert(
            value ->
                assertThat(Figures.metric(POLISH, value))
                    .isEqualTo(decimalFormat.format(BigDecimal.valueOf(value))));
  }
}
