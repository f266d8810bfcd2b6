package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * Shapes that belong together (a stage, a touchpoint, a barrier card), with a stable id, a class
 * for styling and a title that tells assistive technology (and a tooltip) the full text.
 */
public record Group(
    @Nullable String id, String cssClass, @Nullable String title, ImmutableList<Node> children)
    implements Node {}
