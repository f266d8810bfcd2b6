package dev.cjm.core.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Places.Place;
import dev.cjm.core.observed.ObservedSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Gathers a report's findings about the customer's experience into {@link PainPoint}s: one per
 * place (a touchpoint, a stage, the journey), scored and ranked worst first, ties in journey order.
 * The formula is described on {@link PainPoint}.
 */
final class PainPoints {
  private PainPoints() {}

  /** A place with its findings and evidence while the pain points are being gathered. */
  private static final class Draft {
    final Place place;
    final int position; // in journey order, for ties
    final List<Finding> findings = new ArrayList<>();
    final List<Barrier> barriers = new ArrayList<>();
    final List<Metric> metrics = new ArrayList<>();
    final List<Phrase> observed = new ArrayList<>(); // what the observed findings say, in order
    double observedWeight; // what they weigh together, before the cap
    double score;

    Draft(Place place, int position) {
      this.place = place;
      this.position = position;
      Touchpoint touchpoint = place.touchpoint();
      Stage stage = place.stage();
      if (touchpoint != null) {
        barriers.addAll(touchpoint.barriers());
      } else if (stage != null) {
        barriers.addAll(stage.barriers());
      }
    }
  }

  /**
   * The pain points of these findings (in report order), worst first, each still without its
   * opportunities: they are ranked knowing the pain points, then added with {@link
   * #withOpportunities}.
   */
  static ImmutableList<PainPoint> of(
      List<Finding> findings,
      Places places,
      ToDoubleFunction<PriorityFactor> weights,
      Journey journey,
      Optional<ObservedSummary> observed) {
    Map<Place, Draft> drafts = new LinkedHashMap<>();
    List<Finding> aboutMetrics = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.kind() != FindingKind.EXPERIENCE) {
        continue;
      }
      if (places.isAboutAMetric(finding)) {
        aboutMetrics.add(finding); // placed once the other pain points are known
      } else {
        drafts
            .computeIfAbsent(
                places.placeOf(finding), place -> new Draft(place, places.positionOf(place)))
            .findings
            .add(finding);
      }
    }
    observed.ifPresent(summary -> weighObservedEvidence(drafts.values(), journey, summary));
    for (Draft draft : drafts.values()) {
      draft.score = score(draft, weights);
    }
    placeMetricFindings(aboutMetrics, drafts, places);
    addBarriersOfQuietTouchpointsToTheirStage(drafts);
    for (Draft draft : drafts.values()) {
      draft.score = score(draft, weights);
    }

    List<Draft> ordered = new ArrayList<>(drafts.values());
    ordered.sort(
        Comparator.comparingDouble((Draft d) -> -d.score).thenComparingInt(d -> d.position));
    ImmutableList.Builder<PainPoint> painPoints = ImmutableList.builder();
    for (int i = 0; i < ordered.size(); i++) {
      Draft draft = ordered.get(i);
      painPoints.add(
          new PainPoint(
              i + 1,
              draft.place.stage(),
              draft.place.touchpoint(),
              draft.place.path(),
              ImmutableList.copyOf(draft.findings),
              ImmutableList.copyOf(draft.barriers),
              ImmutableList.of(),
              ImmutableList.copyOf(draft.metrics),
              ImmutableList.copyOf(draft.observed),
              draft.score));
    }
    return painPoints.build();
  }

  /**
   * Gives each place the evidence of its findings of the standard observed rules: what each weighs
   * ({@link ObservedRule#weight}) and how the summary says it ({@link ObservedRule#evidence}).
   */
  private static void weighObservedEvidence(
      Collection<Draft> drafts, Journey journey, ObservedSummary observed) {
    List<Touchpoint> plan = journey.allTouchpoints();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < plan.size(); i++) {
      positions.put(plan.get(i).id(), i);
    }
    record Judging(ObservedRule rule, int judged) {}
    Map<String, Judging> rules = new HashMap<>();
    for (ObservedRule rule : OBSERVED_RULES) {
      rules.put(rule.id(), new Judging(rule, rule.judged(plan)));
    }
    for (Draft draft : drafts) {
      for (Finding finding : draft.findings) {
        Judging judging = rules.get(finding.ruleId());
        Integer position = positions.get(finding.subjectId());
        if (judging == null || position == null || position >= judging.judged()) {
          continue;
        }
        ObservedRule rule = judging.rule();
        ObservedSummary.TouchpointStats stats = observed.touchpoints().get(position);
        OptionalDouble measure = rule.measure(plan.get(position), stats);
        if (measure.isPresent()) {
          draft.observed.add(rule.evidence(stats, measure.getAsDouble()));
          draft.observedWeight += rule.weight(measure.getAsDouble());
        }
      }
    }
  }

  /** One each of the standard observed rules, to weigh their findings' evidence. */
  private static final ImmutableList<ObservedRule> OBSERVED_RULES =
      ImmutableList.of(
          new LongWaitsRule(), new FailuresRule(), new DropOffRule(), new EmotionBelowPlanRule());

  /**
   * A metric measures a stage as a whole: its finding joins the stage's pain point when the stage
   * is one, else the worst pain point among the stage's touchpoints (the first of equals), where
   * the team will look. In a stage with no pain point, a metric makes the stage one if the stage
   * records a barrier (its own or a touchpoint's), which may be what holds the metric back;
   * otherwise it makes none and is listed with the metrics off target alone ({@link
   * GapReport#metricsOffTarget()}), since a number off target where customers feel as they expected
   * and nothing stands in their way says nothing the map can point at.
   */
  private static void placeMetricFindings(
      List<Finding> aboutMetrics, Map<Place, Draft> drafts, Places places) {
    IdentityHashMap<Stage, Draft> worstTouchpointOfStage = new IdentityHashMap<>();
    for (Draft draft : drafts.values()) {
      Stage stage = draft.place.stage();
      if (stage != null && draft.place.touchpoint() != null) {
        Draft worst = worstTouchpointOfStage.get(stage);
        if (worst == null || draft.score > worst.score) {
          worstTouchpointOfStage.put(stage, draft);
        }
      }
    }
    for (Finding finding : aboutMetrics) {
      Place stagePlace = places.placeOf(finding);
      Draft home = drafts.get(stagePlace);
      Stage stage = stagePlace.stage();
      if (home == null && stage != null) {
        home = worstTouchpointOfStage.get(stage);
      }
      if (home == null && stage != null && hasBarriers(stage)) {
        // Nothing else is wrong here, but the stage records what may hold the metric back.
        home = new Draft(stagePlace, places.positionOf(stagePlace));
        drafts.put(stagePlace, home);
      }
      if (home != null) {
        home.findings.add(finding);
        Metric metric = places.metricOf(finding).orElseThrow();
        if (!home.metrics.contains(metric)) {
          home.metrics.add(metric);
        }
      }
    }
  }

  /** True if the stage or any of its touchpoints records a barrier. */
  private static boolean hasBarriers(Stage stage) {
    if (!stage.barriers().isEmpty()) {
      return true;
    }
    for (Touchpoint touchpoint : stage.touchpoints()) {
      if (!touchpoint.barriers().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stage that is a pain point also shows the barriers of its touchpoints that are not pain
   * points of their own, so that what the stage's evidence (a metric off target, say) may come from
   * and what would fix it is in one place.
   */
  private static void addBarriersOfQuietTouchpointsToTheirStage(Map<Place, Draft> drafts) {
    Set<Touchpoint> touchpointsWithPainPoints = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Place place : drafts.keySet()) {
      Touchpoint touchpoint = place.touchpoint();
      if (touchpoint != null) {
        touchpointsWithPainPoints.add(touchpoint);
      }
    }
    for (Draft draft : drafts.values()) {
      Stage stage = draft.place.stage();
      if (stage == null || !draft.place.isStage()) {
        continue;
      }
      for (Touchpoint touchpoint : stage.touchpoints()) {
        if (!touchpointsWithPainPoints.contains(touchpoint)) {
          draft.barriers.addAll(touchpoint.barriers());
        }
      }
    }
  }

  /**
   * The pain points with the opportunities that address their barriers, in the order of the
   * ranking; an opportunity that addresses several barriers of one pain point is listed once.
   */
  static ImmutableList<PainPoint> withOpportunities(
      List<PainPoint> painPoints, List<RankedOpportunity> ranked) {
    Map<String, Integer> painPointOfBarrier = new HashMap<>();
    List<List<Opportunity>> addressing = new ArrayList<>();
    for (int i = 0; i < painPoints.size(); i++) {
      for (Barrier barrier : painPoints.get(i).barriers()) {
        painPointOfBarrier.put(barrier.id(), i);
      }
      addressing.add(new ArrayList<>());
    }
    for (RankedOpportunity candidate : ranked) {
      Opportunity opportunity = candidate.opportunity();
      for (String barrierId : opportunity.addresses()) {
        Integer index = painPointOfBarrier.get(barrierId);
        if (index == null) {
          continue;
        }
        List<Opportunity> list = addressing.get(index);
        if (list.isEmpty() || list.get(list.size() - 1) != opportunity) {
          list.add(opportunity);
        }
      }
    }
    ImmutableList.Builder<PainPoint> complete = ImmutableList.builder();
    for (int i = 0; i < painPoints.size(); i++) {
      complete.add(painPoints.get(i).withOpportunities(ImmutableList.copyOf(addressing.get(i))));
    }
    return complete.build();
  }

  /** The score of a place's evidence; see {@link PainPoint}. */
  private static double score(Draft draft, ToDoubleFunction<PriorityFactor> weights) {
    double barriers = 0;
    for (Barrier barrier : draft.barriers) {
      barriers += weight(barrier);
    }
    double metrics = 0;
    for (Metric metric : draft.metrics) {
      metrics += METRIC_WEIGHT * Math.min(1, metric.relativeMiss());
    }
    double findings = 0;
    for (Finding finding : draft.findings) {
      double weight = weight(finding.severity());
      if (weight > findings && !WEIGHED_BY_THEIR_EVIDENCE.contains(finding.ruleId())) {
        findings = weight;
      }
    }
    return weights.applyAsDouble(PriorityFactor.EMOTION)
            * emotionShortfall(draft.place.touchpoint())
        + weights.applyAsDouble(PriorityFactor.BARRIERS) * barriers
        + weights.applyAsDouble(PriorityFactor.METRICS) * metrics
        + weights.applyAsDouble(PriorityFactor.FINDINGS) * findings
        + weights.applyAsDouble(PriorityFactor.OBSERVED)
            * Math.min(ObservedRule.MAX_WEIGHT, draft.observedWeight);
  }

  /**
   * What a metric missed by 100% or more weighs: as much as a critical barrier half the customers
   * meet.
   */
  static final double METRIC_WEIGHT = 2;

  /**
   * The standard rules whose findings the other factors already weigh (the emotion, the barriers,
   * the metrics, the observed cases), so that the FINDINGS factor does not count the same evidence
   * twice: it weighs the findings of the other rules, a user's own among them.
   */
  static final ImmutableSet<String> WEIGHED_BY_THEIR_EVIDENCE =
      ImmutableSet.of(
          ExpectationGapRule.ID,
          LowPointRule.ID,
          SharpDropRule.ID,
          UnexplainedNegativeRule.ID,
          BrokenHandoverRule.ID,
          UnaddressedBarrierRule.ID,
          WidespreadBarrierRule.ID,
          OffTargetMetricRule.ID,
          LongWaitsRule.ID,
          FailuresRule.ID,
          DropOffRule.ID,
          EmotionBelowPlanRule.ID);

  /** The share of customers assumed to meet a barrier whose frequency is not known. */
  static final double UNKNOWN_SHARE = 0.5;

  /**
   * How far the felt emotion falls below the expected one, plus how far below neutral; an expected
   * emotion that is not recorded counts as neutral. 0 for no touchpoint or no felt emotion.
   */
  static double emotionShortfall(@Nullable Touchpoint touchpoint) {
    if (touchpoint == null || touchpoint.emotion().isEmpty()) {
      return 0;
    }
    double felt = touchpoint.emotion().get().score();
    double expected = touchpoint.expectedEmotion().map(Emotion::score).orElse(0.0);
    return Math.max(0, expected - felt) + Math.max(0, -felt);
  }

  /** A barrier's weight: its severity (low 1 … critical 4) × the share of customers who meet it. */
  static double weight(Barrier barrier) {
    return RankedOpportunity.weight(barrier.severity()) * barrier.frequency().orElse(UNKNOWN_SHARE);
  }

  /** A finding's weight: error 1, warning 0.5, information 0. */
  private static double weight(FindingSeverity severity) {
    return switch (severity) {
      case ERROR -> 1;
      case WARNING -> 0.5;
      case INFO -> 0;
    };
  }
}
