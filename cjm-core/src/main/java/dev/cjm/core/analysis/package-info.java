/**
 * Gap analysis of a customer journey map: where the experience falls short of what customers
 * expect, and where the map itself falls short (holes in the emotion curve, barriers nobody
 * addresses, phases after the purchase left out). A {@link dev.cjm.core.analysis.GapAnalysis} runs
 * {@link dev.cjm.core.analysis.GapRule}s over a journey and returns a {@link
 * dev.cjm.core.analysis.GapReport} of {@link dev.cjm.core.analysis.Finding}s.
 *
 * <pre>{@code
 * GapReport report = GapAnalysis.standard()
 *     .without("touchpoint.no-owner")
 *     .threshold("emotion.sharp-drop", 1.5)
 *     .analyze(journey);
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.severity() + " " + finding.ruleId() + ": " + finding.message());
 * }
 * System.out.println(report.toMarkdown());
 * }</pre>
 *
 * <p>A rule builds its findings from the {@link dev.cjm.core.analysis.RuleContext} it is given; the
 * standard rules use nothing a user's own rule cannot, so each is an example to copy. The report
 * lists findings by severity, then in {@link dev.cjm.core.analysis.JourneyOrder}.
 *
 * <p>A planned journey can be analysed with the summary of the cases observed against it ({@link
 * dev.cjm.core.analysis.GapAnalysis#analyze(dev.cjm.core.Journey,
 * dev.cjm.core.observed.ObservedSummary)}): four more rules then find the touchpoints where cases
 * fail, drop off, wait far longer than usual or feel worse than planned, and their findings join
 * the pain points.
 *
 * <p>Two comparisons live in packages of their own: {@code dev.cjm.core.diff} (a current-state map
 * against a future-state one) and {@code dev.cjm.core.observed} (what customers actually went
 * through against the plan).
 *
 * <p>Every type here is immutable and thread-safe; analysis never throws on a valid journey.
 */
@NullMarked
@CjmStyle
package dev.cjm.core.analysis;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
