package dev.cjm.core.observed;

/**
 * Which planned touchpoints one case reached, and which of them count as missing: the one place
 * {@link JourneyMonitor} asks. Today every planned touchpoint is required, so one not reached is
 * missing; when plans gain optional and alternative touchpoints, this is where a skipped optional
 * step or an alternative not taken stops counting as missing.
 */
final class PlanCoverage {
  private PlanCoverage() {}

  /**
   * The planned touchpoints reached by a case, by plan position, from its occurrences' plan
   * positions (-1 for an ad-hoc occurrence).
   */
  static boolean[] reached(int planSize, int[] positions) {
    boolean[] reached = new boolean[planSize];
    for (int position : positions) {
      if (position >= 0) {
        reached[position] = true;
      }
    }
    return reached;
  }

  /** True if the planned touchpoint at {@code position} counts as missing from the case. */
  static boolean missing(int position, boolean[] reached) {
    return !reached[position];
  }
}
