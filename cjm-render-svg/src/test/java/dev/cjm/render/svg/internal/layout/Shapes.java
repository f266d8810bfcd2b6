package dev.cjm.render.svg.internal.layout;

import java.util.ArrayList;
import java.util.List;

/** Flattens a layout's shape tree for geometry checks. */
final class Shapes {
  private Shapes() {}

  static List<Node> all(MapLayout layout) {
    List<Node> out = new ArrayList<>();
    collect(layout.nodes(), out);
    return out;
  }

  private static void collect(List<Node> nodes, List<Node> out) {
    for (Node node : nodes) {
      out.add(node);
      if (node instanceof Group group) {
        collect(group.children(), out);
      }
    }
  }

  static <T extends Node> List<T> of(MapLayout layout, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node node : all(layout)) {
      if (type.isInstance(node)) {
        out.add(type.cast(node));
      }
    }
    return out;
  }

  /** The shapes of {@code type} inside {@code group}, at any depth, in painting order. */
  static <T extends Node> List<T> of(Group group, Class<T> type) {
    List<Node> all = new ArrayList<>();
    collect(group.children(), all);
    List<T> out = new ArrayList<>();
    for (Node node : all) {
      if (type.isInstance(node)) {
        out.add(type.cast(node));
      }
    }
    return out;
  }

  static boolean hasClass(String classes, String wanted) {
    return List.of(classes.split(" ")).contains(wanted);
  }
}
