package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.cjm.core.testing.HostileText;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Text escaped into the writer's buffer is what a plain oracle, written from the XML 1.0
 * specification one code point at a time, makes of it, wherever the text falls against the buffer's
 * blocks: surrogate pairs and escapes on either side of a block's end.
 */
class OutputBufferEscapeTest {
  private static final String[] AWKWARD = {
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "&",
    "<",
    ">",
    "\"",
    "\t",
    "\n",
    "\r",
    "\u0000",
    "\u0085",
    "\uFFFE",
    "\u2212",
    "ż",
    "日",
    "a"
  };

  @Test
  void escaped_everyHostileSample_isWhatTheOracleWrites() throws IOException {
    List<String> texts = new ArrayList<>(HostileText.SAMPLES);
    texts.addAll(HostileText.HUGE);
    texts.addAll(HostileText.INVALID);
    for (String text : texts) {
      for (int offset : new int[] {0, 1, OutputBuffer.SIZE - 1}) {
        assertSameAsOracle(text, offset, false);
        assertSameAsOracle(text, offset, true);
      }
    }
  }

  @Test
  void escaped_awkwardCharactersAtEveryPlaceAroundABlocksEnd_isWhatTheOracleWrites()
      throws IOException {
    for (String before : AWKWARD) {
      for (String after : AWKWARD) {
        for (int offset = OutputBuffer.SIZE - 4; offset <= OutputBuffer.SIZE; offset++) {
          String text = "ab" + before + after + "cd";
          assertSameAsOracle(text, offset, false);
          assertSameAsOracle(text, offset, true);
        }
      }
    }
  }

  @Test
  void escaped_randomText_isWhatTheOracleWrites() {
    Gen<String> texts =
        HostileText.any()
            .mix(strings().allPossible().ofLengthBetween(0, 40))
            .mix(strings().betweenCodePoints(0xD7F0, 0xE010).ofLengthBetween(0, 40), 30);
    qt().withExamples(2_000)
        .forAll(texts, integers().between(0, OutputBuffer.SIZE))
        .checkAssert(
            (text, offset) -> {
              try {
                assertSameAsOracle(text, offset, false);
                assertSameAsOracle(text, offset, true);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void oracle_followsTheSpecification() {
    assertThat(oracle("a<b>&\"c\"\t\n\r", false)).isEqualTo("a&lt;b&gt;&amp;\"c\"\t\n&#13;");
    assertThat(oracle("a<b>&\"c\"\t\n\r", true))
        .isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#9;&#10;&#13;");
    assertThat(oracle("\u0000\u007F\u0085\uD800x\uFFFE\uFFFF", false))
        .isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD\uFFFD");
    assertThat(oracle("\u2212\u2022\u2026 \uD83D\uDE00 \u00e9", false))
        .isEqualTo("&#8722;&#8226;&#8230; \uD83D\uDE00 \u00e9");
  }

  /** Escapes {@code text} after {@code offset} characters already in the buffer. */
  private static void assertSameAsOracle(String text, int offset, boolean attribute)
      throws IOException {
    StringBuilder actual = new StringBuilder();
    OutputBuffer buffer = new OutputBuffer(actual);
    buffer.append("x".repeat(offset));
    if (attribute) {
      Xml.attribute(text, buffer);
    } else {
      Xml.text(text, buffer);
    }
    buffer.flush();

    assertThat(actual.toString()).isEqualTo("x".repeat(offset) + oracle(text, attribute));
  }

  /**
   * {@code text} composed (Unicode Normalization Form C), then escaped, one code point at a time,
   * as the XML 1.0 specification and the writer's contract say: markup characters as entities; in
   * an attribute value also the quote, and tab and line feed as references (a parser would turn
   * them into spaces); carriage return and the renderer's own symbols (minus sign, bullet,
   * ellipsis) as references; a character outside XML 1.0's {@code Char} production, or one of the
   * controls it discourages (U+007F to U+009F), as U+FFFD; every other character, a pair of
   * surrogates included, as it is.
   */
  private static String oracle(String given, boolean attribute) {
    String text = Normalizer.normalize(given, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == '&') {
                out.append("&amp;");
              } else if (c == '<') {
                out.append("&lt;");
              } else if (c == '>') {
                out.append("&gt;");
              } else if (c == '"' && attribute) {
                out.append("&quot;");
              } else if (((c == '\t' || c == '\n') && attribute)
                  || c == '\r'
                  || c == 0x2212
                  || c == 0x2022
                  || c == 0x2026) {
                out.append("&#").append(c).append(';');
              } else if (c == '\t' || c == '\n' || (isXmlChar(c) && !(c >= 0x7F && c <= 0x9F))) {
                out.appendCodePoint(c);
              } else {
                out.append('\uFFFD');
              }
            });
    return out.toString();
  }

  /** XML 1.0's {@code Char} production, without tab, line feed and carriage return. */
  private static boolean isXmlChar(int c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
  }
}
