package dev.cjm.render.svg.internal.svg;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * The few thousand characters written last, passed on to the real output each time the buffer is
 * full and at the end: the writer appends to one concrete class (many small appends, cheap), and
 * the output gets few large ones. A document streams through it; it is never held whole.
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

  /**
   * Copies a String's characters in blocks (the run between two escapes, say); others one by one.
   */
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

  /**
   * Appends a piece of the writer's own markup, kept as characters: one array copy, several times
   * faster for a short piece than a String's, whose characters are widened from bytes on the way.
   */
  OutputBuffer append(char[] markup) throws IOException {
    int from = 0;
    while (from < markup.length) { // once, but for a piece longer than the room left
      if (length == SIZE) {
        flush();
      }
      int count = Math.min(markup.length - from, SIZE - length);
      System.arraycopy(markup, from, chars, length, count);
      length += count;
      from += count;
    }
    return this;
  }

  /**
   * Appends {@code text} escaped as {@link Xml} escapes it. Each character is checked and stored in
   * one pass: the texts of a map are short (names, class lists, lines of a card), and for them a
   * loop beats copying the String's characters out first, which costs more to start than to run.
   * From the first character that needs escaping on, the rest goes through {@link Xml}'s loop,
   * which copies each run between escapes once.
   */
  OutputBuffer escaped(String text, boolean attribute) throws IOException {
    boolean[] asciiKept = attribute ? Xml.ASCII_KEPT_IN_ATTRIBUTE : Xml.ASCII_KEPT_IN_TEXT;
    char[] buffer = chars;
    int end = text.length();
    int i = 0;
    while (i < end) {
      if (length > SIZE - 2) {
        flush();
      }
      // As far as the buffer has room, keeping a place for the second half of a surrogate pair.
      int stop = Math.min(end, i + SIZE - 1 - length);
      int at = length;
      while (i < stop) {
        char c = text.charAt(i);
        if (c < 0x80 ? asciiKept[c] : Xml.isKeptBeyondAscii(c)) {
          buffer[at++] = c;
          i++;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < end
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          buffer[at++] = c;
          buffer[at++] = text.charAt(i + 1);
          i += 2;
        } else {
          length = at;
          Xml.escapeRun(text, i, attribute, this);
          return this;
        }
      }
      length = at;
    }
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
