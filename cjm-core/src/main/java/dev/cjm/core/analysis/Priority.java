package dev.cjm.core.analysis;

import java.util.Locale;

/**
 * How urgently something in a report should be fixed, in the words a product team uses: critical,
 * high, medium, low. A {@link PainPoint}'s priority follows from its {@linkplain PainPoint#score()
 * score}; a {@link MapCheck}'s from the {@link FindingSeverity} of its findings.
 */
public enum Priority {
  /** Customers are hurt badly or widely: fix it first. A pain point scoring 5 or more. */
  CRITICAL,
  /** A clear shortfall worth fixing soon. A pain point scoring 3 or more; an error. */
  HIGH,
  /** A shortfall worth planning for. A pain point scoring 1 or more; a warning. */
  MEDIUM,
  /** Worth knowing; may be intended. A pain point scoring below 1; information. */
  LOW;

  /** The score from which a pain point is critical. */
  static final double CRITICAL_FROM = 5;

  /** The score from which a pain point is high. */
  static final double HIGH_FROM = 3;

  /** The score from which a pain point is medium. */
  static final double MEDIUM_FROM = 1;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lower-case word used in reports and on the map ({@code "high"}). */
  public String label() {
    return label;
  }

  /** The priority of a pain point with this score. */
  static Priority ofScore(double score) {
    if (score >= CRITICAL_FROM) {
      return CRITICAL;
    }
    if (score >= HIGH_FROM) {
      return HIGH;
    }
    return score >= MEDIUM_FROM ? MEDIUM : LOW;
  }

  /** The priority of a finding of this severity: errors are high, warnings medium, info low. */
  static Priority of(FindingSeverity severity) {
    return switch (severity) {
      case ERROR -> HIGH;
      case WARNING -> MEDIUM;
      case INFO -> LOW;
    };
  }
}
