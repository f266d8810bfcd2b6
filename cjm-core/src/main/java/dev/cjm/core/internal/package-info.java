/**
 * Helpers of cjm-core that are not part of its API: slugs, text checks, the display policy for
 * figures ({@link dev.cjm.core.internal.Figures}), the plural rules of the shipped languages
 * ({@link dev.cjm.core.internal.PluralRules}) and the project's Immutables style. Exported only to
 * cjm-render-svg; may change at any time.
 */
@NullMarked
package dev.cjm.core.internal;

import org.jspecify.annotations.NullMarked;
