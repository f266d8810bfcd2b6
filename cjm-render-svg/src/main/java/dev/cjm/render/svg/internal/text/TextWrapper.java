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
  private static final String ELLIPSIS = "\u2026";

  private TextWrapper() {}

  /**
   * Wraps {@code text} to {@code maxWidth} pixels in {@code font}; with {@code maxLines} above
   * zero, keeps that many lines at most, the last ending with an ellipsis.
   */
  public static Wrapped wrap(
      String text, double maxWidth, Font font, int maxLines, FontMetrics metrics) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      wrapParagraph(paragraph, maxWidth, font, metrics, lines);
    }
    if (maxLines > 0 && lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), maxWidth, font, metrics));
      return new Wrapped(ImmutableList.copyOf(kept), true);
    }
    return new Wrapped(ImmutableList.copyOf(lines), false);
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

  private static void wrapParagraph(
      String paragraph, double maxWidth, Font font, FontMetrics metrics, List<String> lines) {
    StringBuilder line = new StringBuilder();
    for (Piece piece : pieces(paragraph)) {
      String candidate =
          line.length() > 0 && piece.spaceBefore()
              ? line + " " + piece.text()
              : line + piece.text();
      if (metrics.width(candidate, font) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (metrics.width(piece.text(), font) <= maxWidth) {
        line.append(piece.text());
      } else {
        for (String cluster : fitting(clusters(piece.text()), maxWidth, font, metrics)) {
          if (line.length() > 0 && metrics.width(line + cluster, font) > maxWidth) {
            lines.add(line.toString());
            line.setLength(0);
          }
          line.append(cluster);
        }
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
  }

  private record Piece(String text, boolean spaceBefore) {}

  /** Splits a paragraph into unbreakable pieces, each marked if a space precedes it. */
  private static List<Piece> pieces(String paragraph) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    boolean spaceBefore = false;
    boolean pendingSpace = false;
    int previous = -1;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      i += Character.charCount(cp);
      if (isCollapsibleSpace(cp)) {
        if (piece.length() > 0) {
          pieces.add(new Piece(piece.toString(), spaceBefore));
          piece.setLength(0);
        }
        pendingSpace = true;
        previous = -1;
        continue;
      }
      boolean breakBefore =
          piece.length() > 0
              && !isMark(cp)
              && (FontMetrics.isWide(cp)
                  || FontMetrics.isWide(previous)
                  || previous == '-'
                  || previous == '/'
                  || previous == '\u2010'
                  || previous == '\u2013'
                  || previous == '\u2014');
      if (breakBefore) {
        pieces.add(new Piece(piece.toString(), spaceBefore));
        piece.setLength(0);
      }
      if (piece.length() == 0) {
        spaceBefore = pendingSpace && !pieces.isEmpty();
        pendingSpace = false;
      }
      piece.appendCodePoint(cp);
      previous = cp;
    }
    if (piece.length() > 0) {
      pieces.add(new Piece(piece.toString(), spaceBefore));
    }
    return pieces;
  }

  /** White space that SVG collapses; the no-break spaces are kept as parts of words. */
  private static boolean isCollapsibleSpace(int cp) {
    return cp != '\u00A0'
        && cp != '\u2007'
        && cp != '\u202F'
        && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  private static boolean isMark(int cp) {
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
