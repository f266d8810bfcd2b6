package dev.cjm.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The CLDR cardinal plural rules of the languages cjm ships, for the code that writes a word after
 * a number: "1 finding", "2 findings"; "1 znalezisko", "2 znaleziska", "5 znalezisk".
 *
 * <p>The rules, as CLDR writes them (i is the integer digits of the number as written, v the count
 * of its visible fraction digits, so {@code 1.0} has v = 1; a sign does not count):
 *
 * <ul>
 *   <li>English: {@link Category#ONE} for i = 1 and v = 0; {@link Category#OTHER} for all else.
 *   <li>Polish: {@link Category#ONE} for i = 1 and v = 0; {@link Category#FEW} for a whole number
 *       ending in 2, 3 or 4 but not in 12, 13 or 14; {@link Category#MANY} for every other whole
 *       number; {@link Category#OTHER} for a number with a fraction ({@code 1.5}, {@code 2.0}).
 *   <li>Any other language: the English rule.
 * </ul>
 *
 * <p>Written by hand from CLDR, with no ICU at run time; {@code PluralRulesTest} checks it against
 * ICU4J.
 */
public final class PluralRules {
  private PluralRules() {}

  /** A CLDR plural category: which form of a word follows a number. */
  public enum Category {
    /** English "1 finding", Polish "1 znalezisko". */
    ONE,
    /** Polish "2 znaleziska", "24 znaleziska"; not used in English. */
    FEW,
    /** Polish "5 znalezisk", "12 znalezisk", "0 znalezisk"; not used in English. */
    MANY,
    /** English "0 findings", "2 findings", "1.5 findings"; Polish "1,5 znaleziska". */
    OTHER
  }

  /** The category of a whole number, such as a count, in {@code language}. */
  public static Category of(Locale language, long number) {
    return of(language, BigDecimal.valueOf(number));
  }

  /**
   * The category of a number as written in {@code language}: its scale is its visible fraction
   * digits, so {@code new BigDecimal("1.0")} is not {@link Category#ONE}. A negative scale counts
   * as none.
   */
  public static Category of(Locale language, BigDecimal number) {
    boolean whole = number.scale() <= 0;
    BigDecimal integerDigits = number.abs().setScale(0, RoundingMode.DOWN);
    boolean isOne = whole && integerDigits.compareTo(BigDecimal.ONE) == 0;
    if (!language.getLanguage().equals("pl")) {
      return isOne ? Category.ONE : Category.OTHER;
    }
    if (!whole) {
      return Category.OTHER;
    }
    if (isOne) {
      return Category.ONE;
    }
    int lastTwo = integerDigits.remainder(BigDecimal.valueOf(100)).intValue();
    int last = lastTwo % 10;
    boolean endsInTwoToFour = last >= 2 && last <= 4;
    boolean endsInTwelveToFourteen = lastTwo >= 12 && lastTwo <= 14;
    return endsInTwoToFour && !endsInTwelveToFourteen ? Category.FEW : Category.MANY;
  }
}
