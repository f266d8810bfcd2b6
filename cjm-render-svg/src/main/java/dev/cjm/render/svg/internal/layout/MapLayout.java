package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;

/**
 * A journey map laid out: its size in pixels, its accessible title and description, and its shapes
 * in painting order.
 */
public record MapLayout(
    double width, double height, String title, String description, ImmutableList<Node> nodes) {}
