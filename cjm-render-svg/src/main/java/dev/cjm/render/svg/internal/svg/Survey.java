package dev.cjm.render.svg.internal.svg;

import dev.cjm.render.svg.internal.layout.Circle;
import dev.cjm.render.svg.internal.layout.Group;
import dev.cjm.render.svg.internal.layout.Line;
import dev.cjm.render.svg.internal.layout.MapLayout;
import dev.cjm.render.svg.internal.layout.Node;
import dev.cjm.render.svg.internal.layout.PathShape;
import dev.cjm.render.svg.internal.layout.Rect;
import dev.cjm.render.svg.internal.layout.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the writer needs to know of a layout before it writes the first shape: every class the
 * shapes use, since the style sheet comes first and holds only the rules of those.
 */
final class Survey {
  private final Set<String> classAttributes = new HashSet<>();

  private Survey() {}

  /** Every class named by a shape of {@code layout}: one pass over its shapes. */
  static Set<String> classes(MapLayout layout) {
    Survey survey = new Survey();
    survey.visit(layout.nodes());
    // Thousands of shapes share a few dozen class attributes: split each distinct one once.
    Set<String> classes = new HashSet<>();
    for (String attribute : survey.classAttributes) {
      int start = 0;
      for (int space = attribute.indexOf(' ');
          space >= 0;
          start = space + 1, space = attribute.indexOf(' ', start)) {
        classes.add(attribute.substring(start, space));
      }
      classes.add(attribute.substring(start));
    }
    return classes;
  }

  private void visit(List<Node> nodes) {
    for (Node node : nodes) {
      if (node instanceof Group group) {
        classAttributes.add(group.cssClass());
        visit(group.children());
      } else if (node instanceof Rect rect) {
        classAttributes.add(rect.cssClass());
      } else if (node instanceof Text text) {
        classAttributes.add(text.cssClass());
      } else if (node instanceof PathShape path) {
        classAttributes.add(path.cssClass());
      } else if (node instanceof Circle circle) {
        classAttributes.add(circle.cssClass());
      } else if (node instanceof Line line) {
        classAttributes.add(line.cssClass());
      } else {
        throw new IllegalArgumentException("unknown shape " + node);
      }
    }
  }
}
