package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Shapes that belong together (a stage, a touchpoint, a barrier card), with a stable id, a class
 * for styling and a title that tells assistive technology (and a tooltip) the full text.
 */
public record Group(
    @Nullable String id, String cssClass, @Nullable String title, ImmutableList<Node> children)
    implements Node {

  /** Collects the children of a group before its id and title are known. */
  static final class Builder {
    private final List<Node> children = new ArrayList<>();

    void add(Node node) {
      children.add(node);
    }

    List<Node> children() {
      return children;
    }

    Group build(@Nullable String id, String cssClass, @Nullable String title) {
      return new Group(id, cssClass, title, ImmutableList.copyOf(children));
    }
  }
}
