package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.diff.ElementChange;
import java.util.Locale;

/**
 * Every CSS class the layout gives a shape, named in one place: the vocabulary that the writer's
 * style sheet paints, that a user's own style sheet may select, and that tests look shapes up by. A
 * class attribute of several classes reads from the general to the particular ({@code "cjm-card
 * cjm-barrier-card cjm-barrier-high"}).
 */
final class CssClass {
  private CssClass() {}

  /** How many colours the stage bands cycle through. */
  private static final int BAND_COLOURS = 6;

  // The map and its texts.
  static final String BACKGROUND = "cjm-background";
  static final String HEADER = "cjm-header";
  static final String TITLE = "cjm-title";
  static final String TEXT = "cjm-text";
  static final String MUTED = "cjm-muted";
  static final String QUOTE = "cjm-quote";
  static final String ON_ACCENT = "cjm-on-accent";
  static final String PERSONA = "cjm-persona";
  static final String AVATAR = "cjm-avatar";
  static final String CARD_GROUP = "cjm-card-group";

  // Stages and lanes.
  static final String STAGE = "cjm-stage";
  static final String STAGE_DIVIDER = "cjm-stage-divider";
  static final String LANES = "cjm-lanes";
  static final String LANE_LABEL = "cjm-lane-label";

  // Cards of the lanes.
  static final String TOUCHPOINT = "cjm-touchpoint";
  static final String TOUCHPOINT_CARD = "cjm-card cjm-touchpoint-card";
  static final String OPPORTUNITY_CARD = "cjm-card cjm-opportunity-card";
  static final String JOURNEY_OPPORTUNITIES = "cjm-journey-opportunities";
  static final String QUICK_WIN = "cjm-quick-win";
  static final String METRIC_CARD = "cjm-card cjm-metric-card";
  static final String BAR_TRACK = "cjm-bar-track";

  /** The part of a lower-is-better metric's bar up to its target, when the value is over it. */
  static final String BAR_WITHIN = "cjm-bar cjm-bar-within";

  /** The tick across a metric's bar at its target, and its sample in the legend. */
  static final String BAR_TARGET = "cjm-bar-target";

  // The emotion curve.
  static final String EMOTION_CURVE = "cjm-emotion-curve";
  static final String EMOTION_GRID = "cjm-emotion-grid";
  static final String EMOTION_BASELINE = "cjm-emotion-baseline";
  static final String EMOTION_EXPERIENCED = "cjm-emotion-experienced";
  static final String EMOTION_EXPECTED = "cjm-emotion-expected";
  static final String EMOTION_EXPECTED_MARKER = "cjm-emotion-expected-marker";

  /** The area where the customer feels less than expected; hatched by {@link #GAP_HATCH}. */
  static final String GAP_SHORTFALL = "cjm-emotion-gap cjm-emotion-shortfall";

  /** The area where the customer feels more than expected. */
  static final String GAP_EXCEEDED = "cjm-emotion-gap cjm-emotion-exceeded";

  static final String GAP_HATCH = "cjm-emotion-hatch";

  /** The gap at a lone touchpoint scored on both curves, felt below and above expectations. */
  static final String GAP_LINE_SHORTFALL = "cjm-emotion-gap-line";

  static final String GAP_LINE_EXCEEDED = "cjm-emotion-gap-line cjm-emotion-gap-line-exceeded";
  static final String EMOTION_LABEL = "cjm-emotion-label";

  // The future state compared with the current one.

  /** The current state's felt-emotion curve, drawn faintly under the future's. */
  static final String EMOTION_CURRENT = "cjm-emotion-current";

  /** A point of the current state's curve, at a touchpoint both states share. */
  static final String EMOTION_CURRENT_MARKER = "cjm-emotion-current-marker";

  /** The card of an optional touchpoint: its border dashed (added to the card's classes). */
  static final String OPTIONAL_TOUCHPOINT_CARD = TOUCHPOINT_CARD + " cjm-optional";

  /** The bracket over the alternatives of a "one of" group. */
  static final String ONE_OF = "cjm-one-of";

  /** The line of a stage's band that names the touchpoints removed there. */
  static final String REMOVED_TOUCHPOINTS = "cjm-text cjm-removed-touchpoints";

  // The observed cases on the planned map.

  /** The mean observed emotion's curve, dashed, beside the planned (felt) one. */
  static final String EMOTION_OBSERVED = "cjm-emotion-observed";

  /** A point of the observed curve: a small square. */
  static final String EMOTION_OBSERVED_MARKER = "cjm-emotion-observed-marker";

  /** The group of one touchpoint's observed bars, with their tooltip. */
  static final String OBSERVED = "cjm-observed";

  /** The share of all cases that reached a touchpoint. */
  static final String OBSERVED_REACHED = "cjm-observed-bar cjm-observed-reached";

  /** The share of the cases reaching a touchpoint that failed there. */
  static final String OBSERVED_FAILED = "cjm-observed-bar cjm-observed-failed";

  /** The share of all cases whose last planned step a touchpoint was. */
  static final String OBSERVED_ENDED = "cjm-observed-bar cjm-observed-ended";

  /** The group of an ad-hoc step's marker and line, with its tooltip. */
  static final String OBSERVED_AD_HOC = "cjm-observed-ad-hoc";

  /** The diamond of an ad-hoc step, on the line between two columns. */
  static final String AD_HOC_MARKER = "cjm-observed-ad-hoc-marker";

  /** The mark (two upright bars, a pause) of the long waits after a touchpoint. */
  static final String LONG_WAIT = "cjm-observed-long-wait";

  // Pain points, the report panel, the legend.
  static final String PAIN_POINT = "cjm-pain-point";
  static final String REPORT_PANEL = "cjm-card cjm-report-panel";
  static final String LEGEND = "cjm-legend";
  static final String LEGEND_CARD = "cjm-card cjm-legend-card";

  /**
   * The frame of a lane, the surface its texts are drawn on: {@code kind} names the lane ({@code
   * "doing"}), and lanes alternate between two shades by their {@code position} on the map.
   */
  private static String lane(String kind, int position) {
    return "cjm-lane cjm-lane-" + kind + (position % 2 == 0 ? " cjm-lane-even" : " cjm-lane-odd");
  }

  /** The frame of the lane of stage headers. */
  static String stagesLane(int position) {
    return lane("stages", position);
  }

  /** The frame of a lane of {@code kind}: {@code "cjm-lane cjm-lane-doing cjm-lane-odd"}. */
  static String lane(LaneKind kind, int position) {
    return lane(kind.name().toLowerCase(Locale.ROOT), position);
  }

  /** The frame of the observed lane: {@code "cjm-lane cjm-lane-observed cjm-lane-odd"}. */
  static String observedLane(int position) {
    return lane("observed", position);
  }

  /** The band of stage {@code index}, the stages cycling through a few colours. */
  static String stageBand(int index) {
    return "cjm-stage-band cjm-stage-band-" + (index % BAND_COLOURS);
  }

  /** The card of a doing, thinking or feeling text: {@code "cjm-card cjm-doing"}. */
  static String scenarioCard(LaneKind kind) {
    return "cjm-card cjm-" + kind.name().toLowerCase(Locale.ROOT);
  }

  /** The card of a barrier, coloured by its severity. */
  static String barrierCard(Severity severity) {
    return switch (severity) {
      case LOW -> "cjm-card cjm-barrier-card cjm-barrier-low";
      case MEDIUM -> "cjm-card cjm-barrier-card cjm-barrier-medium";
      case HIGH -> "cjm-card cjm-barrier-card cjm-barrier-high";
      case CRITICAL -> "cjm-card cjm-barrier-card cjm-barrier-critical";
    };
  }

  /** The group of a barrier's card. */
  static String barrier(Severity severity) {
    return switch (severity) {
      case LOW -> "cjm-barrier cjm-severity-low";
      case MEDIUM -> "cjm-barrier cjm-severity-medium";
      case HIGH -> "cjm-barrier cjm-severity-high";
      case CRITICAL -> "cjm-barrier cjm-severity-critical";
    };
  }

  /** The stripe on a barrier card's edge, and its sample in the legend. */
  static String stripe(Severity severity) {
    return switch (severity) {
      case LOW -> "cjm-stripe cjm-stripe-low";
      case MEDIUM -> "cjm-stripe cjm-stripe-medium";
      case HIGH -> "cjm-stripe cjm-stripe-high";
      case CRITICAL -> "cjm-stripe cjm-stripe-critical";
    };
  }

  /** The group of an opportunity's card; a quick win is marked. */
  static String opportunity(boolean quickWin) {
    return quickWin ? "cjm-opportunity cjm-quick-win-opportunity" : "cjm-opportunity";
  }

  /** An impact or effort badge, by its level. */
  static String level(Level level) {
    return switch (level) {
      case LOW -> "cjm-level cjm-level-low";
      case MEDIUM -> "cjm-level cjm-level-medium";
      case HIGH -> "cjm-level cjm-level-high";
    };
  }

  /** The group of a metric's card, by whether it has a target and meets it. */
  static String metric(boolean targeted, boolean offTarget) {
    if (!targeted) {
      return "cjm-metric cjm-metric-untargeted";
    }
    return offTarget ? "cjm-metric cjm-metric-off" : "cjm-metric cjm-metric-on";
  }

  /** The fill of a metric's bar, and its sample in the legend. */
  static String bar(boolean offTarget) {
    return offTarget ? "cjm-bar cjm-bar-off" : "cjm-bar cjm-bar-on";
  }

  /** An emotion marker, coloured from very negative to very positive by its rounded score. */
  static String emotionMarker(double score) {
    long bucket = Math.round(score);
    if (bucket <= -2) {
      return "cjm-emotion-marker cjm-emotion-very-negative";
    } else if (bucket == -1) {
      return "cjm-emotion-marker cjm-emotion-negative";
    } else if (bucket == 0) {
      return "cjm-emotion-marker cjm-emotion-neutral";
    } else if (bucket == 1) {
      return "cjm-emotion-marker cjm-emotion-positive";
    }
    return "cjm-emotion-marker cjm-emotion-very-positive";
  }

  /**
   * The badge of a touchpoint the future state adds (filled) or changes (outlined, dashed): {@code
   * "cjm-change-badge cjm-change-added"}.
   */
  static String changeBadge(ElementChange.Type type) {
    return type == ElementChange.Type.ADDED
        ? "cjm-change-badge cjm-change-added"
        : "cjm-change-badge cjm-change-changed";
  }

  /**
   * The text of a change badge: the background's colour on the "new" badge, filled in the text's
   * colour; the text's colour on the outlined "changed" one.
   */
  static String changeBadgeText(ElementChange.Type type) {
    return type == ElementChange.Type.ADDED ? "cjm-change-added-text" : TEXT;
  }

  /** The rank marker of a pain point, coloured by its priority. */
  static String painPointMarker(Priority priority) {
    return "cjm-pain-point-marker " + priority(priority);
  }

  /** A priority badge of the report panel (a pain point's, a map check's). */
  static String priorityBadge(Priority priority) {
    return "cjm-priority-badge " + priority(priority);
  }

  /** The legend's sample of a priority's colour. */
  static String prioritySwatch(Priority priority) {
    return "cjm-priority-swatch " + priority(priority);
  }

  /** The class that paints in the colour of {@code priority}: {@code "cjm-priority-high"}. */
  private static String priority(Priority priority) {
    return switch (priority) {
      case CRITICAL -> "cjm-priority-critical";
      case HIGH -> "cjm-priority-high";
      case MEDIUM -> "cjm-priority-medium";
      case LOW -> "cjm-priority-low";
    };
  }

  /** A severity badge of the panel's full list of findings. */
  static String findingBadge(FindingSeverity severity) {
    return switch (severity) {
      case ERROR -> "cjm-finding-badge cjm-finding-error";
      case WARNING -> "cjm-finding-badge cjm-finding-warning";
      case INFO -> "cjm-finding-badge cjm-finding-info";
    };
  }
}
