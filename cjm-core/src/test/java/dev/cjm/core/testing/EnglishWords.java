package dev.cjm.core.testing;

import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
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

  /**
   * The English phrases found in {@code text} as whole words: not next to another letter or digit
   * (in any script, the same on every JDK, unlike {@code \\b}).
   */
  public static List<String> in(String text) {
    return phrases().stream()
        .filter(
            phrase ->
                Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                    .matcher(text)
                    .find())
        .sorted()
        .distinct()
        .toList();
  }

  /**
   * The text without the journeys' own words, which are the user's: titles, descriptions, the
   * persona's texts, names, goals, scenarios, owners, actors, emotion words, custom channels,
   * barriers, opportunities, metrics and ids, longest first.
   */
  public static String withoutUserText(String text, Journey... journeys) {
    List<String> userTexts = new ArrayList<>();
    for (Journey journey : journeys) {
      userTexts.addAll(userTexts(journey));
    }
    userTexts.sort(Comparator.comparingInt(String::length).reversed());
    String chrome = text;
    for (String userText : userTexts) {
      chrome = chrome.replace(userText, "");
    }
    return chrome;
  }

  private static List<String> userTexts(Journey journey) {
    List<String> texts = new ArrayList<>();
    texts.add(journey.title());
    journey.description().ifPresent(texts::add);
    journey
        .persona()
        .ifPresent(
            p -> {
              texts.add(p.name());
              p.description().ifPresent(texts::add);
              p.quote().ifPresent(texts::add);
              texts.addAll(p.goals());
              texts.addAll(p.needs());
              texts.addAll(p.expectations());
              texts.addAll(p.frustrations());
            });
    for (Stage stage : journey.stages()) {
      texts.add(stage.name());
      texts.add(stage.id());
      stage.goal().ifPresent(texts::add);
      for (Metric metric : stage.metrics()) {
        texts.add(metric.name());
        metric.unit().ifPresent(texts::add);
      }
    }
    for (Touchpoint t : journey.allTouchpoints()) {
      texts.add(t.name());
      texts.add(t.id());
      t.channel().filter(c -> !c.isWellKnown()).ifPresent(c -> texts.add(c.name()));
      t.owner().ifPresent(texts::add);
      texts.addAll(t.actors());
      t.doing().ifPresent(texts::add);
      t.thinking().ifPresent(texts::add);
      t.feeling().ifPresent(texts::add);
      t.emotion().flatMap(Emotion::word).ifPresent(texts::add);
      t.expectedEmotion().flatMap(Emotion::word).ifPresent(texts::add);
    }
    for (Barrier barrier : journey.allBarriers()) {
      texts.add(barrier.description());
      texts.add(barrier.id());
    }
    for (Opportunity opportunity : journey.allOpportunities()) {
      texts.add(opportunity.description());
      texts.add(opportunity.id());
    }
    return texts;
  }
}
