package dev.cjm.examples;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;

/** What every example's {@code main} does: print the journey's outline and its gap report. */
final class Examples {
  private Examples() {}

  /** Analyses the journey with the standard rules. */
  static GapReport analyze(Journey journey) {
    return GapAnalysis.standard().analyze(journey);
  }

  /** Prints the outline of the journey, then its gap report as text; returns the report. */
  static GapReport print(Journey journey) {
    System.out.print(Outline.of(journey));
    System.out.println();
    GapReport report = analyze(journey);
    System.out.print(report.toText());
    return report;
  }
}
