/**
 * The geometry of a journey map: where every box, line, marker and wrapped text goes, decided from
 * the model and the options, with no SVG in sight. The result is a {@link
 * dev.cjm.render.svg.internal.layout.MapLayout}, a tree of plain shapes that the writer only
 * serialises.
 *
 * <p>{@link dev.cjm.render.svg.internal.layout.MapLayouter} lays the lanes on a grid of columns and
 * rows, one class per lane; every word the map adds to the journey's own is in {@link
 * dev.cjm.render.svg.internal.layout.ChromeText}, in the map's language (the journey's unless the
 * renderer sets one), every CSS class name in {@code CssClass}. {@link
 * dev.cjm.render.svg.internal.layout.OverviewLayouter} lays out the overview, the map on one slide,
 * from the same parts.
 *
 * <pre>{@code
 * MapLayout layout = new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
 *     .layout(journey, Annotations.NONE);
 * layout.width();   // pixels; grows with the number of touchpoints
 * }</pre>
 *
 * <p>Internal: not exported, may change at any time.
 */
@NullMarked
package dev.cjm.render.svg.internal.layout;

import org.jspecify.annotations.NullMarked;
