package dev.cjm.core.analysis;

import static dev.cjm.core.internal.Markup.line;

import dev.cjm.core.Barrier;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;
import dev.cjm.core.internal.Texts;

/**
 * Writes a {@link GapReport} as plain text for CI logs and terminals: what to fix first, each pain
 * point with its evidence and findings, the map checks, then the emotion by stage and the ranked
 * opportunities.
 */
final class ReportText {
  private ReportText() {}

  static String render(GapReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Gap analysis of ")
        .append(line(Texts.quote(report.journey().title())))
        .append(": ")
        .append(report.summary())
        .append('\n');
    if (!report.painPoints().isEmpty()) {
      out.append("\nFix first:\n");
      for (PainPoint painPoint : report.fixFirst()) {
        out.append("  ")
            .append(painPoint.rank())
            .append(". [")
            .append(painPoint.priority().label())
            .append("] ")
            .append(line(GapReport.where(painPoint)))
            .append(": ")
            .append(line(painPoint.summary()))
            .append('\n');
      }
      out.append("\nPain points:\n");
      for (PainPoint painPoint : report.painPoints()) {
        painPoint(painPoint, out);
      }
    }
    if (!report.metricsOffTarget().isEmpty()) {
      out.append("\nMetrics off target:\n");
      for (Finding finding : report.metricsOffTarget()) {
        out.append("  ")
            .append(line(finding.message()))
            .append(
                report.painPointOf(finding).map(p -> " (pain point " + p.rank() + ")").orElse(""))
            .append('\n');
      }
    }
    if (!report.mapChecks().isEmpty()) {
      out.append("\nMap checks (what the map itself lacks):\n");
      for (MapCheck check : report.mapChecks()) {
        out.append("  [")
            .append(check.priority().label())
            .append("] ")
            .append(line(check.message()))
            .append(" (")
            .append(line(check.ruleId()))
            .append(")\n");
      }
    }
    if (!report.emotionSummary().isEmpty()) {
      out.append("\nEmotion by stage (mean experienced / expected):\n");
      for (StageEmotion stage : report.emotionSummary()) {
        out.append("  ")
            .append(line(stage.stageName()))
            .append(stage.phase().map(p -> " [" + p.label() + "]").orElse(""))
            .append(": ")
            .append(Markup.score(stage.meanExperienced()))
            .append(" / ")
            .append(Markup.score(stage.meanExpected()))
            .append(" (")
            .append(stage.scoredTouchpoints())
            .append(" of ")
            .append(stage.touchpoints())
            .append(" touchpoints scored)\n");
      }
    }
    if (!report.rankedOpportunities().isEmpty()) {
      out.append("\nOpportunities, best first:\n");
      for (RankedOpportunity ranked : report.rankedOpportunities()) {
        out.append("  ")
            .append(ranked.rank())
            .append(". ")
            .append(ranked.isQuickWin() ? "[quick win] " : "")
            .append(line(ranked.opportunity().description()))
            .append(" (impact ")
            .append(Markup.level(ranked.opportunity().impact()))
            .append(", effort ")
            .append(Markup.level(ranked.opportunity().effort()))
            .append(", score ")
            .append(Figures.amount(ranked.score()))
            .append(")");
        if (!ranked.barriers().isEmpty()) {
          out.append(" addresses ").append(line(GapReport.barrierList(ranked.barriers())));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void painPoint(PainPoint painPoint, StringBuilder out) {
    out.append("  ")
        .append(painPoint.rank())
        .append(". [")
        .append(painPoint.priority().label())
        .append("] ")
        .append(line(GapReport.where(painPoint)))
        .append(", score ")
        .append(Figures.amount(painPoint.score()))
        .append('\n');
    painPoint
        .feltAgainstExpected()
        .ifPresent(felt -> out.append("     felt ").append(felt).append('\n'));
    for (Barrier barrier : painPoint.barriers()) {
      out.append("     barrier ")
          .append(line(barrier.description()))
          .append(' ')
          .append(GapReport.severityAndShare(barrier))
          .append('\n');
    }
    for (Opportunity opportunity : painPoint.opportunities()) {
      out.append("     opportunity ").append(line(opportunity.description())).append('\n');
    }
    for (Metric metric : painPoint.metrics()) {
      out.append("     off target ").append(line(GapReport.describe(metric))).append('\n');
    }
    for (Finding finding : painPoint.findings()) {
      out.append("     - ")
          .append(line(finding.message()))
          .append(" (")
          .append(line(finding.ruleId()))
          .append(")\n");
    }
  }
}
