package dev.cjm.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English phrases of cjm's words, for the tests that check a map or report in another language
 * has none: each run of text between placeholders and table bars with a word of four letters.
 */
final class EnglishPhrases {
  private EnglishPhrases() {}

  /** The phrases of {@code english} that {@code other} does not use too ("Persona", "E-mail"). */
  static List<String> notIn(Properties english, Properties other) {
    Set<String> shared = new HashSet<>(of(other));
    return of(english).stream().filter(phrase -> !shared.contains(phrase)).toList();
  }

  /** The phrases found in {@code text} as whole words. */
  static List<String> foundIn(String text, List<String> phrases) {
    return phrases.stream().filter(phrase -> wholeWord(phrase).matcher(text).find()).toList();
  }

  /** Each run of text between placeholders (and table bars) with a word of four letters. */
  private static List<String> of(Properties words) {
    List<String> phrases = new ArrayList<>();
    for (String key : words.stringPropertyNames()) {
      for (String part : words.getProperty(key).split("\\{\\d}|\\|", -1)) {
        if (part.strip().matches(".*\\p{L}{4}.*")) {
          phrases.add(part.strip());
        }
      }
    }
    return phrases;
  }

  /**
   * {@code phrase} as whole words: not next to another letter or digit, in any script and on every
   * JDK (unlike {@code \b}, whose idea of a letter changed after JDK 17).
   */
  private static Pattern wholeWord(String phrase) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])");
  }
}
