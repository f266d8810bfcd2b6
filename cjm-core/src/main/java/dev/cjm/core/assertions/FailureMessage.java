package dev.cjm.core.assertions;

import java.util.List;

/**
 * A failure message in Truth's manner: one line saying what was expected and what was found, the
 * things found one per indented line (at most {@value #LISTED}, then how many more), then facts as
 * {@code key: value} lines.
 */
final class FailureMessage {
  /** How many items a message lists before it says how many more there are. */
  static final int LISTED = 5;

  private final StringBuilder text = new StringBuilder();

  private FailureMessage(String expectedButFound) {
    text.append(expectedButFound);
  }

  /** A message opening with {@code "expected <expected>, but <found>"}. */
  static FailureMessage expected(String expected, String found) {
    return new FailureMessage("expected " + expected + ", but " + found);
  }

  /** Adds the items, one per indented line, at most {@value #LISTED}. */
  FailureMessage list(List<String> items) {
    for (String item : items.subList(0, Math.min(LISTED, items.size()))) {
      text.append("\n  ").append(item);
    }
    if (items.size() > LISTED) {
      text.append("\n  and ").append(items.size() - LISTED).append(" more");
    }
    return this;
  }

  /** Adds a fact, {@code key: value}, on a line of its own. */
  FailureMessage fact(String key, String value) {
    text.append('\n').append(key).append(": ").append(value);
    return this;
  }

  /** Items joined by commas, at most {@code shown} of them, then {@code "and N more"}. */
  static String joined(List<String> items, int shown) {
    if (items.isEmpty()) {
      return "none";
    }
    String list = String.join(", ", items.subList(0, Math.min(shown, items.size())));
    return items.size() > shown ? list + ", and " + (items.size() - shown) + " more" : list;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
