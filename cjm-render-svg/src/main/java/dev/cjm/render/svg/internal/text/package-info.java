/**
 * Text measurement and wrapping for the SVG renderer, independent of the fonts installed on the
 * machine: advance widths of Liberation Sans (metrically identical to Arial and Helvetica) from a
 * table shipped with the module, and a greedy line breaker that wraps by measured width.
 *
 * <pre>{@code
 * FontMetrics metrics = FontMetrics.standard();
 * double width = metrics.width("Zażółć gęślą jaźń", 12, false);   // pixels at 12 px
 * Wrapped lines = TextWrapper.wrap("A long text", 80, new Font(12, false), 0, metrics);
 * }</pre>
 *
 * <p>Internal: not exported, may change at any time.
 */
@NullMarked
package dev.cjm.render.svg.internal.text;

import org.jspecify.annotations.NullMarked;
