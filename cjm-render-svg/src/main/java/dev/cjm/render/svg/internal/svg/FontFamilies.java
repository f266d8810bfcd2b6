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
    for (String entry : split(families)) {
      entries.add(
          entry.startsWith("'") || entry.startsWith("\"")
              ? quoted(families, entry)
              : unquoted(families, entry));
    }
    return String.join(", ", entries);
  }

  /** The entries of the list, stripped: split at each comma outside quotes. */
  private static List<String> split(String families) {
    List<String> entries = new ArrayList<>();
    int start = 0;
    char quote = 0; // the quote of the name being read, 0 outside quotes
    for (int i = 0; i < families.length(); i++) {
      char c = families.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if ((c == '\'' || c == '"') && families.substring(start, i).isBlank()) {
        quote = c;
      } else if (c == ',') {
        entries.add(families.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (quote != 0) {
      throw fault(
          families,
          "the quote of " + families.substring(start).strip() + " is never closed",
          "a name between two quotes (" + quote + "Noto Sans" + quote + ")");
    }
    entries.add(families.substring(start).strip());
    return entries;
  }

  /** A quoted name: its quotes, at both ends, and between them a name of known characters. */
  private static String quoted(String families, String entry) {
    char quote = entry.charAt(0);
    if (entry.indexOf(quote, 1) != entry.length() - 1) {
      throw fault(
          families,
          entry + " goes on after its closing quote",
          "one name between the quotes, and a comma before the next ('Noto Sans', Inter)");
    }
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

  /** An unquoted name: words that are CSS identifiers and, alone, not a CSS-wide keyword. */
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
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c < 0x20 || c == 0x7F || REFUSED_IN_QUOTES.indexOf(c) >= 0) {
          throw fault(
              families,
              "\"" + entry + "\" holds " + describe(c) + ", which no family name may hold",
              "a family name without it");
        }
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
