package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Stage;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.MapCheck;
import dev.cjm.core.analysis.PainPoint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a gap report adds to the map, as the layout shows it: the pain points, worst first, each
 * marked with its rank on its touchpoint or stage and listed in the panel below the map; how many
 * of them are the report's "fix first" list; the map checks, listed after them; and, when the
 * renderer is asked for it, the findings, listed last: the first {@link #MAX_FINDINGS}, errors
 * first, and how many more were left out.
 */
public record Annotations(
    ImmutableList<PainPointNote> painPoints,
    int fixFirst,
    ImmutableList<MapCheckNote> mapChecks,
    ImmutableList<FindingNote> findings,
    int findingsLeftOut) {
  /**
   * The most findings the panel lists: a rule may return any number (a million is no harder to
   * return than ten), and the map of them all would be as large; the rest are counted.
   */
  public static final int MAX_FINDINGS = 100;

  /** Nothing to show: the map of the journey alone. */
  public static final Annotations NONE =
      new Annotations(ImmutableList.of(), 0, ImmutableList.of(), ImmutableList.of(), 0);

  /**
   * What {@code report} adds to the map, its words in {@code language}: its pain points and map
   * checks, and, if {@code withFindings}, its findings with the names of their subjects, in the
   * order the panel lists them (errors, then warnings, then notes, each as the report has them),
   * the first {@link #MAX_FINDINGS} of them kept and the rest counted.
   */
  public static Annotations of(GapReport report, boolean withFindings, Locale language) {
    ChromeText words = ChromeText.of(language);
    ImmutableList.Builder<PainPointNote> painPoints = ImmutableList.builder();
    for (PainPoint painPoint : report.painPoints()) {
      Optional<String> stageOfTouchpoint =
          painPoint.touchpoint().isPresent()
              ? painPoint.stage().map(Stage::name)
              : Optional.empty();
      painPoints.add(
          new PainPointNote(
              painPoint.rank(),
              painPoint.priority(),
              painPoint.subjectId(),
              painPoint.subjectId().isEmpty() ? words.wholeJourney() : painPoint.name(),
              stageOfTouchpoint,
              painPoint.summary(language)));
    }
    ImmutableList.Builder<MapCheckNote> mapChecks = ImmutableList.builder();
    for (MapCheck check : report.mapChecks()) {
      mapChecks.add(new MapCheckNote(check.priority(), check.message(language)));
    }
    ImmutableList.Builder<FindingNote> findings = ImmutableList.builder();
    int kept = 0;
    int leftOut = 0;
    if (withFindings) {
      for (FindingSeverity severity : FindingSeverity.values()) {
        for (Finding finding : report.findings()) {
          if (finding.severity() != severity) {
            continue;
          }
          if (kept == MAX_FINDINGS) {
            leftOut++;
            continue;
          }
          findings.add(
              new FindingNote(
                  finding.severity(), words.subject(report, finding), finding.message(language)));
          kept++;
        }
      }
    }
    return new Annotations(
        painPoints.build(), report.fixFirst().size(), mapChecks.build(), findings.build(), leftOut);
  }

  /** Pain points, the first {@code fixFirst} of them to fix first, and map checks and findings. */
  public static Annotations of(
      List<PainPointNote> painPoints,
      int fixFirst,
      List<MapCheckNote> mapChecks,
      List<FindingNote> findings) {
    return new Annotations(
        ImmutableList.copyOf(painPoints),
        fixFirst,
        ImmutableList.copyOf(mapChecks),
        ImmutableList.copyOf(findings),
        0);
  }

  /**
   * As a record's, but naming {@code findingsLeftOut} only when some were: the map's id is made
   * from this text, so a map that leaves no finding out keeps the id it had before they were
   * counted.
   */
  @Override
  public String toString() {
    return "Annotations[painPoints="
        + painPoints
        + ", fixFirst="
        + fixFirst
        + ", mapChecks="
        + mapChecks
        + ", findings="
        + findings
        + (findingsLeftOut == 0 ? "" : ", findingsLeftOut=" + findingsLeftOut)
        + "]";
  }

  /** True if there is nothing to mark or list: the map is that of the journey alone. */
  public boolean isEmpty() {
    return painPoints.isEmpty() && mapChecks.isEmpty() && findings.isEmpty();
  }
}
