package dev.cjm.render.svg.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
  private final FontMetrics metrics = FontMetrics.standard();
  private final Font font = new Font(12, false);

  private Wrapped wrap(String text, double width) {
    return TextWrapper.wrap(text, width, font, 0, metrics);
  }

  @Test
  void wrap_shortText_staysOnOneLine() {
    assertThat(wrap("Taps the ad", 200).lines()).containsExactly("Taps the ad");
  }

  @Test
  void wrap_breaksAtSpaces_andEveryLineFits() {
    Wrapped wrapped =
        wrap("The delivery cost appears only at the very last step of the checkout", 100);
    assertThat(wrapped.size()).isGreaterThan(1);
    assertThat(wrapped.lines())
        .allSatisfy(l -> assertThat(metrics.width(l, font)).isLessThanOrEqualTo(100));
    assertThat(String.join(" ", wrapped.lines()))
        .isEqualTo("The delivery cost appears only at the very last step of the checkout");
  }

  @Test
  void wrap_collapsesRunsOfWhiteSpace_asSvgShowsThem() {
    assertThat(wrap("  Taps \t the\u2003 ad  ", 300).lines()).containsExactly("Taps the ad");
  }

  @Test
  void wrap_startsANewLineAtALineFeed() {
    assertThat(wrap("First\nSecond\r\nThird", 300).lines())
        .containsExactly("First", "Second", "Third");
  }

  @Test
  void wrap_keepsAnEmojiSequenceWhole_unlessItAloneIsWiderThanTheLine() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
    assertThat(wrap(family, 200).lines()).containsExactly(family);

    double narrow = metrics.width(family, font) - 1;
    Wrapped wrapped = wrap(family, narrow);
    assertThat(String.join("", wrapped.lines())).isEqualTo(family);
    assertThat(wrapped.size()).isGreaterThan(1);
    assertThat(wrapped.lines())
        .allSatisfy(l -> assertThat(metrics.width(l, font)).isLessThanOrEqualTo(narrow));
  }

  @Test
  void wrap_breaksAWordWiderThanTheLine_betweenCharacters() {
    Wrapped wrapped = wrap("Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen", 80);
    assertThat(wrapped.size()).isGreaterThan(2);
    assertThat(wrapped.lines())
        .allSatisfy(l -> assertThat(metrics.width(l, font)).isLessThanOrEqualTo(80));
    assertThat(String.join("", wrapped.lines()))
        .isEqualTo("Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen");
  }

  @Test
  void wrap_neverSeparatesALetterFromItsCombiningMark() {
    String word = "e\u0301".repeat(40);
    Wrapped wrapped = wrap(word, 50);
    assertThat(wrapped.size()).isGreaterThan(1);
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l).startsWith("e").endsWith("\u0301"));
  }

  @Test
  void wrap_breaksAfterAHyphen_beforeBreakingInsideAWord() {
    assertThat(wrap("post-purchase-experience", 110).lines())
        .containsExactly("post-purchase-", "experience");
  }

  @Test
  void wrap_breaksBetweenCjkCharacters() {
    Wrapped wrapped = wrap("電車の中でスマートフォンの広告を見る", 60);
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(5));
    assertThat(String.join("", wrapped.lines())).isEqualTo("電車の中でスマートフォンの広告を見る");
  }

  @Test
  void wrap_withALineLimit_endsTheLastLineWithAnEllipsis_andSaysItWasCut() {
    Wrapped wrapped =
        TextWrapper.wrap(
            "one two three four five six seven eight nine ten eleven twelve", 60, font, 2, metrics);
    assertThat(wrapped.truncated()).isTrue();
    assertThat(wrapped.lines()).hasSize(2);
    assertThat(wrapped.lines().get(1)).endsWith("\u2026");
    assertThat(metrics.width(wrapped.lines().get(1), font)).isLessThanOrEqualTo(60);
  }

  @Test
  void wrap_withinTheLineLimit_isNotTruncated() {
    Wrapped wrapped = TextWrapper.wrap("short", 60, font, 2, metrics);
    assertThat(wrapped.truncated()).isFalse();
    assertThat(wrapped.lines()).containsExactly("short");
  }

  @Test
  void wrap_blankText_hasNoLines() {
    assertThat(wrap(" \n ", 100).isEmpty()).isTrue();
  }

  @Test
  void isRightToLeft_followsTheFirstStrongCharacter() {
    assertThat(TextWrapper.isRightToLeft("תשלום באתר")).isTrue();
    assertThat(TextWrapper.isRightToLeft("123 قلق")).isTrue();
    assertThat(TextWrapper.isRightToLeft("Owner: צוות")).isFalse();
    assertThat(TextWrapper.isRightToLeft("2024")).isFalse();
  }

  @Test
  void wrap_keepsAtMostMaxLines_withOrWithoutALineLimit() {
    String lines = "a\n".repeat(50_000);

    Wrapped unlimited = wrap(lines, 200);
    Wrapped limited = TextWrapper.wrap(lines, 200, font, 500, metrics);

    assertThat(unlimited.size()).isEqualTo(TextWrapper.MAX_LINES);
    assertThat(unlimited.truncated()).isTrue();
    assertThat(unlimited.lines().get(TextWrapper.MAX_LINES - 1)).isEqualTo("a\u2026");
    assertThat(limited.lines()).isEqualTo(unlimited.lines());
    assertThat(TextWrapper.wrap(lines, 200, font, 3, metrics).size()).isEqualTo(3);
  }

  @Test
  void wrap_ofOneWordLongerThanMaxLines_stopsAtTheLimit() {
    Wrapped wrapped = wrap("x".repeat(100_000), 50);

    assertThat(wrapped.size()).isEqualTo(TextWrapper.MAX_LINES);
    assertThat(wrapped.truncated()).isTrue();
  }

  @Test
  void tooltip_keepsAShortText_andCutsALongOneBetweenCharacters() {
    assertThat(TextWrapper.tooltip("Short")).isEqualTo("Short");
    String exactly = "x".repeat(TextWrapper.MAX_TOOLTIP_LENGTH);
    assertThat(TextWrapper.tooltip(exactly)).isEqualTo(exactly);

    // An accent at the cut stays with its letter: both go.
    String accented = "x".repeat(TextWrapper.MAX_TOOLTIP_LENGTH - 1) + "e\u0301" + "y".repeat(10);
    assertThat(TextWrapper.tooltip(accented))
        .isEqualTo("x".repeat(TextWrapper.MAX_TOOLTIP_LENGTH - 1) + "\u2026");
    // A character beyond U+FFFF is not split between its surrogates.
    String emoji = "x".repeat(TextWrapper.MAX_TOOLTIP_LENGTH - 1) + "\uD83D\uDE00" + "y";
    assertThat(TextWrapper.tooltip(emoji))
        .isEqualTo("x".repeat(TextWrapper.MAX_TOOLTIP_LENGTH - 1) + "\u2026");
  }

  // ---------------------------------------------------------------- hyphenating (overview names)

  private static final Font LABEL = new Font(16, true);

  private Wrapped hyphenating(String text, double width, int maxLines) {
    return TextWrapper.wrapHyphenating(text, width, LABEL, maxLines, metrics);
  }

  @Test
  void wrapHyphenating_breaksAWordWiderThanTheLine_betweenLetters_withAHyphen_thatFits() {
    assertThat(metrics.width("Porównywarka", LABEL)).isGreaterThan(96);

    Wrapped wrapped = hyphenating("Porównywarka cen", 96, 3);

    assertThat(wrapped.lines()).containsExactly("Porówny-", "warka cen");
    assertThat(wrapped.lines())
        .allSatisfy(l -> assertThat(metrics.width(l, LABEL)).isLessThanOrEqualTo(96));
    assertThat(wrapped.truncated()).isFalse();
  }

  @Test
  void wrapHyphenating_neverLeavesOneLetterAloneAfterAHyphen() {
    for (String name : List.of("Wniesienie sofy", "Porównywarka", "Donaudampfschiff Kapitän")) {
      for (double width = 40; width <= 140; width += 1) {
        List<String> lines = hyphenating(name, width, 0).lines();
        for (int i = 1; i < lines.size(); i++) {
          if (lines.get(i - 1).endsWith("-")) {
            String part = lines.get(i).split(" ", -1)[0];
            assertThat(part.codePointCount(0, part.length()))
                .as("%s at %s px: %s", name, width, lines)
                .isGreaterThan(1);
          }
        }
        assertThat(String.join("", lines).replace("-", "").replace(" ", ""))
            .as("%s at %s px: %s", name, width, lines)
            .isEqualTo(name.replace(" ", ""));
      }
    }
  }

  @Test
  void wrapHyphenating_breaksBetweenWords_whereEveryWordFitsALine() {
    String name = "Sklep na rogu ulicy";

    assertThat(hyphenating(name, 96, 3).lines())
        .isEqualTo(TextWrapper.wrap(name, 96, LABEL, 3, metrics).lines())
        .noneMatch(l -> l.endsWith("-"));
  }

  @Test
  void wrapHyphenating_cutByTheLineLimit_endsWithAnEllipsis_notAHyphen() {
    Wrapped wrapped = hyphenating("Donaudampfschifffahrtsgesellschaftskapitän", 96, 2);

    assertThat(wrapped.truncated()).isTrue();
    assertThat(wrapped.lines()).hasSize(2);
    assertThat(wrapped.lines().get(0)).endsWith("-");
    assertThat(wrapped.lines().get(1)).endsWith("\u2026").doesNotContain("-");
  }

  @Test
  void wrapHyphenating_putsNoHyphenBetweenCjkCharacters_orDigitsAndSymbols() {
    assertThat(hyphenating("東京駅八重洲口から徒歩五分の店舗で受け取り", 96, 0).lines()).noneMatch(l -> l.endsWith("-"));
    assertThat(hyphenating("1234567890123456789012345", 96, 0).lines())
        .noneMatch(l -> l.endsWith("-"));
  }
}
