package dev.cjm.core.observed;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The keys {@link JourneyMonitor} counts paths and ad-hoc places by: texts that hold a list of
 * texts unambiguously, each part written as a kind letter, its length, a colon and the text ({@code
 * p8:checkout} for a planned step, {@code a14:Called support} for an ad-hoc one), whatever
 * characters the names hold.
 */
final class PathKey {
  private PathKey() {}

  private static final char PLANNED = 'p';
  private static final char AD_HOC = 'a';
  private static final char CUT = 'c';

  /** The path of one case: its steps in order, the first {@code maxSteps} of them. */
  static String of(List<ObservedJourney.Occurrence> occurrences, int[] positions, int maxSteps) {
    StringBuilder key = new StringBuilder();
    int steps = Math.min(occurrences.size(), maxSteps);
    for (int k = 0; k < steps; k++) {
      part(key, positions[k] >= 0 ? PLANNED : AD_HOC, occurrences.get(k).name());
    }
    if (occurrences.size() > maxSteps) {
      part(key, CUT, String.valueOf(occurrences.size() - maxSteps));
    }
    return key.toString();
  }

  /** The key of a path of a summary: the same as {@link #of} gives for the case it was made of. */
  static String of(List<ObservedSummary.Step> steps, long cut) {
    StringBuilder key = new StringBuilder();
    for (ObservedSummary.Step step : steps) {
      part(key, step.planned() ? PLANNED : AD_HOC, step.name());
    }
    if (cut > 0) {
      part(key, CUT, String.valueOf(cut));
    }
    return key.toString();
  }

  /** An ad-hoc step's name, with the planned steps before and after it ("" for none). */
  static String adHocPlace(String name, String before, String after) {
    StringBuilder key = new StringBuilder();
    part(key, AD_HOC, name);
    part(key, PLANNED, before);
    part(key, PLANNED, after);
    return key.toString();
  }

  private static void part(StringBuilder key, char kind, String text) {
    key.append(kind).append(text.length()).append(':').append(text);
  }

  /** One part of a key: its kind letter and its text. */
  static final class Part {
    final char kind;
    final String text;

    Part(char kind, String text) {
      this.kind = kind;
      this.text = text;
    }

    boolean planned() {
      return kind == PLANNED;
    }

    boolean cut() {
      return kind == CUT;
    }
  }

  /** The parts of a key, in order. */
  static ImmutableList<Part> parts(String key) {
    ImmutableList.Builder<Part> parts = ImmutableList.builder();
    int at = 0;
    while (at < key.length()) {
      char kind = key.charAt(at);
      int colon = key.indexOf(':', at);
      int length = Integer.parseInt(key.substring(at + 1, colon));
      parts.add(new Part(kind, key.substring(colon + 1, colon + 1 + length)));
      at = colon + 1 + length;
    }
    return parts.build();
  }
}
