package dev.cjm.render.svg.internal.layout;

/**
 * Where a lane goes: the y of its top edge, and the class of its frame, which is the surface its
 * own texts are drawn on.
 */
record LaneRow(double top, String surface) {}
