package dev.cjm.core;

/**
 * A three-step scale for an {@link Opportunity}'s impact and effort; quick wins are high impact for
 * low effort.
 */
public enum Level {
  LOW,
  MEDIUM,
  HIGH;

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used in reports and rendered maps ({@code "low"}). */
  public String label() {
    return label;
  }
}
