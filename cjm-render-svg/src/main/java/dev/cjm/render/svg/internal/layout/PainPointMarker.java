package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The marker of a pain point: its rank (1 = fix first) in white on a disc in the colour of its
 * priority; a pill when the rank has three digits or more. On the map it carries the pain point's
 * name and summary as its tooltip; in the panel, beside the same words, it carries none. The
 * overview draws it larger, its rank in a font of the overview's size.
 */
final class PainPointMarker implements Item {
  /** The height of a marker, and the width of one with a rank of one or two digits. */
  static final double SIZE = 18;

  private static final Font FONT = new Font(10, true);
  private static final double SIDE = 4;

  private final String numeral;
  private final String cssClass;
  private final @Nullable String tooltip;
  private final Font font;
  private final double size;
  private final double width;

  private PainPointMarker(
      String numeral, String cssClass, @Nullable String tooltip, Font font, FontMetrics metrics) {
    this.numeral = numeral;
    this.cssClass = cssClass;
    this.tooltip = tooltip;
    this.font = font;
    this.size = SIZE * font.size() / FONT.size(); // SIZE with the map's 10-pixel numerals
    this.width = Math.max(size, metrics.width(numeral, font) + 2 * SIDE * size / SIZE);
  }

  /** The marker of {@code note} on its card, its tooltip naming and summing up the pain point. */
  static PainPointMarker onMap(PainPointNote note, ChromeText words, FontMetrics metrics) {
    return onMap(note, words, metrics, FONT);
  }

  /**
   * The marker of {@code note} on its card with its rank in {@code font} (and as much larger), its
   * tooltip naming and summing up the pain point: for the overview, whose text is larger.
   */
  static PainPointMarker onMap(
      PainPointNote note, ChromeText words, FontMetrics metrics, Font font) {
    return new PainPointMarker(
        words.rank(note.rank()),
        CssClass.painPointMarker(note.priority()),
        words.painPointTooltip(note),
        font,
        metrics);
  }

  /** The marker of {@code note} in the panel, beside its words, with no tooltip of its own. */
  static PainPointMarker inPanel(PainPointNote note, ChromeText words, FontMetrics metrics) {
    return inPanel(note, words, metrics, FONT);
  }

  /** The marker of {@code note} in a list, its rank in {@code font}: for the overview's list. */
  static PainPointMarker inPanel(
      PainPointNote note, ChromeText words, FontMetrics metrics, Font font) {
    return new PainPointMarker(
        words.rank(note.rank()), CssClass.painPointMarker(note.priority()), null, font, metrics);
  }

  /** A marker of rank {@code rank} painted as {@code cssClass}, for the legend. */
  static PainPointMarker sample(int rank, String cssClass, ChromeText words, FontMetrics metrics) {
    return new PainPointMarker(words.rank(rank), cssClass, null, FONT, metrics);
  }

  @Override
  public double height() {
    return size;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    double top = y + (size - font.blockHeight(1)) / 2;
    Rect disc = new Rect(new Box(x, y, width, size), size / 2, cssClass);
    Text rank =
        new Text(
            ImmutableList.of(numeral),
            x + width / 2,
            top + font.ascent(),
            font,
            Anchor.MIDDLE,
            CssClass.ON_ACCENT,
            new Box(x, top, width, font.blockHeight(1)),
            cssClass,
            null);
    if (tooltip == null) {
      out.add(disc);
      out.add(rank);
    } else {
      out.add(new Group(null, CssClass.PAIN_POINT, tooltip, ImmutableList.of(disc, rank)));
    }
  }
}
