/**
 * Serialises a laid-out map to SVG text: one pass over the shapes, part by part as the layout makes
 * them, appending to any {@link java.lang.Appendable}, with one number format, one escaping step
 * for every text and a style sheet made from the theme's {@link
 * dev.cjm.render.svg.internal.svg.Palette}, scoped to the map's id ({@link
 * dev.cjm.render.svg.internal.svg.MapScope}) so that maps inlined in one page keep to themselves;
 * and the check of a user's font family list ({@link
 * dev.cjm.render.svg.internal.svg.FontFamilies}). Makes no decisions about the picture.
 *
 * <pre>{@code
 * StringBuilder svg = new StringBuilder();
 * SvgWriter.Options options =
 *     new SvgWriter.Options(MapScope.named("map"), SvgWriter.DEFAULT_FONT_FAMILY, true);
 * SvgWriter.write(layout, Palette.light(), options, svg);
 * }</pre>
 *
 * <p>Internal: not exported, may change at any time.
 */
@NullMarked
package dev.cjm.render.svg.internal.svg;

import org.jspecify.annotations.NullMarked;
