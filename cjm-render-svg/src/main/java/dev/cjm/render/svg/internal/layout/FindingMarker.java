package dev.cjm.render.svg.internal.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.render.svg.internal.text.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The marker on a stage, touchpoint or barrier that has findings: a circle in the colour of the
 * most severe one with their number, and their messages as its tooltip.
 */
final class FindingMarker implements Item {
  private static final double SIZE = 18;
  private static final Font FONT = new Font(10, true);

  /** The class attribute of a marker, by the severity of its worst finding. */
  private static final ImmutableMap<FindingSeverity, String> CLASSES =
      Arrays.stream(FindingSeverity.values())
          .collect(
              Maps.toImmutableEnumMap(
                  Function.identity(),
                  (FindingSeverity s) -> "cjm-finding-marker cjm-finding-" + s.label()));

  private final List<Annotation> notes;

  FindingMarker(List<Annotation> notes) {
    this.notes = List.copyOf(notes);
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
      messages.add(note.severity().label() + ": " + note.message());
    }
    String css = requireNonNull(CLASSES.get(worst));
    double r = SIZE / 2;
    Font font = FONT;
    String count = notes.size() > 99 ? "99+" : String.valueOf(notes.size());
    double top = y + r - font.blockHeight(1) / 2;
    out.add(
        new Group(
            null,
            "cjm-finding",
            String.join("\n", messages),
            ImmutableList.of(
                new Circle(new Point(x + r, y + r), r, css, null),
                new Text(
                    ImmutableList.of(count),
                    x + r,
                    top + font.ascent(),
                    font,
                    Anchor.MIDDLE,
                    "cjm-on-accent",
                    new Box(x, top, SIZE, font.blockHeight(1)),
                    css,
                    null))));
  }
}
