package dev.cjm.render.svg.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.cjm.core.testing.HostileText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.dsl.TheoryBuilder3;

/** What line breaking keeps for any text: every word, in order, on lines that fit. */
class TextWrapperPropertiesTest {
  private static final FontMetrics METRICS = FontMetrics.standard();

  /** Words of letters, hyphens and CJK, joined by runs of white space of every kind. */
  private static final Gen<String> SENTENCES =
      lists()
          .of(
              strings()
                  .betweenCodePoints('a', 'z')
                  .ofLengthBetween(1, 14)
                  .mix(strings().betweenCodePoints('-', '/').ofLengthBetween(1, 3), 10)
                  .mix(strings().betweenCodePoints(0x4E00, 0x4E40).ofLengthBetween(1, 6), 15)
                  .mix(strings().betweenCodePoints(0x0104, 0x017C).ofLengthBetween(1, 8), 15))
          .ofSizeBetween(1, 30)
          .zip(
              lists().of(integers().between(0, 5)).ofSize(30),
              (words, gaps) -> {
                String[] spaces = {" ", " ", "  ", "\t", " \u2003 ", ""};
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < words.size(); i++) {
                  text.append(words.get(i)).append(spaces[gaps.get(i)]);
                }
                return text.toString();
              });

  /** Generated and hostile texts, lines 20 to 400 pixels wide, regular and bold. */
  private static TheoryBuilder3<String, Integer, Boolean> anyTextWidthAndWeight() {
    return qt().withExamples(3_000)
        .forAll(
            SENTENCES.mix(HostileText.valid(), 30), integers().between(20, 400), booleans().all());
  }

  @Test
  void wrap_anyText_keepsEveryNonSpaceCharacterInOrder_onLinesThatFit() {
    anyTextWidthAndWeight()
        .checkAssert(
            (text, width, bold) -> {
              Font font = new Font(12, bold);
              Wrapped wrapped = TextWrapper.wrap(text, width, font, 0, METRICS);

              assertThat(withoutSpaces(String.join("", wrapped.lines())))
                  .isEqualTo(withoutSpaces(text));
              for (String line : wrapped.lines()) {
                assertThat(line).isNotEmpty().doesNotStartWith(" ").doesNotEndWith(" ");
                assertThat(line).doesNotContain("  ");
                // white space collapses to the plain space
                assertThat(withoutSpaces(line).length() + count(line, ' '))
                    .isEqualTo(line.length());
                if (TextWrapper.clusters(line).size() > 1) {
                  assertThat(METRICS.width(line, font)).isLessThanOrEqualTo(width);
                }
              }
            });
  }

  @Test
  void wrap_keepsATextAsItIs_exactlyWhenItFitsAndItsOnlyWhiteSpaceIsSingleSpaces() {
    anyTextWidthAndWeight()
        .checkAssert(
            (text, width, bold) -> {
              Font font = new Font(12, bold);
              boolean plain =
                  !text.isEmpty()
                      && text.equals(text.strip())
                      && !text.contains("  ")
                      && withoutSpaces(text).length() + count(text, ' ') == text.length();
              boolean fits = METRICS.width(text, font) <= width;

              Wrapped wrapped = TextWrapper.wrap(text, width, font, 0, METRICS);

              assertThat(wrapped.lines().equals(List.of(text)))
                  .as("%s in %s px: one line as it is", text, width)
                  .isEqualTo(plain && fits);
            });
  }

  @Test
  void addEms_isTheSumOfTheAdvancesOneCodePointAtATime() {
    qt().withExamples(2_000)
        .forAll(HostileText.any(), booleans().all())
        .checkAssert(
            (text, bold) -> {
              double expected = 0.25;
              for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                expected += METRICS.advance(cp, bold);
                i += Character.charCount(cp);
              }
              assertThat(METRICS.addEms(0.25, text, 0, text.length(), bold)).isEqualTo(expected);
            });
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  /** The text without the white space SVG collapses (no-break spaces are kept). */
  private static String withoutSpaces(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints()
        .filter(
            cp ->
                cp == '\u00A0'
                    || cp == '\u2007'
                    || cp == '\u202F'
                    || !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
