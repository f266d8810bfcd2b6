package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The findings panel: every annotation, most severe first, with a severity badge, the name of its
 * subject and its message.
 */
final class FindingsPanel {
  private final Journey journey;
  private final LayoutOptions options;
  private final FontMetrics metrics;
  private final Fonts fonts;

  FindingsPanel(Journey journey, LayoutOptions options, FontMetrics metrics, Fonts fonts) {
    this.journey = journey;
    this.options = options;
    this.metrics = metrics;
    this.fonts = fonts;
  }

  /** The panel listing {@code annotations}, {@code width} pixels wide. */
  Card card(List<Annotation> annotations, double width) {
    List<Annotation> sorted = new ArrayList<>(annotations);
    sorted.sort(Comparator.comparing(Annotation::severity)); // errors first, stable
    String surface = "cjm-card cjm-findings";
    double inner = Card.innerWidth(width, false);
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            "Findings (" + sorted.size() + ")",
            fonts.label(),
            inner,
            1,
            "cjm-text",
            surface,
            metrics));
    double badgeWidth = metrics.width("WARNING", fonts.smallBold()) + 16;
    for (Annotation annotation : sorted) {
      FindingSeverity severity = annotation.severity();
      Badge badge =
          new Badge(
              severity.label().toUpperCase(Locale.ROOT),
              fonts.smallBold(),
              badgeWidth,
              "cjm-finding-badge cjm-finding-" + severity.label(),
              "cjm-on-accent",
              metrics);
      String subject = subjectName(annotation.subjectId());
      TextItem text =
          TextItem.of(
              subject + ": " + annotation.message(),
              fonts.body(),
              inner - badgeWidth - 8,
              options.maxLines(),
              "cjm-text",
              surface,
              metrics);
      items.add(new Beside(new Fixed(badge, badgeWidth), text, 8));
    }
    Card card = new Card(new Stack(items, 6), width, surface, null, "cjm-findings", "", null);
    return card;
  }

  private String subjectName(String id) {
    return journey
        .touchpoint(id)
        .map(Touchpoint::name)
        .or(() -> journey.stage(id).map(Stage::name))
        .or(() -> journey.barrier(id).map(Barrier::description))
        .or(() -> journey.opportunity(id).map(Opportunity::description))
        .orElse(id.isEmpty() ? journey.title() : id);
  }
}
