package dev.cjm.core.json;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a document starts, kept as a tree shaped like the document, so that a problem
 * the DSL finds later (at a path such as {@code stages[1].touchpoints[0].emotion}) is shown at its
 * line and column. A tree costs a few dozen bytes a value, far less than a map of pointers.
 */
final class Locations {
  final int line;
  final int column;
  private @Nullable List<String> names; // an object's field names, parallel to children
  private @Nullable List<Locations> children;

  Locations(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** Records the value of an object's field. */
  Locations field(String name, int line, int column) {
    if (names == null) {
      names = new ArrayList<>();
    }
    names.add(name);
    return add(new Locations(line, column));
  }

  /** True if this object has a field named {@code name}. */
  boolean has(String name) {
    return names != null && names.contains(name);
  }

  /** Records the next item of an array. */
  Locations item(int line, int column) {
    return add(new Locations(line, column));
  }

  private Locations add(Locations child) {
    if (children == null) {
      children = new ArrayList<>();
    }
    children.add(child);
    return child;
  }

  /**
   * The location of the value at {@code pointer} (a JSON pointer), or of the nearest value around
   * it that the document has: a problem about an id derived from a name, which the document does
   * not hold, is shown at the element.
   */
  Locations find(String pointer) {
    Locations here = this;
    if (pointer.isEmpty()) {
      return here;
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      Locations next = here.child(segment);
      if (next == null) {
        return here;
      }
      here = next;
    }
    return here;
  }

  /**
   * The longest start of {@code pointer} that the document has: {@code /stages/0/emotion} for
   * {@code /stages/0/emotion/score} where the emotion is written as a bare score.
   */
  String existing(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    Locations here = this;
    StringBuilder found = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      Locations next = here.child(segment);
      if (next == null) {
        break;
      }
      found.append('/').append(segment);
      here = next;
    }
    return found.toString();
  }

  private @Nullable Locations child(String segment) {
    if (children == null) {
      return null;
    }
    if (names == null) {
      int index = index(segment);
      return index >= 0 && index < children.size() ? children.get(index) : null;
    }
    for (int i = names.size() - 1; i >= 0; i--) { // a repeated field: its last value counts
      if (names.get(i).equals(segment)) {
        return children.get(i);
      }
    }
    return null;
  }

  private static int index(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || !segment.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(segment);
  }
}
