package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
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
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;
import dev.cjm.core.observed.ObservedSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every word the map adds to the journey's own texts, in one language, for the layout: lane labels,
 * the header's subtitle, the words on cards ("Owner:", "Quick win"), the emotion lane's, the
 * legend's and the report panel's ("Fix first"), and the tooltips and accessible descriptions of
 * the journey, its stages and touchpoints; with its numbers, channel and phase names as that
 * language writes them. The words themselves are in cjm-core's words files (keys {@code map.*}), so
 * another language is another file.
 *
 * <p>Public only so that the renderer's public {@code Lane} names itself with the label the map
 * shows. Immutable and thread-safe.
 */
public final class ChromeText {
  /** The map's words in English. */
  public static final ChromeText ENGLISH = of(Locale.ENGLISH);

  private final Words words;
  private final Locale language;

  private ChromeText(Words words) {
    this.words = words;
    this.language = words.language();
  }

  /** The map's words in {@code language} (English where cjm has no words for it). */
  public static ChromeText of(Locale language) {
    return new ChromeText(Words.of(language));
  }

  /** The language these words are in. */
  public Locale language() {
    return language;
  }

  // ---------------------------------------------------------------- lanes and header

  /** The label of a lane on the left of the map ("Touchpoints"). */
  public String laneLabel(LaneKind lane) {
    return words.get(
        switch (lane) {
          case TOUCHPOINTS -> "map.lane.touchpoints";
          case DOING -> "map.lane.doing";
          case THINKING -> "map.lane.thinking";
          case FEELING -> "map.lane.feeling";
          case EMOTION -> "map.lane.emotion";
          case BARRIERS -> "map.lane.barriers";
          case OPPORTUNITIES -> "map.lane.opportunities";
          case METRICS -> "map.lane.metrics";
        });
  }

  /** The label of the lane of stage headers. */
  String stagesLabel() {
    return words.get("map.lane.stages");
  }

  /** The line below the title: the kind of map, and whose journey it is. */
  String subtitle(Journey journey) {
    String kind =
        words.get(
            journey.state() == Journey.State.CURRENT
                ? "map.subtitle.current"
                : "map.subtitle.future");
    return journey
        .persona()
        .map(p -> words.get("map.subtitle.persona", kind, p.name()))
        .orElse(kind);
  }

  // ---------------------------------------------------------------- persona card

  String goalsHeading() {
    return words.get("map.persona.goals");
  }

  String needsHeading() {
    return words.get("map.persona.needs");
  }

  String expectationsHeading() {
    return words.get("map.persona.expectations");
  }

  String frustrationsHeading() {
    return words.get("map.persona.frustrations");
  }

  /** The persona's quote in the language's quotation marks. */
  String quote(String quote) {
    return words.get("map.quote", quote);
  }

  // ---------------------------------------------------------------- cards

  /** The name of a standard phase. */
  String phaseName(Phase phase) {
    return phase.displayName(language);
  }

  /** The phase line of a stage band. */
  String phase(Phase phase) {
    return words.get("map.phase", phaseName(phase));
  }

  /** The goal line of a stage band. */
  String goal(String goal) {
    return words.get("map.goal", goal);
  }

  /** The name of a channel, on its badge and in tooltips. */
  String channel(Channel channel) {
    return channel.name(language);
  }

  /** What a touchpoint card shows in place of a channel badge when it has none. */
  String noChannel() {
    return words.get("map.noChannel");
  }

  String owner(String owner) {
    return words.get("map.owner", owner);
  }

  String actors(List<String> actors) {
    return words.get("map.with", String.join(", ", actors));
  }

  /** A barrier's severity: {@code "high"}. */
  String severity(Severity severity) {
    return words.get("severity." + severity.label());
  }

  /** The heading of a barrier card: its severity, and how many customers meet it if known. */
  String barrierHeading(Barrier barrier) {
    String heading = severity(barrier.severity()).toUpperCase(Locale.ROOT);
    if (barrier.frequency().isPresent()) {
      String share = Figures.percent(language, barrier.frequency().getAsDouble());
      heading = words.get("map.barrier.share", heading, share);
    }
    return heading;
  }

  /** The tooltip of a barrier card. */
  String barrierTitle(Barrier barrier) {
    return words.get("map.barrier.title", severity(barrier.severity()), barrier.description());
  }

  String quickWin() {
    return words.get("map.quickWin");
  }

  /** The word on an optional touchpoint's card: "optional". */
  String optional() {
    return words.get("map.optional");
  }

  /** The label of the bracket over a "one of" group's alternatives: "one of". */
  String oneOf() {
    return words.get("map.oneOf");
  }

  /** The legend's heading of the marks of a plan with choices: "Choices:". */
  String choicesCategory() {
    return words.get("map.legend.choices");
  }

  /** What an optional touchpoint's dashed card means, in the legend. */
  String optionalMeaning() {
    return words.get("map.legend.optional");
  }

  /** What the bracket over a "one of" group means, in the legend. */
  String oneOfMeaning() {
    return words.get("map.legend.oneOf");
  }

  String impact(Level level) {
    return words.get("map.impact", level(level));
  }

  String effort(Level level) {
    return words.get("map.effort", level(level));
  }

  private String level(Level level) {
    return words.get("level." + level.label());
  }

  /** The line of an opportunity card naming the barriers it removes. */
  String addresses(List<String> barriers) {
    return words.get("map.addresses", String.join("; ", barriers));
  }

  /**
   * The line of an opportunity card naming the other touchpoints and stages whose barriers it
   * addresses (the card sits at the first).
   */
  String alsoAddresses(List<String> places) {
    return words.get("map.alsoAddresses", String.join("; ", places));
  }

  /** The tooltip of an opportunity card. */
  String opportunityTitle(Opportunity opportunity) {
    return words.get("map.opportunity.title", opportunity.description());
  }

  /** The name of a stage whose header is repeated where it goes on in the next band of the map. */
  String continuedStage(String name) {
    return words.get("map.stage.continued", name);
  }

  /** The heading above the journey-wide cards of a lane. */
  String forTheWholeJourney() {
    return words.get("map.forTheWholeJourney");
  }

  /** A metric's value as its card shows it: {@code "2.1%"}, {@code "4.2 min"}. */
  String metricValue(Metric metric) {
    return Figures.metric(language, metric.value(), metric.unit());
  }

  /** A metric card's target line: {@code "Target 3% · off target"}. */
  String metricTarget(Metric metric, double target) {
    return words.get(
        "map.metric.target",
        Figures.metric(language, target, metric.unit()),
        metric.isOffTarget() ? offTarget() : onTarget());
  }

  /** A metric card's tooltip: {@code "Conversion: 2.1% (target 3%)"}. */
  String metricTitle(Metric metric) {
    String value = metricValue(metric);
    if (metric.target().isPresent()) {
      String target = Figures.metric(language, metric.target().getAsDouble(), metric.unit());
      return words.get("map.metric.titleWithTarget", metric.name(), value, target);
    }
    return words.get("map.metric.title", metric.name(), value);
  }

  String onTarget() {
    return words.get("map.onTarget");
  }

  String offTarget() {
    return words.get("map.offTarget");
  }

  // ---------------------------------------------------------------- emotion lane

  /** A label of the emotion scale: {@code "+2"}, {@code "0"}, {@code "−1"} (a true minus). */
  String scale(int level) {
    return level > 0 ? "+" + level : level < 0 ? "\u2212" + Math.abs(level) : "0";
  }

  /** What the emotion lane shows under a touchpoint that records no emotion. */
  String noScore() {
    return words.get("map.noScore");
  }

  /** The label beside an emotion marker, with a true minus sign: {@code "−2 (frustrated)"}. */
  String emotionLabel(Emotion emotion) {
    String score = Figures.score(language, emotion.score());
    String signed = score.startsWith("-") ? "\u2212" + score.substring(1) : score;
    return withWord(signed, emotion);
  }

  /** An emotion as tooltips and descriptions write it: {@code "-2 (frustrated)"}. */
  private String emotion(Emotion emotion) {
    return withWord(Figures.score(language, emotion.score()), emotion);
  }

  private static String withWord(String score, Emotion emotion) {
    return emotion.word().map(word -> score + " (" + word + ")").orElse(score);
  }

  /** The tooltip of an experienced emotion's marker. */
  String emotionTitle(Touchpoint touchpoint, Emotion emotion) {
    return words.get("map.emotion.title", touchpoint.name(), emotion(emotion));
  }

  /** The tooltip of an expected emotion's marker. */
  String expectedEmotionTitle(Touchpoint touchpoint, Emotion expected) {
    return words.get("map.emotion.expectedTitle", touchpoint.name(), emotion(expected));
  }

  // ---------------------------------------------------------------- legend

  String legend() {
    return words.get("map.legend");
  }

  String channelsCategory() {
    return words.get("map.legend.channels");
  }

  String emotionCategory() {
    return words.get("map.legend.emotion");
  }

  String barrierSeverityCategory() {
    return words.get("map.legend.barrierSeverity");
  }

  String opportunitiesCategory() {
    return words.get("map.legend.opportunities");
  }

  String metricsCategory() {
    return words.get("map.legend.metrics");
  }

  String painPointsCategory() {
    return words.get("map.legend.painPoints");
  }

  /** What the number on a pain point's marker means. */
  String rankMeaning() {
    return words.get("map.legend.rankMeaning");
  }

  /** The name of a whole score of the emotion scale, from −2 to +2. */
  String emotionLevel(int score) {
    return words.get(
        switch (score) {
          case -2 -> "map.legend.veryNegative";
          case -1 -> "map.legend.negative";
          case 0 -> "map.legend.neutral";
          case 1 -> "map.legend.positive";
          default -> "map.legend.veryPositive";
        });
  }

  String experiencedCurve() {
    return words.get("map.legend.experienced");
  }

  String expectedCurve() {
    return words.get("map.legend.expected");
  }

  /** The legend's name for the area where the customer feels less than expected. */
  String shortfall() {
    return words.get("map.legend.shortfall");
  }

  /** The legend's name for the area where the customer feels more than expected. */
  String exceeded() {
    return words.get("map.legend.exceeded");
  }

  /** The legend's name for the tick at a metric's target. */
  String targetMark() {
    return words.get("map.legend.targetMark");
  }

  /** The legend's name for the grey part of a lower-is-better bar over its target. */
  String withinTarget() {
    return words.get("map.legend.withinTarget");
  }

  /** What a quick win is. */
  String quickWinMeaning() {
    return words.get("map.legend.quickWinMeaning");
  }

  // ---------------------------------------------------------------- compared with the current
  // state

  /** The badge of a future touchpoint the current state lacks ("new") or has otherwise. */
  String change(ElementChange.Type type) {
    return words.get(type == ElementChange.Type.ADDED ? "map.change.added" : "map.change.changed");
  }

  /** The line of a stage naming the touchpoints removed there: {@code Removed (2): “A”, “B”}. */
  String removedTouchpoints(List<String> names) {
    List<String> quoted = new ArrayList<>();
    names.forEach(name -> quoted.add(words.get("map.quote", name)));
    return words.get(
        "map.removedTouchpoints", String.valueOf(names.size()), String.join(", ", quoted));
  }

  /** The tooltip of a marker of the current state's emotion curve. */
  String currentEmotionTitle(Touchpoint touchpoint, Emotion emotion) {
    return words.get("map.current.title", touchpoint.name(), emotion(emotion));
  }

  String comparisonCategory() {
    return words.get("map.legend.comparison");
  }

  /** The legend's name for the current state's curve, saying how it passes removed touchpoints. */
  String currentCurve() {
    return words.get("map.legend.current");
  }

  /** What a touchpoint's "new" or "changed" badge means. */
  String changeMeaning(ElementChange.Type type) {
    return words.get(type == ElementChange.Type.ADDED ? "map.legend.added" : "map.legend.changed");
  }

  /** What the line of removed touchpoints under a stage's name means. */
  String removedMeaning() {
    return words.get("map.legend.removed");
  }

  // ---------------------------------------------------------------- observed cases

  /** The label of the observed lane ("Observed"). */
  String observedLabel() {
    return words.get("map.lane.observed");
  }

  /** A bar's line: {@code "Reached 64% (640)"}. */
  String reached(ObservedSummary.TouchpointStats stats) {
    return shareLine("map.observed.reached", stats.reachedShare(), stats.reached());
  }

  /** A bar's line: {@code "Failed 5% (32)"}, of the cases that reached the touchpoint. */
  String failed(ObservedSummary.TouchpointStats stats) {
    return shareLine("map.observed.failed", stats.failedShare(), stats.failed());
  }

  /** A bar's line: {@code "Ended here 10% (64)"}. */
  String endedHere(ObservedSummary.TouchpointStats stats) {
    return shareLine("map.observed.ended", stats.endedHereShare(), stats.endedHere());
  }

  private String shareLine(String key, double share, long count) {
    return words.get(key, Figures.percent(language, share), Figures.count(language, count));
  }

  /** The tooltip of a touchpoint's observed bars, saying what each share is of. */
  String observedTitle(Touchpoint touchpoint, ObservedSummary.TouchpointStats stats) {
    return words.get(
        "map.observed.title",
        touchpoint.name(),
        Figures.percent(language, stats.reachedShare()),
        Figures.percent(language, stats.failedShare()),
        Figures.percent(language, stats.endedHereShare()));
  }

  /** The line of a touchpoint after which some waits were long: how many, over how long. */
  String longWaits(ObservedSummary.TouchpointStats stats) {
    return words.get(
        "map.observed.longWaits",
        Figures.count(language, stats.longWaits()),
        stats.longWaitThreshold().map(this::duration).orElse("–"));
  }

  /** The tooltip of the long waits' line: how many of the waits, longer than what. */
  String longWaitsTitle(ObservedSummary.TouchpointStats stats) {
    return words.get(
        "observed.longWait",
        stats.name(),
        Figures.count(language, stats.longWaits()),
        Figures.count(language, stats.waits()),
        stats.longWaitThreshold().map(this::duration).orElse("–"));
  }

  /**
   * An ad-hoc step's line beside its marker: {@code "Called support: 8%"}; {@code "Called support,
   * at the end: 2%"} after the last planned step the cases met, which is drawn in the same column
   * as the one before that step.
   */
  String adHoc(ObservedSummary.AdHocPlace place) {
    String key = place.before().isPresent() ? "map.observed.adHoc" : "map.observed.adHocAtEnd";
    return words.get(key, place.name(), Figures.percent(language, place.share()));
  }

  /**
   * The tooltip of an ad-hoc step's marker: its name, the planned steps around it, its share and
   * count; {@code names} gives a planned step's name by its id.
   */
  String adHocTitle(ObservedSummary.AdHocPlace place, Map<String, String> names) {
    String line =
        words.get(
            "observed.adHoc.line",
            words.get("map.quote", place.name()),
            place
                .after()
                .map(id -> words.get("map.quote", names.getOrDefault(id, id)))
                .orElse(words.get("observed.start")),
            place
                .before()
                .map(id -> words.get("map.quote", names.getOrDefault(id, id)))
                .orElse(words.get("observed.end")),
            Figures.percent(language, place.share()),
            Figures.count(language, place.cases()));
    return words.get("map.observed.adHocTitle", line);
  }

  /** The line under the ad-hoc steps shown in one place, counting those left out: "+3 more". */
  String moreAdHoc(int count) {
    return words.get("map.observed.more", Figures.count(language, count));
  }

  /** The tooltip of a marker of the observed emotion curve: the mean and its n. */
  String observedEmotionTitle(Touchpoint touchpoint, double mean, long n) {
    return words.get(
        "map.observed.emotionTitle",
        touchpoint.name(),
        Figures.score(language, mean),
        Figures.count(language, n));
  }

  /** The heading of the legend's observed entries, with the number of cases. */
  String observedCategory(long cases) {
    return words.get("map.legend.observedCategory", Figures.count(language, cases));
  }

  /** The legend's name for the observed emotion curve. */
  String observedCurve() {
    return words.get("map.legend.observed");
  }

  /** The legend's names of the observed bars, the ad-hoc marker and the long waits' mark. */
  String observedLegend(String what) {
    return words.get("map.legend." + what);
  }

  /** A wait in its largest whole unit, with one decimal: "45 s", "12 min", "2.5 h", "3 d". */
  private String duration(Duration wait) {
    double seconds = wait.toMillis() / 1000.0;
    String unit = "seconds";
    double value = seconds;
    if (seconds >= 86_400) {
      unit = "days";
      value = seconds / 86_400;
    } else if (seconds >= 3_600) {
      unit = "hours";
      value = seconds / 3_600;
    } else if (seconds >= 60) {
      unit = "minutes";
      value = seconds / 60;
    }
    return words.get(
        "observed.duration." + unit, Figures.amount(language, Math.round(value * 10) / 10.0));
  }

  // ---------------------------------------------------------------- pain points and the panel

  /** The number on a pain point's marker: its rank, 1 the pain point to fix first. */
  String rank(int rank) {
    return Figures.count(language, rank);
  }

  /** A priority as the panel's badges and the legend name it: {@code "critical"}. */
  String priority(Priority priority) {
    return words.get("priority." + priority.label());
  }

  /** The name of the pain point of the journey as a whole, which has no stage or touchpoint. */
  String wholeJourney() {
    return words.get("map.painPoint.wholeJourney");
  }

  /**
   * The tooltip of a pain point's marker: {@code "Pain point 1, critical: Checkout"}, then its
   * summary on a line of its own.
   */
  String painPointTooltip(PainPointNote note) {
    return words.get(
            "map.painPoint.tooltip", rank(note.rank()), priority(note.priority()), note.name())
        + "\n"
        + note.summary();
  }

  /**
   * The heading of the panel's pain points: "Fix first" when they are all the report's fix-first
   * list, else "Pain points" and how many.
   */
  String painPointsHeading(int count, int fixFirst) {
    return count > fixFirst
        ? words.count("map.panel.painPoints", count)
        : words.get("heading.fixFirst");
  }

  /** Where a pain point is, in the panel: a touchpoint with its stage, {@code "Checkout (Buy)"}. */
  String painPointPlace(PainPointNote note) {
    return note.stageOfTouchpoint()
        .map(stage -> words.get("where", note.name(), stage))
        .orElse(note.name());
  }

  /** The heading of the panel's map checks. */
  String mapChecksHeading() {
    return words.get("heading.mapChecks");
  }

  /** The heading of the panel's full list of findings. */
  String findings(int count) {
    return words.count("map.panel.findings", count);
  }

  /** The line after the panel's list of findings when {@code count} more were left out. */
  String findingsNotListed(int count) {
    return words.count("findings.notListed", count);
  }

  /** A finding's severity on its badge in the full list of findings. */
  String findingBadge(FindingSeverity severity) {
    return words.get("map.panel." + severity.label());
  }

  /** A finding in the full list, after its badge: its subject and message. */
  String finding(String subject, String message) {
    return words.get("map.panel.finding", subject, message);
  }

  /** The name of a finding's subject in the full list, in the map's language. */
  String subject(GapReport report, Finding finding) {
    return report.subjectName(finding, words.language());
  }

  // ---------------------------------------------------------------- the overview

  /** The heading of the overview's list of the pain points to fix first. */
  String fixFirstHeading() {
    return words.get("heading.fixFirst");
  }

  /** The line below the overview's list when the report has {@code count} more pain points. */
  String morePainPoints(int count) {
    return words.count("map.overview.morePainPoints", count);
  }

  // ---------------------------------------------------------------- tooltips and descriptions

  /**
   * The accessible description of the map: what it shows, and where the {@code experienced} emotion
   * curve is lowest.
   */
  String journeySummary(Journey journey, EmotionCurve experienced) {
    List<String> stageNames = new ArrayList<>();
    journey.stages().forEach(s -> stageNames.add(s.name()));
    String stages = words.count("map.desc.stages", journey.stages().size());
    if (!stageNames.isEmpty()) {
      stages = words.get("where", stages, String.join(", ", stageNames));
    }
    String contents =
        String.join(
            ", ",
            stages,
            words.count("map.desc.touchpoints", journey.allTouchpoints().size()),
            words.count("map.desc.barriers", journey.allBarriers().size()),
            words.count("map.desc.opportunities", journey.allOpportunities().size()));
    String text =
        journey
            .persona()
            .map(p -> words.get("map.desc.mapFor", p.name(), contents))
            .orElseGet(() -> words.get("map.desc.map", contents));
    Optional<EmotionCurve.Point> lowest =
        experienced.points().stream().min(Comparator.comparingDouble(EmotionCurve.Point::score));
    if (lowest.isPresent()) {
      EmotionCurve.Point point = lowest.get();
      text +=
          " " + words.get("map.desc.lowest", point.touchpoint().name(), emotion(point.emotion()));
    }
    return text;
  }

  /** The tooltip and accessible name of a stage: every word of it. */
  String stageSummary(Stage stage) {
    StringBuilder text = new StringBuilder(words.get("map.tip.stage", stage.name()));
    stage.phase().ifPresent(p -> text.append(" (").append(phaseName(p)).append(')'));
    stage.goal().ifPresent(g -> text.append(". ").append(goal(g)));
    return text.toString();
  }

  /** The tooltip and accessible name of a touchpoint: every word of it, sentence by sentence. */
  String touchpointSummary(Touchpoint t) {
    List<String> sentences = new ArrayList<>();
    sentences.add(words.get("map.tip.touchpoint", t.name()));
    t.channel().ifPresent(c -> sentences.add(words.get("map.tip.channel", channel(c))));
    t.owner().ifPresent(o -> sentences.add(owner(o)));
    if (!t.actors().isEmpty()) {
      sentences.add(actors(t.actors()));
    }
    t.doing().ifPresent(d -> sentences.add(words.get("map.tip.doing", d)));
    t.thinking().ifPresent(d -> sentences.add(words.get("map.tip.thinking", d)));
    t.feeling().ifPresent(d -> sentences.add(words.get("map.tip.feeling", d)));
    t.emotion().ifPresent(e -> sentences.add(words.get("map.tip.emotion", emotion(e))));
    t.expectedEmotion()
        .ifPresent(e -> sentences.add(words.get("map.tip.expectedEmotion", emotion(e))));
    for (Barrier b : t.barriers()) {
      sentences.add(barrierTitle(b));
    }
    for (Opportunity o : t.opportunities()) {
      sentences.add(opportunityTitle(o));
    }
    return String.join(". ", sentences);
  }
}
