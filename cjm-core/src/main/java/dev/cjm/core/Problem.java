package dev.cjm.core;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;

/**
 * One thing wrong with a journey being built: where it is (a path such as {@code
 * stages[1].touchpoints[0].emotion}), what was wrong and what would be right, and the facts behind
 * the message as key/value pairs so that code never has to parse the text.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Problem {
  Problem() {}

  /** Where the problem is, as a path from the journey: {@code stages[0].touchpoints[2].name}. */
  public abstract String path();

  /** What was wrong and what would be right, in one or two sentences. */
  public abstract String message();

  /** The figures and names behind the message ({@code "id" -> "checkout"}), in a fixed order. */
  public abstract ImmutableMap<String, String> facts();

  static Problem of(String path, String message, ImmutableMap<String, String> facts) {
    return ImmutableProblem.builder().path(path).message(message).facts(facts).build();
  }

  /** The path and the message: {@code "stages[0].name: name is blank; …"}. */
  @Override
  public String toString() {
    return path() + ": " + message();
  }
}
