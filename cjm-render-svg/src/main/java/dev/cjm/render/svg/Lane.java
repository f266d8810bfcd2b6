package dev.cjm.render.svg;

/**
 * A row of the journey map, below the stage headers; choose which ones a renderer draws with {@link
 * SvgRenderer.Builder#lanes}. A lane with nothing to show is left out anyway.
 */
public enum Lane {
  /** The touchpoints: name, channel badge, owner and actors. */
  TOUCHPOINTS("Touchpoints"),
  /** What the customer does at each touchpoint. */
  DOING("Doing"),
  /** What the customer thinks. */
  THINKING("Thinking"),
  /** What the customer feels, in words. */
  FEELING("Feeling"),
  /** The emotion curve: experienced and expected emotion on the scale −2..+2. */
  EMOTION("Emotion"),
  /** Barriers and pain points, coloured by severity. */
  BARRIERS("Barriers"),
  /** Opportunities, with impact and effort. */
  OPPORTUNITIES("Opportunities"),
  /** Metrics of each stage, value against target. */
  METRICS("Metrics");

  private final String label;

  Lane(String label) {
    this.label = label;
  }

  /** The lane's label on the left of the map ("Touchpoints"). */
  public String label() {
    return label;
  }
}
