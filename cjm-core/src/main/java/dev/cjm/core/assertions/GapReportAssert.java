package dev.cjm.core.assertions;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.internal.Figures;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link GapReport}, for tests that hold a journey to a standard: no problems, no
 * pain point above a priority, a finding of a rule at a place. Made by {@link
 * CjmAssertions#assertThat(GapReport)}; each failure lists what was found, where, by name, id and
 * path, with the journey's title.
 *
 * <p>A <em>problem</em> is a finding of severity {@link FindingSeverity#ERROR}, about the
 * experience or about the map: what {@link GapReport#hasErrors()} reports and a CI build fails on.
 */
@SuppressWarnings("exports") // AssertJ is optional (requires static): tests add it
public final class GapReportAssert extends AbstractAssert<GapReportAssert, GapReport> {
  GapReportAssert(@Nullable GapReport actual) {
    super(actual, GapReportAssert.class);
  }

  /** Places in the report's journey; only called after {@link #isNotNull()}. */
  private Where where() {
    return Where.in(actual.journey());
  }

  /**
   * Verifies that the report has no problem: no finding of severity {@link FindingSeverity#ERROR}.
   */
  public GapReportAssert hasNoProblems() {
    isNotNull();
    List<Finding> errors = actual.findings(FindingSeverity.ERROR);
    if (!errors.isEmpty()) {
      fail(
          FailureMessage.expected(
                  "no problems (findings of severity error)", "found " + errors.size() + ":")
              .list(Lines.findings(errors, actual, where())));
    }
    return this;
  }

  /**
   * Verifies that no finding is more severe than {@code severity}: with {@code WARNING}, no error.
   */
  public GapReportAssert hasNoFindingsAbove(FindingSeverity severity) {
    checkNotNull(severity, "severity is null");
    isNotNull();
    List<Finding> above = findings(f -> f.severity().compareTo(severity) < 0);
    if (!above.isEmpty()) {
      fail(
          FailureMessage.expected(
                  "no finding more severe than " + severity.label(), "found " + above.size() + ":")
              .list(Lines.findings(above, actual, where())));
    }
    return this;
  }

  /**
   * Verifies that the report has at least one finding of the rule with this id; the returned
   * assertion narrows them down to a place ({@link FindingsAssert#at(String)}) or a severity.
   */
  public FindingsAssert hasFinding(String ruleId) {
    checkNotNull(ruleId, "rule id is null");
    isNotNull();
    ImmutableList<Finding> found = actual.findingsOf(ruleId);
    if (found.isEmpty()) {
      fail(
          FailureMessage.expected("a finding of rule " + ruleId, "found none")
              .fact(ranOrNot(ruleId), rulesWithFindings()));
    }
    return new FindingsAssert(actual, "of rule " + ruleId, found).as(descriptionText());
  }

  /** Verifies that the report has no finding of the rule with this id. */
  public GapReportAssert hasNoFinding(String ruleId) {
    checkNotNull(ruleId, "rule id is null");
    isNotNull();
    List<Finding> found = actual.findingsOf(ruleId);
    if (!found.isEmpty()) {
      fail(
          FailureMessage.expected("no finding of rule " + ruleId, "found " + found.size() + ":")
              .list(Lines.findings(found, actual, where())));
    }
    return this;
  }

  /** Whether the rule ran, as the key of the fact listing the rules that found something. */
  private String ranOrNot(String ruleId) {
    return actual.countsByRule().containsKey(ruleId)
        ? "rules with findings"
        : "no rule " + ruleId + " ran; rules with findings";
  }

  /** The rules that found something, with how many: {@code emotion.low-point (2), …}. */
  private String rulesWithFindings() {
    List<String> rules =
        actual.countsByRule().entrySet().stream()
            .filter(entry -> entry.getValue() > 0)
            .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
            .toList();
    return FailureMessage.joined(rules, Integer.MAX_VALUE);
  }

  /**
   * Verifies that no pain point has a priority above {@code priority}: with {@code HIGH}, none is
   * critical.
   */
  public GapReportAssert hasNoPainPointAbove(Priority priority) {
    checkNotNull(priority, "priority is null");
    return hasNoPainPoint(
        "above priority " + priority.label(), p -> p.priority().compareTo(priority) < 0);
  }

  /**
   * Verifies that no pain point scores above {@code score}; see {@link PainPoint#score()} for what
   * the score weighs.
   */
  public GapReportAssert hasNoPainPointAbove(double score) {
    return hasNoPainPoint("scoring above " + Figures.amount(score), p -> p.score() > score);
  }

  private GapReportAssert hasNoPainPoint(String what, Predicate<PainPoint> test) {
    isNotNull();
    List<PainPoint> found = actual.painPoints().stream().filter(test).toList();
    if (!found.isEmpty()) {
      fail(
          FailureMessage.expected("no pain point " + what, "found " + found.size() + ":")
              .list(Lines.painPoints(found, where())));
    }
    return this;
  }

  /**
   * Verifies that the report has a pain point at the touchpoint or stage with this id, and returns
   * an assertion on it.
   */
  public PainPointAssert hasPainPointAt(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    isNotNull();
    Optional<PainPoint> found = painPointAt(subjectId);
    if (found.isEmpty()) {
      fail(
          FailureMessage.expected("a pain point at " + subjectId, noPainPointThere(subjectId))
              .fact(
                  "pain points", FailureMessage.joined(painPointPlaces(), FailureMessage.LISTED)));
    }
    return new PainPointAssert(found.get(), where().journeyTitle()).as(descriptionText());
  }

  /**
   * Verifies that the worst pain point, the first to fix, is at the touchpoint or stage with this
   * id, and returns an assertion on it.
   */
  public PainPointAssert hasTopPainPointAt(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    isNotNull();
    List<PainPoint> painPoints = actual.painPoints();
    if (painPoints.isEmpty() || !painPoints.get(0).subjectId().equals(subjectId)) {
      String place = where().of(subjectId).orElse(subjectId);
      fail(
          FailureMessage.expected(
                  "the top pain point at " + place,
                  painPoints.isEmpty() ? "the report has no pain point" : "the top ones are:")
              .list(
                  Lines.painPoints(painPoints.subList(0, Math.min(3, painPoints.size())), where()))
              .fact(
                  "pain point at " + subjectId,
                  painPointAt(subjectId).map(p -> "#" + p.rank()).orElse("none")));
    }
    return new PainPointAssert(painPoints.get(0), where().journeyTitle()).as(descriptionText());
  }

  /** Verifies that the report has no pain point at the touchpoint or stage with this id. */
  public GapReportAssert hasNoPainPointAt(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    isNotNull();
    Optional<PainPoint> found = painPointAt(subjectId);
    if (found.isPresent()) {
      fail(
          FailureMessage.expected("no pain point at " + subjectId, "found one:")
              .list(List.of(Lines.painPoint(found.get(), where()))));
    }
    return this;
  }

  private Optional<PainPoint> painPointAt(String subjectId) {
    return actual.painPoints().stream().filter(p -> p.subjectId().equals(subjectId)).findFirst();
  }

  /** Why there is no pain point at an id: the place has none, or the journey has no such place. */
  private String noPainPointThere(String subjectId) {
    Optional<String> kind = where().kindOf(subjectId);
    if (kind.isEmpty()) {
      return "the journey has no stage or touchpoint with that id";
    }
    if (!kind.get().equals("stage") && !kind.get().equals("touchpoint")) {
      return subjectId
          + " is "
          + Where.aOrAn(kind.get())
          + "; pain points are at touchpoints and stages";
    }
    return "there is none at " + where().of(subjectId).orElseThrow();
  }

  /** The pain points' ranks and ids: {@code #1 checkout, #2 delivery}. */
  private List<String> painPointPlaces() {
    return actual.painPoints().stream()
        .map(p -> "#" + p.rank() + " " + (p.subjectId().isEmpty() ? "journey" : p.subjectId()))
        .toList();
  }

  private List<Finding> findings(Predicate<Finding> test) {
    return actual.findings().stream().filter(test).toList();
  }

  /** Fails with the message and the journey's title as its last fact. */
  private void fail(FailureMessage message) {
    failWithMessage("%s", message.fact("journey", where().journeyTitle()));
  }
}
