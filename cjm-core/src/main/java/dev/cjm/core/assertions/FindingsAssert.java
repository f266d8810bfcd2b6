package dev.cjm.core.assertions;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapReport;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the findings of one rule in a {@link GapReport}, returned by {@link
 * GapReportAssert#hasFinding(String)}: each method narrows them down (to a place, a severity, a
 * fact) and fails when none is left, saying what the findings it had were.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("emotion.expectation-gap").at("checkout").withSeverity(ERROR);
 * }</pre>
 */
@SuppressWarnings("exports") // AssertJ is optional (requires static): tests add it
public final class FindingsAssert extends AbstractAssert<FindingsAssert, ImmutableList<Finding>> {
  private final GapReport report;
  private final String what;

  /** The findings {@code found} in {@code report}, described by {@code what} ("of rule x"). */
  FindingsAssert(GapReport report, String what, ImmutableList<Finding> found) {
    super(found, FindingsAssert.class);
    this.report = report;
    this.what = what;
  }

  /**
   * Verifies that some of the findings are about the element with this id (a stage, touchpoint,
   * barrier or opportunity; a metric's stage), and goes on with those.
   */
  public FindingsAssert at(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    List<Finding> there =
        report.findings().stream().filter(f -> f.subjectId().equals(subjectId)).toList();
    String place = Where.in(report.journey()).of(subjectId).orElse(subjectId);
    return narrow(
        "at " + subjectId,
        "at " + place,
        f -> f.subjectId().equals(subjectId),
        "findings at " + subjectId,
        Lines.rules(there),
        false);
  }

  /** Verifies that some of the findings have this severity, and goes on with those. */
  public FindingsAssert withSeverity(FindingSeverity severity) {
    checkNotNull(severity, "severity is null");
    String step = "with severity " + severity.label();
    return narrow(step, step, f -> f.severity() == severity, null, "", false);
  }

  /**
   * Verifies that some of the findings have the fact {@code key} with this value ({@code "gap" ->
   * "3"}), and goes on with those.
   */
  public FindingsAssert withFact(String key, String value) {
    checkNotNull(key, "key is null");
    checkNotNull(value, "value is null");
    String step = "with " + key + " " + value;
    return narrow(step, step, f -> value.equals(f.facts().get(key)), null, "", true);
  }

  /**
   * The findings that pass {@code test}, described by {@code step}; when there are none, fails
   * saying what it expected ({@code expectedStep}) and listing the findings it had, with their
   * facts if {@code showFacts}, then the fact {@code factKey: factValue} if given.
   */
  private FindingsAssert narrow(
      String step,
      String expectedStep,
      Predicate<Finding> test,
      @Nullable String factKey,
      String factValue,
      boolean showFacts) {
    ImmutableList<Finding> left =
        actual.stream().filter(test).collect(ImmutableList.toImmutableList());
    if (left.isEmpty()) {
      Where where = Where.in(report.journey());
      FailureMessage message =
          FailureMessage.expected(
                  "a finding " + what + " " + expectedStep,
                  "found "
                      + (actual.size() == 1
                          ? "only this one:"
                          : "only these " + actual.size() + ":"))
              .list(
                  actual.stream()
                      .map(
                          f -> Lines.finding(f, report, where) + (showFacts ? " " + f.facts() : ""))
                      .toList());
      if (factKey != null) {
        message.fact(factKey, factValue);
      }
      failWithMessage("%s", message.fact("journey", where.journeyTitle()));
    }
    return new FindingsAssert(report, what + " " + step, left).as(info.descriptionText());
  }
}
