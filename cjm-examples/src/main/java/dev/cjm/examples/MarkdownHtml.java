package dev.cjm.examples;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Markdown of cjm's reports into XHTML-compatible HTML for the gallery page: headings,
 * paragraphs, bullet lists and pipe tables, with backslash escapes, code spans and {@code
 * **strong**} text inside them. It covers what {@code GapReport}, {@code JourneyDiff} and {@code
 * DeviationSummary} write, not Markdown in general; any other line is shown as a paragraph. Every
 * text is escaped once, here.
 */
final class MarkdownHtml {
  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private MarkdownHtml() {}

  /**
   * Appends the HTML of {@code markdown} to {@code out}; a heading of level n becomes {@code h(n +
   * shift)}, at most {@code h6}.
   */
  static void render(String markdown, int shift, StringBuilder out) {
    List<String> lines = markdown.lines().toList();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
      } else if (headingLevel(line) > 0) {
        int level = headingLevel(line);
        int tag = Math.min(6, level + shift);
        out.append("<h").append(tag).append('>');
        inline(line.substring(level + 1).strip(), out);
        out.append("</h").append(tag).append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        int end = i;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
          end++;
        }
        table(lines.subList(i, end), out);
        i = end;
      } else if (line.startsWith("- ")) {
        out.append("<ul>\n");
        while (i < lines.size() && lines.get(i).startsWith("- ")) {
          out.append("<li>");
          inline(lines.get(i).substring(2), out);
          out.append("</li>\n");
          i++;
        }
        out.append("</ul>\n");
      } else if (isNumbered(line)) {
        out.append("<ol>\n");
        while (i < lines.size() && isNumbered(lines.get(i))) {
          String item = lines.get(i);
          out.append("<li>");
          inline(item.substring(item.indexOf(". ") + 2), out);
          out.append("</li>\n");
          i++;
        }
        out.append("</ol>\n");
      } else {
        List<String> paragraph = new ArrayList<>();
        while (i < lines.size() && isParagraphLine(lines.get(i))) {
          paragraph.add(lines.get(i).strip());
          i++;
        }
        out.append("<p>");
        inline(String.join(" ", paragraph), out);
        out.append("</p>\n");
      }
    }
  }

  private static boolean isParagraphLine(String line) {
    return !line.isBlank()
        && headingLevel(line) == 0
        && !line.startsWith("|")
        && !line.startsWith("- ")
        && !isNumbered(line);
  }

  /** True for an item of a numbered list: digits, a full stop and a space ("1. Checkout"). */
  private static boolean isNumbered(String line) {
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    return digits > 0 && line.startsWith(". ", digits);
  }

  /** 1 to 6 for an ATX heading ("## Title"), else 0. */
  private static int headingLevel(String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    return level >= 1 && level <= 6 && level < line.length() && line.charAt(level) == ' '
        ? level
        : 0;
  }

  private static void table(List<String> rows, StringBuilder out) {
    List<String> header = cells(rows.get(0));
    List<Boolean> right = new ArrayList<>();
    int body = 1;
    if (rows.size() > 1 && isSeparator(cells(rows.get(1)))) {
      cells(rows.get(1)).forEach(cell -> right.add(cell.endsWith(":") && !cell.startsWith(":")));
      body = 2;
    }
    out.append("<table>\n<thead>\n");
    row(header, "th", right, out);
    out.append("</thead>\n<tbody>\n");
    for (String line : rows.subList(body, rows.size())) {
      row(cells(line), "td", right, out);
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void row(List<String> cells, String tag, List<Boolean> right, StringBuilder out) {
    out.append("<tr>");
    for (int c = 0; c < cells.size(); c++) {
      out.append('<').append(tag);
      if (c < right.size() && right.get(c)) {
        out.append(" class=\"number\"");
      }
      out.append('>');
      inline(cells.get(c), out);
      out.append("</").append(tag).append('>');
    }
    out.append("</tr>\n");
  }

  private static boolean isSeparator(List<String> cells) {
    return !cells.isEmpty() && cells.stream().allMatch(cell -> cell.matches(":?-+:?"));
  }

  /** The cells of a table row: split at pipes that are neither escaped nor in a code span. */
  static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    String line = row.strip();
    int start = line.startsWith("|") ? 1 : 0;
    for (int i = start; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\\' && !inCode && i + 1 < line.length()) {
        cell.append(ch).append(line.charAt(++i));
      } else if (ch == '`') {
        inCode = !inCode;
        cell.append(ch);
      } else if (ch == '|' && !inCode) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString().strip());
    }
    return cells;
  }

  /** Inline Markdown: backslash escapes, code spans and strong emphasis; the rest is text. */
  static void inline(String text, StringBuilder out) {
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (ch == '\\' && i + 1 < text.length() && PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0) {
        plain.append(text.charAt(i + 1));
        i += 2;
      } else if (text.startsWith("**", i) && text.indexOf("**", i + 2) > i + 2) {
        int end = text.indexOf("**", i + 2);
        out.append(TEXT.escape(plain.toString()));
        plain.setLength(0);
        out.append("<strong>");
        inline(text.substring(i + 2, end), out);
        out.append("</strong>");
        i = end + 2;
      } else if (ch == '`' && text.indexOf('`', i + 1) > i + 1) {
        int end = text.indexOf('`', i + 1);
        out.append(TEXT.escape(plain.toString()));
        plain.setLength(0);
        out.append("<code>").append(TEXT.escape(text.substring(i + 1, end))).append("</code>");
        i = end + 1;
      } else {
        plain.append(ch);
        i++;
      }
    }
    out.append(TEXT.escape(plain.toString()));
  }
}
