package dev.cjm.core.assertions;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Barrier;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Priority;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one {@link PainPoint}: its place, rank and priority, the findings, barriers and
 * opportunities it gathers. Made by {@link CjmAssertions#assertThat(PainPoint)} or returned by
 * {@link GapReportAssert#hasPainPointAt(String)} and {@link
 * GapReportAssert#hasTopPainPointAt(String)}; each failure names the pain point by its rank and
 * place.
 */
@SuppressWarnings("exports") // AssertJ is optional (requires static): tests add it
public final class PainPointAssert extends AbstractAssert<PainPointAssert, PainPoint> {
  private final @Nullable String journeyTitle;

  /** An assertion on a pain point of the journey with this title, if known. */
  PainPointAssert(@Nullable PainPoint actual, @Nullable String journeyTitle) {
    super(actual, PainPointAssert.class);
    this.journeyTitle = journeyTitle;
  }

  /** Verifies that the pain point is at the touchpoint or stage with this id. */
  public PainPointAssert isAt(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    isNotNull();
    if (!actual.subjectId().equals(subjectId)) {
      fail("to be at " + subjectId, "it is at " + place());
    }
    return this;
  }

  /** Verifies that the pain point has this rank, 1 being the first to fix. */
  public PainPointAssert hasRank(int rank) {
    isNotNull();
    if (actual.rank() != rank) {
      fail("to be ranked #" + rank, "it is #" + actual.rank());
    }
    return this;
  }

  /** Verifies that the pain point has this priority. */
  public PainPointAssert hasPriority(Priority priority) {
    checkNotNull(priority, "priority is null");
    isNotNull();
    if (actual.priority() != priority) {
      fail(
          "to be of priority " + priority.label(),
          "it is " + actual.priority().label() + " (score " + score() + ")");
    }
    return this;
  }

  /** Verifies that one of the pain point's findings is of the rule with this id. */
  public PainPointAssert hasFinding(String ruleId) {
    checkNotNull(ruleId, "rule id is null");
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> f.ruleId().equals(ruleId))) {
      fail("to have a finding of rule " + ruleId, "its findings are " + rules(actual.findings()));
    }
    return this;
  }

  /** Verifies that the barrier with this id is one of the pain point's barriers. */
  public PainPointAssert hasBarrier(String barrierId) {
    checkNotNull(barrierId, "barrier id is null");
    isNotNull();
    List<String> ids = actual.barriers().stream().map(Barrier::id).toList();
    if (!ids.contains(barrierId)) {
      fail("to have barrier " + barrierId, "its barriers are " + FailureMessage.joined(ids, 8));
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
          "to have opportunity " + opportunityId,
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

  /**
   * Where the pain point is, as {@link Where} names places: {@code Purchase › Checkout (touchpoint
   * checkout, stages[1].touchpoints[0])}.
   */
  private String place() {
    Optional<Stage> stage = actual.stage();
    Optional<Touchpoint> touchpoint = actual.touchpoint();
    if (stage.isEmpty()) {
      return "the journey as a whole";
    }
    return touchpoint.isPresent()
        ? stage.get().name()
            + " › "
            + touchpoint.get().name()
            + " (touchpoint "
            + touchpoint.get().id()
            + ", "
            + actual.path()
            + ")"
        : stage.get().name() + " (stage " + stage.get().id() + ", " + actual.path() + ")";
  }

  private void fail(String expected, String found) {
    FailureMessage message =
        FailureMessage.expected("the pain point " + expected, found)
            .fact("pain point", "#" + actual.rank() + " " + place())
            .fact("priority", actual.priority().label() + " (score " + score() + ")");
    if (journeyTitle != null) {
      message.fact("journey", journeyTitle);
    }
    failWithMessage("%s", message);
  }
}
