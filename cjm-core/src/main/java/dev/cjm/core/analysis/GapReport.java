package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;
import dev.cjm.core.observed.ObservedSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What a {@link GapAnalysis} found in one journey, for the people who decide what to fix: the
 * {@linkplain #painPoints() pain points}, worst first, each with its findings, barriers,
 * opportunities and metrics and a priority; the {@linkplain #mapChecks() map checks}, what the map
 * itself lacks; the metrics off target; the emotion summary of each stage; and the opportunities
 * ranked by what they relieve against their effort. For code, every finding in a fixed order
 * (errors first, then warnings, then information; within a severity in journey order) with counts
 * by severity and by rule. {@link #toMarkdown()} and {@link #toText()} open with what to fix first,
 * for pull requests, wikis and CI logs.
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
  private final ImmutableList<PainPoint> painPoints;
  private final ImmutableList<MapCheck> mapChecks;
  private final ImmutableList<Finding> metricsOffTarget;
  // The report's own finding objects: equal findings of a rule that repeats one are still two.
  private final IdentityHashMap<Finding, PainPoint> painPointsByFinding = new IdentityHashMap<>();
  private final Places places;
  private final Optional<ObservedSummary> observed;

  /**
   * A report of the findings of the rules, given in the order the rules ran, with how many each
   * rule found; {@code weights} gives the weight of each kind of evidence in a pain point's score;
   * {@code observed} is the summary of the cases observed against the journey, if analysed with
   * one.
   */
  GapReport(
      Journey journey,
      JourneyOrder order,
      List<Finding> findings,
      ImmutableMap<String, Integer> countsByRule,
      ToDoubleFunction<PriorityFactor> weights,
      Optional<ObservedSummary> observed) {
    this.journey = journey;
    this.observed = observed;
    this.order = order;
    this.findings = inReportOrder(findings, order);
    this.countsBySeverity = countBySeverity(findings);
    this.countsByRule = countsByRule;
    this.emotionSummary =
        journey.stages().stream().map(StageEmotion::of).collect(ImmutableList.toImmutableList());
    this.places = Places.of(journey, order);
    ImmutableList<PainPoint> unranked =
        PainPoints.of(this.findings, places, weights, journey, observed);
    this.rankedOpportunities = rank(journey, unranked);
    this.painPoints = PainPoints.withOpportunities(unranked, rankedOpportunities);
    for (PainPoint painPoint : painPoints) {
      painPoint.findings().forEach(finding -> painPointsByFinding.put(finding, painPoint));
    }
    this.mapChecks = MapCheck.of(this.findings, places);
    this.metricsOffTarget =
        this.findings.stream()
            .filter(f -> f.kind() == FindingKind.EXPERIENCE && places.isAboutAMetric(f))
            .collect(ImmutableList.toImmutableList());
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
   * Every opportunity with the barriers it addresses, best first: the higher score, then the pain
   * point it relieves (the better ranked first; none last); the sort is stable, so ties keep
   * journey order.
   */
  private static ImmutableList<RankedOpportunity> rank(
      Journey journey, List<PainPoint> painPoints) {
    Map<String, Integer> barrierIndexes = new HashMap<>();
    List<Barrier> barriers = journey.allBarriers();
    for (int i = 0; i < barriers.size(); i++) {
      barrierIndexes.put(barriers.get(i).id(), i);
    }
    // The rank of the pain point each barrier belongs to.
    Map<String, Integer> painPointRanks = new HashMap<>();
    for (PainPoint painPoint : painPoints) {
      painPoint.barriers().forEach(b -> painPointRanks.putIfAbsent(b.id(), painPoint.rank()));
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
      int relieves =
          addressed.stream()
              .mapToInt(b -> painPointRanks.getOrDefault(b.id(), Integer.MAX_VALUE))
              .min()
              .orElse(Integer.MAX_VALUE);
      double value = RankedOpportunity.valueOf(opportunity, addressed);
      scored.add(
          new Scored(
              opportunity, addressed, RankedOpportunity.scoreOf(opportunity, value), relieves));
    }
    scored.sort(
        Comparator.comparing(Scored::score, Comparator.reverseOrder())
            .thenComparingInt(Scored::painPointRank));
    ImmutableList.Builder<RankedOpportunity> ranked = ImmutableList.builder();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(
          new RankedOpportunity(i + 1, scored.get(i).opportunity(), scored.get(i).addressed()));
    }
    return ranked.build();
  }

  /**
   * An opportunity with the barriers it addresses, its score and the best pain point it relieves.
   */
  private record Scored(
      Opportunity opportunity, ImmutableList<Barrier> addressed, double score, int painPointRank) {}

  /** The journey analysed. */
  public Journey journey() {
    return journey;
  }

  /**
   * The summary of the cases observed against the journey, if it was analysed with one ({@link
   * GapAnalysis#analyze(Journey, ObservedSummary)}).
   */
  public Optional<ObservedSummary> observed() {
    return observed;
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

  /**
   * How many findings each rule that ran produced, zero included, in the analysis's rule order. The
   * standard observed rules run only when the journey is analysed with observed data, so without it
   * they are not listed.
   */
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

  /**
   * The places where the customer's experience falls short, worst first, ties in journey order:
   * every finding about the experience ({@link FindingKind#EXPERIENCE}) gathered by its touchpoint
   * or stage, with the barriers, opportunities and metrics there and a priority; see {@link
   * PainPoint}.
   */
  public ImmutableList<PainPoint> painPoints() {
    return painPoints;
  }

  /**
   * What the map itself lacks ({@link FindingKind#MAP} findings), one entry per rule, most severe
   * first; see {@link MapCheck}.
   */
  public ImmutableList<MapCheck> mapChecks() {
    return mapChecks;
  }

  /**
   * The findings about the stages' metrics, in report order: every metric off target, whether it
   * belongs to a pain point (see {@link PainPoint#metrics()}) or, in a stage with none, stands
   * alone.
   */
  public ImmutableList<Finding> metricsOffTarget() {
    return metricsOffTarget;
  }

  /** The pain point this finding of the report belongs to, if any. */
  public Optional<PainPoint> painPointOf(Finding finding) {
    checkNotNull(finding, "finding is null");
    return Optional.ofNullable(painPointsByFinding.get(finding));
  }

  /**
   * The name people know a finding's subject by: the touchpoint's or stage's name, the barrier's or
   * opportunity's description, the metric's name; "the journey" for the journey as a whole.
   */
  public String subjectName(Finding finding) {
    checkNotNull(finding, "finding is null");
    return places.nameOf(finding);
  }

  /**
   * {@link #subjectName(Finding)} for a reader of {@code language}: the journey and the persona,
   * which have no name of their own, in its words ("the journey", "podróż").
   */
  public String subjectName(Finding finding, Locale language) {
    checkNotNull(finding, "finding is null");
    checkNotNull(language, "language is null");
    return places.nameOf(finding, Words.of(language));
  }

  /** The mean experienced and expected emotion of each stage, in journey order. */
  public ImmutableList<StageEmotion> emotionSummary() {
    return emotionSummary;
  }

  /**
   * Every opportunity of the journey, best first: by value against effort, where value weighs the
   * impact by the severity and share of customers of the barriers addressed, ties by the pain point
   * relieved; see {@link RankedOpportunity}.
   */
  public ImmutableList<RankedOpportunity> rankedOpportunities() {
    return rankedOpportunities;
  }

  private ImmutableList<Finding> filter(java.util.function.Predicate<Finding> test) {
    return findings.stream().filter(test).collect(ImmutableList.toImmutableList());
  }

  /** How many pain points the "fix first" list shows at most. */
  static final int FIX_FIRST = 5;

  /** The pain points to fix first: the worst five, or fewer. */
  public ImmutableList<PainPoint> fixFirst() {
    return painPoints.subList(0, Math.min(FIX_FIRST, painPoints.size()));
  }

  /**
   * The report in one line, in English: {@code "3 pain points (1 critical, 2 high), 2 map checks,
   * from 9 findings"}, or {@code "no findings"}.
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * The report in one line in {@code language} (English for a language cjm has no words for): in
   * Polish {@code "3 punkty bólu (krytyczny: 1, wysoki: 2), 2 uwagi do mapy, na podstawie: 9
   * znalezisk"}. The finding messages stay English.
   */
  public String summary(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    if (findings.isEmpty()) {
      return words.get("summary.noFindings");
    }
    StringBuilder summary = new StringBuilder();
    summary.append(
        painPoints.isEmpty()
            ? words.get("summary.noPainPoints")
            : words.count("painPoints", painPoints.size()));
    List<String> byPriority = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      long count = painPoints.stream().filter(p -> p.priority() == priority).count();
      if (count > 0) {
        byPriority.add(
            words.get(
                "summary.byPriority", Figures.count(language, count), label(words, priority)));
      }
    }
    if (!byPriority.isEmpty()) {
      summary.append(" (").append(String.join(", ", byPriority)).append(')');
    }
    return summary
        .append(", ")
        .append(
            mapChecks.isEmpty()
                ? words.get("summary.noMapChecks")
                : words.count("mapChecks", mapChecks.size()))
        .append(", ")
        .append(words.get("summary.from", words.count("findings", findings.size())))
        .toString();
  }

  /** A priority's word in the report's language: "high", "wysoki". */
  static String label(Words words, Priority priority) {
    return words.get("priority." + priority.label());
  }

  /** A level's word in the report's language, or an en dash when there is none. */
  static String label(Words words, Optional<Level> level) {
    return level.map(l -> words.get("level." + l.label())).orElse("–");
  }

  /** Where a pain point is, for people: {@code "Checkout (Purchase)"}, a stage's name alone. */
  static String where(Words words, PainPoint painPoint) {
    return painPoint.touchpoint().isPresent() && painPoint.stage().isPresent()
        ? words.get("where", painPoint.name(), painPoint.stage().get().name())
        : painPoint.name(words);
  }

  /** A barrier for people: {@code "Hidden fees" (high, 40% of customers)}. */
  static String describe(Words words, Barrier barrier) {
    return Phrase.quoted(barrier.description()).in(words.language())
        + " "
        + severityAndShare(words, barrier);
  }

  /** A barrier's severity and share of customers: {@code (high, 40% of customers)}. */
  static String severityAndShare(Words words, Barrier barrier) {
    return "("
        + words.get("severity." + barrier.severity().label())
        + (barrier.frequency().isPresent()
            ? ", "
                + words.get(
                    "ofCustomers",
                    Figures.percent(words.language(), barrier.frequency().getAsDouble()))
            : "")
        + ")";
  }

  /** A metric off target for people: {@code "Wait" 4.5 min, target 3 min (50% above it)}. */
  static String describe(Words words, Metric metric) {
    Locale language = words.language();
    String miss = Figures.percent(language, metric.relativeMiss());
    return Phrase.quoted(metric.name()).in(language)
        + " "
        + Figures.metric(language, metric.value(), metric.unit())
        + ", "
        + words.get(
            "target",
            Figures.metric(language, metric.target().orElse(metric.value()), metric.unit()))
        + " ("
        + words.get(metric.higherIsBetter() ? "belowIt" : "aboveIt", miss)
        + ")";
  }

  /**
   * The most findings the Markdown and text reports list under one pain point, and the most
   * messages of one custom rule's map check; the rest are counted ("… and 980 more findings, not
   * listed here"), so that a rule returning a million findings gives a report of readable size.
   * {@link #findings()} has them all.
   */
  static final int LISTED_FINDINGS = 20;

  /**
   * The report as GitHub-flavoured Markdown, for a pull request or a wiki, in the language of the
   * journey ({@link Journey#locale()}). Each pain point lists at most 20 findings, and how many
   * more there are ({@link #findings()} has them all).
   */
  public String toMarkdown() {
    return toMarkdown(journey.locale());
  }

  /**
   * The report as GitHub-flavoured Markdown in {@code language}: its headings, labels and numbers
   * (English for a language cjm has no words for). The finding messages stay English.
   */
  public String toMarkdown(Locale language) {
    checkNotNull(language, "language is null");
    return ReportMarkdown.render(this, Words.of(language));
  }

  /**
   * The report as plain text, one finding per block, for CI logs, in the journey's language. Each
   * pain point lists at most 20 findings, and how many more there are.
   */
  public String toText() {
    return toText(journey.locale());
  }

  /**
   * The report as plain text in {@code language}: its headings, labels and numbers (English for a
   * language cjm has no words for). The finding messages stay English.
   */
  public String toText(Locale language) {
    checkNotNull(language, "language is null");
    return ReportText.render(this, Words.of(language));
  }

  /** The findings a report lists: the first {@value #LISTED_FINDINGS}. */
  static List<Finding> listed(List<Finding> findings) {
    return findings.subList(0, Math.min(LISTED_FINDINGS, findings.size()));
  }

  /** The line that counts the findings a report leaves out, if it leaves any out. */
  static Optional<String> notListed(Words words, List<Finding> findings) {
    int left = findings.size() - LISTED_FINDINGS;
    return left > 0
        ? Optional.of(
            words.plural("findings.notListed", left, Figures.count(words.language(), left)))
        : Optional.empty();
  }

  static String barrierList(Words words, List<Barrier> barriers) {
    return barriers.stream().map(b -> describe(words, b)).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "GapReport of " + journey.title() + ": " + summary();
  }
}
