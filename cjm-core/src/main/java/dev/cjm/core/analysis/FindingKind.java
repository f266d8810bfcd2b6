package dev.cjm.core.analysis;

/**
 * What a {@link Finding} is about: the customer's experience, or the map itself. A report groups
 * the two apart: findings about the experience join the {@link PainPoint} of the place they are
 * about; findings about the map are {@link MapCheck}s, things to record or decide before the map
 * can be trusted.
 */
public enum FindingKind {
  /**
   * The customer's experience falls short: an emotion below what was expected, a barrier, a metric
   * off target, a broken hand-over between channels.
   */
  EXPERIENCE,
  /**
   * The map is incomplete or inconsistent: an emotion not recorded, a touchpoint nobody owns, an
   * opportunity linked to no barrier, a persona without goals, an empty stage, the lifecycle's
   * phases.
   */
  MAP
}
