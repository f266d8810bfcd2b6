package dev.cjm.render.svg.internal.svg;

import java.io.IOException;

/**
 * Escapes text for XML 1.0, exactly once: markup characters become entities, and characters XML 1.0
 * cannot carry (most control characters, unpaired surrogates, U+FFFE and U+FFFF) or advises against
 * (DEL and the C1 controls) become U+FFFD, the replacement character.
 *
 * <p>The three symbols beyond Latin-1 that the renderer draws itself, the minus sign of the emotion
 * scale (U+2212), the bullet of the persona's lists (U+2022) and the ellipsis of a cut text
 * (U+2026), are written as character references, wherever they come from. A map whose own texts are
 * Latin-1, as most English maps are, is then a Latin-1 document, and a String of it takes one byte
 * a character instead of two. An XML reader reads them back as the characters.
 */
public final class Xml {
  private static final String REPLACEMENT_TEXT = "\uFFFD";

  private Xml() {}

  /** Appends {@code text} as element content. */
  public static void text(CharSequence text, Appendable out) throws IOException {
    escape(text, false, out);
  }

  /** Appends {@code text} as a double-quoted attribute value. */
  public static void attribute(CharSequence text, Appendable out) throws IOException {
    escape(text, true, out);
  }

  /** {@code text} escaped as element content. */
  public static String text(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    try {
      escape(text, false, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not throw", e);
    }
    return out.toString();
  }

  /**
   * Appends runs of characters that need no escaping whole, and the others one by one; a String
   * into the writer's own buffer goes the buffer's faster way, with the same result.
   */
  private static void escape(CharSequence text, boolean attribute, Appendable out)
      throws IOException {
    if (out instanceof OutputBuffer buffer && text instanceof String string) {
      buffer.escaped(string, attribute);
    } else {
      escapeRun(text, 0, attribute, out);
    }
  }

  /** Appends {@code text} from {@code start} on, escaped. */
  static void escapeRun(CharSequence text, int start, boolean attribute, Appendable out)
      throws IOException {
    int length = text.length();
    int run = start; // the start of the run of characters not yet appended
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (isKept(c, attribute)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (i > run) {
        out.append(text, run, i);
      }
      run = i + 1;
      out.append(replacement(c, attribute));
    }
    if (run == 0) {
      out.append(text); // nothing escaped: copied whole, much faster than character by character
    } else if (run < length) {
      out.append(text, run, length);
    }
  }

  /**
   * True if {@code c} is written as it is: printable ASCII other than markup, any other character
   * XML allows, and in element content also the quote, tab and line feed. Surrogates are not: the
   * caller keeps a high one followed by a low one as a pair.
   */
  static boolean isKept(char c, boolean attribute) {
    if (c >= 0x20 && c < 0x7F) { // printable ASCII: the common case
      return c != '&' && c != '<' && c != '>' && (c != '"' || !attribute);
    }
    if (c == '\n' || c == '\t') {
      return !attribute;
    }
    return isKeptBeyondAscii(c);
  }

  /**
   * True if {@code c}, not ASCII, is written as it is: XML allows it and it is not one of the
   * renderer's own symbols, which are written as references.
   */
  static boolean isKeptBeyondAscii(char c) {
    return isAllowed(c) && c != MINUS && c != BULLET && c != ELLIPSIS;
  }

  private static final char MINUS = '\u2212';
  private static final char BULLET = '\u2022';
  private static final char ELLIPSIS = '\u2026';

  /** {@link #isKept} of each ASCII character in element content: a lookup on the hot path. */
  static final boolean[] ASCII_KEPT_IN_TEXT = asciiKept(false);

  /** {@link #isKept} of each ASCII character in an attribute value. */
  static final boolean[] ASCII_KEPT_IN_ATTRIBUTE = asciiKept(true);

  private static boolean[] asciiKept(boolean attribute) {
    boolean[] kept = new boolean[0x80];
    for (char c = 0; c < kept.length; c++) {
      kept[c] = isKept(c, attribute);
    }
    return kept;
  }

  /** What a character that is not kept becomes: an entity, or U+FFFD if XML cannot carry it. */
  static String replacement(char c, boolean attribute) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\t' -> "&#9;";
      case '\n' -> "&#10;";
      case '\r' -> "&#13;";
      case MINUS -> "&#8722;";
      case BULLET -> "&#8226;";
      case ELLIPSIS -> "&#8230;";
      default -> REPLACEMENT_TEXT;
    };
  }

  /** True for a (non-surrogate) character that XML 1.0 allows and does not discourage. */
  static boolean isAllowed(char c) {
    if (c < 0x20) {
      return false; // tab, line feed and carriage return are handled before
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }
}
