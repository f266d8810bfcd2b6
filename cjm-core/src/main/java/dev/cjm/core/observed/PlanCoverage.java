package dev.cjm.core.observed;

import dev.cjm.core.Touchpoint;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The choices a plan leaves its customers, and what they mean for one case: the one place {@link
 * DeviationReport}, {@link DeviationSummary} and {@link JourneyMonitor} ask which planned
 * touchpoints count as missing, and which occurrences the alignment with the plan leaves out.
 *
 * <ul>
 *   <li>An <b>optional</b> touchpoint is never missing.
 *   <li>The touchpoints of a <b>"one of" group</b> are one <em>step</em> of the plan: the step is
 *       reached when any of them is, and a member is missing only if no member of its group was
 *       met. Other touchpoints are a step each.
 *   <li>A <b>retry</b> is not out of sequence: an occurrence of a planned touchpoint right after an
 *       occurrence of the same touchpoint, or after its own last occurrence failed (a BLIK payment
 *       failed, the customer called the bank, and paid again). Neither is another alternative of
 *       the same group right after one (the customer saw the Facebook ad, then searched Google).
 *       Such occurrences take no part in the alignment.
 * </ul>
 */
final class PlanCoverage {
  private final boolean[] optional;
  private final @Nullable String[] groups;

  /** The step of each plan position; members of a group share one. */
  private final int[] step;

  /** The first plan position of each step, and the plan's size after the last. */
  private final int[] stepStart;

  private PlanCoverage(boolean[] optional, @Nullable String[] groups) {
    this.optional = optional;
    this.groups = groups;
    int n = optional.length;
    step = new int[n];
    int[] starts = new int[n + 1];
    int steps = 0;
    for (int i = 0; i < n; i++) {
      boolean sameGroup = i > 0 && groups[i] != null && Objects.equals(groups[i], groups[i - 1]);
      if (!sameGroup) {
        starts[steps++] = i;
      }
      step[i] = steps - 1;
    }
    starts[steps] = n;
    stepStart = Arrays.copyOf(starts, steps + 1);
  }

  /** The coverage of a plan, from its touchpoints in order. */
  static PlanCoverage of(List<Touchpoint> plan) {
    boolean[] optional = new boolean[plan.size()];
    @Nullable String[] groups = new String[plan.size()];
    for (int i = 0; i < plan.size(); i++) {
      optional[i] = plan.get(i).optional();
      groups[i] = plan.get(i).oneOf().orElse(null);
    }
    return new PlanCoverage(optional, groups);
  }

  /** The coverage of a plan from its optional flags and group ids (null for none), by position. */
  static PlanCoverage of(boolean[] optional, @Nullable String[] groups) {
    return new PlanCoverage(optional.clone(), groups.clone());
  }

  /** True if the planned touchpoint at {@code position} may be skipped. */
  boolean optional(int position) {
    return optional[position];
  }

  /** The "one of" group of the planned touchpoint at {@code position}, or null. */
  @Nullable String group(int position) {
    return groups[position];
  }

  /**
   * The planned touchpoints reached by a case, by plan position, from its occurrences' plan
   * positions (-1 for an ad-hoc occurrence).
   */
  boolean[] reached(int[] positions) {
    boolean[] reached = new boolean[optional.length];
    for (int position : positions) {
      if (position >= 0) {
        reached[position] = true;
      }
    }
    return reached;
  }

  /** True if the step of the planned touchpoint at {@code position} was reached: any member. */
  boolean stepReached(int position, boolean[] reached) {
    int s = step[position];
    for (int i = stepStart[s]; i < stepStart[s + 1]; i++) {
      if (reached[i]) {
        return true;
      }
    }
    return false;
  }

  /** True if the planned touchpoint at {@code position} counts as missing from the case. */
  boolean missing(int position, boolean[] reached) {
    return !optional[position] && !stepReached(position, reached);
  }

  /**
   * What the alignment with the plan compares, for each occurrence: the plan step of its
   * touchpoint, or -1 for one that takes no part (ad-hoc occurrences, retries, and an alternative
   * right after another of its group).
   */
  int[] alignmentKeys(List<ObservedJourney.Occurrence> occurrences, int[] positions) {
    int[] keys = new int[positions.length];
    boolean[] lastFailed = null;
    for (int k = 0; k < positions.length; k++) {
      int at = positions[k];
      boolean again =
          at >= 0
              && ((k > 0 && positions[k - 1] >= 0 && step[positions[k - 1]] == step[at])
                  || (lastFailed != null && lastFailed[at]));
      keys[k] = at < 0 || again ? -1 : step[at];
      if (at >= 0) {
        boolean failed = occurrences.get(k).failed();
        if (failed && lastFailed == null) {
          lastFailed = new boolean[optional.length];
        }
        if (lastFailed != null) {
          lastFailed[at] = failed;
        }
      }
    }
    return keys;
  }
}
