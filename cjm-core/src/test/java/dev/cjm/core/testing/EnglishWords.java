package dev.cjm.core.testing;

import dev.cjm.core.Journey;
import dev.cjm.core.internal.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The English words of cjm's texts, for tests that check a text in another language has none: each
 * run of text in {@code words.properties} between placeholders and table bars, with a word of four
 * letters or more, that the Polish words do not share. Taken from the files, so a new English word
 * is checked too.
 */
public final class EnglishWords {
  private EnglishWords() {}

  /**
   * Every English phrase of the words file ("Fix first", "of customers", "barrier resolved"),
   * unless the Polish words have it too ("persona", "E-mail").
   */
  public static List<String> phrases() {
    List<String> polish = phrases("words_pl.properties");
    return phrases("words.properties").stream().filter(p -> !polish.contains(p)).toList();
  }

  private static List<String> phrases(String file) {
    Properties words = new Properties();
    try (InputStream in = Objects.requireNonNull(Words.class.getResourceAsStream(file))) {
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> phrases = new ArrayList<>();
    for (String key : words.stringPropertyNames()) {
      for (String part : Pattern.compile("\\{\\d}|\\|").split(words.getProperty(key), -1)) {
        String phrase = part.strip();
        if (phrase.matches(".*\\p{L}{4}.*")) {
          phrases.add(phrase);
        }
      }
    }
    return phrases;
  }

  /** The English phrases found in {@code text}, as whole words. */
  public static List<String> in(String text) {
    return phrases().stream()
        .filter(
            phrase -> Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text).find())
        .sorted()
        .distinct()
        .toList();
  }

  /**
   * The text without the journeys' own words, which are the user's: titles, names, descriptions,
   * owners, metric names and ids, longest first.
   */
  public static String withoutUserText(String text, Journey... journeys) {
    List<String> userTexts = new ArrayList<>();
    for (Journey journey : journeys) {
      userTexts.add(journey.title());
      journey.stages().forEach(stage -> userTexts.add(stage.name()));
      journey.stages().forEach(stage -> userTexts.add(stage.id()));
      journey.stages().forEach(s -> s.metrics().forEach(m -> userTexts.add(m.name())));
      journey.allTouchpoints().forEach(t -> userTexts.add(t.name()));
      journey.allTouchpoints().forEach(t -> userTexts.add(t.id()));
      journey.allTouchpoints().forEach(t -> t.owner().ifPresent(userTexts::add));
      journey.allBarriers().forEach(barrier -> userTexts.add(barrier.description()));
      journey.allBarriers().forEach(barrier -> userTexts.add(barrier.id()));
      journey.allOpportunities().forEach(o -> userTexts.add(o.description()));
      journey.allOpportunities().forEach(o -> userTexts.add(o.id()));
    }
    userTexts.sort(Comparator.comparingInt(String::length).reversed());
    String chrome = text;
    for (String userText : userTexts) {
      chrome = chrome.replace(userText, "");
    }
    return chrome;
  }
}
