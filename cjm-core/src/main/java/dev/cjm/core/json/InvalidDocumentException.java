package dev.cjm.core.json;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON or YAML document is not one cjm can read: not well-formed, of a newer format,
 * over the {@link dev.cjm.core.Limits}, with unknown fields or values of the wrong type, or
 * describing a journey the DSL rejects. It carries every problem found, not just the first, each
 * with its JSON pointer, line and column, in the order they appear in the document; a document that
 * cannot be read on (a syntax error, a limit) has the one problem that stopped the reading.
 */
public final class InvalidDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; {@link #problems()} has them all. */
  static final int LISTED_PROBLEMS = 100;

  @SuppressWarnings("serial") // an ImmutableList of immutable records
  private final ImmutableList<DocumentProblem> problems;

  InvalidDocumentException(String what, List<DocumentProblem> problems) {
    this(what, problems, null);
  }

  InvalidDocumentException(String what, List<DocumentProblem> problems, @Nullable Throwable cause) {
    super(describe(what, inDocumentOrder(problems)), cause);
    this.problems = inDocumentOrder(problems);
  }

  /** Every problem found, in the order of the document (by line, then column). */
  public ImmutableList<DocumentProblem> problems() {
    return problems;
  }

  private static ImmutableList<DocumentProblem> inDocumentOrder(List<DocumentProblem> problems) {
    return ImmutableList.sortedCopyOf(
        Comparator.comparingInt(DocumentProblem::line).thenComparingInt(DocumentProblem::column),
        problems);
  }

  private static String describe(String what, List<DocumentProblem> problems) {
    StringBuilder message =
        new StringBuilder(what)
            .append(" is invalid: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (DocumentProblem problem :
        problems.subList(0, Math.min(problems.size(), LISTED_PROBLEMS))) {
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
