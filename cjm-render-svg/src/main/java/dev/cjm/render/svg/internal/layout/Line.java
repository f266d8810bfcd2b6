package dev.cjm.render.svg.internal.layout;

/** A straight line (a grid line, the neutral baseline, a legend sample). */
public record Line(Point from, Point to, String cssClass) implements Node {}
