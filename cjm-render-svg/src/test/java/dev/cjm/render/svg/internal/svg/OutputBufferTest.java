package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The writer's buffer passes on exactly what it is given, in pieces of at most its size. */
class OutputBufferTest {
  @Test
  void append_atEveryPlaceAroundABlocksEnd_isPassedOnWhole() throws IOException {
    String[] pieces = {
      "\" y=\"", "<g class=\"cjm-truncated\">\n", "m".repeat(OutputBuffer.SIZE + 3)
    };
    for (String piece : pieces) {
      for (int offset = OutputBuffer.SIZE - 30; offset <= OutputBuffer.SIZE; offset++) {
        StringBuilder out = new StringBuilder();
        OutputBuffer buffer = new OutputBuffer(out);
        buffer.append("x".repeat(offset));
        buffer.append(piece).number(-123_456.78).append("ab", 1, 2);
        buffer.append('!');
        buffer.flush();

        assertThat(out.toString()).isEqualTo("x".repeat(offset) + piece + "-123456.78b!");
      }
    }
  }

  @Test
  void flush_handsOnPiecesOfAtMostItsSize() throws IOException {
    StringWriter out =
        new StringWriter() {
          @Override
          public void write(char[] chars, int offset, int length) {
            assertThat(length).isBetween(1, OutputBuffer.SIZE);
            super.write(chars, offset, length);
          }
        };
    OutputBuffer buffer = new OutputBuffer(out);
    String text = "0123456789".repeat(2_000);
    buffer.append(text);
    buffer.append(text);
    buffer.flush();

    assertThat(out.toString()).isEqualTo(text + text);
  }
}
