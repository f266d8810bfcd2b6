package dev.cjm.render.svg.internal.svg;

import java.io.IOException;

/**
 * The one place where the SVG writer escapes text for XML 1.0, for element content and for
 * attribute values alike: markup characters become entities, and characters XML 1.0 cannot carry
 * (most control characters, unpaired surrogates, U+FFFE and U+FFFF) or advises against (DEL and the
 * C1 controls) become U+FFFD, the replacement character.
 *
 * <p>The three symbols beyond Latin-1 that the renderer draws itself, the minus sign of the emotion
 * scale (U+2212), the bullet of the persona's lists (U+2022) and the ellipsis of a cut text
 * (U+2026), are written as character references, wherever they come from. A map whose own texts are
 * Latin-1, as most English maps are, is then a Latin-1 document, and a String of it takes one byte
 * a character instead of two. An XML reader reads them back as the characters.
 */
final class Xml {
  private Xml() {}

  /** Appends {@code text} escaped as element content. */
  static void text(String text, Appendable out) throws IOException {
    escape(text, false, out);
  }

  /** Appends {@code text} escaped as a double-quoted attribute value. */
  static void attribute(String text, Appendable out) throws IOException {
    escape(text, true, out);
  }

  /**
   * Appends {@code text} escaped, character by character. In an attribute value the quote is
   * escaped, and so are tab and line feed, which a parser would otherwise turn into spaces.
   */
  private static void escape(String text, boolean attribute, Appendable out) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\u2212' -> out.append("&#8722;"); // minus sign
        case '\u2022' -> out.append("&#8226;"); // bullet
        case '\u2026' -> out.append("&#8230;"); // ellipsis
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1)); // a pair: one character beyond U+FFFF
            i++;
          } else {
            out.append(isAllowed(c) ? c : '\uFFFD');
          }
        }
      }
    }
  }

  /**
   * True for a character, other than tab, line feed and carriage return (handled before), that XML
   * 1.0 allows and does not discourage: not a C0 or C1 control, not DEL, not a surrogate on its
   * own, not U+FFFE or U+FFFF.
   */
  private static boolean isAllowed(char c) {
    return c >= 0x20
        && !(c >= 0x7F && c <= 0x9F)
        && !Character.isSurrogate(c)
        && c != '\uFFFE'
        && c != '\uFFFF';
  }
}
