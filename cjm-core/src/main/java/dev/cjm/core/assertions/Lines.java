package dev.cjm.core.assertions;

import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.internal.Figures;
import java.util.List;

/** The lines a failure message lists findings and pain points by. */
final class Lines {
  /** How many rule ids a pain point's line names. */
  static final int RULES = 3;

  private Lines() {}

  /**
   * A finding, where it is first: {@code Purchase › Checkout (touchpoint checkout,
   * stages[1].touchpoints[0]): emotion.low-point (warning): Customers feel -2 here.}
   */
  static String finding(Finding finding, GapReport report, Where where) {
    return where.of(finding, report) + ": " + rule(finding) + ": " + finding.message();
  }

  /** The findings, one line each. */
  static List<String> findings(List<Finding> findings, GapReport report, Where where) {
    return findings.stream().map(finding -> finding(finding, report, where)).toList();
  }

  /** A finding's rule and severity: {@code emotion.low-point (warning)}. */
  static String rule(Finding finding) {
    return finding.ruleId() + " (" + finding.severity().label() + ")";
  }

  /** Findings by rule and severity, at most {@value #RULES}: {@code a (error), b (warning)}. */
  static String rules(List<Finding> findings) {
    return FailureMessage.joined(findings.stream().map(Lines::rule).toList(), RULES);
  }

  /**
   * A pain point, with its rank, place, priority, score and findings: {@code #1 Purchase › Checkout
   * (touchpoint checkout, stages[1].touchpoints[0]): priority critical (score 6.2), 2 findings:
   * emotion.expectation-gap (error), emotion.low-point (warning)}.
   */
  static String painPoint(PainPoint painPoint, Where where) {
    int findings = painPoint.findings().size();
    return "#"
        + painPoint.rank()
        + " "
        + where.of(painPoint)
        + ": priority "
        + painPoint.priority().label()
        + " (score "
        + Figures.amount(painPoint.score())
        + "), "
        + findings
        + (findings == 1 ? " finding: " : " findings: ")
        + rules(painPoint.findings());
  }

  /** The pain points, one line each. */
  static List<String> painPoints(List<PainPoint> painPoints, Where where) {
    return painPoints.stream().map(painPoint -> painPoint(painPoint, where)).toList();
  }
}
