package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legend: the pain points' rank markers and priority colours (when the map marks pain points),
 * the channels, severities, emotion colours and curves, and metric states that the map actually
 * shows, each with a sample; on the map of a future state compared with its current state, the
 * current state's faint curve and the touchpoints' change badges and removed lines, when drawn; on
 * the map of a plan with choices, the optional touchpoints' dashed card and the "one of" bracket.
 * The entries come in groups (pain points, the comparison, the observed cases, channels, choices,
 * emotion, barrier severity, opportunities, metrics), each one item that wraps within its own
 * block: a group is never split among the others.
 */
final class Legend implements Item {
  private static final String SURFACE = CssClass.LEGEND_CARD;

  private final FontMetrics metrics;
  private final Font small;
  private final Font smallBold;
  private final List<Item> entries = new ArrayList<>();
  private final Card card;

  /**
   * The legend of the overview of {@code journey}, {@code width} wide, with the samples its lanes,
   * its {@code experienced} and {@code expected} emotion curves and its pain-point markers (if
   * {@code painPoints}) call for. The overview draws no dashed cards or "one of" brackets, so this
   * legend has no entry for them.
   */
  Legend(
      Journey journey,
      LayoutContext context,
      double width,
      EmotionCurve experienced,
      EmotionCurve expected,
      boolean painPoints) {
    this(
        journey,
        context,
        width,
        experienced,
        expected,
        painPoints,
        Comparison.NONE,
        Observed.NONE,
        false);
  }

  /**
   * The legend of the full map of {@code journey}: as above, with the samples of what the map shows
   * of its {@code comparison} with the current state and of its {@code observed} cases (the
   * observed emotion curve, the bars, the ad-hoc steps' marker and the long waits' mark), and of
   * the plan's choices (an optional touchpoint's dashed card, a "one of" group's bracket).
   */
  Legend(
      Journey journey,
      LayoutContext context,
      double width,
      EmotionCurve experienced,
      EmotionCurve expected,
      boolean painPoints,
      Comparison comparison,
      Observed observed) {
    this(journey, context, width, experienced, expected, painPoints, comparison, observed, true);
  }

  private Legend(
      Journey journey,
      LayoutContext context,
      double width,
      EmotionCurve experienced,
      EmotionCurve expected,
      boolean painPoints,
      Comparison comparison,
      Observed observed,
      boolean choices) {
    this.metrics = context.metrics();
    this.small = context.fonts().small();
    this.smallBold = context.fonts().smallBold();
    ChromeText words = context.words();
    Set<LaneKind> lanes = context.options().lanes();
    double inner = Card.innerWidth(width, false);
    if (painPoints) {
      entries.add(painPoints(words, inner));
    }
    comparison(comparison, words, lanes, inner).ifPresent(entries::add);
    observed(observed, words, inner).ifPresent(entries::add);
    if (lanes.contains(LaneKind.TOUCHPOINTS)) {
      Set<Channel> channels = new LinkedHashSet<>();
      for (Touchpoint touchpoint : journey.allTouchpoints()) {
        touchpoint.channel().ifPresent(channels::add);
      }
      if (!channels.isEmpty()) {
        List<Item> group = new ArrayList<>();
        ChannelColours colours =
            ChannelColours.of(journey, context.options().channelColours().keySet().asList());
        group.add(category(words.channelsCategory()));
        for (Channel channel : channels) {
          ChannelColours.Badge colour = colours.of(channel);
          group.add(
              new Badge(
                  words.channel(channel),
                  smallBold,
                  Math.min(inner, 240),
                  colour.pill(),
                  colour.text(),
                  metrics));
        }
        entries.add(group(group, 8, inner));
      }
    }
    if (choices) {
      choices(journey, words, lanes, inner).ifPresent(entries::add);
    }
    if (lanes.contains(LaneKind.EMOTION)) {
      List<Item> group = new ArrayList<>();
      if (!experienced.isEmpty()) {
        group.add(category(words.emotionCategory()));
        for (int score = -2; score <= 2; score++) {
          group.add(
              sample(
                  new Swatch(Swatch.Shape.DOT, CssClass.emotionMarker(score), 12),
                  words.emotionLevel(score)));
        }
        group.add(
            sample(
                new Swatch(Swatch.Shape.LINE, CssClass.EMOTION_EXPERIENCED, 12),
                words.experiencedCurve()));
      }
      if (!expected.isEmpty()) {
        if (experienced.isEmpty()) {
          group.add(category(words.emotionCategory()));
        }
        group.add(
            sample(
                new Swatch(Swatch.Shape.LINE, CssClass.EMOTION_EXPECTED, 12),
                words.expectedCurve()));
      }
      if (!comparison.currentEmotions().isEmpty()) {
        if (experienced.isEmpty() && expected.isEmpty()) {
          group.add(category(words.emotionCategory()));
        }
        group.add(
            sample(
                new Swatch(Swatch.Shape.LINE, CssClass.EMOTION_CURRENT, 12), words.currentCurve()));
      }
      if (observed.hasEmotions()) {
        if (experienced.isEmpty() && expected.isEmpty() && comparison.currentEmotions().isEmpty()) {
          group.add(category(words.emotionCategory()));
        }
        Item label = text(words.observedCurve());
        group.add(new Beside(new Centred(observedCurveSample(), label.height()), label, 5));
      }
      // The sides of the gap the touchpoints scored on both curves show.
      boolean shortfall =
          experienced.points().stream()
              .anyMatch(p -> p.expectedScore().orElse(p.score()) > p.score());
      boolean exceeded =
          experienced.points().stream()
              .anyMatch(p -> p.expectedScore().orElse(p.score()) < p.score());
      if (shortfall) {
        group.add(
            sample(
                new Swatch(Swatch.Shape.HATCHED, CssClass.GAP_SHORTFALL, 12), words.shortfall()));
      }
      if (exceeded) {
        group.add(
            sample(new Swatch(Swatch.Shape.SQUARE, CssClass.GAP_EXCEEDED, 12), words.exceeded()));
      }
      if (!group.isEmpty()) {
        entries.add(group(group, 8, inner));
      }
    }
    if (lanes.contains(LaneKind.BARRIERS) && !journey.allBarriers().isEmpty()) {
      Set<Severity> used = new LinkedHashSet<>();
      for (Severity severity : Severity.values()) {
        for (Barrier barrier : journey.allBarriers()) {
          if (barrier.severity() == severity) {
            used.add(severity);
          }
        }
      }
      List<Item> group = new ArrayList<>();
      group.add(category(words.barrierSeverityCategory()));
      for (Severity severity : used) {
        group.add(
            sample(
                new Swatch(Swatch.Shape.SQUARE, CssClass.stripe(severity), 12),
                words.severity(severity)));
      }
      entries.add(group(group, 8, inner));
    }
    if (lanes.contains(LaneKind.OPPORTUNITIES)
        && journey.allOpportunities().stream().anyMatch(o -> o.isQuickWin())) {
      List<Item> group = new ArrayList<>();
      group.add(category(words.opportunitiesCategory()));
      group.add(
          new Badge(
              words.quickWin(), smallBold, inner, CssClass.QUICK_WIN, CssClass.ON_ACCENT, metrics));
      group.add(text(words.quickWinMeaning()));
      entries.add(group(group, 8, inner));
    }
    if (lanes.contains(LaneKind.METRICS)) {
      List<Metric> targeted =
          journey.stages().stream()
              .flatMap(s -> s.metrics().stream())
              .filter(m -> m.target().isPresent())
              .toList();
      if (!targeted.isEmpty()) {
        List<Item> group = new ArrayList<>();
        group.add(category(words.metricsCategory()));
        group.add(
            sample(new Swatch(Swatch.Shape.TICK, CssClass.BAR_TARGET, 12), words.targetMark()));
        group.add(
            sample(new Swatch(Swatch.Shape.SQUARE, CssClass.bar(false), 12), words.onTarget()));
        group.add(
            sample(new Swatch(Swatch.Shape.SQUARE, CssClass.bar(true), 12), words.offTarget()));
        if (targeted.stream().anyMatch(m -> !m.higherIsBetter() && m.isOffTarget())) {
          group.add(
              sample(
                  new Swatch(Swatch.Shape.SQUARE, CssClass.BAR_WITHIN, 12), words.withinTarget()));
        }
        entries.add(group(group, 8, inner));
      }
    }
    List<Item> content = new ArrayList<>();
    content.add(
        TextItem.of(
            words.legend(), context.fonts().label(), inner, 1, CssClass.TEXT, SURFACE, metrics));
    content.add(new Flow(entries, inner, 12, 8));
    this.card = Card.of(new Stack(content, 8), width, SURFACE);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * What a pain point's marker says, as one item: a sample marker, what its number means, and a
   * sample of each priority's colour. It wraps within its own block, never among other entries.
   */
  private Item painPoints(ChromeText words, double inner) {
    List<Item> parts = new ArrayList<>();
    parts.add(category(words.painPointsCategory()));
    parts.add(
        PainPointMarker.sample(1, CssClass.painPointMarker(Priority.CRITICAL), words, metrics));
    parts.add(text(words.rankMeaning()));
    for (Priority priority : Priority.values()) {
      parts.add(
          sample(
              new Swatch(Swatch.Shape.DOT, CssClass.prioritySwatch(priority), 12),
              words.priority(priority)));
    }
    return group(parts, 6, inner);
  }

  /**
   * What the marks of the comparison with the current state mean, as one item, if the map shows
   * any: the touchpoints' "new" and "changed" badges, and the stages' lines of removed touchpoints.
   */
  private Optional<Item> comparison(
      Comparison comparison, ChromeText words, Set<LaneKind> lanes, double inner) {
    List<Item> parts = new ArrayList<>();
    if (lanes.contains(LaneKind.TOUCHPOINTS)) {
      for (ElementChange.Type type :
          List.of(ElementChange.Type.ADDED, ElementChange.Type.CHANGED)) {
        if (comparison.changes().containsValue(type)) {
          Badge badge =
              new Badge(
                  words.change(type),
                  smallBold,
                  inner,
                  CssClass.changeBadge(type),
                  CssClass.changeBadgeText(type),
                  metrics);
          parts.add(
              new Beside(badge, new Centred(text(words.changeMeaning(type)), badge.height()), 5));
        }
      }
    }
    if (!comparison.removed().isEmpty()) {
      parts.add(text(words.removedMeaning()));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    parts.add(0, category(words.comparisonCategory()));
    return Optional.of(group(parts, 8, inner));
  }

  /**
   * What the marks of a plan with choices mean, as one item, if the map draws any: the dashed card
   * of an optional touchpoint (in the touchpoints lane) and the bracket over the alternatives of a
   * "one of" group (below the stages' bands).
   */
  private Optional<Item> choices(
      Journey journey, ChromeText words, Set<LaneKind> lanes, double inner) {
    List<Item> parts = new ArrayList<>();
    if (lanes.contains(LaneKind.TOUCHPOINTS)
        && journey.allTouchpoints().stream().anyMatch(Touchpoint::optional)) {
      Item label = text(words.optionalMeaning());
      parts.add(new Beside(new Centred(optionalCardSample(), label.height()), label, 5));
    }
    if (journey.allTouchpoints().stream().anyMatch(t -> t.oneOf().isPresent())) {
      Item label = text(words.oneOfMeaning());
      parts.add(new Beside(new Centred(bracketSample(), label.height()), label, 5));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    parts.add(0, category(words.choicesCategory()));
    return Optional.of(group(parts, 8, inner));
  }

  /**
   * One group of the legend, its heading first, as one item: on one row if it fits in {@code
   * inner}, else wrapping within its own block, so a group never shares a row's wrap with another.
   */
  private static Item group(List<Item> parts, double gap, double inner) {
    double natural = parts.get(0).width(); // summed as Flow sums a row, so that it is one row
    for (Item part : parts.subList(1, parts.size())) {
      natural = natural + gap + part.width();
    }
    return new Flow(parts, Math.min(natural, inner), gap, 4);
  }

  /**
   * What the marks of the observed lane mean, as one item, if the map carries observed cases: the
   * reached, failed and ended-here bars, the ad-hoc steps' diamond and the long waits' mark.
   */
  private Optional<Item> observed(Observed observed, ChromeText words, double inner) {
    if (observed.isNone()) {
      return Optional.empty();
    }
    List<Item> parts = new ArrayList<>();
    parts.add(category(words.observedCategory(observed.cases())));
    parts.add(
        sample(
            new Swatch(Swatch.Shape.SQUARE, CssClass.OBSERVED_REACHED, 12),
            words.observedLegend("reached")));
    parts.add(
        sample(
            new Swatch(Swatch.Shape.SQUARE, CssClass.OBSERVED_FAILED, 12),
            words.observedLegend("failed")));
    parts.add(
        sample(
            new Swatch(Swatch.Shape.SQUARE, CssClass.OBSERVED_ENDED, 12),
            words.observedLegend("ended")));
    if (!observed.adHoc().isEmpty()) {
      Item label = text(words.observedLegend("adHoc"));
      parts.add(new Beside(new Centred(diamondSample(), label.height()), label, 5));
    }
    if (observed.hasLongWaits()) {
      Item label = text(words.observedLegend("longWait"));
      parts.add(new Beside(new Centred(pauseSample(), label.height()), label, 5));
    }
    return Optional.of(group(parts, 8, inner));
  }

  /** The heading of a category of entries, as wide as its text. */
  private Item category(String heading) {
    return TextItem.of(
        heading, smallBold, metrics.width(heading, smallBold), 1, CssClass.TEXT, SURFACE, metrics);
  }

  private Item text(String name) {
    return TextItem.of(
        name, small, metrics.width(name, small), 1, CssClass.MUTED, SURFACE, metrics);
  }

  private Item sample(Swatch swatch, String name) {
    Item label = text(name);
    return new Beside(new Centred(swatch, label.height()), label, 5);
  }

  @Override
  public double height() {
    return card.height();
  }

  @Override
  public double width() {
    return card.width();
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    card.emit(x, y, out);
  }

  /**
   * A legend sample 12 px high and {@code width} wide: a small copy of a mark the map draws, made
   * by {@code drawing} from the sample's top-left corner.
   */
  private record Sample(double width, Drawing drawing) implements Item {
    /** Draws a sample's shapes with its top-left corner at {@code (x, y)}. */
    interface Drawing {
      void emit(double x, double y, List<Node> out);
    }

    @Override
    public double height() {
      return 12;
    }

    @Override
    public void emit(double x, double y, List<Node> out) {
      drawing.emit(x, y, out);
    }
  }

  /** The observed curve's sample: a short stretch of its dashed line with a square marker. */
  private static Item observedCurveSample() {
    return new Sample(
        28,
        (x, y, out) -> {
          out.add(
              new PathShape(
                  ImmutableList.of(
                      PathShape.Segment.move(new Point(x, y + 6)),
                      PathShape.Segment.line(new Point(x + 28, y + 6))),
                  CssClass.EMOTION_OBSERVED));
          out.add(new Rect(new Box(x + 10.5, y + 2.5, 7, 7), 0, CssClass.EMOTION_OBSERVED_MARKER));
        });
  }

  /** An optional touchpoint's sample: a small card with its dashed border. */
  private static Item optionalCardSample() {
    return new Sample(
        20,
        (x, y, out) ->
            out.add(
                new Rect(new Box(x + 0.5, y + 0.5, 19, 11), 2, CssClass.OPTIONAL_TOUCHPOINT_CARD)));
  }

  /** A "one of" group's sample: its bracket, a bar with a tick down at each end. */
  private static Item bracketSample() {
    return new Sample(
        20,
        (x, y, out) -> {
          double top = y + 3;
          double bottom = top + StageHeaderLane.BRACKET_TICK;
          out.add(new Line(new Point(x + 1, bottom), new Point(x + 1, top), CssClass.ONE_OF));
          out.add(new Line(new Point(x + 1, top), new Point(x + 19, top), CssClass.ONE_OF));
          out.add(new Line(new Point(x + 19, top), new Point(x + 19, bottom), CssClass.ONE_OF));
        });
  }

  /** The ad-hoc steps' sample: their diamond. */
  private static Item diamondSample() {
    return new Sample(
        12,
        (x, y, out) ->
            out.add(ObservedLane.diamond(new Point(x + 6, y + 6), 5, CssClass.AD_HOC_MARKER)));
  }

  /** The long waits' sample: their mark, two upright bars. */
  private static Item pauseSample() {
    return new Sample(
        9,
        (x, y, out) -> {
          out.add(new Rect(new Box(x, y + 1.5, 3, 9), 0, CssClass.LONG_WAIT));
          out.add(new Rect(new Box(x + 6, y + 1.5, 3, 9), 0, CssClass.LONG_WAIT));
        });
  }

  /** An item centred vertically in a taller slot. */
  private static final class Centred implements Item {
    private final Item item;
    private final double height;

    Centred(Item item, double height) {
      this.item = item;
      this.height = Math.max(height, item.height());
    }

    @Override
    public double height() {
      return height;
    }

    @Override
    public double width() {
      return item.width();
    }

    @Override
    public void emit(double x, double y, List<Node> out) {
      item.emit(x, y + (height - item.height()) / 2, out);
    }
  }
}
