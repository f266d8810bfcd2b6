package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The Unicode 13 tables that keep ids and channel keys the same on every JDK, and their generator:
 * on JDK 17 the tables must be what it generates from {@link Character}, code point by code point.
 */
class Unicode13Test {
  @Test
  void tables_areJdk17sCharacterProperties_generatedOnJdk17() {
    assumeTrue(Runtime.version().feature() == 17, "the tables are generated on JDK 17 only");

    assertThat(Unicode13.LETTERS_OR_DIGITS).isEqualTo(ranges(Character::isLetterOrDigit));
    assertThat(Unicode13.MARKS).isEqualTo(ranges(Unicode13Test::isMarkOnThisJdk));
    assertThat(Unicode13.ASSIGNED).isEqualTo(ranges(Character::isDefined));
  }

  @Test
  void lookups_agreeWithJdk17_forEveryCodePoint() {
    assumeTrue(Runtime.version().feature() == 17, "JDK 17's Character is the reference");

    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Unicode13.isLetterOrDigit(cp) != Character.isLetterOrDigit(cp)
          || Unicode13.isMark(cp) != isMarkOnThisJdk(cp)
          || Unicode13.isAssigned(cp) != Character.isDefined(cp)) {
        throw new AssertionError(String.format(Locale.ROOT, "U+%04X differs", cp));
      }
    }
  }

  @Test
  void lettersOfLaterUnicodeVersions_areNoLetters_onEveryJdk() {
    assertThat(Unicode13.isLetterOrDigit(0x0C5D)).isFalse(); // Telugu NAKAARA POLLU, Unicode 14
    assertThat(Unicode13.isLetterOrDigit(0x1E030)).isFalse(); // Cyrillic modifier a, Unicode 15
    assertThat(Unicode13.isLetterOrDigit(0x1E4D0)).isFalse(); // Nag Mundari A, Unicode 15
    assertThat(Unicode13.isAssigned(0x1E030)).isFalse();
    assertThat(Unicode13.isLetterOrDigit('a')).isTrue();
    assertThat(Unicode13.isLetterOrDigit(0x10FFFF)).isFalse();
    assertThat(Unicode13.isMark(0x0301)).isTrue();
  }

  @Test
  void idsOfNamesWithLaterLetters_areTheSameOnEveryJdk() {
    Journey journey =
        Journey.builder("Journey")
            .stage(
                "Stage \u0C5D", s -> s.touchpoint("Pay \uD838\uDC30 x").touchpoint("\uD839\uDCD0"))
            .build();

    assertThat(journey.stages().get(0).id()).isEqualTo("stage");
    assertThat(journey.allTouchpoints())
        .extracting(t -> t.id())
        .containsExactly("pay-x", "touchpoint-2");
  }

  @Test
  void channelKeys_foldOnlyUnicode13Characters() {
    // A newer JDK's NFKC folds U+1E030 (modifier letter) to U+0430; JDK 17 keeps it.
    assertThat(Texts.channelKey("Chat \uD838\uDC30 Ａpp")).isEqualTo("chat\uD838\uDC30app");
    assertThat(Channel.of("Chat \uD838\uDC30")).isNotEqualTo(Channel.of("Chat \u0430"));
  }

  private static boolean isMarkOnThisJdk(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The generator of the tables: the ranges where {@code property} holds, in hex, ten to a line.
   * Run on JDK 17 and paste the three tables into {@link Unicode13} (the failure shows them).
   */
  static String ranges(IntPredicate property) {
    StringBuilder out = new StringBuilder();
    int onLine = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!property.test(cp)) {
        continue;
      }
      int last = cp;
      while (last < Character.MAX_CODE_POINT && property.test(last + 1)) {
        last++;
      }
      out.append(onLine == 10 ? "\n" : onLine > 0 ? " " : "");
      onLine = onLine == 10 ? 1 : onLine + 1;
      out.append(Integer.toHexString(cp).toUpperCase(Locale.ROOT));
      if (last > cp) {
        out.append('-').append(Integer.toHexString(last).toUpperCase(Locale.ROOT));
      }
      cp = last;
    }
    return out.append('\n').toString();
  }
}
