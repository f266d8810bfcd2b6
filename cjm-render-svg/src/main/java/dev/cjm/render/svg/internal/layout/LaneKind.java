package dev.cjm.render.svg.internal.layout;

/**
 * The lanes the layout can draw below the stage headers, in map order: the layout's own names for
 * them, onto which the renderer maps the lanes a user chooses.
 */
public enum LaneKind {
  TOUCHPOINTS,
  DOING,
  THINKING,
  FEELING,
  EMOTION,
  BARRIERS,
  OPPORTUNITIES,
  METRICS
}
