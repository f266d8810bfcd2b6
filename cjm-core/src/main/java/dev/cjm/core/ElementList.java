package dev.cjm.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ordered element builders of one kind held by a DSL builder (a stage's touchpoints, a
 * touchpoint's barriers), found for editing and removal by the id they have now.
 */
final class ElementList<B> implements Iterable<B> {
  private final ElementKind kind;
  private final Function<B, @Nullable String> idOf;
  private final List<B> builders = new ArrayList<>();

  ElementList(ElementKind kind, Function<B, @Nullable String> idOf) {
    this.kind = kind;
    this.idOf = idOf;
  }

  B add(B builder) {
    builders.add(builder);
    return builder;
  }

  /** Runs {@code configurer} on the element with this id, or records that there is none. */
  void edit(String id, @Nullable Consumer<? super B> configurer, Misuses misuses, String call) {
    if (misuses.isNull(id, call)) {
      return;
    }
    int index = IdMatch.indexOf(builders, idOf, id);
    if (index < 0) {
      misuses.add(kind.field, missing(call, id));
    } else {
      misuses.configure(builders.get(index), configurer, call);
    }
  }

  /** Removes the element with this id, or records that there is none. */
  void remove(String id, Misuses misuses, String call) {
    if (misuses.isNull(id, call)) {
      return;
    }
    int index = IdMatch.indexOf(builders, idOf, id);
    if (index < 0) {
      misuses.add(kind.field, missing(call, id));
    } else {
      builders.remove(index);
    }
  }

  /** True if an element with this id is here. */
  boolean contains(String id) {
    return IdMatch.indexOf(builders, idOf, id) >= 0;
  }

  /** The element with this id, if it is here. */
  @Nullable B find(String id) {
    int index = IdMatch.indexOf(builders, idOf, id);
    return index < 0 ? null : builders.get(index);
  }

  String knownIds() {
    return IdMatch.knownIds(builders, idOf);
  }

  private String missing(String call, String id) {
    return call
        + ": there is no "
        + kind.word
        + " with id "
        + IdMatch.quote(id)
        + " here; "
        + kind.word
        + " ids here: "
        + knownIds();
  }

  int size() {
    return builders.size();
  }

  B get(int index) {
    return builders.get(index);
  }

  @Override
  public Iterator<B> iterator() {
    return builders.iterator();
  }
}
