package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Stage;
import dev.cjm.core.analysis.Finding;
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
 * renderer is asked for it, every finding, listed last.
 */
public record Annotations(
    ImmutableList<PainPointNote> painPoints,
    int fixFirst,
    ImmutableList<MapCheckNote> mapChecks,
    ImmutableList<FindingNote> findings) {
  /** Nothing to show: the map of the journey alone. */
  public static final Annotations NONE =
      new Annotations(ImmutableList.of(), 0, ImmutableList.of(), ImmutableList.of());

  /**
   * What {@code report} adds to the map, its words in {@code language}: its pain points and map
   * checks, and, if {@code withFindings}, every finding with the name of its subject.
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
    if (withFindings) {
      for (Finding finding : report.findings()) {
        findings.add(
            new FindingNote(
                finding.severity(), words.subject(report, finding), finding.message(language)));
      }
    }
    return new Annotations(
        painPoints.build(), report.fixFirst().size(), mapChecks.build(), findings.build());
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
        ImmutableList.copyOf(findings));
  }

  /** True if there is nothing to mark or list: the map is that of the journey alone. */
  public boolean isEmpty() {
    return painPoints.isEmpty() && mapChecks.isEmpty() && findings.isEmpty();
  }
}
