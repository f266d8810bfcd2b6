package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Touchpoint;
import org.jspecify.annotations.Nullable;

/**
 * One column of the grid: a touchpoint, or the empty column of a stage without touchpoints; its x
 * is in its band, the {@code band}-th from the top.
 */
record Column(int index, int stageIndex, @Nullable Touchpoint touchpoint, double x, int band) {}
