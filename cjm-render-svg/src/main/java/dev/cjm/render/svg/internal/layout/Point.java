package dev.cjm.render.svg.internal.layout;

/** A point in map pixels. */
public record Point(double x, double y) {}
