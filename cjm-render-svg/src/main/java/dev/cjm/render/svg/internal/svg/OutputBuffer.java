package dev.cjm.render.svg.internal.svg;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * The SVG writer's buffer: it gathers what is written, a few thousand characters at a time, and
 * passes them on to the real output each time it is full and at the end. The writer makes many
 * small appends to this one class, and the output gets few large ones; a document streams through
 * it and is never held whole.
 */
final class OutputBuffer implements Appendable {
  /** How many characters are gathered before they are handed on. */
  static final int SIZE = 8192;

  private final Appendable out;
  private final char[] chars = new char[SIZE];
  private int length;

  OutputBuffer(Appendable out) {
    this.out = out;
  }

  @Override
  public OutputBuffer append(CharSequence text) throws IOException {
    return append(text, 0, text.length());
  }

  /** Copies a String's characters in blocks, as far as the buffer has room; others one by one. */
  @Override
  public OutputBuffer append(CharSequence text, int start, int end) throws IOException {
    if (text instanceof String string) {
      int from = start;
      while (from < end) {
        if (length == SIZE) {
          flush();
        }
        int count = Math.min(end - from, SIZE - length);
        string.getChars(from, from + count, chars, length);
        length += count;
        from += count;
      }
      return this;
    }
    for (int i = start; i < end; i++) {
      append(text.charAt(i));
    }
    return this;
  }

  @Override
  public OutputBuffer append(char c) throws IOException {
    if (length == SIZE) {
      flush();
    }
    chars[length++] = c;
    return this;
  }

  /** Appends {@code value} as {@link Numbers#format} writes it. */
  OutputBuffer number(double value) throws IOException {
    if (length > SIZE - Numbers.MAX_LENGTH) {
      flush();
    }
    length = Numbers.write(value, chars, length);
    return this;
  }

  /**
   * Hands what is buffered to the output: to a Writer or a StringBuilder as characters, to any
   * other Appendable as a view of the buffer, valid during the call (as with any {@code append}).
   */
  void flush() throws IOException {
    if (length == 0) {
      return;
    }
    if (out instanceof Writer writer) {
      writer.write(chars, 0, length);
    } else if (out instanceof StringBuilder builder) {
      builder.append(chars, 0, length);
    } else {
      out.append(CharBuffer.wrap(chars, 0, length));
    }
    length = 0;
  }
}
