package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Persona;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The persona card of the header: an initial, the name, description and quote on the left; goals,
 * needs, expectations and frustrations as titled lists beside them, as many side by side as fit.
 */
final class PersonaCard {
  private final int maxLines;
  private final FontMetrics metrics;
  private final Fonts fonts;
  private final ChromeText words;

  PersonaCard(LayoutContext context) {
    this.maxLines = context.options().maxLines();
    this.metrics = context.metrics();
    this.fonts = context.fonts();
    this.words = context.words();
  }

  /** The card of {@code persona}, {@code width} pixels wide. */
  Card card(Persona persona, double width) {
    String surface = CssClass.PERSONA;
    double inner = width - 2 * Card.PAD;
    List<Section> sections = new ArrayList<>();
    addSection(sections, words.goalsHeading(), persona.goals());
    addSection(sections, words.needsHeading(), persona.needs());
    addSection(sections, words.expectationsHeading(), persona.expectations());
    addSection(sections, words.frustrationsHeading(), persona.frustrations());
    double leftWidth = sections.isEmpty() ? inner : Math.min(300, inner * 0.4);
    double avatar = Math.round(fonts.personaName().size() * 2.4);
    List<Item> left = new ArrayList<>();
    TextItem name =
        TextItem.of(
            persona.name(),
            fonts.personaName(),
            leftWidth - avatar - 10,
            2,
            CssClass.TEXT,
            surface,
            metrics);
    left.add(new Beside(new Avatar(persona.name(), avatar, fonts.personaName()), name, 10));
    persona
        .description()
        .ifPresent(
            d ->
                left.add(
                    TextItem.of(
                        d, fonts.body(), leftWidth, maxLines, CssClass.TEXT, surface, metrics)));
    persona
        .quote()
        .ifPresent(
            q ->
                left.add(
                    TextItem.of(
                        words.quote(q),
                        fonts.body(),
                        leftWidth,
                        maxLines,
                        CssClass.QUOTE,
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
    return Card.of(content, width, surface).inGroup(Ids.PERSONA, CssClass.CARD_GROUP, null);
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
          TextItem.of(heading, fonts.smallBold(), width, 1, CssClass.MUTED, surface, metrics));
      double indent = fonts.body().size();
      for (String entry : items) {
        TextItem bullet =
            TextItem.of("\u2022", fonts.body(), indent, 1, CssClass.MUTED, surface, metrics);
        TextItem text =
            TextItem.of(
                entry, fonts.body(), width - indent, maxLines, CssClass.TEXT, surface, metrics);
        parts.add(new Beside(bullet, text, 0));
      }
      return new Stack(parts, 4);
    }
  }
}
