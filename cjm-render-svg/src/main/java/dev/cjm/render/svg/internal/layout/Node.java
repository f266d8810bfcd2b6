package dev.cjm.render.svg.internal.layout;

/** One shape of the map: a group of shapes, a rectangle, a text, a path, a circle or a line. */
public sealed interface Node permits Group, Rect, Text, PathShape, Circle, Line {}
