package dev.cjm.core;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.internal.Slugs;
import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of one {@link JourneyBuilder#build()}: the problems found so far, the ids given to each
 * element builder, and the references still to resolve. Checks never throw; they collect.
 */
final class BuildContext {
  private final List<Problem> problems = new ArrayList<>();
  private final IdentityHashMap<Object, String> idsByElement = new IdentityHashMap<>();
  private final Map<String, Place> placesById = new LinkedHashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final List<Reference> references = new ArrayList<>();

  /** Where an id is used: the element's kind, its path and its name. */
  private static final class Place {
    final String kind;
    final String path;
    final String name;

    Place(String kind, String path, String name) {
      this.kind = kind;
      this.path = path;
      this.name = name;
    }

    String describe() {
      return path + " (" + kind + " " + Texts.quote(name) + ")";
    }
  }

  /** An opportunity's reference to a barrier, resolved once every id is known. */
  private static final class Reference {
    final String path;
    final String barrierId;

    Reference(String path, String barrierId) {
      this.path = path;
      this.barrierId = barrierId;
    }
  }

  /** The path of a field of the element at {@code path}; the journey itself is at "". */
  static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  List<Problem> problems() {
    return problems;
  }

  void problem(String path, String message, String... facts) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (int i = 0; i + 1 < facts.length; i += 2) {
      map.put(facts[i], facts[i + 1]);
    }
    problems.add(Problem.of(path, message, map.buildKeepingLast()));
  }

  /** Checks a text that must be there: not null, not blank, valid Unicode. */
  void requiredText(String path, @Nullable String value, String what) {
    if (value == null) {
      problem(path, what + " is missing (null); give a non-blank " + what);
    } else if (Texts.isBlank(value)) {
      problem(
          path,
          what + " is blank; give a non-blank " + what,
          "expected",
          "a non-blank text",
          "but was",
          Texts.quote(value));
    } else {
      unicode(path, value, what);
    }
  }

  /** Checks a text that may be left out but, when given, is not blank and is valid Unicode. */
  void optionalText(String path, @Nullable String value, String what) {
    if (value == null) {
      return;
    }
    if (Texts.isBlank(value)) {
      problem(
          path,
          what + " is blank; give a text or leave the call out",
          "expected",
          "a non-blank text",
          "but was",
          Texts.quote(value));
    } else {
      unicode(path, value, what);
    }
  }

  /** Checks each text of a list (goals, needs, actors): not blank, valid Unicode. */
  void texts(String path, List<String> values, String what) {
    for (int i = 0; i < values.size(); i++) {
      optionalText(path + "[" + i + "]", values.get(i), what);
    }
  }

  private void unicode(String path, String value, String what) {
    int index = Texts.firstUnpairedSurrogate(value);
    if (index >= 0) {
      String unit = String.format(Locale.ROOT, "U+%04X", (int) value.charAt(index));
      problem(
          path,
          what
              + " is not valid Unicode: unpaired surrogate "
              + unit
              + " at index "
              + index
              + "; remove it or complete the surrogate pair",
          "index",
          Integer.toString(index),
          "char",
          unit);
    }
  }

  /** Checks an emotion score: finite and on the scale −2..+2. */
  void score(String path, double score) {
    if (!Emotion.isValidScore(score)) {
      problem(
          path,
          "emotion score "
              + score
              + " is off the scale; expected a finite number from -2 (very negative) to +2"
              + " (very positive)",
          "expected",
          "-2..+2",
          "but was",
          Double.toString(score));
    }
  }

  /** Checks a measured figure: finite. */
  void finite(String path, double value, String what) {
    if (!Double.isFinite(value)) {
      problem(
          path,
          what + " is " + value + "; expected a finite number",
          "expected",
          "a finite number",
          "but was",
          Double.toString(value));
    }
  }

  /**
   * Gives an element its id, given or derived from its name, and reports a duplicate. The kind
   * names the element in messages and in positional ids ({@code touchpoint-3}).
   */
  void resolveId(
      Object element, String kind, @Nullable String givenId, @Nullable String name, String path) {
    int position = positions.merge(kind, 1, Integer::sum);
    String label = name == null ? "" : name;
    String id;
    String origin;
    if (givenId != null) {
      if (!checkGivenId(path + ".id", givenId)) {
        return;
      }
      id = givenId;
      origin = "given";
    } else {
      String slug = Slugs.slug(label);
      id = slug.isEmpty() ? kind + "-" + position : slug;
      origin = slug.isEmpty() ? "from its position" : "derived from its name";
    }
    idsByElement.put(element, id);
    Place place = new Place(kind, path, label);
    Place first = placesById.putIfAbsent(id, place);
    if (first != null) {
      String free = freeId(id);
      problem(
          path + ".id",
          "id "
              + Texts.quote(id)
              + " ("
              + origin
              + ") is already used by "
              + first.describe()
              + "; ids are never renumbered, so give this "
              + kind
              + " its own id, e.g. .id("
              + Texts.quote(free)
              + ")",
          "id",
          id,
          "first",
          first.path,
          "second",
          path,
          "suggested",
          free);
    }
  }

  private boolean checkGivenId(String path, String id) {
    if (Texts.isBlank(id)) {
      problem(
          path,
          "id is blank; give a non-blank id such as \"checkout\", or leave .id(…) out to derive"
              + " it from the name",
          "but was",
          Texts.quote(id));
      return false;
    }
    int before = problems.size();
    unicode(path, id, "id");
    if (problems.size() > before) {
      return false;
    }
    boolean spaceOrControl =
        id.codePoints()
            .anyMatch(
                cp ->
                    Character.isWhitespace(cp)
                        || Character.isSpaceChar(cp)
                        || Character.isISOControl(cp));
    if (spaceOrControl) {
      String slug = Slugs.slug(id);
      problem(
          path,
          "id "
              + Texts.quote(id)
              + " contains white space or control characters; ids are references, so use"
              + " letters, digits and hyphens"
              + (slug.isEmpty() ? "" : ", e.g. " + Texts.quote(slug)),
          "but was",
          Texts.quote(id));
      return false;
    }
    return true;
  }

  private String freeId(String id) {
    for (int suffix = 2; ; suffix++) {
      String candidate = id + "-" + suffix;
      if (!placesById.containsKey(candidate)) {
        return candidate;
      }
    }
  }

  /** The id resolved for an element; only called when the build has no problems. */
  String idOf(Object element) {
    String id = idsByElement.get(element);
    if (id == null) {
      throw new AssertionError("no id was resolved for " + element);
    }
    return id;
  }

  /** Records that the opportunity at {@code path} addresses {@code barrierId}. */
  void reference(String path, String barrierId) {
    references.add(new Reference(path, barrierId));
  }

  /** Checks every recorded reference against the barrier ids of the journey. */
  void resolveReferences() {
    List<String> barrierIds = new ArrayList<>();
    placesById.forEach(
        (id, place) -> {
          if (place.kind.equals("barrier")) {
            barrierIds.add(id);
          }
        });
    for (Reference reference : references) {
      Place place = placesById.get(reference.barrierId);
      if (place != null && place.kind.equals("barrier")) {
        continue;
      }
      StringBuilder message =
          new StringBuilder("addresses barrier ")
              .append(Texts.quote(reference.barrierId))
              .append(", but ");
      if (place != null) {
        message.append("that id belongs to ").append(place.describe()).append(", not a barrier");
      } else {
        message.append("the journey has no barrier with that id");
      }
      String closest = Texts.closest(reference.barrierId, barrierIds).orElse("");
      if (barrierIds.isEmpty()) {
        message.append("; the journey has no barriers at all");
      } else {
        message.append("; known barrier ids: ").append(String.join(", ", barrierIds));
        message.append("; did you mean ").append(Texts.quote(closest));
      }
      problem(
          reference.path,
          message.toString(),
          "id",
          reference.barrierId,
          "known",
          String.join(", ", barrierIds),
          "closest",
          closest);
    }
  }
}
