/**
 * Test fixtures shared by every cjm module: QuickTheories generators of valid journeys and of
 * hostile text, the journeys at the limits ({@link dev.cjm.core.testing.TestJourneys}) and the
 * small-heap harness ({@link dev.cjm.core.testing.SmallHeap}). cjm-core publishes this package, and
 * only this package, as its test-jar.
 *
 * <pre>{@code
 * qt().forAll(RandomJourneys.standard().journeys())
 *     .checkAssert(journey -> assertThat(SvgRenderer.create().render(journey)).startsWith("<"));
 * }</pre>
 */
@NullMarked
package dev.cjm.core.testing;

import org.jspecify.annotations.NullMarked;
