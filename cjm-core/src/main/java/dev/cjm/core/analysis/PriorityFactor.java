package dev.cjm.core.analysis;

/**
 * One kind of evidence that makes up a {@link PainPoint}'s {@linkplain PainPoint#score() score}.
 * Each weighs 1 unless the analysis sets another weight with {@link
 * GapAnalysis#priorityWeight(PriorityFactor, double)}; a weight of 0 ignores that evidence.
 */
public enum PriorityFactor {
  /**
   * How far the felt emotion falls below the expected one, plus how far it falls below neutral, in
   * points of the −2..+2 scale: feeling −2 where +1 was expected counts 3 + 2 = 5. An expected
   * emotion that is not recorded counts as neutral: feeling −1 then counts 1 + 1 = 2.
   */
  EMOTION,
  /**
   * The barriers at the place: each counts its severity (low 1, medium 2, high 3, critical 4) times
   * the share of customers who meet it (its frequency; one half when not known).
   */
  BARRIERS,
  /**
   * The metrics off target: each counts 2 times its {@linkplain dev.cjm.core.Metric#relativeMiss()
   * relative miss}, at most 2: 4.5 minutes against a target of 3 counts 1.
   */
  METRICS,
  /**
   * The most severe finding about the place of a rule whose evidence the other factors do not weigh
   * (a user's own rule, say): an error counts 1, a warning 0.5, information 0. The standard
   * emotion, barrier, metric and observed rules do not count here, so no evidence counts twice.
   */
  FINDINGS,
  /**
   * What the observed cases show at the place, when the journey is analysed with them ({@link
   * GapAnalysis#analyze(dev.cjm.core.Journey, dev.cjm.core.observed.ObservedSummary)}): each
   * finding of the standard observed rules counts 4 times the share of cases it concerns (the cases
   * that failed there, or ended there, or the waits after it that were unexpected breaks in
   * contact), and a mean observed emotion below the planned one counts its shortfall in points; at
   * most 4 per place. Failed in 12% of the orders that reached it: 0.48; 25% of them ended there
   * and 12% failed: 1 + 0.48 = 1.48.
   */
  OBSERVED
}
