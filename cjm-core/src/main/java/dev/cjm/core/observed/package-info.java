/**
 * Observed journeys, planned against actual (CJML's terms): an {@link
 * dev.cjm.core.observed.ObservedJourney} is what one customer actually went through; a {@link
 * dev.cjm.core.observed.DeviationReport} compares it with the planned journey (touchpoints missing,
 * out of sequence, failing, ad hoc), and a {@link dev.cjm.core.observed.DeviationSummary} folds
 * many of them into shares per planned touchpoint.
 *
 * <pre>{@code
 * ObservedJourney anna = ObservedJourney.builder("customer-17")
 *     .planned("instagram-ad")
 *     .planned("checkout", o -> o.failed().emotion(-2))
 *     .build();
 * System.out.println(DeviationReport.of(plannedJourney, anna).toText());
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
@CjmStyle
package dev.cjm.core.observed;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
