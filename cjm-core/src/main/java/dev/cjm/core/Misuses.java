package dev.cjm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Calls on a DSL builder that could not be carried out (a null argument, an edit of an id that is
 * not there), kept until {@code build()} reports them with the element's path. The DSL never throws
 * a {@link NullPointerException} at the user.
 */
final class Misuses {
  private final List<String[]> entries = new ArrayList<>();

  /** Records a misuse at {@code field} (relative to the element's path; "" for the element). */
  void add(String field, String message) {
    entries.add(new String[] {field, message});
  }

  /** Records a null argument, if {@code value} is null, and tells whether it was. */
  boolean isNull(@Nullable Object value, String call) {
    if (value == null) {
      add(fieldOf(call), call + " was given null; pass a value, or leave the call out");
      return true;
    }
    return false;
  }

  /** Runs a configurer on a builder, recording a null configurer instead of throwing. */
  <B> void configure(B builder, @Nullable Consumer<? super B> configurer, String call) {
    if (configurer == null) {
      add("", call + " was given null; pass a lambda that describes it, or leave it out");
    } else {
      configurer.accept(builder);
    }
  }

  void report(BuildContext context, String path) {
    for (String[] entry : entries) {
      context.problem(entry[0].isEmpty() ? path : BuildContext.at(path, entry[0]), entry[1]);
    }
  }

  private static String fieldOf(String call) {
    int paren = call.indexOf('(');
    return paren < 0 ? call : call.substring(0, paren);
  }
}
