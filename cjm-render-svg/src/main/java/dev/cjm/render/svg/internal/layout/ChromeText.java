package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.internal.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every word the map adds to the journey's own texts, for readers of the map and for assistive
 * technology: lane labels, the header's subtitle, the words on cards ("Owner:", "Quick win"), the
 * emotion lane's, the legend's and the report panel's ("Fix first"), and the tooltips and
 * accessible descriptions of the journey, its stages and touchpoints. In English, and in one place,
 * so that another language is another catalogue like this one.
 *
 * <p>Public only so that the renderer's public {@code Lane} names itself with the label the map
 * shows. Immutable and thread-safe.
 */
public final class ChromeText {
  /** The map's words in English. */
  public static final ChromeText ENGLISH = new ChromeText();

  private ChromeText() {}

  // ---------------------------------------------------------------- lanes and header

  /** The label of a lane on the left of the map ("Touchpoints"). */
  public String laneLabel(LaneKind lane) {
    return switch (lane) {
      case TOUCHPOINTS -> "Touchpoints";
      case DOING -> "Doing";
      case THINKING -> "Thinking";
      case FEELING -> "Feeling";
      case EMOTION -> "Emotion";
      case BARRIERS -> "Barriers";
      case OPPORTUNITIES -> "Opportunities";
      case METRICS -> "Metrics";
    };
  }

  /** The label of the lane of stage headers. */
  String stagesLabel() {
    return "Stages";
  }

  /** The line below the title: the kind of map, and whose journey it is. */
  String subtitle(Journey journey) {
    String kind =
        journey.state() == Journey.State.CURRENT
            ? "Current-state journey map"
            : "Future-state journey map";
    return journey.persona().map(p -> kind + " \u00b7 persona: " + p.name()).orElse(kind);
  }

  // ---------------------------------------------------------------- persona card

  String goalsHeading() {
    return "GOALS";
  }

  String needsHeading() {
    return "NEEDS";
  }

  String expectationsHeading() {
    return "EXPECTATIONS";
  }

  String frustrationsHeading() {
    return "FRUSTRATIONS";
  }

  /** The persona's quote in quotation marks. */
  String quote(String quote) {
    return "\u201c" + quote + "\u201d";
  }

  // ---------------------------------------------------------------- cards

  /** The name of a standard phase. */
  String phaseName(Phase phase) {
    return phase.englishName();
  }

  /** The phase line of a stage band. */
  String phase(Phase phase) {
    return "Phase: " + phaseName(phase);
  }

  /** The goal line of a stage band. */
  String goal(String goal) {
    return "Goal: " + goal;
  }

  /** What a touchpoint card shows in place of a channel badge when it has none. */
  String noChannel() {
    return "No channel";
  }

  String owner(String owner) {
    return "Owner: " + owner;
  }

  String actors(List<String> actors) {
    return "With: " + String.join(", ", actors);
  }

  /** A barrier's severity: {@code "high"}. */
  String severity(Severity severity) {
    return severity.label();
  }

  /** The heading of a barrier card: its severity, and how many customers meet it if known. */
  String barrierHeading(Barrier barrier) {
    String heading = severity(barrier.severity()).toUpperCase(Locale.ROOT);
    if (barrier.frequency().isPresent()) {
      heading += " \u00b7 " + Figures.percent(barrier.frequency().getAsDouble()) + " of customers";
    }
    return heading;
  }

  /** The tooltip of a barrier card. */
  String barrierTitle(Barrier barrier) {
    return "Barrier (" + severity(barrier.severity()) + "): " + barrier.description();
  }

  String quickWin() {
    return "Quick win";
  }

  String impact(Level level) {
    return "Impact: " + level.label();
  }

  String effort(Level level) {
    return "Effort: " + level.label();
  }

  /** The line of an opportunity card naming the barriers it removes. */
  String addresses(List<String> barriers) {
    return "Addresses: " + String.join("; ", barriers);
  }

  /** The tooltip of an opportunity card. */
  String opportunityTitle(Opportunity opportunity) {
    return "Opportunity: " + opportunity.description();
  }

  /** The heading above the journey-wide cards of a lane. */
  String forTheWholeJourney() {
    return "For the whole journey";
  }

  /** A metric's value as its card shows it: {@code "2.1%"}, {@code "4.2 min"}. */
  String metricValue(Metric metric) {
    return Figures.metric(metric.value(), metric.unit());
  }

  /** A metric card's target line: {@code "Target 3% · off target"}. */
  String metricTarget(Metric metric, double target) {
    return "Target "
        + Figures.metric(target, metric.unit())
        + " \u00b7 "
        + (metric.isOffTarget() ? offTarget() : onTarget());
  }

  /** A metric card's tooltip: {@code "Conversion: 2.1% (target 3%)"}. */
  String metricTitle(Metric metric) {
    String text = metric.name() + ": " + Figures.metric(metric.value(), metric.unit());
    if (metric.target().isPresent()) {
      text += " (target " + Figures.metric(metric.target().getAsDouble(), metric.unit()) + ")";
    }
    return text;
  }

  String onTarget() {
    return "on target";
  }

  String offTarget() {
    return "off target";
  }

  // ---------------------------------------------------------------- emotion lane

  /** A label of the emotion scale: {@code "+2"}, {@code "0"}, {@code "−1"} (a true minus). */
  String scale(int level) {
    return level > 0 ? "+" + level : level < 0 ? "\u2212" + Math.abs(level) : "0";
  }

  /** What the emotion lane shows under a touchpoint that records no emotion. */
  String noScore() {
    return "no score";
  }

  /** The label beside an emotion marker, with a true minus sign: {@code "−2 (frustrated)"}. */
  String emotionLabel(Emotion emotion) {
    return emotion.toString().replace('-', '\u2212');
  }

  /** The tooltip of an experienced emotion's marker. */
  String emotionTitle(Touchpoint touchpoint, Emotion emotion) {
    return touchpoint.name() + ": " + emotion;
  }

  /** The tooltip of an expected emotion's marker. */
  String expectedEmotionTitle(Touchpoint touchpoint, Emotion expected) {
    return touchpoint.name() + ": expected " + expected;
  }

  // ---------------------------------------------------------------- legend

  String legend() {
    return "Legend";
  }

  String channelsCategory() {
    return "Channels:";
  }

  String emotionCategory() {
    return "Emotion:";
  }

  String barrierSeverityCategory() {
    return "Barrier severity:";
  }

  String opportunitiesCategory() {
    return "Opportunities:";
  }

  String metricsCategory() {
    return "Metrics:";
  }

  String painPointsCategory() {
    return "Pain points:";
  }

  /** What the number on a pain point's marker means. */
  String rankMeaning() {
    return "rank, 1 = fix first; colour = priority:";
  }

  /** The name of a whole score of the emotion scale, from −2 to +2. */
  String emotionLevel(int score) {
    return switch (score) {
      case -2 -> "very negative";
      case -1 -> "negative";
      case 0 -> "neutral";
      case 1 -> "positive";
      default -> "very positive";
    };
  }

  String experiencedCurve() {
    return "experienced";
  }

  String expectedCurve() {
    return "expected";
  }

  String gapBetweenCurves() {
    return "gap between them";
  }

  /** What a quick win is. */
  String quickWinMeaning() {
    return "high impact, low effort";
  }

  // ---------------------------------------------------------------- pain points and the panel

  /** The number on a pain point's marker: its rank, 1 the pain point to fix first. */
  String rank(int rank) {
    return Figures.count(rank);
  }

  /** A priority as the panel's badges and the legend name it: {@code "critical"}. */
  String priority(Priority priority) {
    return priority.label();
  }

  /**
   * The tooltip of a pain point's marker: {@code "Pain point 1, critical: Checkout"}, then its
   * summary on a line of its own.
   */
  String painPointTooltip(PainPointNote note) {
    return "Pain point "
        + rank(note.rank())
        + ", "
        + priority(note.priority())
        + ": "
        + note.name()
        + "\n"
        + note.summary();
  }

  /**
   * The heading of the panel's pain points: "Fix first" when they are all the report's fix-first
   * list, else "Pain points" and how many.
   */
  String painPointsHeading(int count, int fixFirst) {
    return count > fixFirst ? "Pain points (" + Figures.count(count) + ")" : "Fix first";
  }

  /** Where a pain point is, in the panel: a touchpoint with its stage, {@code "Checkout (Buy)"}. */
  String painPointPlace(PainPointNote note) {
    return note.stageOfTouchpoint()
        .map(stage -> note.name() + " (" + stage + ")")
        .orElse(note.name());
  }

  /** The heading of the panel's map checks. */
  String mapChecksHeading() {
    return "Map checks";
  }

  /** The heading of the panel's full list of findings. */
  String findings(int count) {
    return "Findings (" + Figures.count(count) + ")";
  }

  /** A finding's severity on its badge in the full list of findings. */
  String findingBadge(FindingSeverity severity) {
    return severity.label().toUpperCase(Locale.ROOT);
  }

  /** A finding in the full list, after its badge: its subject and message. */
  String finding(String subject, String message) {
    return subject + ": " + message;
  }

  // ---------------------------------------------------------------- tooltips and descriptions

  /**
   * The accessible description of the map: what it shows, and where the {@code experienced} emotion
   * curve is lowest.
   */
  String journeySummary(Journey journey, EmotionCurve experienced) {
    StringBuilder text = new StringBuilder("Customer journey map");
    journey.persona().ifPresent(p -> text.append(" for ").append(p.name()));
    List<String> stageNames = new ArrayList<>();
    journey.stages().forEach(s -> stageNames.add(s.name()));
    text.append(": ").append(count(journey.stages().size(), "stage"));
    if (!stageNames.isEmpty()) {
      text.append(" (").append(String.join(", ", stageNames)).append(')');
    }
    text.append(", ")
        .append(count(journey.allTouchpoints().size(), "touchpoint"))
        .append(", ")
        .append(count(journey.allBarriers().size(), "barrier"))
        .append(", ")
        .append(count(journey.allOpportunities().size(), "opportunity"))
        .append('.');
    Optional<EmotionCurve.Point> lowest =
        experienced.points().stream().min(Comparator.comparingDouble(EmotionCurve.Point::score));
    lowest.ifPresent(
        p ->
            text.append(" Lowest emotion at ")
                .append(p.touchpoint().name())
                .append(" (")
                .append(p.emotion())
                .append(")."));
    return text.toString();
  }

  /** The tooltip and accessible name of a stage: every word of it. */
  String stageSummary(Stage stage) {
    StringBuilder text = new StringBuilder("Stage: ").append(stage.name());
    stage.phase().ifPresent(p -> text.append(" (").append(phaseName(p)).append(')'));
    stage.goal().ifPresent(g -> text.append(". Goal: ").append(g));
    return text.toString();
  }

  /** The tooltip and accessible name of a touchpoint: every word of it. */
  String touchpointSummary(Touchpoint t) {
    StringBuilder text = new StringBuilder(256); // room for a usual one: one per touchpoint
    text.append("Touchpoint: ").append(t.name());
    t.channel().ifPresent(c -> text.append(". Channel: ").append(c.name()));
    t.owner().ifPresent(o -> text.append(". Owner: ").append(o));
    if (!t.actors().isEmpty()) {
      text.append(". With: ").append(String.join(", ", t.actors()));
    }
    t.doing().ifPresent(d -> text.append(". Doing: ").append(d));
    t.thinking().ifPresent(d -> text.append(". Thinking: ").append(d));
    t.feeling().ifPresent(d -> text.append(". Feeling: ").append(d));
    t.emotion().ifPresent(e -> text.append(". Emotion: ").append(e));
    t.expectedEmotion().ifPresent(e -> text.append(". Expected emotion: ").append(e));
    for (Barrier b : t.barriers()) {
      text.append(". Barrier (")
          .append(severity(b.severity()))
          .append("): ")
          .append(b.description());
    }
    for (Opportunity o : t.opportunities()) {
      text.append(". Opportunity: ").append(o.description());
    }
    return text.toString();
  }

  /** {@code "1 stage"}, {@code "3 stages"}, {@code "2 opportunities"}. */
  private static String count(int n, String noun) {
    if (n == 1) {
      return "1 " + noun;
    }
    return n
        + " "
        + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
