/**
 * AssertJ assertions for tests of journeys, for teams that keep their maps in unit tests: {@link
 * dev.cjm.core.assertions.CjmAssertions#assertThat(dev.cjm.core.Journey)} and its overloads for a
 * gap report, a pain point and a current vs future diff. Each failure states the facts: what was
 * expected, what was found, and where, by the names and ids of the journey.
 *
 * <pre>{@code
 * GapReport report = GapAnalysis.standard().analyze(journey);
 * assertThat(report).hasNoPainPointAbove(Priority.HIGH);
 * assertThat(report).hasFinding("emotion.expectation-gap").at("checkout");
 * assertThat(JourneyDiff.between(current, future)).resolves("hidden-fees");
 * }</pre>
 *
 * <p>AssertJ ({@code org.assertj:assertj-core}) is an optional dependency of cjm-core: add it to
 * the tests that use this package; the rest of cjm-core never loads it.
 */
@NullMarked
package dev.cjm.core.assertions;

import org.jspecify.annotations.NullMarked;
