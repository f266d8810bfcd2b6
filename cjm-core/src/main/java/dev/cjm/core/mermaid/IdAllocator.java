package dev.cjm.core.mermaid;

import dev.cjm.core.internal.Slugs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gives the stages and touchpoints read from a diagram their ids: the slug of the name, as the DSL
 * would derive it ({@code kind-position} for a name without letters or digits), made unique with
 * the first free suffix {@code -2}, {@code -3}, … in diagram order. Mermaid repeats section and
 * task names freely; a journey's ids must be unique, so the same text always gets the same ids.
 *
 * <p>Each base remembers the last suffix it used, so n equal names cost O(n), not O(n²).
 */
final class IdAllocator {
  private final Set<String> used = new HashSet<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();

  /** The id of the next element of this kind ("stage", "touchpoint") with this name. */
  String next(String kind, String name) {
    return unique(derived(kind, name));
  }

  /**
   * As {@link #next}, but null when the id is the one the DSL derives by itself (the slug, or
   * {@code kind-position}), which the parser then leaves to the DSL: a given id would count as a
   * text of the journey against its {@link dev.cjm.core.Limits}, and the name already did.
   */
  @Nullable String nextUnlessDerived(String kind, String name) {
    String derived = derived(kind, name);
    String id = unique(derived);
    return id.equals(derived) ? null : id;
  }

  /** The id the DSL derives for the next element of this kind with this name. */
  private String derived(String kind, String name) {
    int position = positions.merge(kind, 1, Integer::sum);
    String slug = Slugs.slug(name);
    return slug.isEmpty() ? kind + "-" + position : slug;
  }

  /** {@code base}, or with the first free suffix if it is in use. */
  private String unique(String base) {
    if (used.add(base)) {
      return base;
    }
    int suffix = nextSuffix.getOrDefault(base, 2);
    while (!used.add(base + "-" + suffix)) {
      suffix++;
    }
    nextSuffix.put(base, suffix + 1);
    return base + "-" + suffix;
  }
}
