package dev.cjm.core.analysis;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Barrier;
import dev.cjm.core.Level;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Severity;
import dev.cjm.core.internal.Figures;
import java.util.Optional;

/**
 * An opportunity with its place in the ranking of {@link GapReport#rankedOpportunities()}: by what
 * it relieves against what it costs, highest score first; ties go to the one that relieves the
 * better ranked {@link PainPoint}, then to journey order.
 *
 * <p>The score is value against effort: {@code value = impact × (1 + Σ barrier weight)} over the
 * barriers it addresses, {@code score = value / effort}. Impact and effort weigh 1, 2 and 3 for
 * low, medium and high (2 when not estimated); a barrier weighs its severity (1, 2, 3 and 4 for
 * low, medium, high and critical) times the share of customers who meet it (its frequency; one half
 * when not known), so a high barrier met by 90% of customers weighs 2.7 and one met by 10% 0.3.
 */
public final class RankedOpportunity {
  private final int rank;
  private final Opportunity opportunity;
  private final ImmutableList<Barrier> barriers;
  private final double value;
  private final double score;

  RankedOpportunity(int rank, Opportunity opportunity, ImmutableList<Barrier> barriers) {
    this.rank = rank;
    this.opportunity = opportunity;
    this.barriers = barriers;
    this.value = valueOf(opportunity, barriers);
    this.score = scoreOf(opportunity, value);
  }

  static double valueOf(Opportunity opportunity, ImmutableList<Barrier> barriers) {
    double barrierWeight = 0;
    for (Barrier barrier : barriers) {
      barrierWeight += PainPoints.weight(barrier);
    }
    return weight(opportunity.impact()) * (1 + barrierWeight);
  }

  /** The score of an opportunity of this value: its value against its effort. */
  static double scoreOf(Opportunity opportunity, double value) {
    return value / weight(opportunity.effort());
  }

  static int weight(Optional<Level> level) {
    return level
        .map(
            l ->
                switch (l) {
                  case LOW -> 1;
                  case MEDIUM -> 2;
                  case HIGH -> 3;
                })
        .orElse(2);
  }

  static int weight(Severity severity) {
    return switch (severity) {
      case LOW -> 1;
      case MEDIUM -> 2;
      case HIGH -> 3;
      case CRITICAL -> 4;
    };
  }

  /** The place in the ranking, from 1. */
  public int rank() {
    return rank;
  }

  /** The opportunity. */
  public Opportunity opportunity() {
    return opportunity;
  }

  /** The barriers it addresses, in journey order. */
  public ImmutableList<Barrier> barriers() {
    return barriers;
  }

  /** True for a quick win: high impact for low effort. */
  public boolean isQuickWin() {
    return opportunity.isQuickWin();
  }

  /** Its value: impact weighted by the severity and share of the barriers it addresses. */
  public double value() {
    return value;
  }

  /** Its value against its effort; higher is better. */
  public double score() {
    return score;
  }

  @Override
  public String toString() {
    return rank + ". " + opportunity.id() + " (score " + Figures.amount(score) + ")";
  }
}
