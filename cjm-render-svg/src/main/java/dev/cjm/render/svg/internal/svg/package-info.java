/**
 * Serialises a laid-out map to SVG text: one pass over the shapes, part by part as the layout makes
 * them, appending to any {@link java.lang.Appendable}, with one number format, one escaping step
 * for every text and a style sheet made from the theme's {@link
 * dev.cjm.render.svg.internal.svg.Palette}. Makes no decisions about the picture.
 *
 * <pre>{@code
 * StringBuilder svg = new StringBuilder();
 * SvgWriter.write(layout, Palette.light(), SvgWriter.DEFAULT_FONT_FAMILY, svg);
 * }</pre>
 *
 * <p>Internal: not exported, may change at any time.
 */
@NullMarked
package dev.cjm.render.svg.internal.svg;

import org.jspecify.annotations.NullMarked;
