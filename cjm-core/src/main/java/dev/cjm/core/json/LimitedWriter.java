package dev.cjm.core.json;

import static dev.cjm.core.internal.Figures.count;

import java.io.IOException;
import java.io.Writer;

/**
 * The writer under the {@code format} methods of journeys and observed journeys, for their readers'
 * sake: it passes on at most {@link JourneyJson#MAX_DOCUMENT_LENGTH} characters and refuses more
 * with an {@link IllegalArgumentException}, so no {@code format} writes a document its {@code
 * parse} would refuse for its length. What was passed on before stays written.
 */
final class LimitedWriter extends Writer {
  private final Writer out;
  private final String document;
  private long written;

  /** A writer to {@code out} of the document {@code document} names ("the JSON document"). */
  LimitedWriter(Writer out, String document) {
    this.out = out;
    this.document = document;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    take(length);
    out.write(buffer, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    take(length);
    out.write(text, offset, length);
  }

  @Override
  public void write(int c) throws IOException {
    take(1);
    out.write(c);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes, but leaves {@code out} open: it is the caller's. */
  @Override
  public void close() throws IOException {
    out.flush();
  }

  private void take(int length) {
    written += length;
    if (written > JourneyJson.MAX_DOCUMENT_LENGTH) {
      throw new IllegalArgumentException(
          document
              + " would be longer than "
              + count(JourneyJson.MAX_DOCUMENT_LENGTH)
              + " characters (JourneyJson.MAX_DOCUMENT_LENGTH), which parse refuses; split it"
              + " into several documents (within the Limits, only much text that is written"
              + " escaped, such as control characters, gets there)");
    }
  }
}
