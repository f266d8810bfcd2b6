package dev.cjm.core;

import static dev.cjm.core.internal.Figures.count;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.internal.Slugs;
import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
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
  private final Map<ElementKind, Integer> positions = new EnumMap<>(ElementKind.class);
  private final List<Reference> references = new ArrayList<>();

  /** The most dangling references that get the closest known id suggested. */
  static final int SUGGESTIONS = 20;

  private final Map<String, Integer> nextSuffix = new HashMap<>();
  private int texts;
  private long textLength;

  /**
   * Ends a build at once when the journey is over one of the {@link Limits} on its size, before
   * checking it costs more than the limits allow.
   */
  static final class OverLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // problems are immutable values
    final Problem problem;

    OverLimit(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Where an id is used: the element's kind, its path and its name. */
  private static final class Place {
    final ElementKind kind;
    final String path;
    final String name;

    Place(ElementKind kind, String path, String name) {
      this.kind = kind;
      this.path = path;
      this.name = name;
    }

    String describe() {
      return path + " (" + kind.word + " " + Texts.quote(name) + ")";
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
    } else if (!withinLimits(path, value, what)) {
      return;
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
    if (value == null || !withinLimits(path, value, what)) {
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

  /**
   * Counts a text against the {@link Limits} of a journey: a text over the length limit is a
   * problem (and is not checked further); a journey over the limits of all its texts ends the
   * build.
   */
  private boolean withinLimits(String path, String value, String what) {
    texts++;
    textLength += value.length();
    if (texts > Limits.MAX_TEXTS) {
      overLimit(path, "texts", texts, Limits.MAX_TEXTS, "MAX_TEXTS");
    }
    if (textLength > Limits.MAX_TOTAL_TEXT_LENGTH) {
      overLimit(
          path,
          "characters of text",
          textLength,
          Limits.MAX_TOTAL_TEXT_LENGTH,
          "MAX_TOTAL_TEXT_LENGTH");
    }
    if (value.length() <= Limits.MAX_TEXT_LENGTH) {
      return true;
    }
    problem(
        path,
        what
            + " is "
            + count(value.length())
            + " characters long; at most "
            + count(Limits.MAX_TEXT_LENGTH)
            + " are allowed (Limits.MAX_TEXT_LENGTH): shorten it, or keep the full text outside"
            + " the journey and refer to it",
        "expected",
        "at most " + Limits.MAX_TEXT_LENGTH + " characters",
        "but was",
        value.length() + " characters");
    return false;
  }

  /** Ends the build: the element at {@code path} takes the journey over a {@link Limits} limit. */
  private void overLimit(String path, String what, long count, int limit, String constant) {
    throw new OverLimit(
        Problem.of(
            path,
            "the journey has more than "
                + count(limit)
                + " "
                + what
                + " (Limits."
                + constant
                + "), the last one counted here; split it into several journeys. Nothing else"
                + " was checked",
            ImmutableMap.of(
                "limit", Integer.toString(limit), "counted so far", Long.toString(count))));
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
   * names the element in messages and in positional ids ({@code touchpoint-3}). A given id counts
   * as a text against the {@link Limits} unless it is the id the DSL would derive, so that a
   * journey whose ids are all written out (by {@link Journey#toBuilder()}, JSON or YAML) is within
   * the limits exactly when the same journey without them is.
   */
  void resolveId(
      Object element,
      ElementKind kind,
      @Nullable String givenId,
      @Nullable String name,
      String path) {
    int position = positions.merge(kind, 1, Integer::sum);
    if (kind == ElementKind.TOUCHPOINT && position > Limits.MAX_TOUCHPOINTS) {
      overLimit(path, "touchpoints", position, Limits.MAX_TOUCHPOINTS, "MAX_TOUCHPOINTS");
    }
    if (kind == ElementKind.STAGE && position > Limits.MAX_STAGES) {
      overLimit(path, "stages", position, Limits.MAX_STAGES, "MAX_STAGES");
    }
    String label = name == null ? "" : name;
    String slug = Slugs.slug(label);
    String derived = slug.isEmpty() ? kind.word + "-" + position : slug;
    String id;
    String origin;
    if (givenId != null) {
      // A given id the DSL would derive anyway (toBuilder(), JSON and YAML give every id) is not a
      // text of its own: it is bounded by the name, which counts, or by the element's position.
      if (!givenId.equals(derived) && !checkGivenId(path + ".id", givenId)) {
        return;
      }
      id = givenId;
      origin = "given";
    } else {
      id = derived;
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
              + kind.word
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
    if (!withinLimits(path, id, "id")) {
      return false;
    }
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

  /**
   * The first id {@code id-2}, {@code id-3}, … not in use. The search for each id resumes where the
   * last one ended, so many duplicates of one id cost linear time, not quadratic.
   */
  private String freeId(String id) {
    for (int suffix = nextSuffix.getOrDefault(id, 2); ; suffix++) {
      String candidate = id + "-" + suffix;
      if (!placesById.containsKey(candidate)) {
        nextSuffix.put(id, suffix);
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
    if (withinLimits(path, barrierId, "barrier id")) {
      references.add(new Reference(path, barrierId));
    }
  }

  /**
   * Checks every recorded reference against the barrier ids of the journey. A message lists at most
   * {@value IdMatch#LISTED_IDS} known ids, and only the first {@value #SUGGESTIONS} dangling
   * references get a "did you mean", so that a journey full of broken references is still checked
   * in linear time.
   */
  void resolveReferences() {
    List<String> barrierIds = new ArrayList<>();
    placesById.forEach(
        (id, place) -> {
          if (place.kind == ElementKind.BARRIER) {
            barrierIds.add(id);
          }
        });
    String known = IdMatch.listed(barrierIds);
    int dangling = 0;
    for (Reference reference : references) {
      Place place = placesById.get(reference.barrierId);
      if (place != null && place.kind == ElementKind.BARRIER) {
        continue;
      }
      StringBuilder message =
          new StringBuilder("addresses barrier ")
              .append(IdMatch.quote(reference.barrierId))
              .append(", but ");
      if (place != null) {
        message.append("that id belongs to ").append(place.describe()).append(", not a barrier");
      } else {
        message.append("the journey has no barrier with that id");
      }
      String closest =
          ++dangling <= SUGGESTIONS
              ? Texts.closest(reference.barrierId, barrierIds).orElse("")
              : "";
      if (barrierIds.isEmpty()) {
        message.append("; the journey has no barriers at all");
      } else {
        message.append("; known barrier ids: ").append(known);
        if (!closest.isEmpty()) {
          message.append("; did you mean ").append(Texts.quote(closest));
        }
      }
      problem(
          reference.path,
          message.toString(),
          "id",
          reference.barrierId,
          "known",
          known,
          "closest",
          closest);
    }
  }
}
