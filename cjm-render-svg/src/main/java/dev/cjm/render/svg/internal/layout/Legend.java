package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.Lane;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The legend: the channels, severities, emotion colours and curves, and metric states that the map
 * actually shows, each with a sample.
 */
final class Legend implements Item {
  private static final String SURFACE = "cjm-card cjm-legend-card";

  private final FontMetrics metrics;
  private final Font small;
  private final Font smallBold;
  private final List<Item> entries = new ArrayList<>();
  private final Card card;

  Legend(
      Journey journey,
      LayoutOptions options,
      FontMetrics metrics,
      Font small,
      Font smallBold,
      Font heading,
      double width) {
    this.metrics = metrics;
    this.small = small;
    this.smallBold = smallBold;
    Set<Lane> lanes = options.lanes();
    double inner = Card.innerWidth(width, false);
    if (lanes.contains(Lane.TOUCHPOINTS)) {
      Set<Channel> channels = new LinkedHashSet<>();
      for (Touchpoint touchpoint : journey.allTouchpoints()) {
        touchpoint.channel().ifPresent(channels::add);
      }
      if (!channels.isEmpty()) {
        entries.add(category("Channels"));
        for (Channel channel : channels) {
          entries.add(
              new Badge(
                  channel.name(),
                  smallBold,
                  Math.min(inner, 240),
                  MapLayouter.channelBadgeClass(channel),
                  "cjm-on-accent",
                  metrics));
        }
      }
    }
    if (lanes.contains(Lane.EMOTION)) {
      boolean experienced =
          journey.allTouchpoints().stream().anyMatch(t -> t.emotion().isPresent());
      boolean expected =
          journey.allTouchpoints().stream().anyMatch(t -> t.expectedEmotion().isPresent());
      if (experienced) {
        entries.add(category("Emotion"));
        String[] names = {"very negative", "negative", "neutral", "positive", "very positive"};
        for (int score = -2; score <= 2; score++) {
          entries.add(
              sample(
                  new Swatch(Swatch.Shape.DOT, EmotionLane.markerClass(score), 12),
                  names[score + 2]));
        }
        entries.add(
            sample(new Swatch(Swatch.Shape.LINE, "cjm-emotion-experienced", 12), "experienced"));
      }
      if (expected) {
        if (!experienced) {
          entries.add(category("Emotion"));
        }
        entries.add(sample(new Swatch(Swatch.Shape.LINE, "cjm-emotion-expected", 12), "expected"));
      }
      boolean both =
          journey.allTouchpoints().stream()
              .anyMatch(t -> t.emotion().isPresent() && t.expectedEmotion().isPresent());
      if (both) {
        entries.add(
            sample(new Swatch(Swatch.Shape.SQUARE, "cjm-emotion-gap", 12), "gap between them"));
      }
    }
    if (lanes.contains(Lane.BARRIERS) && !journey.allBarriers().isEmpty()) {
      Set<Severity> used = new LinkedHashSet<>();
      for (Severity severity : Severity.values()) {
        for (Barrier barrier : journey.allBarriers()) {
          if (barrier.severity() == severity) {
            used.add(severity);
          }
        }
      }
      entries.add(category("Barrier severity"));
      for (Severity severity : used) {
        entries.add(
            sample(
                new Swatch(Swatch.Shape.SQUARE, "cjm-stripe cjm-stripe-" + severity.label(), 12),
                severity.label()));
      }
    }
    if (lanes.contains(Lane.OPPORTUNITIES)
        && journey.allOpportunities().stream().anyMatch(o -> o.isQuickWin())) {
      entries.add(category("Opportunities"));
      entries.add(
          new Badge("Quick win", smallBold, inner, "cjm-quick-win", "cjm-on-accent", metrics));
      entries.add(text("high impact, low effort"));
    }
    if (lanes.contains(Lane.METRICS)
        && journey.stages().stream()
            .anyMatch(s -> s.metrics().stream().anyMatch(m -> m.target().isPresent()))) {
      entries.add(category("Metrics"));
      entries.add(sample(new Swatch(Swatch.Shape.SQUARE, "cjm-bar cjm-bar-on", 12), "on target"));
      entries.add(sample(new Swatch(Swatch.Shape.SQUARE, "cjm-bar cjm-bar-off", 12), "off target"));
    }
    List<Item> content = new ArrayList<>();
    content.add(TextItem.of("Legend", heading, inner, 1, "cjm-text", SURFACE, metrics));
    content.add(new Flow(entries, inner, 12, 8));
    this.card = new Card(new Stack(content, 8), width, SURFACE, null, null, "", null);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  private Item category(String name) {
    return TextItem.of(
        name + ":",
        smallBold,
        metrics.width(name + ":", smallBold),
        1,
        "cjm-text",
        SURFACE,
        metrics);
  }

  private Item text(String name) {
    return TextItem.of(name, small, metrics.width(name, small), 1, "cjm-muted", SURFACE, metrics);
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
