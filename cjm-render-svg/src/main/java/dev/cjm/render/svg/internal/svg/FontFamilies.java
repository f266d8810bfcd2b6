package dev.cjm.render.svg.internal.svg;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The check of a font family list a user gives the renderer, for the map's {@code font-family}: a
 * CSS list of family names, each quoted ({@code 'Noto Sans'}, {@code "Inter"}) or unquoted (CSS
 * identifiers separated by spaces: {@code Noto Sans}), and generic families ({@code sans-serif}). A
 * CSS-wide keyword ({@code inherit}), a stray quote or any other character would make a browser
 * drop the whole declaration, default fonts and all: such a list is refused with what was wrong and
 * what would be right.
 */
public final class FontFamilies {
  private FontFamilies() {}

  /** One unquoted identifier: letters (any script), digits, '-' and '_', not a digit first. */
  private static final Pattern IDENTIFIER = Pattern.compile("-?[\\p{L}_][\\p{L}\\p{N}_-]*");

  /** Keywords every CSS property takes; unquoted in a font list, they void it. */
  private static final Set<String> CSS_WIDE_KEYWORDS =
      Set.of("inherit", "initial", "unset", "revert", "revert-layer", "default");

  /** Characters refused even in a quoted name: they would need escaping in CSS or markup. */
  private static final String REFUSED_IN_QUOTES = "\\<>&{};";

  /**
   * The list {@code families} normalised (entries separated by {@code ", "}, quoted names as given,
   * the words of an unquoted name separated by one space); throws {@link IllegalArgumentException}
   * naming the entry at fault and what would be right.
   */
  public static String check(String families) {
    checkNotNull(families, "font family is null; expected a name such as \"Inter\"");
    List<String> entries = new ArrayList<>();
    int i = 0;
    while (true) {
      i = skipSpaces(families, i);
      int start = i;
      char first = i < families.length() ? families.charAt(i) : ',';
      if (first == '\'' || first == '"') {
        int end = families.indexOf(first, i + 1);
        if (end < 0) {
          throw fault(
              families,
              "the quote at character " + (i + 1) + " is never closed",
              "close it (" + first + "Noto Sans" + first + ")");
        }
        entries.add(quoted(families, families.substring(i, end + 1)));
        i = skipSpaces(families, end + 1);
        if (i < families.length() && families.charAt(i) != ',') {
          throw fault(
              families,
              "\"" + families.substring(start) + "\" goes on after its quotes",
              "separate families with commas ('Noto Sans', sans-serif)");
        }
      } else {
        while (i < families.length() && families.charAt(i) != ',') {
          i++;
        }
        entries.add(unquoted(families, families.substring(start, i).strip()));
      }
      if (i >= families.length()) {
        return String.join(", ", entries);
      }
      i++; // past the comma
    }
  }

  private static String quoted(String families, String entry) {
    String name = entry.substring(1, entry.length() - 1);
    if (name.isBlank()) {
      throw fault(families, "the quoted name " + entry + " is empty", "a name such as 'Inter'");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7F || REFUSED_IN_QUOTES.indexOf(c) >= 0) {
        throw fault(
            families,
            "the quoted name " + entry + " holds " + describe(c),
            "letters, digits, spaces and punctuation other than " + REFUSED_IN_QUOTES);
      }
    }
    return entry;
  }

  private static String unquoted(String families, String entry) {
    if (entry.isEmpty()) {
      throw fault(
          families,
          "a family name is missing between commas or at an end",
          "names separated by single commas (Inter, sans-serif)");
    }
    String[] words = entry.split("\\s+");
    for (String word : words) {
      if (word.indexOf('\'') >= 0 || word.indexOf('"') >= 0) {
        throw fault(
            families,
            "\"" + entry + "\" holds a stray quote",
            "a name in a pair of quotes ('Noto Sans') or none (Noto Sans)");
      }
      if (!IDENTIFIER.matcher(word).matches()) {
        throw fault(
            families,
            "\""
                + entry
                + "\" is not a family name: \""
                + word
                + "\" is not a CSS identifier (letters, digits, '-' and '_', not a digit first)",
            "quote the name ('" + entry.replace("'", "") + "')");
      }
    }
    if (words.length == 1 && CSS_WIDE_KEYWORDS.contains(entry.toLowerCase(Locale.ROOT))) {
      throw fault(
          families,
          "\""
              + entry
              + "\" is a CSS keyword, not a font family, and would void"
              + " the whole list",
          "leave it out, or quote it ('" + entry + "') to name a font so called");
    }
    return String.join(" ", words);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String describe(char c) {
    return c < 0x20 || c == 0x7F
        ? "the control character U+" + String.format(Locale.ROOT, "%04X", (int) c)
        : "'" + c + "'";
  }

  private static IllegalArgumentException fault(String families, String what, String expected) {
    return new IllegalArgumentException(
        "font family \""
            + families
            + "\": "
            + what
            + "; expected "
            + expected
            + ": a CSS list of family names, quoted or not, and generic families"
            + " (Inter, 'Noto Sans', sans-serif)");
  }
}
