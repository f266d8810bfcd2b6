/**
 * The geometry of a journey map: where every box, line, marker and wrapped text goes, decided from
 * the model and the options, with no SVG in sight. The result is a {@link
 * dev.cjm.render.svg.internal.layout.MapLayout}, a tree of plain shapes that the writer only
 * serialises.
 *
 * <pre>{@code
 * MapLayout layout = new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
 *     .layout(journey, List.of());
 * layout.width();   // pixels; grows with the number of touchpoints
 * }</pre>
 *
 * <p>Internal: not exported, may change at any time.
 */
@NullMarked
package dev.cjm.render.svg.internal.layout;

import org.jspecify.annotations.NullMarked;
