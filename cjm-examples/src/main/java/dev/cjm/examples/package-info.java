/**
 * Runnable examples of cjm: each example is a class with a {@code public static Journey journey()}
 * and a {@code main} that prints the journey's outline and gap report, written as a CX team would
 * write the map. {@link dev.cjm.examples.Gallery}, the project's main job, analyses them all and
 * writes their reports and an HTML page to {@code cjm-examples/target/gallery/}.
 *
 * <pre>{@code
 * Journey journey = RunningShoes.journey();
 * GapReport report = GapAnalysis.standard().analyze(journey);
 * System.out.println(report.toMarkdown());
 *
 * JourneyDiff diff = BankAccountFutureState.diff();          // current vs future state
 * DeviationSummary actual = ClickAndCollect.deviations();    // planned vs 400 observed journeys
 * Gallery.write(Path.of("target", "gallery"));               // every report and index.html
 * }</pre>
 */
@NullMarked
package dev.cjm.examples;

import org.jspecify.annotations.NullMarked;
