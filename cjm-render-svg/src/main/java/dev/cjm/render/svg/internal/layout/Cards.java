package dev.cjm.render.svg.internal.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the cards of the lanes: a touchpoint (channel badge, name, owner, actors), a scenario text
 * (doing, thinking, feeling), a barrier, an opportunity and a metric, each measured and wrapped to
 * its width, with a finding marker where the subject has annotations.
 */
final class Cards {
  /**
   * The class attributes of a barrier card and the heading of its severity, made once per severity:
   * thousands of cards share a few Strings, whose hashes are kept.
   */
  private record BarrierClasses(String surface, String stripe, String group, String head) {
    static BarrierClasses of(Severity severity) {
      String label = severity.label();
      return new BarrierClasses(
          "cjm-card cjm-barrier-card cjm-barrier-" + label,
          "cjm-stripe cjm-stripe-" + label,
          "cjm-barrier cjm-severity-" + label,
          label.toUpperCase(Locale.ROOT));
    }
  }

  private static final ImmutableMap<Severity, BarrierClasses> BARRIER_CLASSES =
      Arrays.stream(Severity.values())
          .collect(Maps.toImmutableEnumMap(Function.identity(), BarrierClasses::of));

  /** The class attribute of an impact or effort badge, by its level. */
  private static final ImmutableMap<Level, String> LEVEL_CLASSES =
      Arrays.stream(Level.values())
          .collect(
              Maps.toImmutableEnumMap(
                  Function.identity(), (Level l) -> "cjm-level cjm-level-" + l.label()));

  private final Journey journey;
  private final ImmutableListMultimap<String, Annotation> annotationsBySubject;
  private final LayoutOptions options;
  private final FontMetrics metrics;
  private final Fonts fonts;
  private final double cellWidth;

  Cards(
      Journey journey,
      List<Annotation> annotations,
      LayoutOptions options,
      FontMetrics metrics,
      Fonts fonts,
      double cellWidth) {
    this.journey = journey;
    // Indexed once: every stage, touchpoint and barrier asks for its own (a scan per subject made
    // rendering quadratic in the size of the journey).
    this.annotationsBySubject = Multimaps.index(annotations, Annotation::subjectId);
    this.options = options;
    this.metrics = metrics;
    this.fonts = fonts;
    this.cellWidth = cellWidth;
  }

  Optional<Card> touchpointCard(Touchpoint touchpoint) {
    String surface = "cjm-card cjm-touchpoint-card";
    double inner = Card.innerWidth(cellWidth, false);
    List<Item> items = new ArrayList<>();
    List<Annotation> notes = annotationsOf(touchpoint.id());
    double top = notes.isEmpty() ? inner : inner - 22;
    Item first;
    if (touchpoint.channel().isPresent()) {
      Channel channel = touchpoint.channel().get();
      first =
          new Badge(
              channel.name(),
              fonts.smallBold(),
              top,
              MapLayouter.channelBadgeClass(channel),
              "cjm-on-accent",
              metrics);
    } else {
      first = TextItem.of("No channel", fonts.small(), top, 1, "cjm-muted", surface, metrics);
    }
    items.add(
        notes.isEmpty() ? first : new Beside(new Fixed(first, top), new FindingMarker(notes), 4));
    items.add(
        TextItem.of(
            touchpoint.name(),
            fonts.touchpointName(),
            inner,
            options.maxLines(),
            "cjm-text",
            surface,
            metrics));
    touchpoint
        .owner()
        .ifPresent(
            o ->
                items.add(
                    TextItem.of(
                        "Owner: " + o,
                        fonts.small(),
                        inner,
                        options.maxLines(),
                        "cjm-muted",
                        surface,
                        metrics)));
    if (!touchpoint.actors().isEmpty()) {
      items.add(
          TextItem.of(
              "With: " + String.join(", ", touchpoint.actors()),
              fonts.small(),
              inner,
              options.maxLines(),
              "cjm-muted",
              surface,
              metrics));
    }
    return Optional.of(new Card(new Stack(items, 5), cellWidth, surface, null, null, "", null));
  }

  /** The card of a doing, thinking or feeling text, on {@code surface} ({@code "cjm-card ..."}). */
  Optional<Card> scenarioCard(Optional<String> text, String surface) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    TextItem item =
        TextItem.of(
            text.get(),
            fonts.body(),
            Card.innerWidth(cellWidth, false),
            options.maxLines(),
            "cjm-text",
            surface,
            metrics);
    return Optional.of(new Card(item, cellWidth, surface, null, null, "", null));
  }

  Card barrierCard(Barrier barrier, double width) {
    BarrierClasses classes = requireNonNull(BARRIER_CLASSES.get(barrier.severity()));
    String surface = classes.surface();
    double inner = Card.innerWidth(width, true);
    List<Item> items = new ArrayList<>();
    String head = classes.head();
    if (barrier.frequency().isPresent()) {
      head += " \u00b7 " + Math.round(barrier.frequency().getAsDouble() * 100) + "% of customers";
    }
    List<Annotation> notes = annotationsOf(barrier.id());
    Item headText =
        TextItem.of(
            head,
            fonts.smallBold(),
            notes.isEmpty() ? inner : inner - 22,
            1,
            "cjm-text",
            surface,
            metrics);
    items.add(notes.isEmpty() ? headText : new Beside(headText, new FindingMarker(notes), 4));
    items.add(
        TextItem.of(
            barrier.description(),
            fonts.body(),
            inner,
            options.maxLines(),
            "cjm-text",
            surface,
            metrics));
    return new Card(
        new Stack(items, 3),
        width,
        surface,
        classes.stripe(),
        Ids.of("barrier", barrier.id()),
        classes.group(),
        "Barrier (" + barrier.severity().label() + "): " + barrier.description());
  }

  Card opportunityCard(Opportunity opportunity, double width) {
    String surface = "cjm-card cjm-opportunity-card";
    double inner = Card.innerWidth(width, false);
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            opportunity.description(),
            fonts.body(),
            inner,
            options.maxLines(),
            "cjm-text",
            surface,
            metrics));
    List<Item> badges = new ArrayList<>();
    if (opportunity.isQuickWin()) {
      badges.add(
          new Badge(
              "Quick win", fonts.smallBold(), inner, "cjm-quick-win", "cjm-on-accent", metrics));
    }
    opportunity
        .impact()
        .ifPresent(
            l ->
                badges.add(
                    new Badge(
                        "Impact: " + l.label(),
                        fonts.small(),
                        inner,
                        requireNonNull(LEVEL_CLASSES.get(l)),
                        "cjm-text",
                        metrics)));
    opportunity
        .effort()
        .ifPresent(
            l ->
                badges.add(
                    new Badge(
                        "Effort: " + l.label(),
                        fonts.small(),
                        inner,
                        requireNonNull(LEVEL_CLASSES.get(l)),
                        "cjm-text",
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
              "Addresses: " + String.join("; ", removes),
              fonts.small(),
              inner,
              options.maxLines() == 0 ? 3 : options.maxLines(),
              "cjm-muted",
              surface,
              metrics));
    }
    return new Card(
        new Stack(items, 5),
        width,
        surface,
        null,
        Ids.of("opportunity", opportunity.id()),
        "cjm-opportunity" + (opportunity.isQuickWin() ? " cjm-quick-win-opportunity" : ""),
        "Opportunity: " + opportunity.description());
  }

  Card metricCard(Metric metric) {
    String status =
        metric.target().isEmpty()
            ? "cjm-metric-untargeted"
            : metric.isOffTarget() ? "cjm-metric-off" : "cjm-metric-on";
    String surface = "cjm-card cjm-metric-card";
    double inner = Card.innerWidth(cellWidth, false);
    String unit = metric.unit().map(u -> u.equals("%") ? u : " " + u).orElse("");
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            metric.name(),
            fonts.smallBold(),
            inner,
            options.maxLines(),
            "cjm-text",
            surface,
            metrics));
    items.add(
        TextItem.of(
            Numbers.display(metric.value()) + unit,
            fonts.stageName(),
            inner,
            1,
            "cjm-text",
            surface,
            metrics));
    if (metric.target().isPresent()) {
      double target = metric.target().getAsDouble();
      String verdict = metric.isOffTarget() ? "off target" : "on target";
      items.add(
          TextItem.of(
              "Target " + Numbers.display(target) + unit + " \u00b7 " + verdict,
              fonts.small(),
              inner,
              0,
              "cjm-muted",
              surface,
              metrics));
      items.add(new Bar(ratio(metric), inner, metric.isOffTarget() ? "cjm-bar-off" : "cjm-bar-on"));
    }
    return new Card(
        new Stack(items, 4),
        cellWidth,
        surface,
        null,
        null,
        "cjm-metric " + status,
        metricTitle(metric));
  }

  String metricTitle(Metric metric) {
    String text = metric.name() + ": " + Numbers.display(metric.value()) + metric.unit().orElse("");
    if (metric.target().isPresent()) {
      text +=
          " (target "
              + Numbers.display(metric.target().getAsDouble())
              + metric.unit().orElse("")
              + ")";
    }
    return text;
  }

  double ratio(Metric metric) {
    double target = metric.target().orElse(0);
    double value = metric.value();
    double ratio;
    if (metric.higherIsBetter()) {
      ratio = target > 0 && value >= 0 ? value / target : metric.isOffTarget() ? 0 : 1;
    } else {
      ratio = value > 0 && target >= 0 ? target / value : metric.isOffTarget() ? 0 : 1;
    }
    return Math.max(0, Math.min(1, ratio));
  }

  List<Annotation> annotationsOf(String subjectId) {
    return annotationsBySubject.get(subjectId);
  }
}
