package dev.cjm.core.json;

import static dev.cjm.core.internal.Figures.count;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Limits;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Stops a YAML document at a run of more than {@link #MAX_RUN} characters without white space.
 * SnakeYAML takes time quadratic in the length of such a run (it copies its look-ahead window for
 * each kilobyte it reads), so a hostile document of one endless word would take hours to reach the
 * document length limit; no journey needs a run longer than its longest text with every character
 * escaped.
 */
final class RunGuard extends FilterReader {
  /** Six characters for each of the longest text's: YAML's longest escape of one UTF-16 unit. */
  static final int MAX_RUN = 6 * Limits.MAX_TEXT_LENGTH + 1_000;

  private int run;
  private int line = 1;
  private int column;
  private @Nullable DocumentProblem overrun;

  RunGuard(Reader in) {
    super(in);
  }

  /** The problem that stopped the reading, if this guard stopped it. */
  @Nullable DocumentProblem overrun() {
    return overrun;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + Math.max(n, 0); i++) {
      char c = buffer[i];
      if (c == '\n') {
        line++;
        column = 0;
        run = 0;
      } else {
        column++;
        run = Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : run + 1;
      }
      if (run > MAX_RUN) {
        overrun =
            new DocumentProblem(
                "",
                line,
                column,
                "the document has more than "
                    + count(MAX_RUN)
                    + " characters in a row without white space; no text of a journey needs"
                    + " that many (Limits.MAX_TEXT_LENGTH, even with every character escaped)",
                ImmutableMap.of("limit", Integer.toString(MAX_RUN)));
        throw new IOException(overrun.toString());
      }
    }
    return n;
  }
}
