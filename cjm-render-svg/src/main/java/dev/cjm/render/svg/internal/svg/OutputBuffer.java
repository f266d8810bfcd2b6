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
   * Appends {@code text} escaped as {@link Xml} escapes it. Text that needs no escaping, nearly all
   * of a map's, is copied into the buffer in blocks and checked there, where a plain array is
   * fastest to read. From the first character that needs escaping on, the rest goes through {@link
   * Xml}'s loop, which copies each run between escapes once.
   */
  OutputBuffer escaped(String text, boolean attribute) throws IOException {
    boolean[] asciiKept = attribute ? Xml.ASCII_KEPT_IN_ATTRIBUTE : Xml.ASCII_KEPT_IN_TEXT;
    int from = 0; // the first character of the text not yet in the buffer
    int end = text.length();
    while (from < end) {
      if (length == SIZE) {
        flush();
      }
      int count = Math.min(end - from, SIZE - length);
      text.getChars(from, from + count, chars, length);
      int stop = length + count;
      int i = length;
      while (i < stop) {
        char c = chars[i];
        if (c < 0x80) {
          if (!asciiKept[c]) {
            break;
          }
          i++;
        } else if (Xml.isKeptBeyondAscii(c)) { // not a surrogate, a C1 control or our symbol
          i++;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < stop
            && Character.isLowSurrogate(chars[i + 1])) {
          i += 2;
        } else {
          break;
        }
      }
      if (i < stop) { // chars[i] is text[from + i - length]: keep what is before it
        from += i - length;
        length = i;
        Xml.escapeRun(text, from, attribute, this);
        return this;
      }
      length = stop;
      from += count;
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
