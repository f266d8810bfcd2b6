package dev.cjm.core.analysis;

import static dev.cjm.core.internal.Markup.cell;
import static dev.cjm.core.internal.Markup.code;

import dev.cjm.core.Phase;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;
import java.util.Map;

/** Writes a {@link GapReport} as GitHub-flavoured Markdown: a summary line, then tables. */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String render(GapReport report) {
    // Sized a little above a typical row of each table (a finding's is about 200 characters), so
    // the buffer seldom grows and copies itself.
    StringBuilder out =
        new StringBuilder(
            256
                + 256 * report.findings().size()
                + 64 * report.emotionSummary().size()
                + 128 * report.rankedOpportunities().size());
    out.append("## Gap analysis: ").append(cell(report.journey().title())).append("\n\n");
    out.append(capitalise(report.summary())).append(".\n");
    if (!report.findings().isEmpty()) {
      out.append("\n| severity | rule | where | finding |\n|---|---|---|---|\n");
      for (Finding finding : report.findings()) {
        out.append("| ")
            .append(finding.severity().label())
            .append(" | ")
            .append(code(finding.ruleId()))
            .append(" | ")
            .append(finding.path().isEmpty() ? "journey" : code(finding.path()))
            .append(" | ")
            .append(cell(finding.message()))
            .append(" |\n");
      }
      out.append("\n### Findings by rule\n\n| rule | findings |\n|---|---:|\n");
      for (Map.Entry<String, Integer> entry : report.countsByRule().entrySet()) {
        if (entry.getValue() > 0) {
          out.append("| ")
              .append(code(entry.getKey()))
              .append(" | ")
              .append(entry.getValue())
              .append(" |\n");
        }
      }
    }
    if (!report.emotionSummary().isEmpty()) {
      out.append("\n### Emotion by stage\n\n")
          .append("| stage | phase | experienced | expected | gap | scored touchpoints |\n")
          .append("|---|---|---:|---:|---:|---:|\n");
      for (StageEmotion stage : report.emotionSummary()) {
        out.append("| ")
            .append(cell(stage.stageName()))
            .append(" | ")
            .append(stage.phase().map(Phase::label).orElse("–"))
            .append(" | ")
            .append(Markup.score(stage.meanExperienced()))
            .append(" | ")
            .append(Markup.score(stage.meanExpected()))
            .append(" | ")
            .append(Markup.score(stage.gap()))
            .append(" | ")
            .append(stage.scoredTouchpoints())
            .append(" of ")
            .append(stage.touchpoints())
            .append(" |\n");
      }
    }
    if (!report.rankedOpportunities().isEmpty()) {
      out.append("\n### Opportunities, best first\n\n")
          .append("| rank | opportunity | impact | effort | addresses | score |\n")
          .append("|---:|---|---|---|---|---:|\n");
      for (RankedOpportunity ranked : report.rankedOpportunities()) {
        out.append("| ")
            .append(ranked.rank())
            .append(" | ")
            .append(cell(ranked.opportunity().description()))
            .append(ranked.isQuickWin() ? " **(quick win)**" : "")
            .append(" | ")
            .append(Markup.level(ranked.opportunity().impact()))
            .append(" | ")
            .append(Markup.level(ranked.opportunity().effort()))
            .append(" | ")
            .append(
                ranked.barriers().isEmpty() ? "–" : cell(GapReport.barrierList(ranked.barriers())))
            .append(" | ")
            .append(Figures.amount(ranked.score()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
