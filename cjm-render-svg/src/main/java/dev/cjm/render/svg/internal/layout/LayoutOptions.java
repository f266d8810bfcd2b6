package dev.cjm.render.svg.internal.layout;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.cjm.core.Channel;
import java.util.EnumSet;

/**
 * What the layout may vary: the width of a touchpoint column, the lanes drawn, the base font size,
 * the most lines a text may take (0 for no limit), whether a legend is drawn, and the colours the
 * user set for channels ({@code #rrggbb}, in the order they were set).
 */
public record LayoutOptions(
    double touchpointWidth,
    ImmutableSet<LaneKind> lanes,
    double fontSize,
    int maxLines,
    boolean legend,
    ImmutableMap<Channel, String> channelColours) {
  /** Narrowest touchpoint column, in pixels. */
  public static final double MIN_TOUCHPOINT_WIDTH = 120;

  /** Widest touchpoint column, in pixels. */
  public static final double MAX_TOUCHPOINT_WIDTH = 800;

  /** Smallest base font size, in pixels. */
  public static final double MIN_FONT_SIZE = 8;

  /** Largest base font size, in pixels. */
  public static final double MAX_FONT_SIZE = 32;

  /** Every lane, 200-pixel columns, 12-pixel text, no line limit, a legend. */
  public static final LayoutOptions DEFAULT =
      new LayoutOptions(200, ImmutableSet.copyOf(EnumSet.allOf(LaneKind.class)), 12, 0, true);

  /** These options with no channel colours set. */
  public LayoutOptions(
      double touchpointWidth,
      ImmutableSet<LaneKind> lanes,
      double fontSize,
      int maxLines,
      boolean legend) {
    this(touchpointWidth, lanes, fontSize, maxLines, legend, ImmutableMap.of());
  }

  /** Checks every value. */
  public LayoutOptions {
    checkArgument(
        touchpointWidth >= MIN_TOUCHPOINT_WIDTH && touchpointWidth <= MAX_TOUCHPOINT_WIDTH,
        "touchpoint width %s px: expected %s to %s px",
        touchpointWidth,
        MIN_TOUCHPOINT_WIDTH,
        MAX_TOUCHPOINT_WIDTH);
    checkArgument(
        fontSize >= MIN_FONT_SIZE && fontSize <= MAX_FONT_SIZE,
        "font size %s px: expected %s to %s px",
        fontSize,
        MIN_FONT_SIZE,
        MAX_FONT_SIZE);
    checkArgument(maxLines >= 0, "max lines %s: expected 0 (no limit) or more", maxLines);
    lanes = Sets.immutableEnumSet(lanes);
  }
}
