package dev.cjm.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;

/**
 * The findings of one analysis, taken in the order the rules make them and given back in report
 * order: by severity, then by the journey position of their paths, stable, so findings at the same
 * place keep the order of their rules.
 *
 * <p>A counting sort, linear in the findings and the journey's positions: {@link #add} gives each
 * finding its key (severity, then position; unknown positions last) while the finding is at hand,
 * and counts the keys; {@link #findings()} puts each finding after those of smaller keys and those
 * of its key added before it. No finding is read twice.
 */
final class ReportOrder {
  private final JourneyPaths paths;
  // Positions from paths.size() on are unknown and sort alike, last.
  private final int unknown;
  private final int keysPerSeverity;
  // How many findings have each key; made the index of each key's first finding when sorting.
  private final int[] starts;
  private Finding[] added = new Finding[64];
  private int[] keys = new int[64];
  private int count;
  // Errors, warnings, information.
  private final int[] countsByRank = new int[3];

  ReportOrder(JourneyPaths paths) {
    this.paths = paths;
    this.unknown = paths.size();
    this.keysPerSeverity = unknown + 1;
    this.starts = new int[3 * keysPerSeverity + 1];
  }

  void add(Finding finding) {
    int position = finding.position();
    if (position < 0) {
      position = paths.position(finding.subjectId(), finding.path());
    }
    int rank =
        switch (finding.severity()) {
          case ERROR -> 0;
          case WARNING -> 1;
          case INFO -> 2;
        };
    countsByRank[rank]++;
    int key = rank * keysPerSeverity + Math.min(position, unknown);
    if (count == added.length) {
      added = Arrays.copyOf(added, 2 * count);
      keys = Arrays.copyOf(keys, 2 * count);
    }
    added[count] = finding;
    keys[count] = key;
    count++;
    starts[key + 1]++;
  }

  /** The findings added, in report order; call once. */
  ImmutableList<Finding> findings() {
    for (int key = 0; key + 1 < starts.length; key++) {
      starts[key + 1] += starts[key];
    }
    Finding[] sorted = new Finding[count];
    for (int i = 0; i < count; i++) {
      sorted[starts[keys[i]]++] = added[i];
    }
    return ImmutableList.copyOf(sorted);
  }

  /** How many findings of each severity were added, every severity present, errors first. */
  ImmutableMap<FindingSeverity, Integer> countsBySeverity() {
    return ImmutableMap.of(
        FindingSeverity.ERROR,
        countsByRank[0],
        FindingSeverity.WARNING,
        countsByRank[1],
        FindingSeverity.INFO,
        countsByRank[2]);
  }
}
