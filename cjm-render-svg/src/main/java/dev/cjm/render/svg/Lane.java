package dev.cjm.render.svg;

import dev.cjm.render.svg.internal.layout.ChromeText;
import dev.cjm.render.svg.internal.layout.LaneKind;

/**
 * A row of the journey map, below the stage headers; choose which ones a renderer draws with {@link
 * SvgRenderer.Builder#lanes}. A lane with nothing to show is left out anyway.
 */
public enum Lane {
  /** The touchpoints: name, channel badge, owner and actors. */
  TOUCHPOINTS(LaneKind.TOUCHPOINTS),
  /** What the customer does at each touchpoint. */
  DOING(LaneKind.DOING),
  /** What the customer thinks. */
  THINKING(LaneKind.THINKING),
  /** What the customer feels, in words. */
  FEELING(LaneKind.FEELING),
  /** The emotion curve: experienced and expected emotion on the scale −2..+2. */
  EMOTION(LaneKind.EMOTION),
  /** Barriers and pain points, coloured by severity. */
  BARRIERS(LaneKind.BARRIERS),
  /** Opportunities, with impact and effort. */
  OPPORTUNITIES(LaneKind.OPPORTUNITIES),
  /** Metrics of each stage, value against target. */
  METRICS(LaneKind.METRICS);

  private final LaneKind kind;

  Lane(LaneKind kind) {
    this.kind = kind;
  }

  /**
   * The lane's label on the left of an English map ("Touchpoints"); a map in another language shows
   * it in that language ("Punkty styku").
   */
  public String label() {
    return ChromeText.ENGLISH.laneLabel(kind);
  }

  /** The layout's name for this lane. */
  LaneKind kind() {
    return kind;
  }
}
