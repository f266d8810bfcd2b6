package dev.cjm.core.observed;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A problem with an event log read by {@link EventLog}, for the developer or analyst who fixes the
 * file: where it is (line, and column by number and header name) and what was expected, in one
 * message such as {@code event log line 7, column 2 ("timestamp"): "2026-13-01" is not an ISO-8601
 * time with offset, e.g. 2026-05-01T10:15:30+02:00}. Thrown for the first bad row, or kept in
 * {@link EventLog.Cases#problems()} under a skip policy.
 */
public final class EventLogException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final int column;
  private final @Nullable String columnName;
  private final String problem;

  EventLogException(long line, int column, @Nullable String columnName, String problem) {
    super(message(line, column, columnName, problem));
    this.line = line;
    this.column = column;
    this.columnName = columnName;
    this.problem = problem;
  }

  EventLogException(long line, String problem, Throwable cause) {
    super(message(line, 0, null, problem), cause);
    this.line = line;
    this.column = 0;
    this.columnName = null;
    this.problem = problem;
  }

  private static String message(
      long line, int column, @Nullable String columnName, String problem) {
    return "event log line "
        + line
        + (column > 0 ? ", column " + column : "")
        + (columnName != null ? " (\"" + columnName + "\")" : "")
        + ": "
        + problem;
  }

  /** The line of the file (1 is the header), where the row ends. */
  public long line() {
    return line;
  }

  /** The column, counted from 1; empty when the problem is the whole row or file. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The column's name in the header, if the problem is in one column. */
  public Optional<String> columnName() {
    return Optional.ofNullable(columnName);
  }

  /** What was wrong and what was expected, without the place. */
  public String problem() {
    return problem;
  }
}
