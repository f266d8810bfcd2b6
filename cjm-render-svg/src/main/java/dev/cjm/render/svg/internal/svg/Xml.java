package dev.cjm.render.svg.internal.svg;

import java.io.IOException;
import java.text.Normalizer;

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
 *
 * <p>Text is written in Unicode Normalization Form C, which the W3C's character model asks of web
 * content and the Nu HTML checker enforces: a letter and its combining accent given apart ({@code
 * "e\u0301"}) are written as the one accented letter ({@code "\u00E9"}). The journey keeps its
 * texts as given; only the document has them composed.
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
   * Appends {@code text} escaped: each run of characters written as they are goes to {@code out}
   * whole, and each other character as its {@link #replacement}. A surrogate pair (one character
   * beyond U+FFFF) is written as it is.
   */
  private static void escape(String given, boolean attribute, Appendable out) throws IOException {
    String text = composed(given);
    int run = 0; // where the characters not yet written start
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPlain(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(text, run, i).append(replacement(c, attribute));
      run = i + 1;
    }
    out.append(text, run, text.length());
  }

  /**
   * {@code text} in Normalization Form C: itself when it is (every text below U+0300, the first
   * combining mark, is), else composed.
   */
  static String composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  /**
   * True for a character written as it is in element content and attribute values alike: one that
   * XML 1.0 allows and does not discourage, other than markup, quote, tab, line feed and the
   * renderer's own symbols. Surrogates are not: they are kept only as pairs.
   */
  private static boolean isPlain(char c) {
    if (c < 0x80) {
      return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != 0x7F;
    }
    return (c >= 0xA0 && c < 0xD800 && c != MINUS && c != BULLET && c != ELLIPSIS)
        || (c >= 0xE000 && c < 0xFFFE);
  }

  private static final char MINUS = '\u2212';
  private static final char BULLET = '\u2022';
  private static final char ELLIPSIS = '\u2026';

  /**
   * What a character that is not {@linkplain #isPlain plain} (nor half of a surrogate pair) is
   * written as: an entity or a character reference, itself where element content allows it, or
   * U+FFFD where XML 1.0 cannot carry it or advises against it. In an attribute value a parser
   * would turn tab and line feed into spaces: they are written as references there.
   */
  private static String replacement(char c, boolean attribute) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> attribute ? "&quot;" : "\"";
      case '\t' -> attribute ? "&#9;" : "\t";
      case '\n' -> attribute ? "&#10;" : "\n";
      case '\r' -> "&#13;";
      case MINUS -> "&#8722;";
      case BULLET -> "&#8226;";
      case ELLIPSIS -> "&#8230;";
      default -> "\uFFFD";
    };
  }
}
