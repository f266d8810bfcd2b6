package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A place where the customer's experience falls short, with everything the analysis knows about it:
 * a touchpoint (or a stage, or the journey as a whole), every finding about the customer's
 * experience there, its barriers, the opportunities that address them, the metrics off target, and
 * a priority computed from that evidence. {@link GapReport#painPoints()} lists them worst first.
 *
 * <p>The score adds five kinds of evidence, each weighed by a {@link PriorityFactor} weight (1 by
 * default): the emotion (how far the felt emotion falls below the expected one, plus how far below
 * neutral, an expected emotion not recorded counting as neutral), the barriers (severity 1 to 4 ×
 * share of customers, one half when not known), the metrics off target (2 × relative miss, at most
 * 2 each), the most severe finding of a rule whose evidence those do not weigh, a user's own rule
 * say (error 1, warning 0.5), and what observed cases show there (4 × the share failed, ended there
 * or waiting far longer than usual, and the observed emotion's shortfall against the plan; at most
 * 4). Feeling −2 where +1 was expected, at a high barrier met by 40% of customers: 5 + 1.2 = 6.2,
 * critical. The score gives the {@link Priority}: critical from 5, high from 3, medium from 1.
 *
 * <p>A touchpoint's pain point holds the findings about it, its barriers and its opportunities. A
 * stage's holds what belongs to the stage as a whole: its metrics, its stage-wide barriers, and the
 * barriers of those of its touchpoints that are not pain points themselves, so that what the metric
 * may come from, and what would fix it, is in one place.
 */
public final class PainPoint {
  private final int rank;
  private final @Nullable Stage stage;
  private final @Nullable Touchpoint touchpoint;
  private final String path;
  private final ImmutableList<Finding> findings;
  private final ImmutableList<Barrier> barriers;
  private final ImmutableList<Opportunity> opportunities;
  private final ImmutableList<Metric> metrics;
  private final ImmutableList<Phrase> observed;
  private final double score;

  PainPoint(
      int rank,
      @Nullable Stage stage,
      @Nullable Touchpoint touchpoint,
      String path,
      ImmutableList<Finding> findings,
      ImmutableList<Barrier> barriers,
      ImmutableList<Opportunity> opportunities,
      ImmutableList<Metric> metrics,
      ImmutableList<Phrase> observed,
      double score) {
    this.rank = rank;
    this.stage = stage;
    this.touchpoint = touchpoint;
    this.path = path;
    this.findings = findings;
    this.barriers = barriers;
    this.opportunities = opportunities;
    this.metrics = metrics;
    this.observed = observed;
    this.score = score;
  }

  /** This pain point with these opportunities. */
  PainPoint withOpportunities(ImmutableList<Opportunity> addressing) {
    return new PainPoint(
        rank, stage, touchpoint, path, findings, barriers, addressing, metrics, observed, score);
  }

  /** The place in the ranking, from 1: the pain point to fix first. */
  public int rank() {
    return rank;
  }

  /** The id of the touchpoint or stage; empty for the journey as a whole. */
  public String subjectId() {
    if (touchpoint != null) {
      return touchpoint.id();
    }
    return stage != null ? stage.id() : "";
  }

  /** The name of the touchpoint or stage; "the journey as a whole" for the journey. */
  public String name() {
    if (touchpoint != null) {
      return touchpoint.name();
    }
    return stage != null ? stage.name() : "the journey as a whole";
  }

  /** {@link #name()} for a reader of {@code words}' language. */
  String name(Words words) {
    return touchpoint == null && stage == null ? words.get("journeyAsAWhole") : name();
  }

  /**
   * The path of the touchpoint or stage ({@code stages[3].touchpoints[0]}); empty for the journey.
   */
  public String path() {
    return path;
  }

  /** The stage it is in (or is); empty for the journey as a whole. */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  /** The touchpoint it is about; empty for a stage or the journey. */
  public Optional<Touchpoint> touchpoint() {
    return Optional.ofNullable(touchpoint);
  }

  /** Every finding about the customer's experience here, in report order. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * The barriers here: a touchpoint's; for a stage, its own and those of its touchpoints that are
   * not pain points; in journey order.
   */
  public ImmutableList<Barrier> barriers() {
    return barriers;
  }

  /** The opportunities that address these barriers, best first. */
  public ImmutableList<Opportunity> opportunities() {
    return opportunities;
  }

  /** The stage's metrics that are off target, for a stage's pain point; empty otherwise. */
  public ImmutableList<Metric> metrics() {
    return metrics;
  }

  /**
   * What the observed cases show here, one phrase per finding of the standard observed rules, in
   * report order: {@code "failed in 12% of 352 cases"}.
   */
  ImmutableList<Phrase> observed() {
    return observed;
  }

  /** What the customer feels here: the touchpoint's emotion; empty for a stage or the journey. */
  public Optional<Emotion> felt() {
    return touchpoint == null ? Optional.empty() : touchpoint.emotion();
  }

  /** What the customer expected to feel here, if recorded. */
  public Optional<Emotion> expected() {
    return touchpoint == null ? Optional.empty() : touchpoint.expectedEmotion();
  }

  /** How much the evidence weighs; higher is worse. See the class description for the formula. */
  public double score() {
    return score;
  }

  /** The priority the score gives: critical from 5, high from 3, medium from 1, else low. */
  public Priority priority() {
    return Priority.ofScore(score);
  }

  /** The most severe of its findings' severities. */
  public FindingSeverity severity() {
    FindingSeverity worst = FindingSeverity.INFO;
    for (Finding finding : findings) {
      if (finding.severity().compareTo(worst) < 0) {
        worst = finding.severity();
      }
    }
    return worst;
  }

  /**
   * What a team needs to know about it in one line, for a "fix first" list: felt against expected,
   * what the observed cases show ("failed in 12% of 352 cases"), the worst barrier with its
   * severity and share, the best opportunity, the metrics off target; the first finding's message
   * when there is none of these. Names are quoted, {@code "…"} cut to 60 characters.
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * The {@linkplain #summary() one-line summary} with its words and numbers in {@code language}
   * (English for a language cjm has no words for).
   */
  public String summary(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    List<String> parts = new ArrayList<>();
    feltAgainstExpected(words).ifPresent(felt -> parts.add(words.get("feel", felt)));
    for (Phrase evidence : observed) {
      parts.add(evidence.in(words.language()));
    }
    worstBarrier()
        .ifPresent(
            barrier -> parts.add(words.get("barrier.text", GapReport.describe(words, barrier))));
    if (!opportunities.isEmpty()) {
      parts.add(
          words.get("fix", Phrase.quoted(opportunities.get(0).description()).in(words.language())));
    } else if (!barriers.isEmpty()) {
      parts.add(words.get("noOpportunityYet"));
    } else if (PainPoints.emotionShortfall(touchpoint) > 0) {
      parts.add(words.get("noBarrierRecorded"));
    }
    for (Metric metric : metrics) {
      parts.add(GapReport.describe(words, metric));
    }
    boolean feltShort = PainPoints.emotionShortfall(touchpoint) > 0;
    if (!feltShort && barriers.isEmpty() && metrics.isEmpty() && observed.isEmpty()) {
      // Nothing above says what is wrong: the most severe finding does.
      parts.add(0, findings.get(0).message(language));
    }
    return String.join("; ", parts);
  }

  /** The felt emotion and, if recorded, the expected one: {@code "-2, expected +1"}. */
  Optional<String> feltAgainstExpected(Words words) {
    Locale language = words.language();
    return felt()
        .map(
            felt ->
                Figures.score(language, felt.score())
                    + expected()
                        .map(e -> ", " + words.get("expected", Figures.score(language, e.score())))
                        .orElse(""));
  }

  /** The barrier that weighs most (severity × share), the first of equals. */
  Optional<Barrier> worstBarrier() {
    @Nullable Barrier worst = null;
    for (Barrier barrier : barriers) {
      if (worst == null || PainPoints.weight(barrier) > PainPoints.weight(worst)) {
        worst = barrier;
      }
    }
    return Optional.ofNullable(worst);
  }

  /** Rank, priority and name: {@code "1. critical: Checkout (score 9.2)"}. */
  @Override
  public String toString() {
    return rank
        + ". "
        + priority().label()
        + ": "
        + name()
        + " (score "
        + Figures.amount(score)
        + ")";
  }
}
