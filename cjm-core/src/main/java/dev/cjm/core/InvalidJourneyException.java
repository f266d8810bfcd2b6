package dev.cjm.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown by {@link JourneyBuilder#build()} when the journey is not well formed. It carries every
 * problem found, not just the first, each with its path and a message saying what was wrong and
 * what is allowed.
 */
public final class InvalidJourneyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; {@link #problems()} has them all. */
  static final int LISTED_PROBLEMS = 100;

  @SuppressWarnings("serial") // an ImmutableList of immutable problems
  private final ImmutableList<Problem> problems;

  InvalidJourneyException(String title, List<Problem> problems) {
    super(describe(title, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in the order of the journey. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String describe(String title, List<Problem> problems) {
    StringBuilder message =
        new StringBuilder("journey ")
            .append(title)
            .append(" is invalid: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems.subList(0, Math.min(problems.size(), LISTED_PROBLEMS))) {
      message.append("\n  - ").append(problem);
    }
    if (problems.size() > LISTED_PROBLEMS) {
      message
          .append("\n  … and ")
          .append(problems.size() - LISTED_PROBLEMS)
          .append(" more, listed by problems()");
    }
    return message.toString();
  }
}
