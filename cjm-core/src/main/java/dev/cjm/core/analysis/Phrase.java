package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.internal.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text written in the reader's language: a finding's message, or a piece of one (a quoted name, a
 * figure, a list). A {@link GapRule} gives its findings a phrase, so one analysis can be read in
 * English, Polish or any language a user adds words for, without running it again.
 *
 * <p>The words come from cjm's words files and the user's (see the README's "Your language"):
 *
 * <pre>{@code
 * // META-INF/cjm/words.properties (English, required) and words_pl.properties (Polish):
 * //   acme.late-delivery=Parcels to {0} arrive {1} days late.
 * //   acme.late-delivery=Paczki do {0} przychodzą o {1} dni za późno.
 * context.finding(touchpoint.id())
 *     .message(Phrase.words("acme.late-delivery", Phrase.quoted(touchpoint.name()), 2.5))
 *     .build();
 * }</pre>
 *
 * <p>The arguments of {@link #words} are written in the reader's language: a phrase as it writes
 * itself, a {@link Phase} by its {@linkplain Phase#displayName(Locale) name}, a {@link Channel} by
 * its {@linkplain Channel#name(Locale) name}, a {@link Severity} by its word, a number as an
 * {@linkplain #amount amount}; any other object as its {@code toString()}, unchanged.
 */
@FunctionalInterface
public interface Phrase {
  /** This text in {@code language}, or in English when cjm has no words for the language. */
  String in(Locale language);

  /**
   * The words under {@code key} in the reader's language (English when the language lacks the key),
   * with {@code {0}}, {@code {1}}… replaced by the arguments written in that language.
   */
  static Phrase words(String key, Object... arguments) {
    checkNotNull(key, "key is null");
    checkArgument(!key.isBlank(), "key is blank; give the words' key, such as acme.late-delivery");
    checkNotNull(arguments, "arguments is null");
    ImmutableList<Object> kept = ImmutableList.copyOf(arguments); // rejects a null argument
    return language -> Words.of(language).get(key, written(kept, language));
  }

  /**
   * The words under the plural form that {@code count} takes of {@code key} ({@code key.one},
   * {@code key.few}, {@code key.many}, else {@code key.other}), so a sentence agrees with its
   * number: {@code {0}} is the count, {@code {1}}… the arguments.
   */
  static Phrase plural(String key, long count, Object... arguments) {
    checkNotNull(key, "key is null");
    checkNotNull(arguments, "arguments is null");
    ImmutableList<Object> kept = ImmutableList.copyOf(arguments);
    return language -> {
      Object[] all = new Object[kept.size() + 1];
      all[0] = Figures.count(language, count);
      System.arraycopy(written(kept, language), 0, all, 1, kept.size());
      return Words.of(language).plural(key, count, all);
    };
  }

  /**
   * A name or description quoted as the language quotes ({@code "Checkout"}, Polish {@code
   * „Kasa”}), escaped and cut to 60 characters.
   */
  static Phrase quoted(String text) {
    checkNotNull(text, "text is null");
    return language -> {
      Words words = Words.of(language);
      return Texts.quote(text, words.get("quote.open"), words.get("quote.close"));
    };
  }

  /** An emotion score, or a change of one, with its sign: {@code +1}, Polish {@code -0,25}. */
  static Phrase score(double score) {
    return language -> Figures.score(language, score);
  }

  /**
   * An emotion as its score with its sign and, when it has one, its word: {@code -1.5
   * (frustrated)}; the word is the journey's own.
   */
  static Phrase emotion(Emotion emotion) {
    checkNotNull(emotion, "emotion is null");
    return language ->
        Figures.score(language, emotion.score())
            + emotion.word().map(w -> " (" + w + ")").orElse("");
  }

  /** A gap, drop or threshold with at most two decimals: {@code 1.5}, Polish {@code 1,5}. */
  static Phrase amount(double amount) {
    return language -> Figures.amount(language, amount);
  }

  /** A share as a percentage: {@code 12.5%}, Polish {@code 12,5%}. */
  static Phrase percent(double share) {
    return language -> Figures.percent(language, share);
  }

  /** A metric's value or target with its unit: {@code 4.5 min}, Polish {@code 4,5 min}. */
  static Phrase metric(double value, Optional<String> unit) {
    checkNotNull(unit, "unit is null");
    return language -> Figures.metric(language, value, unit);
  }

  /**
   * Items joined as the language lists alternatives: {@code a, b or c}, Polish {@code a, b lub c}.
   */
  static Phrase anyOf(List<?> items) {
    return joined(items, "list.or");
  }

  /** Items joined as the language lists them all: {@code a, b and c}, Polish {@code a, b i c}. */
  static Phrase allOf(List<?> items) {
    return joined(items, "list.and");
  }

  private static Phrase joined(List<?> items, String lastJoinKey) {
    checkNotNull(items, "items is null");
    ImmutableList<Object> kept = ImmutableList.copyOf(items);
    checkArgument(!kept.isEmpty(), "nothing to list; give at least one item");
    return language -> {
      Words words = Words.of(language);
      Object[] written = written(kept, language);
      String list = written[0].toString();
      for (int i = 1; i < written.length; i++) {
        list = words.get(i < written.length - 1 ? "list.comma" : lastJoinKey, list, written[i]);
      }
      return list;
    };
  }

  /** The arguments as {@code language} writes them. */
  private static Object[] written(List<Object> arguments, Locale language) {
    Object[] written = new Object[arguments.size()];
    for (int i = 0; i < written.length; i++) {
      Object argument = arguments.get(i);
      if (argument instanceof Phrase phrase) {
        written[i] = phrase.in(language);
      } else if (argument instanceof Phase phase) {
        written[i] = phase.displayName(language);
      } else if (argument instanceof Channel channel) {
        written[i] = channel.name(language);
      } else if (argument instanceof Severity severity) {
        written[i] = Words.of(language).get("severity." + severity.label());
      } else if (argument instanceof Number number) {
        written[i] = Figures.amount(language, number.doubleValue());
      } else {
        written[i] = argument.toString();
      }
    }
    return written;
  }
}
