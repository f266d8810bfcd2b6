package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedSummary;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code observed.emotion-below-plan}: the mean emotion observed at a touchpoint is below the
 * emotion the plan says customers feel there by at least the threshold (1 point by default); an
 * error at twice it. Judged on at least {@link GapAnalysis#OBSERVED_MINIMUM} scores, at touchpoints
 * whose felt emotion is planned.
 */
final class EmotionBelowPlanRule extends ObservedRule {
  static final String ID = "observed.emotion-below-plan";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the mean observed emotion is below the planned felt emotion by at least the"
        + " threshold; an error at twice it";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above("the shortfall of the mean observed emotion against the planned", 1, 0, 4));
  }

  @Override
  long basis(ObservedSummary.TouchpointStats stats) {
    return stats.emotions();
  }

  @Override
  long count(ObservedSummary.TouchpointStats stats) {
    return stats.emotions();
  }

  /** The planned felt emotion's score minus the mean observed one. */
  @Override
  OptionalDouble measure(Touchpoint touchpoint, ObservedSummary.TouchpointStats stats) {
    Optional<Emotion> planned = touchpoint.emotion();
    if (planned.isEmpty() || stats.meanEmotion().isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(planned.get().score() - stats.meanEmotion().getAsDouble());
  }

  /**
   * The shortfall in points weighs as it is, like the emotion of {@link PriorityFactor#EMOTION}.
   */
  @Override
  double weight(double measure) {
    return Math.max(0, measure);
  }

  @Override
  Finding.Builder facts(
      Finding.Builder finding,
      ObservedSummary.TouchpointStats stats,
      double measure,
      RuleContext context) {
    double mean = stats.meanEmotion().orElse(0);
    return finding
        .fact("observed", Emotion.formatScore(mean))
        .fact("planned", Emotion.formatScore(mean + measure))
        .fact("shortfall", measure)
        .fact("n", Long.toString(stats.emotions()));
  }

  @Override
  String factOf(double value, RuleContext context) {
    return context.format(value);
  }

  @Override
  Phrase message(Touchpoint touchpoint, ObservedSummary.TouchpointStats stats, double measure) {
    return Phrase.words(
        "finding." + ID,
        Phrase.quoted(touchpoint.name()),
        Phrase.score(stats.meanEmotion().orElse(0)),
        count(stats.emotions()),
        Phrase.amount(measure),
        Phrase.score(touchpoint.emotion().map(Emotion::score).orElse(0.0)));
  }

  @Override
  Phrase evidence(ObservedSummary.TouchpointStats stats, double measure) {
    double mean = stats.meanEmotion().orElse(0);
    return Phrase.words(
        "observed.evidence." + ID,
        Phrase.score(mean),
        count(stats.emotions()),
        Phrase.score(mean + measure));
  }
}
