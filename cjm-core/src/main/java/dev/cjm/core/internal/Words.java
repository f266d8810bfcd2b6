package dev.cjm.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The words of the gap report in one language, for the code that writes it: headings, table
 * headers, labels and counted nouns ("2 pain points", "2 punkty bólu").
 *
 * <p>Read from {@code words.properties} (English) and {@code words_<language>.properties} next to
 * this class, in UTF-8. A key the language lacks falls back to English; a language with no file is
 * English. Placeholders are {@code {0}}, {@code {1}}: replaced as text, so numbers are formatted by
 * the caller ({@link Figures}).
 */
public final class Words {
  private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Properties ENGLISH = load("words.properties", null);

  private final Locale language;
  private final Properties words;

  private Words(Locale language, Properties words) {
    this.language = language;
    this.words = words;
  }

  /** The words of {@code language}'s language (its country and variant are ignored). */
  public static Words of(Locale language) {
    String tag = language.getLanguage();
    return BY_LANGUAGE.computeIfAbsent(
        tag, t -> new Words(Locale.forLanguageTag(t), load("words_" + t + ".properties", ENGLISH)));
  }

  /** The English words. */
  public static Words english() {
    return of(Locale.ENGLISH);
  }

  /** The language these words are in. */
  public Locale language() {
    return language;
  }

  /** The words under {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code arguments}. */
  public String get(String key, Object... arguments) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no report words under the key " + key);
    }
    // One pass, so an argument that itself holds "{1}" stays as it is.
    StringBuilder out = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int index =
          i + 2 < text.length() && c == '{' && text.charAt(i + 2) == '}'
              ? Character.digit(text.charAt(i + 1), 10)
              : -1;
      if (index >= 0 && index < arguments.length) {
        out.append(arguments[index]);
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A count with its noun in the form the number takes: {@code count("painPoints", 2)} is "2 pain
   * points", from the key {@code painPoints.one}, {@code .few}, {@code .many} or {@code .other}
   * (the last when the language has no key for the form).
   */
  public String count(String noun, long count) {
    String form = noun + "." + PluralRules.of(language, count).name().toLowerCase(Locale.ROOT);
    String key = words.getProperty(form) != null ? form : noun + ".other";
    return get(key, Figures.count(language, count));
  }

  /** The keys of these words, English ones included; for tests. */
  public java.util.Set<String> keys() {
    return words.stringPropertyNames();
  }

  /** The words of one file over {@code defaults}; a missing file gives the defaults alone. */
  private static Properties load(String file, @Nullable Properties defaults) {
    Properties words = defaults == null ? new Properties() : new Properties(defaults);
    try (InputStream in = Words.class.getResourceAsStream(file)) {
      if (in != null) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report words " + file, e);
    }
    return words;
  }
}
