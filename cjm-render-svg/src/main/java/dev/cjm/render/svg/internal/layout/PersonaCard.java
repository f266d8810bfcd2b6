package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Persona;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The persona card of the header: an initial, the name, description and quote on the left; goals,
 * needs, expectations and frustrations as titled lists beside them, as many side by side as fit.
 */
final class PersonaCard {
  private final LayoutOptions options;
  private final FontMetrics metrics;
  private final Fonts fonts;

  PersonaCard(LayoutOptions options, FontMetrics metrics, Fonts fonts) {
    this.options = options;
    this.metrics = metrics;
    this.fonts = fonts;
  }

  /** The card of {@code persona}, {@code width} pixels wide. */
  Card card(Persona persona, double width) {
    String surface = "cjm-persona";
    double inner = width - 2 * Card.PAD;
    List<Section> sections = new ArrayList<>();
    addSection(sections, "Goals", persona.goals());
    addSection(sections, "Needs", persona.needs());
    addSection(sections, "Expectations", persona.expectations());
    addSection(sections, "Frustrations", persona.frustrations());
    double leftWidth = sections.isEmpty() ? inner : Math.min(300, inner * 0.4);
    double avatar = Math.round(fonts.personaName().size() * 2.4);
    List<Item> left = new ArrayList<>();
    TextItem name =
        TextItem.of(
            persona.name(),
            fonts.personaName(),
            leftWidth - avatar - 10,
            2,
            "cjm-text",
            surface,
            metrics);
    left.add(new Beside(new Avatar(persona.name(), avatar, fonts.personaName()), name, 10));
    persona
        .description()
        .ifPresent(
            d ->
                left.add(
                    TextItem.of(
                        d,
                        fonts.body(),
                        leftWidth,
                        options.maxLines(),
                        "cjm-text",
                        surface,
                        metrics)));
    persona
        .quote()
        .ifPresent(
            q ->
                left.add(
                    TextItem.of(
                        "\u201c" + q + "\u201d",
                        fonts.body(),
                        leftWidth,
                        options.maxLines(),
                        "cjm-quote",
                        surface,
                        metrics)));
    Item leftStack = new Stack(left, 8);
    Item content = leftStack;
    if (!sections.isEmpty()) {
      double rightWidth = inner - leftWidth - 20;
      int perRow = (int) Math.max(1, Math.min(sections.size(), Math.floor(rightWidth / 170)));
      double sectionWidth = (rightWidth - (perRow - 1) * 16) / perRow;
      List<Item> sectionItems = new ArrayList<>();
      for (Section section : sections) {
        sectionItems.add(section.item(sectionWidth, surface));
      }
      content = new Beside(leftStack, new Flow(sectionItems, rightWidth, 16, 12), 20);
    }
    return new Card(content, width, "cjm-persona", null, "cjm-persona", "", null);
  }

  private void addSection(List<Section> sections, String heading, List<String> items) {
    if (!items.isEmpty()) {
      sections.add(new Section(heading, items));
    }
  }

  /** A titled list of the persona card. */
  private final class Section {
    private final String heading;
    private final List<String> items;

    Section(String heading, List<String> items) {
      this.heading = heading;
      this.items = items;
    }

    Item item(double width, String surface) {
      List<Item> parts = new ArrayList<>();
      parts.add(
          TextItem.of(
              heading.toUpperCase(Locale.ROOT),
              fonts.smallBold(),
              width,
              1,
              "cjm-muted",
              surface,
              metrics));
      double indent = fonts.body().size();
      for (String entry : items) {
        TextItem bullet =
            TextItem.of("\u2022", fonts.body(), indent, 1, "cjm-muted", surface, metrics);
        TextItem text =
            TextItem.of(
                entry,
                fonts.body(),
                width - indent,
                options.maxLines(),
                "cjm-text",
                surface,
                metrics);
        parts.add(new Beside(bullet, text, 0));
      }
      return new Stack(parts, 4);
    }
  }
}
