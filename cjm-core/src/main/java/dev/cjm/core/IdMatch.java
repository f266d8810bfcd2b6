package dev.cjm.core;

import static dev.cjm.core.internal.Figures.count;

import dev.cjm.core.internal.Slugs;
import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds an element builder by the id it has now (given, or derived from its name), and words the
 * problems of a call that names an id that is not there, for the DSL builders and {@link
 * BuildContext}.
 */
final class IdMatch {
  private IdMatch() {}

  /** The most known ids a message lists; the rest are counted ("and 980 more"). */
  static final int LISTED_IDS = 20;

  /** The most characters of an unknown id a message shows; the rest are cut and counted. */
  static final int SHOWN_ID_LENGTH = 60;

  /**
   * The id an element builder has now: the one given, else the slug of its name. The slug is
   * derived once per name the builder is given, not on every lookup, so that edits by id cost time
   * linear in the number of elements searched.
   */
  static final class CurrentId {
    private @Nullable String name;
    private String slug = "";
    private int derivations;

    @Nullable String of(@Nullable String givenId, @Nullable String name) {
      if (givenId != null) {
        return givenId;
      }
      if (name == null) {
        return null;
      }
      if (!name.equals(this.name)) { // the same name is the same String: equals returns at once
        this.name = name;
        this.slug = Slugs.slug(name);
        derivations++;
      }
      return slug;
    }

    /** How many slugs were derived, for the test that lookups do not derive them again. */
    int derivations() {
      return derivations;
    }
  }

  static <B> int indexOf(List<B> builders, Function<B, @Nullable String> idOf, String id) {
    for (int i = 0; i < builders.size(); i++) {
      if (id.equals(idOf.apply(builders.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** The ids of these builders for a message, at most {@value #LISTED_IDS} of them; see below. */
  static <B> String knownIds(List<B> builders, Function<B, @Nullable String> idOf) {
    List<String> ids = new ArrayList<>();
    for (B builder : builders) {
      String id = idOf.apply(builder);
      if (id != null && !id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids.isEmpty() ? "none" : listed(ids);
  }

  /**
   * Known ids for a message: the first {@value #LISTED_IDS}, comma-separated, and how many more
   * ("a, b, … and 980 more"), so that a message stays short however many ids a journey has.
   */
  static String listed(List<String> ids) {
    if (ids.size() <= LISTED_IDS) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, LISTED_IDS))
        + " and "
        + count(ids.size() - LISTED_IDS)
        + " more";
  }

  /**
   * A DSL call naming an id, as a message shows it: {@code editStage(checkout)}; an id over {@value
   * #SHOWN_ID_LENGTH} characters is cut, with its length: {@code editStage(aaa…, 100,000
   * characters)}.
   */
  static String call(String verb, @Nullable String id) {
    if (id == null || id.length() <= SHOWN_ID_LENGTH) {
      return verb + "(" + id + ")";
    }
    return verb + "(" + cut(id) + "…, " + count(id.length()) + " characters)";
  }

  /**
   * An unknown id in quotes for a message: {@link Texts#quote} (at most 60 characters), and the
   * length of an id it cut: {@code "aaa…" (100,000 characters)}.
   */
  static String quote(String id) {
    String quoted = Texts.quote(id);
    return id.length() <= SHOWN_ID_LENGTH
        ? quoted
        : quoted + " (" + count(id.length()) + " characters)";
  }

  /** The first {@value #SHOWN_ID_LENGTH} characters of {@code id}, not splitting a pair. */
  private static String cut(String id) {
    int end = SHOWN_ID_LENGTH;
    if (Character.isHighSurrogate(id.charAt(end - 1))) {
      end--;
    }
    return id.substring(0, end);
  }
}
