package dev.cjm.render.svg.internal.layout;

import org.jspecify.annotations.Nullable;

/** A circle (an emotion marker, a swatch), with an optional tooltip. */
public record Circle(Point centre, double radius, String cssClass, @Nullable String title)
    implements Node {}
