package dev.cjm.render.svg.internal.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a given width, measured with {@link FontMetrics}.
 *
 * <p>Runs of white space collapse to one space (as SVG shows them) and line feeds start a new line.
 * Lines break at spaces, after hyphens and slashes, and around East Asian characters; a word wider
 * than the line is broken between characters, never between a letter and its combining marks.
 * Breaking rules are this class's own, so the result does not depend on the JDK.
 */
public final class TextWrapper {
  /**
   * The most lines a text shows, whatever the renderer's line limit (0, no limit, included): a
   * longer text ends with an ellipsis, as one cut by that limit does. A text of 100,000 characters
   * wraps to some 3,000 lines of a card (or 50,000, one letter a line); this many lines, a cell
   * about 1,500 pixels tall at the default font size, are more than anyone reads on a map.
   */
  public static final int MAX_LINES = 100;

  /**
   * The most characters of a tooltip that carries the full wording of a cut text, or any other
   * text: a longer one is cut there and ends with an ellipsis.
   */
  public static final int MAX_TOOLTIP_LENGTH = 1_000;

  private static final String ELLIPSIS = "\u2026";

  /** What ends the part of a word broken between letters, when hyphenating. */
  private static final String HYPHEN = "-";

  private TextWrapper() {}

  /**
   * Wraps {@code text} to {@code maxWidth} pixels in {@code font}; keeps {@code maxLines} lines at
   * most if that is above zero, and {@link #MAX_LINES} at most in any case, the last ending with an
   * ellipsis.
   *
   * <p>Linear in the length of the text: each piece between break opportunities is measured once
   * onto the width of the line so far, never the whole line again; and wrapping stops at the line
   * after the last one kept.
   */
  public static Wrapped wrap(
      String text, double maxWidth, Font font, int maxLines, FontMetrics metrics) {
    return wrap(text, maxWidth, font, maxLines, metrics, false);
  }

  /**
   * Wraps {@code text} as {@link #wrap} does, but a word wider than the line, broken between two
   * letters, ends each part but the last with a hyphen ({@code "Porówny-"}, {@code "warka cen"}),
   * so a reader does not take the parts for words: for names in narrow columns, such as the
   * overview's, where many a word is wider than a line.
   */
  public static Wrapped wrapHyphenating(
      String text, double maxWidth, Font font, int maxLines, FontMetrics metrics) {
    return wrap(text, maxWidth, font, maxLines, metrics, true);
  }

  private static Wrapped wrap(
      String text,
      double maxWidth,
      Font font,
      int maxLines,
      FontMetrics metrics,
      boolean hyphenate) {
    if (fitsAsItIs(text, maxWidth, font, metrics)) {
      return new Wrapped(ImmutableList.of(text), false);
    }
    int limit = maxLines > 0 ? Math.min(maxLines, MAX_LINES) : MAX_LINES;
    List<String> lines = new ArrayList<>();
    Line line = new Line(text, maxWidth, font, metrics, lines, limit, hyphenate);
    // Paragraphs end at a line feed, a carriage return or both.
    int start = 0;
    for (int i = 0; i < text.length() && !line.isFull(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        line.wrap(start, i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    line.wrap(start, text.length());
    if (lines.size() > limit) {
      List<String> kept = new ArrayList<>(lines.subList(0, limit));
      String last = kept.get(limit - 1);
      if (hyphenate && last.endsWith(HYPHEN)) {
        last = last.substring(0, last.length() - 1); // the ellipsis says the word goes on
      }
      kept.set(limit - 1, ellipsize(last, maxWidth, font, metrics));
      return new Wrapped(ImmutableList.copyOf(kept), true);
    }
    return new Wrapped(ImmutableList.copyOf(lines), false);
  }

  /**
   * True if {@code text} is one line as it is: it fits the width, and its white space is only
   * single spaces between words, which the wrapper would keep. Most texts of a map (names, labels,
   * short notes) are, and are done in one pass. The sum of the advances only grows along the text,
   * so every shorter line the wrapper would try fits too, and it would give this one line.
   */
  private static boolean fitsAsItIs(String text, double maxWidth, Font font, FontMetrics metrics) {
    int length = text.length();
    // A run of spaces would be collapsed by the wrapper. Looked for apart (a vectorised search), it
    // costs the loop below no branch at every space, which would be mispredicted at every word.
    if (length == 0
        || text.charAt(0) == ' '
        || text.charAt(length - 1) == ' '
        || text.contains("  ")) {
      return false;
    }
    boolean bold = font.bold();
    // Every advance is a whole number of font units, so the sum is kept in units, exactly (as the
    // sum in ems would be), and passes the limit exactly when it passes its whole units.
    long limit = (long) Math.floor(maxWidth / font.size() * FontMetrics.UNITS_PER_EM);
    long units = 0;
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x7F) { // printable ASCII: the common case
        units += metrics.advanceUnits(c, bold);
        i++;
      } else {
        int cp = text.codePointAt(i);
        if (isCollapsibleSpace(cp) || cp == '\n' || cp == '\r') {
          return false;
        }
        units += metrics.advanceUnits(cp, bold);
        i += Character.charCount(cp);
      }
      if (units > limit) {
        return false;
      }
    }
    return units * FontMetrics.EMS_PER_UNIT * font.size() <= maxWidth;
  }

  /** True if the first strongly directional character of {@code text} is right-to-left. */
  public static boolean isRightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte direction = Character.getDirectionality(cp);
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * The line being filled while one paragraph is wrapped, with its width in ems so far. Lines are
   * filled greedily with unbreakable pieces; a piece wider than a line on its own is broken between
   * its characters.
   */
  private static final class Line {
    private final String text;
    private final double maxWidth;
    private final double size;
    private final boolean bold;
    private final Font font;
    private final FontMetrics metrics;
    private final List<String> lines;
    private final int limit;
    private final boolean hyphenate;
    private final StringBuilder line = new StringBuilder();
    // The line as a range of the text, from and to, while it is one; from is -1 otherwise.
    private int from = -1;
    private int to;
    private double ems;

    Line(
        String text,
        double maxWidth,
        Font font,
        FontMetrics metrics,
        List<String> lines,
        int limit,
        boolean hyphenate) {
      this.text = text;
      this.maxWidth = maxWidth;
      this.size = font.size();
      this.bold = font.bold();
      this.font = font;
      this.metrics = metrics;
      this.lines = lines;
      this.limit = limit;
      this.hyphenate = hyphenate;
    }

    /** True once there is a line beyond the limit: the rest of the text would not be shown. */
    boolean isFull() {
      return lines.size() > limit;
    }

    /**
     * Wraps the paragraph from {@code start} to {@code end} of the text. It splits into pieces that
     * cannot be broken: runs of white space separate them (and collapse to one space), and a break
     * is allowed inside a run after a hyphen or a slash and around East Asian characters.
     */
    void wrap(int start, int end) {
      boolean spaceBefore = false;
      boolean first = true;
      int i = start;
      while (i < end && !isFull()) {
        int cp = text.codePointAt(i);
        if (isCollapsibleSpace(cp)) {
          spaceBefore = !first;
          i += Character.charCount(cp);
          continue;
        }
        int pieceStart = i;
        int previous = cp;
        i += Character.charCount(cp);
        while (i < end) {
          cp = text.codePointAt(i);
          if (isCollapsibleSpace(cp) || breaksBefore(previous, cp)) {
            break;
          }
          previous = cp;
          i += Character.charCount(cp);
        }
        add(pieceStart, i, spaceBefore);
        spaceBefore = false;
        first = false;
      }
      flush();
    }

    /** Puts a piece on this line if it fits, else on the next. */
    private void add(int start, int end, boolean spaceBefore) {
      boolean space = spaceBefore && !isEmpty();
      double candidate =
          metrics.addEms(space ? ems + metrics.advance(' ', bold) : ems, text, start, end, bold);
      if (candidate * size <= maxWidth) {
        append(start, end, space);
        ems = candidate;
        return;
      }
      flush();
      double alone = metrics.addEms(0, text, start, end, bold);
      if (alone * size <= maxWidth) {
        append(start, end, false);
        ems = alone;
        return;
      }
      List<String> clusters =
          fitting(clusters(text.substring(start, end)), maxWidth, font, metrics);
      double hyphen = metrics.advance(HYPHEN.charAt(0), bold);
      for (int k = 0; k < clusters.size(); k++) {
        if (isFull()) {
          return;
        }
        String cluster = clusters.get(k);
        double with = metrics.addEms(ems, cluster, 0, cluster.length(), bold);
        // When hyphenating, a letter followed by another stays on the line only with room for a
        // hyphen after it, in case the line breaks there; the word's last but one letter only
        // with room for the last as well, so that no letter is left alone after a hyphen
        // ("Wniesien-", "ie", not "Wniesieni-", "e").
        boolean hyphenAfter =
            hyphenate && k + 1 < clusters.size() && isLetters(cluster, clusters.get(k + 1));
        boolean lastLetterAfter = hyphenAfter && k + 2 == clusters.size();
        String next = hyphenAfter ? clusters.get(k + 1) : "";
        double needed =
            lastLetterAfter
                ? metrics.addEms(with, next, 0, next.length(), bold)
                : hyphenAfter ? with + hyphen : with;
        if (!isEmpty() && needed * size > maxWidth) {
          if (hyphenate
              && isLetters(clusters.get(k - 1), cluster)
              && (ems + hyphen) * size <= maxWidth) {
            copied().append(HYPHEN);
          }
          flush();
          with = metrics.addEms(0, cluster, 0, cluster.length(), bold);
        }
        copied().append(cluster);
        ems = with;
      }
    }

    /** True if both clusters start with a letter: a word broken between them takes a hyphen. */
    private static boolean isLetters(String before, String after) {
      return Character.isLetter(before.codePointAt(0)) && Character.isLetter(after.codePointAt(0));
    }

    private boolean isEmpty() {
      return from < 0 && line.length() == 0;
    }

    /**
     * Appends the text from {@code start} to {@code end}, after a space if asked. While the line is
     * the text as it stands (single spaces between its pieces, nothing collapsed), it is kept as
     * two indexes, and becomes a substring when done: most lines are never copied piece by piece.
     */
    private void append(int start, int end, boolean space) {
      if (isEmpty()) {
        from = start;
        to = end;
      } else if (from >= 0
          && start == (space ? to + 1 : to)
          && (!space || text.charAt(to) == ' ')) {
        to = end;
      } else {
        StringBuilder copy = copied();
        if (space) {
          copy.append(' ');
        }
        copy.append(text, start, end);
      }
    }

    /** The line as a builder: the indexes copied into it, if it was kept as indexes. */
    private StringBuilder copied() {
      if (from >= 0) {
        line.append(text, from, to);
        from = -1;
      }
      return line;
    }

    private void flush() {
      if (from >= 0) {
        lines.add(text.substring(from, to));
        from = -1;
      } else if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      ems = 0;
    }
  }

  /**
   * True if a line may break between {@code previous} and {@code cp} of one run: around East Asian
   * characters and after a hyphen or a slash, never before a combining mark.
   */
  private static boolean breaksBefore(int previous, int cp) {
    return (FontMetrics.isWide(cp)
            || FontMetrics.isWide(previous)
            || previous == '-'
            || previous == '/'
            || previous == '\u2010'
            || previous == '\u2013'
            || previous == '\u2014')
        && !isMark(cp);
  }

  /** White space that SVG collapses; the no-break spaces are kept as parts of words. */
  private static boolean isCollapsibleSpace(int cp) {
    if (cp > ' ' && cp < 0x7F) {
      return false; // printable ASCII: the common case
    }
    return cp != '\u00A0'
        && cp != '\u2007'
        && cp != '\u202F'
        && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  private static boolean isMark(int cp) {
    if (cp < 0x300) {
      return false; // no mark before the combining diacritical marks; the common case
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || cp == 0x200D;
  }

  /**
   * The clusters, with any cluster wider than {@code maxWidth} on its own (a long emoji sequence
   * joined by zero-width joiners, in a narrow box with a large font) split after each joiner: its
   * parts then show as separate symbols, but nothing leaves its box.
   */
  private static List<String> fitting(
      List<String> clusters, double maxWidth, Font font, FontMetrics metrics) {
    List<String> out = new ArrayList<>(clusters.size());
    for (String cluster : clusters) {
      if (cluster.indexOf('\u200D') < 0 || metrics.width(cluster, font) <= maxWidth) {
        out.add(cluster);
        continue;
      }
      int start = 0;
      for (int joiner = cluster.indexOf('\u200D');
          joiner >= 0;
          joiner = cluster.indexOf('\u200D', start)) {
        out.add(cluster.substring(start, joiner + 1));
        start = joiner + 1;
      }
      if (start < cluster.length()) {
        out.add(cluster.substring(start));
      }
    }
    return out;
  }

  /** Splits a word into user-perceived characters: a base with its marks and joined parts. */
  static List<String> clusters(String word) {
    List<String> clusters = new ArrayList<>();
    StringBuilder cluster = new StringBuilder();
    boolean joinNext = false;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      if (cluster.length() > 0 && !isMark(cp) && !joinNext) {
        clusters.add(cluster.toString());
        cluster.setLength(0);
      }
      cluster.appendCodePoint(cp);
      joinNext = cp == 0x200D;
    }
    if (cluster.length() > 0) {
      clusters.add(cluster.toString());
    }
    return clusters;
  }

  /**
   * {@code text} as a tooltip shows it: as it is, or cut after {@link #MAX_TOOLTIP_LENGTH}
   * characters at most, between two user-perceived characters, and ended with an ellipsis.
   */
  public static String tooltip(String text) {
    if (text.length() <= MAX_TOOLTIP_LENGTH) {
      return text;
    }
    int end = MAX_TOOLTIP_LENGTH;
    while (end > 0
        && (Character.isLowSurrogate(text.charAt(end))
            || isMark(text.codePointAt(end))
            || text.charAt(end - 1) == '\u200D')) {
      end--;
    }
    return text.substring(0, end).strip() + ELLIPSIS;
  }

  private static String ellipsize(String line, double maxWidth, Font font, FontMetrics metrics) {
    List<String> clusters = clusters(line);
    int keep = clusters.size();
    while (keep > 0
        && metrics.width(String.join("", clusters.subList(0, keep)).strip() + ELLIPSIS, font)
            > maxWidth) {
      keep--;
    }
    return String.join("", clusters.subList(0, keep)).strip() + ELLIPSIS;
  }
}
