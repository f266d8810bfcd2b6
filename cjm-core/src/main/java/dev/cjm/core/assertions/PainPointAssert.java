package dev.cjm.core.assertions;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Barrier;
import dev.cjm.core.Opportunity;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Priority;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one {@link PainPoint}: its place, rank and priority, the findings, barriers and
 * opportunities it gathers. Made by {@link CjmAssertions#assertThat(PainPoint)} or returned by
 * {@link GapReportAssert#hasPainPointAt(String)} and {@link
 * GapReportAssert#hasTopPainPointAt(String)}; each failure names the pain point by its rank and
 * place.
 */
public final class PainPointAssert extends AbstractAssert<PainPointAssert, PainPoint> {
  private final @Nullable Where where;

  /** An assertion on a pain point of a report whose journey's places are {@code where}. */
  PainPointAssert(@Nullable PainPoint actual, @Nullable Where where) {
    super(actual, PainPointAssert.class);
    this.where = where;
  }

  /** Verifies that the pain point is at the touchpoint or stage with this id. */
  public PainPointAssert isAt(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    isNotNull();
    if (!actual.subjectId().equals(subjectId)) {
      fail("at " + subjectId, "it is at " + place());
    }
    return this;
  }

  /** Verifies that the pain point has this rank, 1 being the first to fix. */
  public PainPointAssert hasRank(int rank) {
    isNotNull();
    if (actual.rank() != rank) {
      fail("ranked #" + rank, "it is #" + actual.rank());
    }
    return this;
  }

  /** Verifies that the pain point has this priority. */
  public PainPointAssert hasPriority(Priority priority) {
    checkNotNull(priority, "priority is null");
    isNotNull();
    if (actual.priority() != priority) {
      fail(
          "of priority " + priority.label(),
          "it is " + actual.priority().label() + " (score " + score() + ")");
    }
    return this;
  }

  /** Verifies that one of the pain point's findings is of the rule with this id. */
  public PainPointAssert hasFinding(String ruleId) {
    checkNotNull(ruleId, "rule id is null");
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> f.ruleId().equals(ruleId))) {
      fail("with a finding of rule " + ruleId, "its findings are " + rules(actual.findings()));
    }
    return this;
  }

  /** Verifies that the barrier with this id is one of the pain point's barriers. */
  public PainPointAssert hasBarrier(String barrierId) {
    checkNotNull(barrierId, "barrier id is null");
    isNotNull();
    List<String> ids = actual.barriers().stream().map(Barrier::id).toList();
    if (!ids.contains(barrierId)) {
      fail("with barrier " + barrierId, "its barriers are " + FailureMessage.joined(ids, 8));
    }
    return this;
  }

  /** Verifies that the opportunity with this id addresses one of the pain point's barriers. */
  public PainPointAssert hasOpportunity(String opportunityId) {
    checkNotNull(opportunityId, "opportunity id is null");
    isNotNull();
    List<String> ids = actual.opportunities().stream().map(Opportunity::id).toList();
    if (!ids.contains(opportunityId)) {
      fail(
          "with opportunity " + opportunityId,
          "the opportunities for its barriers are " + FailureMessage.joined(ids, 8));
    }
    return this;
  }

  private static String rules(List<Finding> findings) {
    return FailureMessage.joined(findings.stream().map(Lines::rule).toList(), Integer.MAX_VALUE);
  }

  private String score() {
    return dev.cjm.core.internal.Figures.amount(actual.score());
  }

  /** Where the pain point is, by its journey's places when known. */
  private String place() {
    return where != null
        ? where.of(actual)
        : actual.name() + (actual.path().isEmpty() ? "" : " (" + actual.path() + ")");
  }

  private void fail(String expected, String found) {
    FailureMessage message =
        FailureMessage.expected("the pain point to be " + expected, found)
            .fact("pain point", "#" + actual.rank() + " " + place())
            .fact("priority", actual.priority().label() + " (score " + score() + ")");
    if (where != null) {
      message.fact("journey", where.journeyTitle());
    }
    failWithMessage("%s", message);
  }
}
