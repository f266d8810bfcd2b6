package dev.cjm.core.analysis;

import static dev.cjm.core.internal.Markup.line;

import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;
import dev.cjm.core.internal.Texts;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link GapReport} as plain text for CI logs: one block per finding, then summaries. */
final class ReportText {
  private ReportText() {}

  static String render(GapReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Gap analysis of ")
        .append(line(Texts.quote(report.journey().title())))
        .append(": ")
        .append(report.summary())
        .append('\n');
    for (Finding finding : report.findings()) {
      out.append('\n')
          .append(String.format(Locale.ROOT, "%-7s ", finding.severity().name()))
          .append(finding.ruleId())
          .append(" at ")
          .append(finding.path().isEmpty() ? "journey" : line(finding.path()))
          .append('\n')
          .append("        ")
          .append(line(finding.message()))
          .append('\n');
      if (!finding.facts().isEmpty()) {
        out.append("        ");
        boolean first = true;
        for (Map.Entry<String, String> fact : finding.facts().entrySet()) {
          out.append(first ? "" : ", ")
              .append(line(fact.getKey()))
              .append(": ")
              .append(line(fact.getValue()));
          first = false;
        }
        out.append('\n');
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
          out.append(" addresses ").append(GapReport.barrierList(ranked.barriers()));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
