/**
 * Helpers of cjm-core that are not part of its API: slugs, text checks and the project's Immutables
 * style. Not exported; may change at any time.
 */
@NullMarked
package dev.cjm.core.internal;

import org.jspecify.annotations.NullMarked;
