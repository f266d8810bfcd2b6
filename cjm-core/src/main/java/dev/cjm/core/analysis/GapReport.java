package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.internal.Markup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a {@link GapAnalysis} found in one journey: the findings in a fixed order (errors first,
 * then warnings, then information; within a severity in journey order), their counts by severity
 * and by rule, the findings of each stage and touchpoint, the emotion summary of each stage, and
 * the opportunities ranked by value against effort. {@link #toMarkdown()} and {@link #toText()}
 * render it for pull requests and CI logs.
 *
 * <p>The same journey and analysis always give the same report, byte for byte.
 */
public final class GapReport {
  private final Journey journey;
  private final JourneyOrder order;
  private final ImmutableList<Finding> findings;
  private final ImmutableMap<FindingSeverity, Integer> countsBySeverity;
  private final ImmutableMap<String, Integer> countsByRule;
  private final ImmutableList<StageEmotion> emotionSummary;
  private final ImmutableList<RankedOpportunity> rankedOpportunities;

  /**
   * A report of the findings of the rules, given in the order the rules ran, with how many each
   * rule found.
   */
  GapReport(
      Journey journey,
      JourneyOrder order,
      List<Finding> findings,
      ImmutableMap<String, Integer> countsByRule) {
    this.journey = journey;
    this.order = order;
    this.findings = inReportOrder(findings, order);
    this.countsBySeverity = countBySeverity(findings);
    this.countsByRule = countsByRule;
    this.emotionSummary =
        journey.stages().stream().map(StageEmotion::of).collect(ImmutableList.toImmutableList());
    this.rankedOpportunities = rank(journey);
  }

  /**
   * The findings in report order: by severity, errors first, then by the journey position of their
   * paths. The sort is stable, so findings at the same place keep the order of their rules, and
   * each rule's its own.
   */
  private static ImmutableList<Finding> inReportOrder(List<Finding> findings, JourneyOrder order) {
    List<Placed> placed = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      placed.add(new Placed(finding, order.positionOf(finding.path())));
    }
    placed.sort(Comparator.comparing(Placed::severity).thenComparingInt(Placed::position));
    return placed.stream().map(Placed::finding).collect(ImmutableList.toImmutableList());
  }

  /** A finding with the journey position of its path, looked up once for the sort. */
  private record Placed(Finding finding, int position) {
    FindingSeverity severity() {
      return finding.severity();
    }
  }

  private static ImmutableMap<FindingSeverity, Integer> countBySeverity(List<Finding> findings) {
    ImmutableMap.Builder<FindingSeverity, Integer> counts = ImmutableMap.builder();
    for (FindingSeverity severity : FindingSeverity.values()) {
      counts.put(severity, (int) findings.stream().filter(f -> f.severity() == severity).count());
    }
    return counts.buildOrThrow();
  }

  /**
   * Every opportunity with the barriers it addresses, best first: quick wins, then the higher
   * score; the sort is stable, so ties keep journey order.
   */
  private static ImmutableList<RankedOpportunity> rank(Journey journey) {
    Map<String, Integer> barrierIndexes = new HashMap<>();
    List<Barrier> barriers = journey.allBarriers();
    for (int i = 0; i < barriers.size(); i++) {
      barrierIndexes.put(barriers.get(i).id(), i);
    }
    List<Scored> scored = new ArrayList<>();
    for (Opportunity opportunity : journey.allOpportunities()) {
      // The barriers it addresses, in journey order.
      ImmutableList<Barrier> addressed =
          opportunity.addresses().stream()
              .map(barrierIndexes::get)
              .filter(Objects::nonNull)
              .sorted()
              .map(barriers::get)
              .collect(ImmutableList.toImmutableList());
      double value = RankedOpportunity.valueOf(opportunity, addressed);
      scored.add(new Scored(opportunity, addressed, RankedOpportunity.scoreOf(opportunity, value)));
    }
    scored.sort(
        Comparator.comparing(Scored::isQuickWin, Comparator.reverseOrder()) // true first
            .thenComparing(Scored::score, Comparator.reverseOrder()));
    ImmutableList.Builder<RankedOpportunity> ranked = ImmutableList.builder();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(
          new RankedOpportunity(i + 1, scored.get(i).opportunity(), scored.get(i).addressed()));
    }
    return ranked.build();
  }

  /** An opportunity with the barriers it addresses and its score. */
  private record Scored(Opportunity opportunity, ImmutableList<Barrier> addressed, double score) {
    boolean isQuickWin() {
      return opportunity.isQuickWin();
    }
  }

  /** The journey analysed. */
  public Journey journey() {
    return journey;
  }

  /** Every finding: errors first, then warnings, then information; each in journey order. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings of one severity, in report order. */
  public ImmutableList<Finding> findings(FindingSeverity severity) {
    checkNotNull(severity, "severity is null");
    return filter(finding -> finding.severity() == severity);
  }

  /** The findings of the rule with this id, in report order. */
  public ImmutableList<Finding> findingsOf(String ruleId) {
    checkNotNull(ruleId, "rule id is null");
    return filter(finding -> finding.ruleId().equals(ruleId));
  }

  /** True if any finding is an error; a CI build may fail on it. */
  public boolean hasErrors() {
    return countsBySeverity.getOrDefault(FindingSeverity.ERROR, 0) > 0;
  }

  /** How many findings of each severity, every severity present, errors first. */
  public ImmutableMap<FindingSeverity, Integer> countsBySeverity() {
    return countsBySeverity;
  }

  /** How many findings each rule that ran produced, zero included, in the analysis's rule order. */
  public ImmutableMap<String, Integer> countsByRule() {
    return countsByRule;
  }

  /**
   * The findings about the stage with this id or anything in it (its touchpoints, barriers,
   * opportunities and metrics), in report order; empty for an unknown id.
   */
  public ImmutableList<Finding> findingsForStage(String stageId) {
    checkNotNull(stageId, "stage id is null");
    return journey.stage(stageId).isPresent() ? findingsWithin(stageId) : ImmutableList.of();
  }

  /**
   * The findings about the touchpoint with this id or its barriers and opportunities, in report
   * order; empty for an unknown id.
   */
  public ImmutableList<Finding> findingsForTouchpoint(String touchpointId) {
    checkNotNull(touchpointId, "touchpoint id is null");
    return journey.touchpoint(touchpointId).isPresent()
        ? findingsWithin(touchpointId)
        : ImmutableList.of();
  }

  /** The findings about the element with this id or anything inside it. */
  private ImmutableList<Finding> findingsWithin(String elementId) {
    String path = order.pathOf(elementId).orElseThrow();
    return filter(finding -> finding.path().equals(path) || finding.path().startsWith(path + "."));
  }

  /** The findings about the journey as a whole (the empty path). */
  public ImmutableList<Finding> journeyFindings() {
    return filter(finding -> finding.path().isEmpty());
  }

  /** The mean experienced and expected emotion of each stage, in journey order. */
  public ImmutableList<StageEmotion> emotionSummary() {
    return emotionSummary;
  }

  /**
   * Every opportunity of the journey, best first: quick wins, then by value against effort, where
   * value weighs the impact by the severity of the barriers addressed; see {@link
   * RankedOpportunity}.
   */
  public ImmutableList<RankedOpportunity> rankedOpportunities() {
    return rankedOpportunities;
  }

  private ImmutableList<Finding> filter(java.util.function.Predicate<Finding> test) {
    return findings.stream().filter(test).collect(ImmutableList.toImmutableList());
  }

  /** "3 findings: 1 error, 1 warning, 1 info" or "no findings". */
  String summary() {
    if (findings.isEmpty()) {
      return "no findings";
    }
    return Markup.count(findings.size(), "finding", "findings")
        + ": "
        + Markup.count(count(FindingSeverity.ERROR), "error", "errors")
        + ", "
        + Markup.count(count(FindingSeverity.WARNING), "warning", "warnings")
        + ", "
        + count(FindingSeverity.INFO)
        + " info";
  }

  private int count(FindingSeverity severity) {
    return countsBySeverity.getOrDefault(severity, 0);
  }

  /** The report as GitHub-flavoured Markdown, for a pull request or a wiki. */
  public String toMarkdown() {
    return ReportMarkdown.render(this);
  }

  /** The report as plain text, one finding per block, for CI logs. */
  public String toText() {
    return ReportText.render(this);
  }

  static String barrierList(List<Barrier> barriers) {
    return barriers.stream()
        .map(b -> b.id() + " (" + b.severity().label() + ")")
        .collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "GapReport of " + journey.title() + ": " + summary();
  }
}
