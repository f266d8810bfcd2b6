package dev.cjm.render.svg.internal.layout;

/**
 * One lane of the map (the stage headers, the touchpoints, doing, the emotion curve, barriers…),
 * laid out in its {@link LaneRow}: made with its content measured, so that its height is known
 * before anything is drawn, then placed. The layouter stacks the lanes and draws each one's frame
 * (background and label) across the grid.
 */
interface MapLane {
  /** The height of the lane in pixels: its tallest content and the insets around it. */
  double height();

  /** The width the lane's label leaves free at the right of the label column (for a scale). */
  default double scaleWidth() {
    return 0;
  }

  /** Adds the lane's content to {@code assembly}, after its frame. */
  void place(Assembly assembly);
}
