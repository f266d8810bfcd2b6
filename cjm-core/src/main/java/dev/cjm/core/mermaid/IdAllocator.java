package dev.cjm.core.mermaid;

import dev.cjm.core.internal.Slugs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
    int position = positions.merge(kind, 1, Integer::sum);
    String slug = Slugs.slug(name);
    String base = slug.isEmpty() ? kind + "-" + position : slug;
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
