package dev.cjm.core;

import dev.cjm.core.internal.Slugs;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Finds an element builder by the id it has now: given, or derived from its name. */
final class IdMatch {
  private IdMatch() {}

  static @Nullable String currentId(@Nullable String givenId, @Nullable String name) {
    if (givenId != null) {
      return givenId;
    }
    return name == null ? null : Slugs.slug(name);
  }

  static <B> int indexOf(List<B> builders, Function<B, @Nullable String> idOf, String id) {
    for (int i = 0; i < builders.size(); i++) {
      if (id.equals(idOf.apply(builders.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  static <B> String knownIds(List<B> builders, Function<B, @Nullable String> idOf) {
    StringBuilder known = new StringBuilder();
    for (B builder : builders) {
      String id = idOf.apply(builder);
      if (id != null && !id.isEmpty()) {
        known.append(known.length() == 0 ? "" : ", ").append(id);
      }
    }
    return known.length() == 0 ? "none" : known.toString();
  }
}
