/**
 * Renders a customer journey map to standalone SVG: stages as columns, touchpoints as sub-columns,
 * lanes for what the customer does, thinks and feels, the emotion curve, barriers, opportunities
 * and metrics. The output is accessible, deterministic (same journey, same bytes on any machine and
 * locale) and accepted by strict renderers such as Apache Batik.
 *
 * <pre>{@code
 * String svg = SvgRenderer.create().render(journey);
 *
 * SvgRenderer dark = SvgRenderer.builder()
 *     .theme(Theme.DARK)
 *     .touchpointWidth(240)
 *     .lanes(Lane.TOUCHPOINTS, Lane.EMOTION, Lane.BARRIERS)
 *     .build();
 * dark.render(journey, Path.of("journey.svg"));
 * }</pre>
 *
 * <p>Renderers are immutable and thread-safe; share one.
 */
@NullMarked
package dev.cjm.render.svg;

import org.jspecify.annotations.NullMarked;
