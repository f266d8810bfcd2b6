package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.FindingSeverity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings panel: every annotation, most severe first, with a severity badge, the name of its
 * subject and its message.
 */
final class FindingsPanel {
  private final Journey journey;
  private final LayoutContext context;

  FindingsPanel(Journey journey, LayoutContext context) {
    this.journey = journey;
    this.context = context;
  }

  /** The panel listing {@code annotations}, {@code width} pixels wide. */
  Card card(List<Annotation> annotations, double width) {
    Fonts fonts = context.fonts();
    ChromeText words = context.words();
    List<Annotation> sorted = new ArrayList<>(annotations);
    sorted.sort(Comparator.comparing(Annotation::severity)); // errors first, stable
    String surface = CssClass.FINDINGS_CARD;
    double inner = Card.innerWidth(width, false);
    List<Item> items = new ArrayList<>();
    items.add(
        TextItem.of(
            words.findings(sorted.size()),
            fonts.label(),
            inner,
            1,
            CssClass.TEXT,
            surface,
            context.metrics()));
    double badgeWidth = 0; // every badge as wide as the widest word, so the messages line up
    for (FindingSeverity severity : FindingSeverity.values()) {
      badgeWidth =
          Math.max(
              badgeWidth, context.metrics().width(words.findingBadge(severity), fonts.smallBold()));
    }
    badgeWidth += 16;
    for (Annotation annotation : sorted) {
      FindingSeverity severity = annotation.severity();
      Badge badge =
          new Badge(
              words.findingBadge(severity),
              fonts.smallBold(),
              badgeWidth,
              CssClass.findingBadge(severity),
              CssClass.ON_ACCENT,
              context.metrics());
      TextItem text =
          TextItem.of(
              words.finding(subjectName(annotation.subjectId()), annotation.message()),
              fonts.body(),
              inner - badgeWidth - 8,
              context.options().maxLines(),
              CssClass.TEXT,
              surface,
              context.metrics());
      items.add(new Beside(new Fixed(badge, badgeWidth), text, 8));
    }
    return Card.of(new Stack(items, 6), width, surface)
        .inGroup(Ids.FINDINGS, CssClass.CARD_GROUP, null);
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
