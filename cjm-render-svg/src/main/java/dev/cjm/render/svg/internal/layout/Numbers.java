package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.internal.Figures;

/**
 * The figures a reader sees on the map (a metric's value and target on its card and tooltip),
 * written by cjm-core's one display policy, so they read as in the findings and the report.
 */
final class Numbers {
  private Numbers() {}

  /** A metric's value or target: {@code 1.125}, {@code 0.021}, {@code 120000}. */
  static String display(double value) {
    return Figures.metric(value);
  }
}
