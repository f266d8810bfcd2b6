package dev.cjm.core.internal;

import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks on user text: valid Unicode, blankness, and the closest of a set of known words. */
public final class Texts {
  private Texts() {}

  /**
   * Returns the index of the first unpaired surrogate in {@code text}, or -1 if the text is valid
   * Unicode. Every other character, control characters included, is valid here: the model keeps
   * text exactly as given.
   */
  public static int firstUnpairedSurrogate(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** True if {@code text} is empty or holds only white space (Unicode's, not just ASCII's). */
  public static boolean isBlank(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** A short, printable rendering of a string for messages: quoted, at most 60 characters. */
  public static String quote(@Nullable String text) {
    return quote(text, "\"", "\"");
  }

  /**
   * A short, printable rendering of a string between a language's quotation marks ({@code "…"},
   * Polish {@code „…”}), at most 60 characters. Control characters and lone surrogates are escaped;
   * a backslash and a double quote only between double quotes, where they would be ambiguous.
   */
  public static String quote(@Nullable String text, String open, String close) {
    if (text == null) {
      return "null";
    }
    boolean escapeQuotes = open.equals("\"") || close.equals("\"");
    if (text.length() <= 60 && isPlain(text, escapeQuotes)) {
      return open + text + close; // the common case: nothing to cut or escape
    }
    int cut = Character.isHighSurrogate(text.length() > 57 ? text.charAt(56) : 'x') ? 56 : 57;
    String shown = text.length() > 60 ? text.substring(0, cut) + "…" : text;
    StringBuilder out = new StringBuilder(shown.length() + 2).append(open);
    shown
        .codePoints()
        .forEach(
            cp -> {
              if (escapeQuotes && (cp == '"' || cp == '\\')) {
                out.append('\\').appendCodePoint(cp);
              } else if (Character.isISOControl(cp)
                  || Character.getType(cp) == Character.SURROGATE) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.append(close).toString();
  }

  private static boolean isPlain(String text, boolean escapeQuotes) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((escapeQuotes && (c == '"' || c == '\\'))
          || Character.isISOControl(c)
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A channel's name as channels compare names ({@code Channel} equality, and the map's place for
   * its colour): NFKC, lower case, without spaces, hyphens and underscores ({@code "mobileapp"}).
   * Only characters of Unicode 13 ({@link Unicode13}) are folded, so that the key is the same on
   * every JDK: a newer JDK would fold a later character (U+1E030 to U+0430) that JDK 17 keeps.
   */
  public static String channelKey(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    int start = 0; // where the run of Unicode 13 characters to fold begins
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!Unicode13.isAssigned(cp)) {
        folded.append(fold(name.substring(start, i))).appendCodePoint(cp);
        start = next;
      }
      i = next;
    }
    folded.append(fold(name.substring(start)));
    StringBuilder key = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && cp != '-' && cp != '_' && cp != '\u00A0')
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  /** NFKC and lower case. */
  private static String fold(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** The longest word, or candidate, that {@link #closest} compares; longer ones are skipped. */
  public static final int MAX_COMPARED_LENGTH = 64;

  /**
   * The candidate closest to {@code word} by edit distance; ties go to the earliest candidate.
   * Words longer than {@value #MAX_COMPARED_LENGTH} characters are not compared (a suggestion would
   * not help, and the comparison is quadratic in length), so the cost per candidate is bounded.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word.length() > MAX_COMPARED_LENGTH) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.length() > MAX_COMPARED_LENGTH
          || Math.abs(candidate.length() - word.length()) >= bestDistance) {
        continue;
      }
      int distance = editDistance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance between two strings, in UTF-16 units; linear memory. */
  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
