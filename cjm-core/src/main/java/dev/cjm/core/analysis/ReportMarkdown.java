package dev.cjm.core.analysis;

import static dev.cjm.core.internal.Markup.cell;
import static dev.cjm.core.internal.Markup.code;

import dev.cjm.core.Barrier;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Phase;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;

/**
 * Writes a {@link GapReport} as GitHub-flavoured Markdown for a product team: what to fix first,
 * then each pain point with its evidence, then what the map itself lacks, then the emotion by stage
 * and the ranked opportunities. Subjects are named as people know them; rule ids stay as code for
 * those who configure the analysis.
 */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String render(GapReport report) {
    StringBuilder out = new StringBuilder(1024 + 512 * report.painPoints().size());
    out.append("## Gap analysis: ").append(cell(report.journey().title())).append("\n\n");
    out.append(ReportMarkdown.capitalise(report.summary())).append(".\n");
    fixFirst(report, out);
    painPoints(report, out);
    metrics(report, out);
    mapChecks(report, out);
    emotionByStage(report, out);
    opportunities(report, out);
    return out.toString();
  }

  private static void fixFirst(GapReport report, StringBuilder out) {
    if (report.painPoints().isEmpty()) {
      return;
    }
    out.append("\n### Fix first\n\n");
    for (PainPoint painPoint : report.fixFirst()) {
      out.append(painPoint.rank())
          .append(". **")
          .append(cell(GapReport.where(painPoint)))
          .append("**, ")
          .append(painPoint.priority().label())
          .append(": ")
          .append(cell(painPoint.summary()))
          .append('\n');
    }
    out.append('\n').append(GapReport.PRIORITY_EXPLAINED).append('\n');
  }

  private static void painPoints(GapReport report, StringBuilder out) {
    if (report.painPoints().isEmpty()) {
      return;
    }
    out.append("\n### Pain points\n");
    for (PainPoint painPoint : report.painPoints()) {
      out.append("\n#### ")
          .append(painPoint.rank())
          .append(". ")
          .append(cell(GapReport.where(painPoint)))
          .append(": ")
          .append(painPoint.priority().label())
          .append(" (score ")
          .append(Figures.amount(painPoint.score()))
          .append(")\n\n");
      painPoint
          .feltAgainstExpected()
          .ifPresent(felt -> out.append("- Felt ").append(felt).append(".\n"));
      for (Barrier barrier : painPoint.barriers()) {
        out.append("- Barrier: ")
            .append(cell(barrier.description()))
            .append(' ')
            .append(GapReport.severityAndShare(barrier))
            .append(".\n");
      }
      for (Opportunity opportunity : painPoint.opportunities()) {
        out.append("- Opportunity: ")
            .append(cell(opportunity.description()))
            .append(opportunity.isQuickWin() ? " (quick win)" : "")
            .append(".\n");
      }
      for (Metric metric : painPoint.metrics()) {
        out.append("- Metric off target: ").append(cell(GapReport.describe(metric))).append(".\n");
      }
      for (Finding finding : painPoint.findings()) {
        out.append("- ")
            .append(cell(finding.message()))
            .append(" (")
            .append(code(finding.ruleId()))
            .append(")\n");
      }
    }
  }

  private static void metrics(GapReport report, StringBuilder out) {
    if (report.metricsOffTarget().isEmpty()) {
      return;
    }
    out.append("\n### Metrics off target\n\n")
        .append("| metric | stage | finding | pain point |\n|---|---|---|---|\n");
    for (Finding finding : report.metricsOffTarget()) {
      out.append("| ")
          .append(cell(report.subjectName(finding)))
          .append(" | ")
          .append(cell(report.journey().stage(finding.subjectId()).map(s -> s.name()).orElse("–")))
          .append(" | ")
          .append(cell(finding.message()))
          .append(" | ")
          .append(report.painPointOf(finding).map(p -> Integer.toString(p.rank())).orElse("–"))
          .append(" |\n");
    }
  }

  private static void mapChecks(GapReport report, StringBuilder out) {
    if (report.mapChecks().isEmpty()) {
      return;
    }
    out.append("\n### Map checks\n\nWhat the map itself lacks, to record or decide.\n\n")
        .append("| priority | check | what to record |\n|---|---|---|\n");
    for (MapCheck check : report.mapChecks()) {
      out.append("| ")
          .append(check.priority().label())
          .append(" | ")
          .append(code(check.ruleId()))
          .append(" | ")
          .append(cell(check.message()))
          .append(" |\n");
    }
  }

  private static void emotionByStage(GapReport report, StringBuilder out) {
    if (report.emotionSummary().isEmpty()) {
      return;
    }
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

  private static void opportunities(GapReport report, StringBuilder out) {
    if (report.rankedOpportunities().isEmpty()) {
      return;
    }
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

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
