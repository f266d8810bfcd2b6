package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the cards of the lanes: a stage's band (name, phase, goal), a touchpoint (channel badge,
 * name, owner, actors), a scenario text (doing, thinking, feeling), a barrier, an opportunity and a
 * metric, each measured and wrapped to its width; a stage's band and a touchpoint's card carry the
 * rank marker of their pain point, if they are one. On the map of a future state compared with its
 * current state, a touchpoint's card carries a "new" or "changed" badge, and a stage's band names
 * the touchpoints removed there. An optional touchpoint's card has a dashed border and says
 * "optional".
 */
final class Cards {
  /** The gap between a marker and the text beside it. */
  private static final double MARKER_GAP = 4;

  private final Journey journey;
  private final Map<String, PainPointNote> painPointsBySubject = new HashMap<>();
  private final int maxLines;
  private final FontMetrics metrics;
  private final Fonts fonts;
  private final ChromeText words;
  private final double cellWidth;
  private final ChannelColours channelColours;
  private final Comparison comparison;

  Cards(Journey journey, List<PainPointNote> painPoints, LayoutContext context, double cellWidth) {
    this(journey, painPoints, context, cellWidth, Comparison.NONE);
  }

  Cards(
      Journey journey,
      List<PainPointNote> painPoints,
      LayoutContext context,
      double cellWidth,
      Comparison comparison) {
    this.journey = journey;
    this.comparison = comparison;
    // Indexed once: every stage and touchpoint asks for its own (a scan per subject would make
    // rendering quadratic in the size of the journey). The journey as a whole has no card.
    for (PainPointNote painPoint : painPoints) {
      if (!painPoint.subjectId().isEmpty()) {
        painPointsBySubject.putIfAbsent(painPoint.subjectId(), painPoint);
      }
    }
    this.maxLines = context.options().maxLines();
    this.metrics = context.metrics();
    this.fonts = context.fonts();
    this.words = context.words();
    this.cellWidth = cellWidth;
    this.channelColours =
        ChannelColours.of(journey, context.options().channelColours().keySet().asList());
  }

  /**
   * The band of stage {@code index}, {@code width} wide, its texts {@code textWidth} wide (on a
   * wide stage they keep to the first columns); {@code continued} where the stage goes on from the
   * map's band above, its name marked so.
   */
  Card stageBand(Stage stage, int index, double width, double textWidth, boolean continued) {
    String band = CssClass.stageBand(index);
    List<Item> items = new ArrayList<>();
    // A stage's pain point is marked where the stage starts, not again where it goes on.
    Optional<PainPointMarker> marker = continued ? Optional.empty() : markerOf(stage.id());
    double nameWidth = textWidth - marker.map(m -> m.width() + MARKER_GAP).orElse(0.0);
    String text = continued ? words.continuedStage(stage.name()) : stage.name();
    Item name = TextItem.of(text, fonts.stageName(), nameWidth, 0, CssClass.TEXT, band, metrics);
    items.add(marker.<Item>map(m -> new Beside(name, m, MARKER_GAP)).orElse(name));
    stage
        .phase()
        .filter(p -> !words.phaseName(p).equalsIgnoreCase(stage.name()))
        .ifPresent(
            p ->
                items.add(
                    TextItem.of(
                        words.phase(p),
                        fonts.small(),
                        textWidth,
                        0,
                        CssClass.TEXT,
                        band,
                        metrics)));
    stage
        .goal()
        .ifPresent(
            g ->
                items.add(
                    TextItem.of(
                        words.goal(g),
                        fonts.body(),
                        textWidth,
                        maxLines,
                        CssClass.TEXT,
                        band,
                        metrics)));
    List<String> removed = comparison.removedAt(stage.id());
    if (!removed.isEmpty()) {
      items.add(
          TextItem.of(
              words.removedTouchpoints(removed),
              fonts.small(),
              textWidth,
              maxLines == 0 ? 3 : maxLines,
              CssClass.REMOVED_TOUCHPOINTS,
              band,
              metrics));
    }
    return Card.of(new Stack(items, 4), width, band);
  }

  Card touchpointCard(Touchpoint touchpoint) {
    String surface = CssClass.TOUCHPOINT_CARD;
    String border = touchpoint.optional() ? CssClass.OPTIONAL_TOUCHPOINT_CARD : surface;
    double inner = Card.innerWidth(cellWidth, false);
    List<Item> items = new ArrayList<>();
    Optional<PainPointMarker> marker = markerOf(touchpoint.id());
    double top = inner - marker.map(m -> m.width() + MARKER_GAP).orElse(0.0);
    Item first;
    if (touchpoint.channel().isPresent()) {
      Channel channel = touchpoint.channel().get();
      ChannelColours.Badge colour = channelColours.of(channel);
      first =
          new Badge(
              words.channel(channel),
              fonts.smallBold(),
              top,
              colour.pill(),
              colour.text(),
              metrics);
    } else {
      first =
          TextItem.of(words.noChannel(), fonts.small(), top, 1, CssClass.MUTED, surface, metrics);
    }
    Optional<ElementChange.Type> change = comparison.change(touchpoint.id());
    if (change.isPresent()) {
      // The change badge follows the channel's, on the next line if the two do not fit in one.
      Badge changeBadge =
          new Badge(
              words.change(change.get()),
              fonts.smallBold(),
              top,
              CssClass.changeBadge(change.get()),
              CssClass.changeBadgeText(change.get()),
              metrics);
      first = new Flow(List.of(first, changeBadge), top, 4, 4);
    }
    Item badge = first;
    items.add(
        marker.<Item>map(m -> new Beside(new Fixed(badge, top), m, MARKER_GAP)).orElse(badge));
    items.add(
        TextItem.of(
            touchpoint.name(),
            fonts.touchpointName(),
            inner,
            maxLines,
            CssClass.TEXT,
            surface,
            metrics));
    if (touchpoint.optional()) {
      items.add(
          TextItem.of(words.optional(), fonts.small(), inner, 1, CssClass.MUTED, surface, metrics));
    }
    touchpoint
        .owner()
        .ifPresent(
            o ->
                items.add(
                    TextItem.of(
                        words.owner(o),
                        fonts.small(),
                        inner,
                        maxLines,
                        CssClass.MUTED,
                        surface,
                        metrics)));
    if (!touchpoint.actors().isEmpty()) {
      items.add(
          TextItem.of(
              words.actors(touchpoint.actors()),
              fonts.small(),
              inner,
              maxLines,
              CssClass.MUTED,
              surface,
              metrics));
    }
    return Card.of(new Stack(items, 5), cellWidth, border);
  }

  /** The card of a doing, thinking or feeling text, if there is one, on {@code surface}. */
  Optional<Card> scenarioCard(Optional<String> text, String surface) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    TextItem item =
        TextItem.of(
            text.get(),
            fonts.body(),
            Card.innerWidth(cellWidth, false),
            maxLines,
            CssClass.TEXT,
            surface,
            metrics);
    return Optional.of(Card.of(item, cellWidth, surface));
  }

  Card barrierCard(Barrier barrier, double width) {
    String surface = CssClass.barrierCard(barrier.severity());
    double inner = Card.innerWidth(width, true);
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            words.barrierHeading(barrier),
            fonts.smallBold(),
            inner,
            1,
            CssClass.TEXT,
            surface,
            metrics));
    items.add(
        TextItem.of(
            barrier.description(), fonts.body(), inner, maxLines, CssClass.TEXT, surface, metrics));
    return Card.of(new Stack(items, 3), width, surface)
        .withStripe(CssClass.stripe(barrier.severity()))
        .inGroup(
            Ids.of("barrier", barrier.id()),
            CssClass.barrier(barrier.severity()),
            words.barrierTitle(barrier));
  }

  /**
   * The card of {@code opportunity}, {@code width} wide, naming {@code alsoAt}: the other
   * touchpoints and stages whose barriers it addresses, if any.
   */
  Card opportunityCard(Opportunity opportunity, double width, List<String> alsoAt) {
    String surface = CssClass.OPPORTUNITY_CARD;
    double inner = Card.innerWidth(width, false);
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            opportunity.description(),
            fonts.body(),
            inner,
            maxLines,
            CssClass.TEXT,
            surface,
            metrics));
    List<Item> badges = new ArrayList<>();
    if (opportunity.isQuickWin()) {
      badges.add(
          new Badge(
              words.quickWin(),
              fonts.smallBold(),
              inner,
              CssClass.QUICK_WIN,
              CssClass.ON_ACCENT,
              metrics));
    }
    opportunity
        .impact()
        .ifPresent(
            l ->
                badges.add(
                    new Badge(
                        words.impact(l),
                        fonts.small(),
                        inner,
                        CssClass.level(l),
                        CssClass.TEXT,
                        metrics)));
    opportunity
        .effort()
        .ifPresent(
            l ->
                badges.add(
                    new Badge(
                        words.effort(l),
                        fonts.small(),
                        inner,
                        CssClass.level(l),
                        CssClass.TEXT,
                        metrics)));
    if (!badges.isEmpty()) {
      items.add(new Flow(badges, inner, 4, 4));
    }
    if (!opportunity.addresses().isEmpty()) {
      List<String> removes = new ArrayList<>();
      for (String id : opportunity.addresses()) {
        removes.add(journey.barrier(id).map(Barrier::description).orElse(id));
      }
      items.add(
          TextItem.of(
              words.addresses(removes),
              fonts.small(),
              inner,
              maxLines == 0 ? 3 : maxLines,
              CssClass.MUTED,
              surface,
              metrics));
    }
    if (!alsoAt.isEmpty()) {
      items.add(
          TextItem.of(
              words.alsoAddresses(alsoAt),
              fonts.small(),
              inner,
              maxLines == 0 ? 3 : maxLines,
              CssClass.MUTED,
              surface,
              metrics));
    }
    return Card.of(new Stack(items, 5), width, surface)
        .inGroup(
            Ids.of("opportunity", opportunity.id()),
            CssClass.opportunity(opportunity.isQuickWin()),
            words.opportunityTitle(opportunity));
  }

  Card metricCard(Metric metric) {
    String surface = CssClass.METRIC_CARD;
    double inner = Card.innerWidth(cellWidth, false);
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            metric.name(), fonts.smallBold(), inner, maxLines, CssClass.TEXT, surface, metrics));
    items.add(
        TextItem.of(
            words.metricValue(metric),
            fonts.stageName(),
            inner,
            1,
            CssClass.TEXT,
            surface,
            metrics));
    if (metric.target().isPresent()) {
      items.add(
          TextItem.of(
              words.metricTarget(metric, metric.target().getAsDouble()),
              fonts.small(),
              inner,
              0,
              CssClass.MUTED,
              surface,
              metrics));
      items.add(
          new Bar(
              metric.value(),
              metric.target().getAsDouble(),
              metric.higherIsBetter(),
              metric.isOffTarget(),
              inner));
    }
    return Card.of(new Stack(items, 4), cellWidth, surface)
        .inGroup(
            null,
            CssClass.metric(metric.target().isPresent(), metric.isOffTarget()),
            words.metricTitle(metric));
  }

  /** The rank marker of the pain point at the stage or touchpoint {@code id}, if it is one. */
  private Optional<PainPointMarker> markerOf(String id) {
    return Optional.ofNullable(painPointsBySubject.get(id))
        .map(note -> PainPointMarker.onMap(note, words, metrics));
  }
}
