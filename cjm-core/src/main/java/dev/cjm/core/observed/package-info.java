/**
 * Observed journeys, planned against actual (CJML's terms), for teams that check and monitor their
 * journeys with data: an {@link dev.cjm.core.observed.ObservedJourney} is what one customer
 * actually went through; a {@link dev.cjm.core.observed.DeviationReport} compares it with the
 * planned journey (touchpoints missing, out of sequence, failing, ad hoc), and a {@link
 * dev.cjm.core.observed.DeviationSummary} folds many of them into shares per planned touchpoint. At
 * scale, an {@link dev.cjm.core.observed.EventLog} reads observed journeys from a CSV event log
 * (with FastCSV, an optional dependency), and a {@link dev.cjm.core.observed.JourneyMonitor} folds
 * them one at a time into a mergeable, serialisable {@link dev.cjm.core.observed.ObservedSummary}:
 * the funnel, failures, emotion and waits per planned touchpoint, the top paths, the ad-hoc steps
 * and the unexpected breaks in contact.
 *
 * <pre>{@code
 * ObservedJourney anna = ObservedJourney.builder("customer-17")
 *     .planned("instagram-ad")
 *     .planned("checkout", o -> o.failed().emotion(-2))
 *     .build();
 * System.out.println(DeviationReport.of(plannedJourney, anna).toText());
 *
 * EventLog log = EventLog.builder()
 *     .caseId("case").timestamp("time").activity("activity")
 *     .outcome("outcome")
 *     .sortedByCase()
 *     .build();
 * JourneyMonitor monitor = JourneyMonitor.of(plannedJourney);
 * try (EventLog.Cases cases = log.read(plannedJourney, csv)) {
 *   cases.forEachRemaining(monitor::add);
 * }
 * System.out.println(monitor.summary().toMarkdown());
 * }</pre>
 *
 * <p>The model types here are immutable and thread-safe; a {@code JourneyMonitor} and the {@code
 * EventLog.Cases} being read are not (one per thread, monitors merged at the end).
 */
@NullMarked
@CjmStyle
package dev.cjm.core.observed;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
