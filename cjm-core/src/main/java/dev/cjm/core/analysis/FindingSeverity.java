package dev.cjm.core.analysis;

import java.util.Locale;

/**
 * How much a {@link Finding} matters, from most to least: reports list errors first. Not to be
 * confused with a barrier's {@link dev.cjm.core.Severity}, which says how badly a pain point hurts
 * the customer.
 */
public enum FindingSeverity {
  /** The experience is broken or the map misses something essential; fix it first. */
  ERROR,
  /** A weak point worth fixing. */
  WARNING,
  /** Worth knowing; may be intended. */
  INFO;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in reports ({@code "warning"}). */
  public String label() {
    return label;
  }
}
