package dev.cjm.core.analysis;

import static dev.cjm.core.internal.Markup.line;

import dev.cjm.core.Barrier;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;

/**
 * Writes a {@link GapReport} as plain text for CI logs and terminals: what to fix first, each pain
 * point with its evidence and findings, the map checks, then the emotion by stage and the ranked
 * opportunities.
 */
final class ReportText {
  private ReportText() {}

  static String render(GapReport report, Words words) {
    StringBuilder out = new StringBuilder();
    out.append(
            words.get(
                "title.text",
                line(Phrase.quoted(report.journey().title()).in(words.language())),
                report.summary(words.language())))
        .append('\n');
    if (!report.painPoints().isEmpty()) {
      out.append("\n").append(words.get("heading.fixFirst")).append(":\n");
      for (PainPoint painPoint : report.fixFirst()) {
        head(painPoint, words, out)
            .append(": ")
            .append(line(painPoint.summary(words.language())))
            .append('\n');
      }
      out.append("\n").append(words.get("heading.painPoints")).append(":\n");
      for (PainPoint painPoint : report.painPoints()) {
        painPoint(painPoint, words, out);
      }
    }
    if (!report.metricsOffTarget().isEmpty()) {
      out.append("\n").append(words.get("heading.metricsOffTarget")).append(":\n");
      for (Finding finding : report.metricsOffTarget()) {
        out.append("  ")
            .append(line(finding.message(words.language())))
            .append(
                report
                    .painPointOf(finding)
                    .map(p -> " (" + words.get("painPoint", p.rank()) + ")")
                    .orElse(""))
            .append('\n');
      }
    }
    if (!report.mapChecks().isEmpty()) {
      out.append("\n").append(words.get("heading.mapChecks.text")).append(":\n");
      for (MapCheck check : report.mapChecks()) {
        out.append("  [")
            .append(GapReport.label(words, check.priority()))
            .append("] ")
            .append(line(check.message(words.language())))
            .append(" (")
            .append(line(check.ruleId()))
            .append(")\n");
      }
    }
    if (!report.emotionSummary().isEmpty()) {
      out.append("\n").append(words.get("heading.emotionByStage.text")).append(":\n");
      for (StageEmotion stage : report.emotionSummary()) {
        out.append("  ")
            .append(line(stage.stageName()))
            .append(stage.phase().map(p -> " [" + p.displayName(words.language()) + "]").orElse(""))
            .append(": ")
            .append(ReportMarkdown.score(words, stage.meanExperienced()))
            .append(" / ")
            .append(ReportMarkdown.score(words, stage.meanExpected()))
            .append(" (")
            .append(
                words.get(
                    "touchpointsScored",
                    Figures.count(words.language(), stage.scoredTouchpoints()),
                    Figures.count(words.language(), stage.touchpoints())))
            .append(")\n");
      }
    }
    if (!report.rankedOpportunities().isEmpty()) {
      out.append("\n").append(words.get("heading.opportunities")).append(":\n");
      for (RankedOpportunity ranked : report.rankedOpportunities()) {
        out.append("  ")
            .append(ranked.rank())
            .append(". ")
            .append(ranked.isQuickWin() ? "[" + words.get("quickWin") + "] " : "")
            .append(line(ranked.opportunity().description()))
            .append(" (")
            .append(words.get("impact", GapReport.label(words, ranked.opportunity().impact())))
            .append(", ")
            .append(words.get("effort", GapReport.label(words, ranked.opportunity().effort())))
            .append(", ")
            .append(words.get("score", Figures.amount(words.language(), ranked.score())))
            .append(")");
        if (!ranked.barriers().isEmpty()) {
          out.append(' ')
              .append(
                  words.get("addresses", line(GapReport.barrierList(words, ranked.barriers()))));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** A pain point's line begins with its rank, priority and place: " 1. [critical] Checkout". */
  private static StringBuilder head(PainPoint painPoint, Words words, StringBuilder out) {
    return out.append("  ")
        .append(painPoint.rank())
        .append(". [")
        .append(GapReport.label(words, painPoint.priority()))
        .append("] ")
        .append(line(GapReport.where(words, painPoint)));
  }

  private static void painPoint(PainPoint painPoint, Words words, StringBuilder out) {
    head(painPoint, words, out)
        .append(", ")
        .append(words.get("score", Figures.amount(words.language(), painPoint.score())))
        .append('\n');
    painPoint
        .feltAgainstExpected(words)
        .ifPresent(felt -> out.append("     ").append(words.get("felt.text", felt)).append('\n'));
    for (Barrier barrier : painPoint.barriers()) {
      out.append("     ")
          .append(
              words.get(
                  "barrier.text",
                  line(barrier.description()) + ' ' + GapReport.severityAndShare(words, barrier)))
          .append('\n');
    }
    for (Opportunity opportunity : painPoint.opportunities()) {
      out.append("     ")
          .append(words.get("opportunity.text", line(opportunity.description())))
          .append('\n');
    }
    for (Metric metric : painPoint.metrics()) {
      out.append("     ")
          .append(words.get("metricOffTarget.text", line(GapReport.describe(words, metric))))
          .append('\n');
    }
    for (Finding finding : GapReport.listed(painPoint.findings())) {
      out.append("     - ")
          .append(line(finding.message(words.language())))
          .append(" (")
          .append(line(finding.ruleId()))
          .append(")\n");
    }
    GapReport.notListed(words, painPoint.findings())
        .ifPresent(left -> out.append("     - ").append(left).append('\n'));
  }
}
