package dev.cjm.render.svg.internal.text;

import com.google.common.collect.ImmutableList;

/**
 * A text broken into lines that each fit a width, and whether lines were cut off to respect a line
 * limit (then the last line ends with an ellipsis and the full text belongs in a tooltip).
 */
public record Wrapped(ImmutableList<String> lines, boolean truncated) {
  /** No lines. */
  public static final Wrapped EMPTY = new Wrapped(ImmutableList.of(), false);

  /** True if there is no line at all. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The number of lines. */
  public int size() {
    return lines.size();
  }
}
