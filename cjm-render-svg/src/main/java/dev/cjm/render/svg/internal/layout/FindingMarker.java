package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.render.svg.internal.text.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The marker on a stage, touchpoint or barrier that has findings: a circle in the colour of the
 * most severe one with their number, and their messages as its tooltip.
 */
final class FindingMarker implements Item {
  static final double SIZE = 18;
  private static final Font FONT = new Font(10, true);

  private final List<Annotation> notes;
  private final ChromeText words;

  FindingMarker(List<Annotation> notes, ChromeText words) {
    this.notes = List.copyOf(notes);
    this.words = words;
  }

  @Override
  public double height() {
    return SIZE;
  }

  @Override
  public double width() {
    return SIZE;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    FindingSeverity worst = FindingSeverity.INFO;
    List<String> messages = new ArrayList<>();
    for (Annotation note : notes) {
      if (note.severity().compareTo(worst) < 0) { // errors come first
        worst = note.severity();
      }
      messages.add(words.findingTooltipLine(note.severity(), note.message()));
    }
    String css = CssClass.findingMarker(worst);
    double r = SIZE / 2;
    double top = y + r - FONT.blockHeight(1) / 2;
    out.add(
        new Group(
            null,
            CssClass.FINDING,
            String.join("\n", messages),
            ImmutableList.of(
                new Circle(new Point(x + r, y + r), r, css, null),
                new Text(
                    ImmutableList.of(words.findingCount(notes.size())),
                    x + r,
                    top + FONT.ascent(),
                    FONT,
                    Anchor.MIDDLE,
                    CssClass.ON_ACCENT,
                    new Box(x, top, SIZE, FONT.blockHeight(1)),
                    css,
                    null))));
  }
}
