package dev.cjm.examples.cli;

/**
 * A mistake of the command line's user, not of cjm: a file that is missing, unreadable or not a
 * journey, an output that cannot be written. {@link Cjm} prints its message to standard error,
 * without a stack trace, and exits with status 2. The message names the file and, where the parser
 * knows them, the line and column of every problem, one per line.
 */
final class InputError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputError(String message) {
    super(message);
  }
}
