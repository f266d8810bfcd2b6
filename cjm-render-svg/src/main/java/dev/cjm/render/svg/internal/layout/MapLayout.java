package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;

/**
 * A journey map laid out: its size in pixels, its accessible title and description, the font size
 * most of its text has (so a writer can state it once), and its shapes in painting order.
 */
public record MapLayout(
    double width,
    double height,
    String title,
    String description,
    double fontSize,
    ImmutableList<Node> nodes) {}
