package dev.cjm.core.analysis;

import static dev.cjm.core.internal.Markup.cell;
import static dev.cjm.core.internal.Markup.code;

import dev.cjm.core.Barrier;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;
import java.util.OptionalDouble;

/**
 * Writes a {@link GapReport} as GitHub-flavoured Markdown for a product team: what to fix first,
 * then each pain point with its evidence, then what the map itself lacks, then the emotion by stage
 * and the ranked opportunities. Subjects are named as people know them; rule ids stay as code for
 * those who configure the analysis.
 */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String render(GapReport report, Words words) {
    StringBuilder out = new StringBuilder(1024 + 512 * report.painPoints().size());
    out.append("## ")
        .append(words.get("title.markdown", cell(report.journey().title())))
        .append("\n\n");
    out.append(ReportMarkdown.capitalise(report.summary(words.language()))).append(".\n");
    fixFirst(report, words, out);
    painPoints(report, words, out);
    metrics(report, words, out);
    mapChecks(report, words, out);
    emotionByStage(report, words, out);
    opportunities(report, words, out);
    return out.toString();
  }

  private static void fixFirst(GapReport report, Words words, StringBuilder out) {
    if (report.painPoints().isEmpty()) {
      return;
    }
    out.append("\n### ").append(words.get("heading.fixFirst")).append("\n\n");
    for (PainPoint painPoint : report.fixFirst()) {
      out.append(painPoint.rank())
          .append(". **")
          .append(cell(GapReport.where(words, painPoint)))
          .append("**, ")
          .append(GapReport.label(words, painPoint.priority()))
          .append(": ")
          .append(cell(painPoint.summary(words.language())))
          .append('\n');
    }
    out.append('\n').append(words.get("priority.explained"));
    if (report.observed().isPresent()) {
      out.append(' ').append(words.get("priority.explained.observed"));
    }
    out.append('\n');
  }

  private static void painPoints(GapReport report, Words words, StringBuilder out) {
    if (report.painPoints().isEmpty()) {
      return;
    }
    out.append("\n### ").append(words.get("heading.painPoints")).append('\n');
    for (PainPoint painPoint : report.painPoints()) {
      out.append("\n#### ")
          .append(painPoint.rank())
          .append(". ")
          .append(cell(GapReport.where(words, painPoint)))
          .append(": ")
          .append(GapReport.label(words, painPoint.priority()))
          .append(" (")
          .append(words.get("score", Figures.amount(words.language(), painPoint.score())))
          .append(")\n\n");
      painPoint
          .feltAgainstExpected(words)
          .ifPresent(felt -> out.append("- ").append(words.get("felt", felt)).append(".\n"));
      for (Barrier barrier : painPoint.barriers()) {
        out.append("- ")
            .append(
                words.get(
                    "barrier",
                    cell(barrier.description()) + ' ' + GapReport.severityAndShare(words, barrier)))
            .append(".\n");
      }
      for (Opportunity opportunity : painPoint.opportunities()) {
        out.append("- ")
            .append(words.get("opportunity", cell(opportunity.description())))
            .append(opportunity.isQuickWin() ? " (" + words.get("quickWin") + ")" : "")
            .append(".\n");
      }
      for (Metric metric : painPoint.metrics()) {
        out.append("- ")
            .append(words.get("metricOffTarget", cell(GapReport.describe(words, metric))))
            .append(".\n");
      }
      for (Finding finding : GapReport.listed(painPoint.findings())) {
        out.append("- ")
            .append(cell(finding.message(words.language())))
            .append(" (")
            .append(code(finding.ruleId()))
            .append(")\n");
      }
      GapReport.notListed(words, painPoint.findings())
          .ifPresent(left -> out.append("- ").append(left).append('\n'));
    }
  }

  private static void metrics(GapReport report, Words words, StringBuilder out) {
    if (report.metricsOffTarget().isEmpty()) {
      return;
    }
    out.append("\n### ")
        .append(words.get("heading.metricsOffTarget"))
        .append("\n\n")
        .append(words.get("table.metrics"))
        .append("\n|---|---|---|---|\n");
    for (Finding finding : report.metricsOffTarget()) {
      out.append("| ")
          .append(cell(report.subjectName(finding)))
          .append(" | ")
          .append(cell(report.journey().stage(finding.subjectId()).map(s -> s.name()).orElse("–")))
          .append(" | ")
          .append(cell(finding.message(words.language())))
          .append(" | ")
          .append(report.painPointOf(finding).map(p -> Integer.toString(p.rank())).orElse("–"))
          .append(" |\n");
    }
  }

  private static void mapChecks(GapReport report, Words words, StringBuilder out) {
    if (report.mapChecks().isEmpty()) {
      return;
    }
    out.append("\n### ")
        .append(words.get("heading.mapChecks"))
        .append("\n\n")
        .append(words.get("mapChecks.intro"))
        .append("\n\n")
        .append(words.get("table.mapChecks"))
        .append("\n|---|---|---|\n");
    for (MapCheck check : report.mapChecks()) {
      out.append("| ")
          .append(GapReport.label(words, check.priority()))
          .append(" | ")
          .append(code(check.ruleId()))
          .append(" | ")
          .append(cell(check.message(words.language())))
          .append(" |\n");
    }
  }

  private static void emotionByStage(GapReport report, Words words, StringBuilder out) {
    if (report.emotionSummary().isEmpty()) {
      return;
    }
    out.append("\n### ")
        .append(words.get("heading.emotionByStage"))
        .append("\n\n")
        .append(words.get("table.emotion"))
        .append('\n')
        .append("|---|---|---:|---:|---:|---:|\n");
    for (StageEmotion stage : report.emotionSummary()) {
      out.append("| ")
          .append(cell(stage.stageName()))
          .append(" | ")
          .append(stage.phase().map(p -> p.displayName(words.language())).orElse("–"))
          .append(" | ")
          .append(score(words, stage.meanExperienced()))
          .append(" | ")
          .append(score(words, stage.meanExpected()))
          .append(" | ")
          .append(score(words, stage.gap()))
          .append(" | ")
          .append(
              words.get(
                  "ofTotal",
                  Figures.count(words.language(), stage.scoredTouchpoints()),
                  Figures.count(words.language(), stage.touchpoints())))
          .append(" |\n");
    }
  }

  private static void opportunities(GapReport report, Words words, StringBuilder out) {
    if (report.rankedOpportunities().isEmpty()) {
      return;
    }
    out.append("\n### ")
        .append(words.get("heading.opportunities"))
        .append("\n\n")
        .append(words.get("table.opportunities"))
        .append('\n')
        .append("|---:|---|---|---|---|---:|\n");
    for (RankedOpportunity ranked : report.rankedOpportunities()) {
      out.append("| ")
          .append(ranked.rank())
          .append(" | ")
          .append(cell(ranked.opportunity().description()))
          .append(ranked.isQuickWin() ? " **(" + words.get("quickWin") + ")**" : "")
          .append(" | ")
          .append(GapReport.label(words, ranked.opportunity().impact()))
          .append(" | ")
          .append(GapReport.label(words, ranked.opportunity().effort()))
          .append(" | ")
          .append(
              ranked.barriers().isEmpty()
                  ? "–"
                  : cell(GapReport.barrierList(words, ranked.barriers())))
          .append(" | ")
          .append(Figures.amount(words.language(), ranked.score()))
          .append(" |\n");
    }
  }

  /** A score with its sign in the report's language, or an en dash when there is none. */
  static String score(Words words, OptionalDouble score) {
    return score.isPresent() ? Figures.score(words.language(), score.getAsDouble()) : "–";
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
