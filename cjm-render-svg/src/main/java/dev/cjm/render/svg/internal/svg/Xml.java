package dev.cjm.render.svg.internal.svg;

import java.io.IOException;

/**
 * Escapes text for XML 1.0, exactly once: markup characters become entities, and characters XML 1.0
 * cannot carry (most control characters, unpaired surrogates, U+FFFE and U+FFFF) or advises against
 * (DEL and the C1 controls) become U+FFFD, the replacement character.
 */
public final class Xml {
  private static final char REPLACEMENT = '\uFFFD';

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

  /** Appends runs of characters that need no escaping whole, and the others one by one. */
  private static void escape(CharSequence text, boolean attribute, Appendable out)
      throws IOException {
    int length = text.length();
    int run = 0; // the start of the run of characters not yet appended
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') {
        continue; // printable ASCII other than markup: the common case
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (isAllowed(c) && c != '&' && c != '<' && c != '>' && c != '"') {
        continue;
      }
      if (i > run) {
        out.append(text, run, i);
      }
      run = i + 1;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        default -> out.append(REPLACEMENT);
      }
    }
    if (run == 0) {
      out.append(text); // nothing escaped: copied whole, much faster than character by character
    } else if (run < length) {
      out.append(text, run, length);
    }
  }

  /** True for a (non-surrogate) character that XML 1.0 allows and does not discourage. */
  private static boolean isAllowed(char c) {
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
