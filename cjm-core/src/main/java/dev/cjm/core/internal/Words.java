package dev.cjm.core.internal;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The words a reader sees in one language, for the code that writes reports, messages and maps:
 * headings, labels, finding messages, counted nouns ("2 pain points", "2 punkty bólu") and how
 * numbers are written.
 *
 * <p>Where the words come from, each file in UTF-8, later ones overriding earlier ones key by key:
 *
 * <ol>
 *   <li>{@code words.properties} next to this class: English, shipped complete;
 *   <li>{@code META-INF/cjm/words.properties} on the class or module path: English words a user
 *       adds (the messages of custom rules) or changes;
 *   <li>{@code words_<language>.properties} next to this class: a shipped language (Polish);
 *   <li>{@code META-INF/cjm/words_<language>.properties} on the class or module path: a user's
 *       language ({@code words_de.properties}), or changes to a shipped one.
 * </ol>
 *
 * <p>A key the language lacks falls back to English, so a user's bundle may be partial. A language
 * with no file is English. Files under {@code META-INF} are outside every Java package, so a named
 * module's files are found without opening a package. The user's files are looked up once per
 * language, through the thread's context class loader and the loader of cjm-core.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}: replaced as text, so numbers are formatted by the
 * caller ({@link Figures}).
 */
public final class Words {
  private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final String USER_FOLDER = "META-INF/cjm/";
  private static final Properties ENGLISH =
      withUserWords("words.properties", shipped("words.properties", null));

  private final Locale language;
  private final Properties words;
  private final ImmutableSet<String> ownKeys;
  private final @Nullable NumberSymbols numbers;

  private Words(Locale language, Properties words, Set<String> ownKeys) {
    this.language = language;
    this.words = words;
    this.ownKeys = ImmutableSet.copyOf(ownKeys);
    this.numbers = NumberSymbols.of(this);
  }

  /** The words of {@code language}'s language (its country and variant are ignored). */
  public static Words of(Locale language) {
    return BY_LANGUAGE.computeIfAbsent(language.getLanguage(), Words::load);
  }

  /** The English words. */
  public static Words english() {
    return of(Locale.ENGLISH);
  }

  private static Words load(String tag) {
    if (tag.equals("en") || tag.isEmpty()) {
      return new Words(Locale.ENGLISH, ENGLISH, ENGLISH.stringPropertyNames());
    }
    String file = "words_" + tag + ".properties";
    Properties own = withUserWords(file, shipped(file, null));
    Properties words = new Properties(ENGLISH);
    words.putAll(own);
    return new Words(Locale.forLanguageTag(tag), words, own.stringPropertyNames());
  }

  /** The language these words are in. */
  public Locale language() {
    return language;
  }

  /** The words under {@code key}, with {@code {0}}, {@code {1}}… replaced by {@code arguments}. */
  public String get(String key, Object... arguments) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException(
          "no words under the key "
              + key
              + " in English; add it to "
              + USER_FOLDER
              + "words.properties on the class path");
    }
    return filled(text, arguments);
  }

  /** True when these words, or the English ones they fall back to, have the key. */
  public boolean has(String key) {
    return words.getProperty(key) != null;
  }

  /** True when the language itself has the key, not by falling back to English. */
  public boolean hasOwn(String key) {
    return ownKeys.contains(key);
  }

  /**
   * A count with its noun in the form the number takes: {@code count("painPoints", 2)} is "2 pain
   * points", from the key {@code painPoints.one}, {@code .few}, {@code .many} or {@code .other}
   * (the last when the language has no key for the form).
   */
  public String count(String noun, long count) {
    return plural(noun, count, Figures.count(language, count));
  }

  /**
   * The words under the plural form of {@code key} that {@code count} takes ({@code key.one},
   * {@code .few}, {@code .many}, else {@code .other}), filled with {@code arguments}: so a whole
   * sentence can agree with a number ("5 punktów styku nie ma właściciela").
   */
  public String plural(String key, long count, Object... arguments) {
    String form = key + "." + PluralRules.of(language, count).name().toLowerCase(Locale.ROOT);
    return get(words.getProperty(form) != null ? form : key + ".other", arguments);
  }

  /** How this language writes numbers, when its words say; null for English's own way. */
  @Nullable NumberSymbols numbers() {
    return numbers;
  }

  /** The keys of these words, English ones included; for tests. */
  public Set<String> keys() {
    return words.stringPropertyNames();
  }

  /** {@code text} with {@code {0}}, {@code {1}}… replaced, in one pass. */
  private static String filled(String text, Object... arguments) {
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

  /** The words of a file shipped next to this class over {@code defaults}. */
  private static Properties shipped(String file, @Nullable Properties defaults) {
    Properties words = defaults == null ? new Properties() : new Properties(defaults);
    try (InputStream in = Words.class.getResourceAsStream(file)) {
      if (in != null) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cjm's words " + file, e);
    }
    return words;
  }

  /**
   * {@code words} with the user's files of this name added over them, key by key; of two user files
   * with one key, the first on the path wins.
   */
  private static Properties withUserWords(String file, Properties words) {
    List<URL> found = new ArrayList<>(userFiles(USER_FOLDER + file));
    Collections.reverse(found);
    for (URL url : found) {
      try (InputStream in = url.openStream()) {
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException(
            "cannot read the words in "
                + url
                + ": "
                + e.getMessage()
                + "; a words file is a UTF-8 .properties file",
            e);
      }
    }
    return words;
  }

  private static Collection<URL> userFiles(String name) {
    // Keyed by the address as text: URL's own equals may look up host names.
    Map<String, URL> found = new LinkedHashMap<>();
    List<@Nullable ClassLoader> loaders =
        Arrays.asList(Thread.currentThread().getContextClassLoader(), Words.class.getClassLoader());
    for (ClassLoader loader : loaders) {
      if (loader == null) {
        continue;
      }
      try {
        for (URL url : Collections.list(loader.getResources(name))) {
          found.putIfAbsent(url.toExternalForm(), url);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot look for cjm's words " + name, e);
      }
    }
    return found.values();
  }
}
