package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.Priority;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The panel below the map that lists what the gap report says, compactly: the pain points, worst
 * first, one entry each (rank marker, priority, where, the summary line), under "Fix first" (or
 * "Pain points" when there are more than the fix-first five); then the map checks, one line each;
 * then, when the renderer is asked for them, every finding with its severity and subject. Every
 * text wraps within its column, so nothing leaves the panel and no entry overlaps the next.
 */
final class ReportPanel {
  private static final String SURFACE = CssClass.REPORT_PANEL;

  /** Between the columns of an entry. */
  private static final double GAP = 8;

  /** Between an entry's name and its summary: a little wider, they are both text. */
  private static final double TEXT_GAP = 14;

  /** Between the entries of a section, and between sections. */
  private static final double ENTRY_GAP = 4;

  private static final double SECTION_GAP = 10;

  /** Nothing, no room: what stands in the marker column of an entry without a marker. */
  private static final Item NOTHING = new Stack(List.of(), 0);

  private final ChromeText words;
  private final FontMetrics metrics;
  private final Fonts fonts;
  private final int maxLines;

  ReportPanel(LayoutContext context) {
    this.words = context.words();
    this.metrics = context.metrics();
    this.fonts = context.fonts();
    this.maxLines = context.options().maxLines();
  }

  /** The panel listing {@code annotations}, {@code width} pixels wide. */
  Card card(Annotations annotations, double width) {
    double inner = Card.innerWidth(width, false);
    // Columns shared by every entry, so markers, badges and texts line up down the panel.
    double markerColumn = 0;
    for (PainPointNote note : annotations.painPoints()) {
      markerColumn = Math.max(markerColumn, PainPointMarker.inPanel(note, words, metrics).width());
    }
    double badgeColumn = 0;
    for (Priority priority : Priority.values()) {
      badgeColumn = Math.max(badgeColumn, badge(priority).width());
    }
    double textWidth = inner - indent(markerColumn) - badgeColumn - GAP;
    List<Item> sections = new ArrayList<>();
    if (!annotations.painPoints().isEmpty()) {
      sections.add(painPoints(annotations, markerColumn, badgeColumn, textWidth, inner));
    }
    if (!annotations.mapChecks().isEmpty()) {
      List<Item> items = new ArrayList<>();
      items.add(heading(words.mapChecksHeading(), inner));
      for (MapCheckNote check : annotations.mapChecks()) {
        items.add(
            entry(
                new Fixed(NOTHING, markerColumn),
                new Fixed(badge(check.priority()), badgeColumn),
                text(check.message(), fonts.body(), textWidth)));
      }
      sections.add(new Stack(items, ENTRY_GAP));
    }
    if (!annotations.findings().isEmpty()) {
      sections.add(
          findings(annotations.findings(), annotations.findingsLeftOut(), markerColumn, inner));
    }
    return Card.of(new Stack(sections, SECTION_GAP), width, SURFACE)
        .inGroup(Ids.REPORT_PANEL, CssClass.CARD_GROUP, null);
  }

  /** The pain points, each a marker, a priority badge, where it is and its summary. */
  private Item painPoints(
      Annotations annotations,
      double markerColumn,
      double badgeColumn,
      double textWidth,
      double inner) {
    List<Item> items = new ArrayList<>();
    items.add(
        heading(
            words.painPointsHeading(annotations.painPoints().size(), annotations.fixFirst()),
            inner));
    // The names take as much room as the widest needs, up to 30% of the text's room (or 26 ems);
    // the summaries the rest.
    double widest = 0;
    for (PainPointNote note : annotations.painPoints()) {
      widest = Math.max(widest, metrics.width(words.painPointPlace(note), fonts.label()));
    }
    double nameWidth = Math.min(widest, Math.min(0.3 * textWidth, 26 * fonts.body().size()));
    double summaryWidth = textWidth - nameWidth - TEXT_GAP;
    for (PainPointNote note : annotations.painPoints()) {
      Item marker = PainPointMarker.inPanel(note, words, metrics);
      TextItem place = text(words.painPointPlace(note), fonts.label(), nameWidth);
      TextItem summary = text(note.summary(), fonts.body(), summaryWidth);
      items.add(
          entry(
              new Fixed(marker, markerColumn),
              new Fixed(badge(note.priority()), badgeColumn),
              new Beside(place, summary, TEXT_GAP)));
    }
    return new Stack(items, ENTRY_GAP);
  }

  /**
   * The findings, by severity, with their subjects' names, and a line counting those {@code
   * leftOut} after them, if any.
   */
  private Item findings(
      List<FindingNote> findings, int leftOut, double markerColumn, double inner) {
    List<Item> items = new ArrayList<>();
    items.add(heading(words.findings(findings.size() + leftOut), inner));
    double badgeColumn = 0;
    for (FindingSeverity severity : FindingSeverity.values()) {
      badgeColumn = Math.max(badgeColumn, severityBadge(severity).width());
    }
    List<FindingNote> sorted = new ArrayList<>(findings);
    sorted.sort((a, b) -> a.severity().compareTo(b.severity())); // errors first, stable
    for (FindingNote finding : sorted) {
      TextItem text =
          text(
              words.finding(finding.subject(), finding.message()),
              fonts.body(),
              inner - indent(markerColumn) - badgeColumn - GAP);
      items.add(
          entry(
              new Fixed(NOTHING, markerColumn),
              new Fixed(severityBadge(finding.severity()), badgeColumn),
              text));
    }
    if (leftOut > 0) {
      items.add(text(words.findingsNotListed(leftOut), fonts.body(), inner));
    }
    return new Stack(items, ENTRY_GAP);
  }

  /** How far in the badges are: past the marker column, if there is one. */
  private static double indent(double markerColumn) {
    return markerColumn == 0 ? 0 : markerColumn + GAP;
  }

  /**
   * An entry: a marker (or room for one), a badge and texts side by side, each lowered so that the
   * middles of the marker, the badge and the first line of text meet.
   */
  private Item entry(Item marker, Item badge, Item texts) {
    double head = Math.max(marker.height(), badge.height());
    double textDrop = (head - fonts.body().blockHeight(1)) / 2; // the label font is as tall
    return new Beside(
        Lowered.by(marker, (head - marker.height()) / 2),
        new Beside(
            Lowered.by(badge, (head - badge.height()) / 2), Lowered.by(texts, textDrop), GAP),
        marker.width() == 0 ? 0 : GAP);
  }

  private Badge badge(Priority priority) {
    return new Badge(
        words.priority(priority),
        fonts.smallBold(),
        Double.MAX_VALUE,
        CssClass.priorityBadge(priority),
        CssClass.ON_ACCENT,
        metrics);
  }

  private Badge severityBadge(FindingSeverity severity) {
    return new Badge(
        words.findingBadge(severity),
        fonts.smallBold(),
        Double.MAX_VALUE,
        CssClass.findingBadge(severity),
        CssClass.ON_ACCENT,
        metrics);
  }

  private TextItem heading(String heading, double width) {
    return TextItem.of(heading, fonts.label(), width, 0, CssClass.TEXT, SURFACE, metrics);
  }

  private TextItem text(String text, Font font, double width) {
    return TextItem.of(text, font, width, maxLines, CssClass.TEXT, SURFACE, metrics);
  }

  /** An item drawn lower than the top of its slot, taller by as much. */
  static final class Lowered implements Item {
    private final Item item;
    private final double drop;

    private Lowered(Item item, double drop) {
      this.item = item;
      this.drop = drop;
    }

    static Item by(Item item, double drop) {
      return drop <= 0 ? item : new Lowered(item, drop);
    }

    @Override
    public double height() {
      return item.height() + drop;
    }

    @Override
    public double width() {
      return item.width();
    }

    @Override
    public void emit(double x, double y, List<Node> out) {
      item.emit(x, y + drop, out);
    }
  }
}
