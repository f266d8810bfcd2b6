package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.internal.Markup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final JourneyPaths paths;
  private final ImmutableList<Finding> findings;
  private final ImmutableMap<FindingSeverity, Integer> countsBySeverity;
  private final ImmutableMap<String, Integer> countsByRule;
  private final ImmutableList<StageEmotion> emotionSummary;
  private final ImmutableList<RankedOpportunity> rankedOpportunities;

  /**
   * A report of these findings, in report order, with their counts by severity; {@code
   * countsByRule[i]} is rule i's count.
   */
  GapReport(
      Journey journey,
      JourneyPaths paths,
      ImmutableList<Finding> findings,
      ImmutableMap<FindingSeverity, Integer> countsBySeverity,
      List<GapRule> rules,
      int[] countsByRule) {
    this.journey = journey;
    this.paths = paths;
    this.findings = findings;
    this.countsBySeverity = countsBySeverity;
    ImmutableMap.Builder<String, Integer> byRule =
        ImmutableMap.builderWithExpectedSize(rules.size());
    for (int r = 0; r < rules.size(); r++) {
      byRule.put(rules.get(r).id(), countsByRule[r]);
    }
    this.countsByRule = byRule.buildOrThrow();
    List<Stage> stages = journey.stages();
    ImmutableList.Builder<StageEmotion> summary =
        ImmutableList.builderWithExpectedSize(stages.size());
    for (int i = 0; i < stages.size(); i++) {
      summary.add(StageEmotion.of(stages.get(i)));
    }
    this.emotionSummary = summary.build();
    this.rankedOpportunities = rank(journey);
  }

  /**
   * Ranks every opportunity. The barriers each addresses are looked up by id, so ranking costs O(b
   * + a log a) for b barriers and a references, not a scan of the barriers per opportunity.
   */
  private static ImmutableList<RankedOpportunity> rank(Journey journey) {
    List<Opportunity> all = journey.allOpportunities();
    List<Barrier> allBarriers = journey.allBarriers();
    Map<String, Integer> barrierIndex = Maps.newHashMapWithExpectedSize(allBarriers.size());
    for (int i = 0; i < allBarriers.size(); i++) {
      barrierIndex.put(allBarriers.get(i).id(), i);
    }
    int count = all.size();
    List<ImmutableList<Barrier>> barriers = new ArrayList<>(count);
    double[] scores = new double[count];
    boolean[] quickWins = new boolean[count];
    for (int i = 0; i < count; i++) {
      Opportunity opportunity = all.get(i);
      ImmutableList<Barrier> addressed = addressed(opportunity, allBarriers, barrierIndex);
      barriers.add(addressed);
      scores[i] = RankedOpportunity.scoreOf(opportunity, addressed);
      quickWins[i] = opportunity.isQuickWin();
    }
    long[] order = rankingKeys(scores, quickWins);
    ImmutableList.Builder<RankedOpportunity> ranked = ImmutableList.builderWithExpectedSize(count);
    for (int rank = 0; rank < count; rank++) {
      int i = (int) (order[rank] & Integer.MAX_VALUE);
      ranked.add(new RankedOpportunity(rank + 1, all.get(i), barriers.get(i)));
    }
    return ranked.build();
  }

  /**
   * The ranking as sorted keys, one per opportunity, its index in the low 31 bits: quick wins
   * first, then by score, highest first; ties keep journey order. Each key packs the three (quick
   * win or not, the score's place among the distinct scores, the index), so two sorts of primitives
   * order them, with no comparator and no boxing.
   */
  private static long[] rankingKeys(double[] scores, boolean[] quickWins) {
    double[] distinct = scores.clone();
    Arrays.sort(distinct);
    int distinctCount = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (distinctCount == 0 || Double.compare(distinct[distinctCount - 1], distinct[i]) != 0) {
        distinct[distinctCount++] = distinct[i];
      }
    }
    long[] keys = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int higherScores =
          distinctCount - 1 - Arrays.binarySearch(distinct, 0, distinctCount, scores[i]);
      keys[i] = (quickWins[i] ? 0L : 1L) << 62 | (long) higherScores << 31 | i;
    }
    Arrays.sort(keys);
    return keys;
  }

  /** The barriers of the journey the opportunity addresses, in journey order. */
  private static ImmutableList<Barrier> addressed(
      Opportunity opportunity, List<Barrier> allBarriers, Map<String, Integer> barrierIndex) {
    int[] found = new int[opportunity.addresses().size()];
    int count = 0;
    for (String id : opportunity.addresses()) {
      Integer index = barrierIndex.get(id);
      if (index != null) {
        found[count++] = index;
      }
    }
    Arrays.sort(found, 0, count);
    ImmutableList.Builder<Barrier> addressed = ImmutableList.builderWithExpectedSize(count);
    for (int k = 0; k < count; k++) {
      addressed.add(allBarriers.get(found[k]));
    }
    return addressed.build();
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
    List<Stage> stages = journey.stages();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stageId)) {
        int index = i;
        return filter(
            finding -> JourneyPaths.stageIndex(finding.path()).equals(Optional.of(index)));
      }
    }
    return ImmutableList.of();
  }

  /**
   * The findings about the touchpoint with this id or its barriers and opportunities, in report
   * order; empty for an unknown id.
   */
  public ImmutableList<Finding> findingsForTouchpoint(String touchpointId) {
    checkNotNull(touchpointId, "touchpoint id is null");
    String path = paths.pathOf(touchpointId);
    if (path == null || !path.contains(".touchpoints[")) {
      return ImmutableList.of();
    }
    Optional<String> prefix = Optional.of(path);
    return filter(finding -> JourneyPaths.touchpointPrefix(finding.path()).equals(prefix));
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
