package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Persona;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.observed.ObservedSummary;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * What a {@link GapRule} gets besides the journey, the standard rules and a user's own alike: the
 * rule's configured threshold, builders for findings with the subject's path filled in, the phase
 * of each stage, the journey order of paths, and the formatting of names and figures in messages.
 *
 * <pre>{@code
 * for (Touchpoint touchpoint : journey.allTouchpoints()) {
 *   if (touchpoint.owner().isEmpty()) {
 *     findings.add(context.finding(touchpoint.id())        // path stages[i].touchpoints[j]
 *         .message("Nobody owns " + context.quote(touchpoint.name()) + ".")
 *         .build());
 *   }
 * }
 * }</pre>
 */
public final class RuleContext {
  private final GapRule rule;
  private final OptionalDouble threshold;
  private final Journey journey;
  private final JourneyOrder order;
  private final Supplier<EmotionCurve> emotionCurve;
  private final Map<String, String> quotes;
  private final Optional<ObservedSummary> observed;

  /**
   * A context for one rule in an analysis of this journey, whose order is {@code order} and whose
   * emotion curve {@code emotionCurve} gives, made once for all the analysis's rules; {@code
   * quotes} holds the names the analysis's rules have quoted so far, each quoted once; it is a
   * concurrent map, so a rule may quote from several threads; {@code observed} is the summary of
   * the cases observed against the journey, if the analysis has one.
   */
  RuleContext(
      GapRule rule,
      OptionalDouble threshold,
      Journey journey,
      JourneyOrder order,
      Supplier<EmotionCurve> emotionCurve,
      Map<String, String> quotes,
      Optional<ObservedSummary> observed) {
    this.rule = rule;
    this.threshold = threshold;
    this.journey = journey;
    this.order = order;
    this.emotionCurve = emotionCurve;
    this.quotes = quotes;
    this.observed = observed;
  }

  /** The threshold the analysis set for this rule, or its default. */
  public double threshold() {
    checkState(
        threshold.isPresent(), "rule %s declares no threshold; override threshold()", rule.id());
    return threshold.getAsDouble();
  }

  /**
   * The standard phase of a stage: the one it names, else the one its name stands for in English or
   * Polish ({@link Phase#fromName(String)}), else none.
   */
  public Optional<Phase> phaseOf(Stage stage) {
    return phaseOfStage(stage);
  }

  static Optional<Phase> phaseOfStage(Stage stage) {
    return stage.phase().or(() -> Phase.fromName(stage.name()));
  }

  /**
   * The emotion curve of the journey being checked ({@link EmotionCurve#of(Journey)}), made once
   * per analysis for every rule that reads it.
   */
  public EmotionCurve emotionCurve() {
    return emotionCurve.get();
  }

  /**
   * The journey order of the journey being checked: each element's path and each path's position,
   * by which the report lists the findings of each severity.
   */
  public JourneyOrder journeyOrder() {
    return order;
  }

  /**
   * What customers actually went through, when the journey is analysed as a plan with the summary
   * of its observed cases ({@link GapAnalysis#analyze(Journey, ObservedSummary)}); empty otherwise.
   * Its {@linkplain ObservedSummary#touchpoints() touchpoints} are the plan's, in the order of
   * {@link Journey#allTouchpoints()}, so a rule can go through both together:
   *
   * <pre>{@code
   * ObservedSummary summary = context.observed().orElse(null);
   * List<Touchpoint> plan = journey.allTouchpoints();
   * for (int i = 0; summary != null && i < plan.size(); i++) {
   *   ObservedSummary.TouchpointStats stats = summary.touchpoints().get(i);
   *   if (stats.reached() >= 100 && stats.endedHereShare() > 0.5) {
   *     findings.add(context.finding(plan.get(i).id()).message("Half stop here.").build());
   *   }
   * }
   * }</pre>
   */
  public Optional<ObservedSummary> observed() {
    return observed;
  }

  /**
   * The path of the stage, touchpoint, barrier or opportunity with this id in the journey.
   *
   * @throws IllegalArgumentException if the journey has no element with this id
   */
  public String pathOf(String id) {
    checkNotNull(id, "id is null");
    Optional<String> path = order.pathOf(id);
    if (path.isEmpty()) { // the id is quoted only when it is wrong, not on every call
      throw new IllegalArgumentException(
          "the journey has no stage, touchpoint, barrier or opportunity " + Texts.quote(id));
    }
    return path.get();
  }

  /**
   * A finding of this rule about the stage, touchpoint, barrier or opportunity with this id, at the
   * rule's default severity.
   *
   * @throws IllegalArgumentException if the journey has no element with this id
   */
  public Finding.Builder finding(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    return start().subject(subjectId, pathOf(subjectId));
  }

  /**
   * A finding of this rule about metric {@code index} of the stage: the stage is its subject, its
   * path is the metric's ({@code stages[1].metrics[0]}).
   *
   * @throws IllegalArgumentException if the stage is not in the journey or has no such metric
   */
  public Finding.Builder metricFinding(Stage stage, int index) {
    checkNotNull(stage, "stage is null");
    checkArgument(
        index >= 0 && index < stage.metrics().size(),
        "stage %s has %s metrics, none at index %s",
        stage.id(),
        stage.metrics().size(),
        index);
    return start().subject(stage.id(), pathOf(stage.id()) + ".metrics[" + index + "]");
  }

  /** A finding of this rule about the journey as a whole. */
  public Finding.Builder journeyFinding() {
    return start();
  }

  /**
   * A finding of this rule about the journey's persona: the persona's name as subject id, {@code
   * persona} as path.
   *
   * @throws IllegalStateException if the journey has no persona
   */
  public Finding.Builder personaFinding() {
    Optional<Persona> persona = journey.persona();
    checkState(
        persona.isPresent(), "the journey has no persona for rule %s to report on", rule.id());
    return start().subject(persona.get().name(), "persona");
  }

  private Finding.Builder start() {
    return Finding.builder(rule.id(), rule.defaultSeverity()).kind(rule.kind());
  }

  /**
   * A name or description as messages quote it: in double quotes, escaped, cut to 60 characters
   * ({@code "Checkout"}).
   */
  public String quote(String text) {
    checkNotNull(text, "text is null");
    // The same names recur in the findings of many rules: each is quoted once per analysis.
    return quotes.computeIfAbsent(text, Texts::quote);
  }

  /**
   * A figure as messages and reports write it: at most two decimals, no trailing zeros ({@code
   * 1.25}, {@code 3}). For emotion scores, with their sign, use {@link
   * dev.cjm.core.Emotion#formatScore(double)}; for a metric's value or target, {@link
   * #formatMetric(double)}.
   */
  public String format(double value) {
    return Figures.amount(value);
  }

  /**
   * A metric's value or target as the map's card writes it: at most three decimals, no trailing
   * zeros ({@code 1.125}, {@code 0.021}, {@code 120000}).
   */
  public String formatMetric(double value) {
    return Figures.metric(value);
  }

  /**
   * A metric's value or target with the metric's unit, as the map's card writes it: {@code %} and a
   * unit that starts with a slash close up, any other unit a space apart ({@code 2.1%}, {@code
   * 4.2/5}, {@code 4.5 min}).
   */
  public String formatMetric(double value, Optional<String> unit) {
    checkNotNull(unit, "unit is null");
    return Figures.metric(value, unit);
  }

  /** A share as a percentage with at most one decimal: {@code 0.125} is {@code 12.5%}. */
  public String percent(double share) {
    return Figures.percent(share);
  }
}
