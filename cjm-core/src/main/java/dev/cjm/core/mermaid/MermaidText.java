package dev.cjm.core.mermaid;

import com.google.common.collect.ImmutableMap;

/**
 * The character rules of Mermaid's journey grammar, shared by the reader and the writer: white
 * space as JavaScript's {@code \s} sees it, Mermaid's {@code #…;} entity codes and {@code <br>}
 * line breaks, and the escaping that keeps a name's text intact through Mermaid.
 *
 * <p>Every method here scans forward only, so reading and writing stay linear in the text.
 */
final class MermaidText {
  private MermaidText() {}

  /**
   * The named entity codes decoded on reading; other names are kept as Mermaid shows them, as
   * &amp;name;.
   */
  private static final ImmutableMap<String, String> NAMED =
      ImmutableMap.<String, String>builder()
          .put("amp", "&")
          .put("lt", "<")
          .put("gt", ">")
          .put("quot", "\"")
          .put("apos", "'")
          .put("nbsp", "\u00A0")
          .put("colon", ":")
          .put("semi", ";")
          .put("num", "#")
          .put("comma", ",")
          .put("percnt", "%")
          .put("lbrace", "{")
          .put("rbrace", "}")
          .put("hellip", "\u2026")
          .put("ndash", "\u2013")
          .put("mdash", "\u2014")
          .put("lsquo", "\u2018")
          .put("rsquo", "\u2019")
          .put("ldquo", "\u201C")
          .put("rdquo", "\u201D")
          .put("laquo", "\u00AB")
          .put("raquo", "\u00BB")
          .put("copy", "\u00A9")
          .put("reg", "\u00AE")
          .put("trade", "\u2122")
          .put("euro", "\u20AC")
          .put("deg", "\u00B0")
          .put("times", "\u00D7")
          .put("middot", "\u00B7")
          .put("bull", "\u2022")
          .buildOrThrow();

  /** Where a piece of text goes, which decides what must be escaped there. */
  enum Context {
    /** The diagram title: ends at {@code #} and {@code ;}. */
    TITLE(false, false, false, false),
    /** An accessibility title or one-line description: runs to the end of the line. */
    ACCESSIBILITY(false, false, false, false),
    /** A multi-line accessibility description: ends at the first closing brace. */
    DESCRIPTION_BLOCK(false, false, false, true),
    /** A section name: ends at {@code :}, {@code #} and {@code ;}; {@code <br>} breaks lines. */
    SECTION(true, true, false, false),
    /** A task name: as a section name, and must not look like a keyword. */
    TASK(true, true, false, false),
    /** An actor of a task: as a section name, and ends at {@code ,} too. */
    ACTOR(true, true, true, false);

    final boolean lineBreaks;
    final boolean colonEnds;
    final boolean commaEnds;
    final boolean braceEnds;

    Context(boolean lineBreaks, boolean colonEnds, boolean commaEnds, boolean braceEnds) {
      this.lineBreaks = lineBreaks;
      this.colonEnds = colonEnds;
      this.commaEnds = commaEnds;
      this.braceEnds = braceEnds;
    }
  }

  /** JavaScript's {@code \s} without the line feed, which ends a statement. */
  static boolean isSpace(char c) {
    return switch (c) {
      case '\t',
          '\u000B',
          '\f',
          '\r',
          ' ',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000',
          '\uFEFF' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  /** JavaScript's {@code \s}: white space or a line feed. */
  static boolean isSpaceOrNewline(char c) {
    return c == '\n' || isSpace(c);
  }

  /** JavaScript's {@code \w}: an ASCII letter, digit or underscore. */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * If an entity code {@code #word;} starts at {@code i} (and ends before {@code end}), the index
   * just after its {@code ;}; otherwise -1. Mermaid replaces these before it reads the diagram, so
   * their {@code #} and {@code ;} are text, not syntax.
   */
  static int entityEnd(String text, int i, int end) {
    if (i >= end || text.charAt(i) != '#') {
      return -1;
    }
    int j = i + 1;
    while (j < end && isWordChar(text.charAt(j))) {
      j++;
    }
    return j > i + 1 && j < end && text.charAt(j) == ';' ? j + 1 : -1;
  }

  /**
   * If a line break tag {@code <br>}, {@code <br/>} or {@code <br />} (any case, any white space
   * before the slash) starts at {@code i}, the index just after it; otherwise -1.
   */
  static int lineBreakEnd(CharSequence text, int i, int end) {
    if (!startsWithKeyword(text, i, end, "<br")) {
      return -1;
    }
    int j = i + 3;
    while (j < end && isSpaceOrNewline(text.charAt(j))) {
      j++;
    }
    if (j < end && text.charAt(j) == '/') {
      j++;
    }
    return j < end && text.charAt(j) == '>' ? j + 1 : -1;
  }

  /** The first index in [from, to) that is not white space, or {@code to}. */
  static int trimStart(String text, int from, int to) {
    int i = from;
    while (i < to && isSpaceOrNewline(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index after the last character in [from, to) that is not white space, or {@code from}. */
  static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpaceOrNewline(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * The text of [from, to) with Mermaid's entity codes replaced by the characters they stand for,
   * and, where the context has them, {@code <br>} tags by line feeds.
   */
  static String decode(String text, int from, int to, boolean lineBreaks) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '#') {
        int end = entityEnd(text, i, to);
        if (end > 0) {
          appendEntity(out, text.substring(i + 1, end - 1));
          i = end;
          continue;
        }
      } else if (c == '<' && lineBreaks) {
        int end = lineBreakEnd(text, i, to);
        if (end > 0) {
          out.append('\n');
          i = end;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static void appendEntity(StringBuilder out, String name) {
    if (isDigits(name)) {
      int codePoint = codePointOf(name);
      if (Character.isValidCodePoint(codePoint)
          && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
        out.appendCodePoint(codePoint);
      } else {
        out.append('#').append(name).append(';'); // no character: kept as written
      }
      return;
    }
    String named = NAMED.get(name);
    if (named != null) {
      out.append(named);
    } else {
      out.append('&').append(name).append(';'); // what Mermaid shows for an unknown name
    }
  }

  private static boolean isDigits(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The decimal value of {@code digits}, or -1 above the Unicode range (any length, no overflow).
   */
  private static int codePointOf(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - '0');
      if (value > Character.MAX_CODE_POINT) {
        return -1;
      }
    }
    return value;
  }

  /**
   * Writes {@code text} so that Mermaid, and {@link MermaidJourney#parse}, read it back as the same
   * text in the given context: characters the grammar reserves there become entity codes ({@code
   * #58;} for a colon), line feeds become {@code <br>} where the context has line breaks, and white
   * space at either end, which Mermaid trims, is kept as entity codes.
   */
  static String escape(String text, Context context) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int length = text.length();
    int lead = 0;
    while (lead < length && isSpaceOrNewline(text.charAt(lead))) {
      lead++;
    }
    int trail = length;
    while (trail > lead && isSpaceOrNewline(text.charAt(trail - 1))) {
      trail--;
    }
    boolean afterRawNewline = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean edge = i < lead || i >= trail;
      if (edge
          || mustEscape(text, i, context)
          || (afterRawNewline && isSpaceOrNewline(c))
          || (i == 0 && context == Context.TASK && looksLikeKeyword(text))) {
        out.append('#').append((int) c).append(';');
        afterRawNewline = false;
      } else if (c == '\n') {
        if (context == Context.DESCRIPTION_BLOCK) {
          out.append('\n'); // white space after it is dropped by Mermaid, so it is escaped
          afterRawNewline = true;
        } else {
          out.append(context.lineBreaks ? "<br>" : "#10;");
        }
      } else {
        out.append(c);
        afterRawNewline = false;
      }
    }
    return out.toString();
  }

  private static boolean mustEscape(String text, int i, Context context) {
    char c = text.charAt(i);
    return switch (c) {
      case '#', ';' -> true;
      case ':' -> context.colonEnds;
      case ',' -> context.commaEnds;
      case '}' -> context.braceEnds;
      case '<' -> context.lineBreaks && lineBreakEnd(text, i, text.length()) > 0;
      case '%' ->
          (i > 0 && text.charAt(i - 1) == '%')
              || (i + 1 < text.length() && text.charAt(i + 1) == '%');
      case '\n' -> false;
      default -> Character.isISOControl(c);
    };
  }

  /**
   * True if {@code keyword} (lower case ASCII) starts at {@code i}, in any case of its ASCII
   * letters, as Mermaid's case-insensitive rules match it.
   */
  static boolean startsWithKeyword(CharSequence text, int i, int end, String keyword) {
    if (i < 0 || i + keyword.length() > end) {
      return false;
    }
    for (int k = 0; k < keyword.length(); k++) {
      char c = text.charAt(i + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != keyword.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * If a keyword statement starts at {@code i}, the index just after the keyword (and, for {@code
   * accTitle} and {@code accDescr}, just after the white space that follows it); otherwise -1. The
   * keywords are {@code journey} (a whole word), {@code title} and {@code section} (followed by
   * white space), and {@code accTitle} and {@code accDescr} (followed by {@code :} or, for {@code
   * accDescr}, an opening brace, after optional white space).
   */
  static int keywordEnd(String text, int i, int end, String keyword) {
    if (!startsWithKeyword(text, i, end, keyword)) {
      return -1;
    }
    int j = i + keyword.length();
    return switch (keyword) {
      case "journey" -> j == end || !isWordChar(text.charAt(j)) ? j : -1;
      case "title", "section" -> j < end && isSpace(text.charAt(j)) ? j : -1;
      default -> {
        while (j < end && isSpace(text.charAt(j))) {
          j++;
        }
        yield j < end && (text.charAt(j) == ':' || text.charAt(j) == '{') ? j : -1;
      }
    };
  }

  /** True if a task with this name would be read as a keyword statement. */
  static boolean looksLikeKeyword(String text) {
    int end = text.length();
    for (String keyword : new String[] {"journey", "title", "section", "acctitle", "accdescr"}) {
      if (keywordEnd(text, 0, end, keyword) >= 0) {
        return true;
      }
    }
    return false;
  }
}
