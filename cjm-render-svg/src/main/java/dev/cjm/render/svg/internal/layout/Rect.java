package dev.cjm.render.svg.internal.layout;

/** A rectangle with rounded corners of {@code radius}, painted as its class says. */
public record Rect(Box box, double radius, String cssClass) implements Node {}
