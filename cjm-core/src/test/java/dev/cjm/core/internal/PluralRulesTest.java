package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import dev.cjm.core.internal.PluralRules.Category;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralRulesTest {
  private static final Locale ENGLISH = Locale.forLanguageTag("en");
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /**
   * The oracle: ICU4J's rules for the language, given the number with exactly its visible fraction
   * digits (a formatted number keeps them; a {@code double} would lose the zeros of {@code 1.0}).
   */
  private static Category icu(Locale language, BigDecimal number) {
    ULocale locale = ULocale.forLanguageTag(language.toLanguageTag());
    int visibleFractionDigits = Math.max(number.scale(), 0);
    var formatted =
        NumberFormatter.withLocale(locale)
            .precision(Precision.fixedFraction(visibleFractionDigits))
            .format(number);
    String keyword = com.ibm.icu.text.PluralRules.forLocale(locale).select(formatted);
    return Category.valueOf(keyword.toUpperCase(Locale.ROOT));
  }

  @Test
  void polishHasThreeFormsForWholeNumbersAndOneForFractions() {
    assertThat(PluralRules.of(POLISH, 1)).isEqualTo(Category.ONE);
    assertThat(PluralRules.of(POLISH, 2)).isEqualTo(Category.FEW);
    assertThat(PluralRules.of(POLISH, 24)).isEqualTo(Category.FEW);
    assertThat(PluralRules.of(POLISH, 12)).isEqualTo(Category.MANY);
    assertThat(PluralRules.of(POLISH, 5)).isEqualTo(Category.MANY);
    assertThat(PluralRules.of(POLISH, 0)).isEqualTo(Category.MANY);
    assertThat(PluralRules.of(POLISH, 21)).isEqualTo(Category.MANY);
    assertThat(PluralRules.of(POLISH, new BigDecimal("1.5"))).isEqualTo(Category.OTHER);
    assertThat(PluralRules.of(POLISH, new BigDecimal("2.0"))).isEqualTo(Category.OTHER);
  }

  @Test
  void englishHasOneOnlyForAOneWithoutFraction() {
    assertThat(PluralRules.of(ENGLISH, 1)).isEqualTo(Category.ONE);
    assertThat(PluralRules.of(ENGLISH, -1)).isEqualTo(Category.ONE);
    assertThat(PluralRules.of(ENGLISH, 0)).isEqualTo(Category.OTHER);
    assertThat(PluralRules.of(ENGLISH, 2)).isEqualTo(Category.OTHER);
    assertThat(PluralRules.of(ENGLISH, new BigDecimal("1.0"))).isEqualTo(Category.OTHER);
  }

  @Test
  void anyOtherLanguageFollowsTheEnglishRule() {
    Locale german = Locale.forLanguageTag("de");
    Locale russian = Locale.forLanguageTag("ru"); // has "few" in CLDR, but not in cjm
    for (long n : new long[] {0, 1, 2, 5, 22, 101}) {
      assertThat(PluralRules.of(german, n)).isEqualTo(PluralRules.of(ENGLISH, n));
      assertThat(PluralRules.of(russian, n)).isEqualTo(PluralRules.of(ENGLISH, n));
    }
  }

  @Test
  void wholeNumbersAgreeWithIcu() {
    for (long n = -1000; n <= 1000; n++) {
      BigDecimal number = BigDecimal.valueOf(n);
      assertThat(PluralRules.of(ENGLISH, n)).as("en %s", n).isEqualTo(icu(ENGLISH, number));
      assertThat(PluralRules.of(POLISH, n)).as("pl %s", n).isEqualTo(icu(POLISH, number));
    }
    qt().withExamples(5_000)
        .forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .checkAssert(
            n -> {
              BigDecimal number = BigDecimal.valueOf(n);
              assertThat(PluralRules.of(ENGLISH, n)).isEqualTo(icu(ENGLISH, number));
              assertThat(PluralRules.of(POLISH, n)).isEqualTo(icu(POLISH, number));
            });
  }

  @Test
  void decimalsAgreeWithIcu() {
    qt().withExamples(5_000)
        .forAll(integers().between(-2_000_000, 2_000_000), integers().between(0, 4))
        .checkAssert(
            (unscaled, scale) -> {
              BigDecimal number = BigDecimal.valueOf(unscaled, scale);
              assertThat(PluralRules.of(ENGLISH, number)).isEqualTo(icu(ENGLISH, number));
              assertThat(PluralRules.of(POLISH, number)).isEqualTo(icu(POLISH, number));
            });
    for (String written : new String[] {"1.0", "1.00", "2.0", "0.0", "12.0", "1.5", "22.50"}) {
      BigDecimal number = new BigDecimal(written);
      assertThat(PluralRules.of(ENGLISH, number))
          .as("en %s", written)
          .isEqualTo(icu(ENGLISH, number));
      assertThat(PluralRules.of(POLISH, number))
          .as("pl %s", written)
          .isEqualTo(icu(POLISH, number));
    }
  }
}
