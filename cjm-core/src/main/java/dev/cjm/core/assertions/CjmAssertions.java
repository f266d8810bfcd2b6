package dev.cjm.core.assertions;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.diff.JourneyDiff;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of cjm's AssertJ assertions, for unit tests of journeys: {@code import static
 * dev.cjm.core.assertions.CjmAssertions.assertThat;} beside AssertJ's own {@code assertThat}, then
 * {@code assertThat(report).hasNoProblems()}. Every failure states what was expected, what was
 * found, and where (names, ids and paths, and the journey's title).
 *
 * <p>Needs {@code org.assertj:assertj-core} on the test class path (an optional dependency of
 * cjm-core).
 */
public final class CjmAssertions {
  private CjmAssertions() {}

  /** Assertions on a journey: its elements, emotions and barriers. */
  public static JourneyAssert assertThat(@Nullable Journey actual) {
    return new JourneyAssert(actual);
  }

  /** Assertions on a gap report: its problems, findings and pain points. */
  public static GapReportAssert assertThat(@Nullable GapReport actual) {
    return new GapReportAssert(actual);
  }

  /** Assertions on one pain point: its place, rank, priority, findings and barriers. */
  public static PainPointAssert assertThat(@Nullable PainPoint actual) {
    return new PainPointAssert(actual, null);
  }

  /** Assertions on a current vs future diff: what it adds, removes, changes, resolves, delivers. */
  public static JourneyDiffAssert assertThat(@Nullable JourneyDiff actual) {
    return new JourneyDiffAssert(actual);
  }
}
