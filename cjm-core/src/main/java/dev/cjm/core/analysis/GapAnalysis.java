package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.observed.ObservedSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A configured set of {@link GapRule}s that analyses journeys: which rules run, at what severity,
 * with which thresholds. Start from {@link #standard()} and adjust; every method returns a new
 * analysis, so a configured analysis is immutable, thread-safe and reusable.
 *
 * <pre>{@code
 * GapAnalysis analysis = GapAnalysis.standard()
 *     .without("touchpoint.no-owner")
 *     .severity("persona.no-goals", FindingSeverity.INFO)
 *     .threshold("emotion.expectation-gap", 1.5)
 *     .with(new MyRule());
 * GapReport report = analysis.analyze(journey);
 * }</pre>
 *
 * <p>With the summary of what customers actually went through ({@link #analyze(Journey,
 * ObservedSummary)}), the standard observed rules ({@code observed.long-waits}, {@code
 * observed.failures}, {@code observed.drop-off}, {@code observed.emotion-below-plan}) judge each
 * planned touchpoint by the cases observed there, and their findings join its pain point; without
 * it they do not run.
 *
 * <p>Configuration that makes no sense (an unknown rule id, a negative or NaN threshold, a second
 * rule with an id already used) is rejected at once with a message saying what would be right.
 * Analysing a valid journey with the standard rules never throws.
 */
public final class GapAnalysis {
  private final ImmutableList<GapRule> rules;
  private final ImmutableMap<String, FindingSeverity> severities;
  private final ImmutableMap<String, Double> thresholds;
  private final ImmutableMap<PriorityFactor, Double> weights;

  /**
   * The fewest observed cases on which the standard observed rules judge a touchpoint: cases
   * reaching it ({@code observed.failures}, {@code observed.drop-off}), waits after it ({@code
   * observed.long-waits}) or emotion scores recorded there ({@code observed.emotion-below-plan}).
   * Below it a share says little (one failure in ten cases is 10%), so a handful of cases never
   * makes a finding.
   */
  public static final int OBSERVED_MINIMUM = 30;

  /** The largest weight a priority factor may have. */
  static final double MAX_WEIGHT = 100;

  private GapAnalysis(
      ImmutableList<GapRule> rules,
      ImmutableMap<String, FindingSeverity> severities,
      ImmutableMap<String, Double> thresholds,
      ImmutableMap<PriorityFactor, Double> weights) {
    this.rules = rules;
    this.severities = severities;
    this.thresholds = thresholds;
    this.weights = weights;
  }

  /** The standard rules, in the order of the table in the cjm-core README. */
  public static GapAnalysis standard() {
    return new GapAnalysis(
        standardRules(), ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
  }

  /** An analysis with no rules; add them with {@link #with(GapRule)}. */
  public static GapAnalysis none() {
    return new GapAnalysis(
        ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
  }

  static ImmutableList<GapRule> standardRules() {
    return ImmutableList.of(
        new ExpectationGapRule(),
        new LowPointRule(),
        new SharpDropRule(),
        new UnexplainedNegativeRule(),
        new EmotionNotRecordedRule(),
        new UnaddressedBarrierRule(),
        new WidespreadBarrierRule(),
        new UnlinkedOpportunityRule(),
        new EmptyStageRule(),
        new MissingPhaseRule(),
        new OutOfOrderRule(),
        new BrokenHandoverRule(),
        new SingleChannelStageRule(),
        new NoOwnerRule(),
        new OffTargetMetricRule(),
        new PersonaNoGoalsRule(),
        new LongWaitsRule(),
        new FailuresRule(),
        new DropOffRule(),
        new EmotionBelowPlanRule());
  }

  /**
   * This analysis with one more rule, run after the others.
   *
   * @throws IllegalArgumentException if the rule's id is blank or already used, or its threshold's
   *     default is outside its range
   */
  public GapAnalysis with(GapRule rule) {
    checkNotNull(rule, "rule is null");
    String id = rule.id();
    checkNotNull(id, "rule %s has a null id", rule.getClass().getName());
    checkArgument(!Texts.isBlank(id), "rule %s has a blank id", rule.getClass().getName());
    checkArgument(
        find(id).isEmpty(),
        "a rule with id %s is already in the analysis; use without(%s) first to replace it",
        Texts.quote(id),
        Texts.quote(id));
    checkNotNull(rule.defaultSeverity(), "rule %s has a null default severity", id);
    checkNotNull(rule.kind(), "rule %s has a null kind; return FindingKind.EXPERIENCE or MAP", id);
    checkNotNull(rule.threshold(), "rule %s returns a null threshold; use Optional.empty()", id);
    return new GapAnalysis(
        ImmutableList.<GapRule>builder().addAll(rules).add(rule).build(),
        severities,
        thresholds,
        weights);
  }

  /**
   * This analysis without the rule with this id.
   *
   * @throws IllegalArgumentException if no rule has the id (the message lists the known ones)
   */
  public GapAnalysis without(String ruleId) {
    GapRule rule = require(ruleId);
    return new GapAnalysis(
        rules.stream().filter(r -> r != rule).collect(ImmutableList.toImmutableList()),
        without(severities, ruleId),
        without(thresholds, ruleId),
        weights);
  }

  /**
   * This analysis with every finding of the rule at the given severity, whatever the rule would
   * choose.
   */
  public GapAnalysis severity(String ruleId, FindingSeverity severity) {
    require(ruleId);
    checkNotNull(severity, "severity for %s is null", ruleId);
    return new GapAnalysis(rules, with(severities, ruleId, severity), thresholds, weights);
  }

  /**
   * This analysis with the rule's threshold set to {@code value}.
   *
   * @throws IllegalArgumentException if no rule has the id, the rule has no threshold, or the value
   *     is outside the threshold's range (negative, NaN, infinite, too large); the message gives
   *     the range and the default
   */
  public GapAnalysis threshold(String ruleId, double value) {
    GapRule rule = require(ruleId);
    Optional<Threshold> threshold = rule.threshold();
    checkArgument(
        threshold.isPresent(),
        "rule %s has no threshold; rules with one: %s",
        ruleId,
        rules.stream()
            .filter(r -> r.threshold().isPresent())
            .map(GapRule::id)
            .collect(ImmutableList.toImmutableList()));
    threshold.get().check(ruleId, value);
    return new GapAnalysis(rules, severities, with(thresholds, ruleId, value), weights);
  }

  /**
   * This analysis with the weight of one kind of evidence in a pain point's score set to {@code
   * weight} (each weighs 1 by default; 0 ignores it); see {@link PainPoint#score()}.
   *
   * @throws IllegalArgumentException if the weight is negative, NaN, infinite or above 100
   */
  public GapAnalysis priorityWeight(PriorityFactor factor, double weight) {
    checkNotNull(factor, "priority factor is null");
    checkArgument(
        Double.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT,
        "weight of priority factor %s is %s: expected a finite number from 0 to %s (default 1)",
        factor,
        weight,
        (int) MAX_WEIGHT);
    return new GapAnalysis(rules, severities, thresholds, with(weights, factor, weight));
  }

  /** The weight of one kind of evidence in a pain point's score: the one set, else 1. */
  public double priorityWeight(PriorityFactor factor) {
    checkNotNull(factor, "priority factor is null");
    return weights.getOrDefault(factor, 1.0);
  }

  /** The rules that run, in order. */
  public ImmutableList<GapRule> rules() {
    return rules;
  }

  /** The severity the rule's findings get if overridden, else empty (the rule decides). */
  public Optional<FindingSeverity> severityOverride(String ruleId) {
    require(ruleId);
    return Optional.ofNullable(severities.get(ruleId));
  }

  /** The threshold the rule runs with: the one set, else its default; empty if it has none. */
  public OptionalDouble thresholdOf(String ruleId) {
    return thresholdOf(require(ruleId));
  }

  private OptionalDouble thresholdOf(GapRule rule) {
    Double set = thresholds.get(rule.id());
    if (set != null) {
      return OptionalDouble.of(set);
    }
    return rule.threshold()
        .map(t -> OptionalDouble.of(t.defaultValue()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Runs every rule over the journey and collects the findings into a report, ordered by severity
   * (errors first), then by the journey position of their paths ({@link JourneyOrder}), then by
   * rule. The standard observed rules, which need observed data, do not run (see {@link
   * #analyze(Journey, ObservedSummary)}).
   *
   * <p>The analysis checks between rules whether the thread was interrupted, and if so stops with a
   * {@link CancellationException}, leaving the thread's interrupt status set.
   *
   * @throws IllegalStateException if a custom rule throws (a checked exception thrown sneakily
   *     too), naming the rule, or returns a finding of another rule
   * @throws CancellationException if the thread was interrupted during the analysis
   */
  public GapReport analyze(Journey journey) {
    checkNotNull(journey, "journey is null");
    return analyze(journey, Optional.empty());
  }

  /**
   * Runs every rule over the journey, a plan, with the summary of the cases observed against it
   * ({@link dev.cjm.core.observed.JourneyMonitor#summary()}): as {@link #analyze(Journey)}, and the
   * standard observed rules find where the cases failed, dropped off, waited far longer than usual
   * or felt worse than planned, once at least {@link #OBSERVED_MINIMUM} cases back a figure. Their
   * findings are evidence of the experience at the touchpoint: they join its pain point, weighed by
   * {@link PriorityFactor#OBSERVED}. Every rule can read the summary ({@link
   * RuleContext#observed()}).
   *
   * @throws IllegalArgumentException if the summary is not of this plan: its touchpoint ids are not
   *     the plan's, in order (the message names the first that differs)
   * @throws IllegalStateException as {@link #analyze(Journey)}
   * @throws CancellationException as {@link #analyze(Journey)}
   */
  public GapReport analyze(Journey journey, ObservedSummary observed) {
    checkNotNull(journey, "journey is null");
    checkNotNull(observed, "observed summary is null");
    checkSamePlan(journey, observed);
    return analyze(journey, Optional.of(observed));
  }

  /** Throws unless the summary's touchpoint ids are the plan's, in order. */
  private static void checkSamePlan(Journey journey, ObservedSummary observed) {
    List<String> planned = journey.allTouchpoints().stream().map(Touchpoint::id).toList();
    List<String> summarised =
        observed.touchpoints().stream().map(ObservedSummary.TouchpointStats::id).toList();
    if (planned.equals(summarised)) {
      return;
    }
    String where = "the summary of " + Texts.quote(observed.title());
    String plan = "the plan " + Texts.quote(journey.title());
    for (int i = 0; i < Math.min(planned.size(), summarised.size()); i++) {
      if (!planned.get(i).equals(summarised.get(i))) {
        throw new IllegalArgumentException(
            where
                + " is not of "
                + plan
                + ": its touchpoint "
                + (i + 1)
                + " is "
                + Texts.quote(summarised.get(i))
                + " where the plan has "
                + Texts.quote(planned.get(i))
                + "; summarise the cases with JourneyMonitor.of(plan)");
      }
    }
    throw new IllegalArgumentException(
        where
            + " is not of "
            + plan
            + ": it has "
            + summarised.size()
            + " touchpoints where the plan has "
            + planned.size()
            + (planned.size() > summarised.size()
                ? " (the summary lacks " + Texts.quote(planned.get(summarised.size())) + ")"
                : " (the plan lacks " + Texts.quote(summarised.get(planned.size())) + ")")
            + "; summarise the cases with JourneyMonitor.of(plan)");
  }

  private GapReport analyze(Journey journey, Optional<ObservedSummary> observed) {
    JourneyOrder order = JourneyOrder.of(journey);
    List<Finding> findings = new ArrayList<>();
    ImmutableMap.Builder<String, Integer> countsByRule = ImmutableMap.builder();
    // Names recur in the findings of many rules: each is quoted once per analysis. Concurrent, so
    // that a user's rule may quote from a parallel stream.
    Map<String, String> quotes = new ConcurrentHashMap<>();
    Supplier<EmotionCurve> emotionCurve = Suppliers.memoize(() -> EmotionCurve.of(journey));
    for (GapRule rule : rules) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException(
            "the analysis of journey "
                + Texts.quote(journey.title())
                + " was interrupted before rule "
                + rule.id());
      }
      if (rule instanceof ObservedRule && observed.isEmpty()) {
        continue; // nothing to judge: it does not run, and the report does not count it
      }
      RuleContext context =
          new RuleContext(rule, thresholdOf(rule), journey, order, emotionCurve, quotes, observed);
      List<Finding> found;
      try {
        found = rule.check(journey, context);
      } catch (Exception e) { // also a checked exception a rule throws sneakily
        throw new IllegalStateException(
            "gap rule " + rule.id() + " failed on journey " + Texts.quote(journey.title()), e);
      }
      if (found == null) {
        throw new IllegalStateException("gap rule " + rule.id() + " returned null, not a list");
      }
      FindingSeverity override = severities.get(rule.id());
      for (Finding finding : found) {
        if (finding == null || !finding.ruleId().equals(rule.id())) {
          throw new IllegalStateException(
              "gap rule "
                  + rule.id()
                  + " returned "
                  + (finding == null ? "a null finding" : "a finding of rule " + finding.ruleId())
                  + "; build findings with the RuleContext it is given");
        }
        findings.add(override == null ? finding : finding.withSeverity(override));
      }
      countsByRule.put(rule.id(), found.size());
    }
    return new GapReport(
        journey, order, findings, countsByRule.buildOrThrow(), this::priorityWeight, observed);
  }

  private Optional<GapRule> find(String ruleId) {
    return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
  }

  private GapRule require(String ruleId) {
    checkNotNull(ruleId, "rule id is null");
    Optional<GapRule> rule = find(ruleId);
    if (rule.isEmpty()) {
      List<String> ids = rules.stream().map(GapRule::id).toList();
      String hint =
          Texts.closest(ruleId, ids).map(c -> "did you mean " + Texts.quote(c) + "? ").orElse("");
      throw new IllegalArgumentException(
          "no rule with id "
              + Texts.quote(ruleId)
              + " in this analysis; "
              + hint
              + "rules: "
              + ids);
    }
    return rule.get();
  }

  private static <K, V> ImmutableMap<K, V> with(ImmutableMap<K, V> map, K key, V value) {
    Map<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return ImmutableMap.copyOf(copy);
  }

  private static <V> ImmutableMap<String, V> without(ImmutableMap<String, V> map, String key) {
    Map<String, V> copy = new LinkedHashMap<>(map);
    copy.remove(key);
    return ImmutableMap.copyOf(copy);
  }
}
