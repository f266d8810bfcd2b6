/**
 * Current state against future state: a {@link dev.cjm.core.diff.JourneyDiff} compares two maps of
 * one journey (step 9 of the method: make changes, then compare) and lists what was added, removed
 * or changed, stage by stage and touchpoint by touchpoint, with the change of each stage's emotion,
 * the barriers resolved and the opportunities delivered, each element named by its name.
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiff.between(currentState, futureState);
 * System.out.println(diff.toMarkdown());
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
@CjmStyle
package dev.cjm.core.diff;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
