package dev.cjm.core;

/**
 * How badly a {@link Barrier} hurts the customer, from a nuisance to a journey-ending blocker. Gap
 * analysis ranks pain points and the opportunities that address them by it.
 */
public enum Severity {
  /** A nuisance the customer works around. */
  LOW,
  /** Slows the customer down or spoils the experience. */
  MEDIUM,
  /** Makes customers give up or complain. */
  HIGH,
  /** Ends the journey: the customer cannot go on. */
  CRITICAL;

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used in reports and rendered maps ({@code "high"}). */
  public String label() {
    return label;
  }
}
