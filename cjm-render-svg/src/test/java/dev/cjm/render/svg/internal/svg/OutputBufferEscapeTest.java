package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.cjm.core.testing.HostileText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The writer's buffer escapes text exactly as {@link Xml}'s character loop does, wherever the text
 * falls against the buffer's blocks: surrogate pairs and escapes on either side of a block's end.
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
    "ż",
    "日",
    "a"
  };

  @Test
  void escaped_everyHostileSample_isWhatXmlsLoopWrites() throws IOException {
    List<String> texts = new ArrayList<>(HostileText.SAMPLES);
    texts.addAll(HostileText.HUGE);
    texts.addAll(HostileText.INVALID);
    for (String text : texts) {
      for (int offset : new int[] {0, 1, OutputBuffer.SIZE - 1}) {
        assertSameAsXml(text, offset, false);
        assertSameAsXml(text, offset, true);
      }
    }
  }

  @Test
  void escaped_awkwardCharactersAtEveryPlaceAroundABlocksEnd_isWhatXmlsLoopWrites()
      throws IOException {
    for (String before : AWKWARD) {
      for (String after : AWKWARD) {
        for (int offset = OutputBuffer.SIZE - 4; offset <= OutputBuffer.SIZE; offset++) {
          String text = "ab" + before + after + "cd";
          assertSameAsXml(text, offset, false);
          assertSameAsXml(text, offset, true);
        }
      }
    }
  }

  @Test
  void escaped_randomText_isWhatXmlsLoopWrites() {
    Gen<String> texts =
        HostileText.any()
            .mix(strings().allPossible().ofLengthBetween(0, 40))
            .mix(strings().betweenCodePoints(0xD7F0, 0xE010).ofLengthBetween(0, 40), 30);
    qt().withExamples(2_000)
        .forAll(texts, integers().between(0, OutputBuffer.SIZE))
        .checkAssert(
            (text, offset) -> {
              try {
                assertSameAsXml(text, offset, false);
                assertSameAsXml(text, offset, true);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  /** Escapes {@code text} after {@code offset} characters already in the buffer. */
  private static void assertSameAsXml(String text, int offset, boolean attribute)
      throws IOException {
    StringBuilder expected = new StringBuilder("x".repeat(offset));
    Xml.escapeRun(text, 0, attribute, expected);

    StringBuilder actual = new StringBuilder();
    OutputBuffer buffer = new OutputBuffer(actual);
    buffer.append("x".repeat(offset));
    buffer.escaped(text, attribute);
    buffer.flush();

    assertThat(actual.toString()).isEqualTo(expected.toString());
  }
}
