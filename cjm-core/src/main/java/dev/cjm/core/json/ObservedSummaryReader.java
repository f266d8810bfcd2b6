package dev.cjm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.observed.ObservedSummary.Step;
import dev.cjm.core.observed.ObservedSummary.TouchpointFigures;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an observed summary document into {@link ObservedSummary#builder}: the fields first, each
 * checked for its type and range where it stands; then the figures against each other, as the
 * builder checks them, each problem reported at the field it names (or the object it is about); and
 * last, the shares and thresholds given against what the counts give.
 */
final class ObservedSummaryReader extends DocumentReader {
  static final String EXAMPLE =
      "{\"cjmFormat\": 1, \"title\": \"Checkout\", \"language\": \"en\", \"cases\": 0,"
          + " \"touchpoints\": []}";

  private static final ImmutableList<String> SUMMARY =
      ImmutableList.of(
          "cjmFormat",
          "title",
          "language",
          "cases",
          "casesWithoutPlannedStep",
          "touchpoints",
          "paths",
          "pathError",
          "adHoc",
          "adHocError");
  private static final ImmutableList<String> TOUCHPOINT =
      ImmutableList.of(
          "id",
          "name",
          "optional",
          "oneOf",
          "reached",
          "reachedShare",
          "stepReached",
          "stepReachedShare",
          "endedHere",
          "endedHereShare",
          "failed",
          "failedShare",
          "emotions",
          "meanEmotion",
          "waits",
          "medianWaitMillis",
          "wait90Millis",
          "longWaits",
          "longWaitThresholdMillis");
  private static final ImmutableList<String> PATH =
      ImmutableList.of("steps", "stepsCut", "cases", "share");
  private static final ImmutableList<String> STEP = ImmutableList.of("planned", "adHoc");
  private static final ImmutableList<String> PLACE =
      ImmutableList.of("name", "after", "before", "cases", "share");

  /** A figure of the summary as given, to be added to the builder and reported where it stands. */
  private record Given(String pointer, Consumer<ObservedSummary.Builder> add) {}

  /**
   * A figure that follows from the counts (a share, a threshold), as given, and what it should be.
   */
  private record Derived(
      String pointer, Locations at, double given, Function<ObservedSummary, Double> expected) {}

  private boolean versionSeen;
  private @Nullable String title;
  private @Nullable Locale language;
  private @Nullable Long cases;
  private final List<Given> given = new ArrayList<>();
  private final List<Derived> derived = new ArrayList<>();
  private int touchpoints;

  private ObservedSummaryReader(JsonParser parser) {
    super(parser, "observed summary document", false);
  }

  static ObservedSummary read(JsonParser parser) {
    ObservedSummaryReader reader = new ObservedSummaryReader(parser);
    reader.readDocument(EXAMPLE);
    return reader.build();
  }

  // ---- the document ---------------------------------------------------------------------------

  @Override
  void readRoot(Locations root) throws IOException {
    boolean[] touchpointsSeen = {false};
    object(
        "",
        root,
        SUMMARY,
        (name, pointer, at, index) -> {
          version(name, pointer, at, index);
          switch (name) {
            case "cjmFormat" -> versionSeen = true;
            case "title" -> title = checked(pointer, at, text(pointer, at));
            case "language" -> language = language(pointer, at);
            case "cases" -> cases = whole(pointer, at);
            case "casesWithoutPlannedStep" -> {
              Long count = whole(pointer, at);
              if (count != null) {
                given.add(new Given(pointer, summary -> summary.casesWithoutPlannedStep(count)));
              }
            }
            case "touchpoints" -> {
              touchpointsSeen[0] = true;
              array(pointer, at, this::touchpoint);
            }
            case "paths" -> array(pointer, at, this::path);
            case "pathError" -> {
              Long error = whole(pointer, at);
              if (error != null) {
                given.add(new Given(pointer, summary -> summary.pathError(error)));
              }
            }
            case "adHoc" -> array(pointer, at, this::place);
            case "adHocError" -> {
              Long error = whole(pointer, at);
              if (error != null) {
                given.add(new Given(pointer, summary -> summary.adHocError(error)));
              }
            }
            default -> throw new AssertionError(name);
          }
        });
    requireVersion(versionSeen);
    for (String field : List.of("title", "language", "cases")) {
      required("", root, field);
    }
    if (!touchpointsSeen[0]) {
      required("", root, "touchpoints");
    }
  }

  private void touchpoint(String pointer, Locations here) throws IOException {
    int index = touchpoints++;
    if (!isObject(pointer, here, "a touchpoint object")) {
      return;
    }
    String[] id = {null};
    String[] name = {null};
    List<Consumer<TouchpointFigures>> figures = new ArrayList<>();
    Long[] emotions = {null};
    Double[] meanEmotion = {null};
    Long[] waits = {null};
    Long[] median = {null};
    Long[] wait90 = {null};
    Long[] longWaits = {null};
    object(
        pointer,
        here,
        TOUCHPOINT,
        (field, at, located, i) -> {
          switch (field) {
            case "id" -> id[0] = checked(at, located, text(at, located));
            case "name" -> name[0] = checked(at, located, text(at, located));
            case "optional" -> {
              if (Boolean.TRUE.equals(bool(at, located))) {
                figures.add(TouchpointFigures::optional);
              }
            }
            case "oneOf" -> {
              String group = checked(at, located, text(at, located));
              if (group != null) {
                figures.add(t -> t.oneOf(group));
              }
            }
            case "reached" -> whole(at, located, count -> figures.add(t -> t.reached(count)));
            case "stepReached" ->
                whole(at, located, count -> figures.add(t -> t.stepReached(count)));
            case "endedHere" -> whole(at, located, count -> figures.add(t -> t.endedHere(count)));
            case "failed" -> whole(at, located, count -> figures.add(t -> t.failed(count)));
            case "emotions" -> emotions[0] = whole(at, located);
            case "meanEmotion" -> meanEmotion[0] = number(at, located);
            case "waits" -> waits[0] = whole(at, located);
            case "medianWaitMillis" -> median[0] = whole(at, located);
            case "wait90Millis" -> wait90[0] = whole(at, located);
            case "longWaits" -> longWaits[0] = whole(at, located);
            case "reachedShare" ->
                share(at, located, s -> s.touchpoints().get(index).reachedShare());
            case "stepReachedShare" ->
                share(at, located, s -> s.touchpoints().get(index).stepReachedShare());
            case "endedHereShare" ->
                share(at, located, s -> s.touchpoints().get(index).endedHereShare());
            case "failedShare" -> share(at, located, s -> s.touchpoints().get(index).failedShare());
            case "longWaitThresholdMillis" ->
                share(
                    at,
                    located,
                    s ->
                        s.touchpoints()
                            .get(index)
                            .longWaitThreshold()
                            .map(threshold -> (double) threshold.toMillis())
                            .orElse(Double.NaN));
            default -> throw new AssertionError(field);
          }
        });
    for (String field : List.of("id", "name", "reached", "stepReached", "endedHere", "failed")) {
      required(pointer, here, field);
    }
    emotions(pointer, here, emotions[0], meanEmotion[0], figures);
    waits(pointer, here, waits[0], median[0], wait90[0], longWaits[0], figures);
    String touchpointId = id[0];
    String touchpointName = name[0];
    if (touchpointId != null && touchpointName != null) {
      given.add(
          new Given(
              pointer,
              summary ->
                  summary.touchpoint(
                      touchpointId, touchpointName, t -> figures.forEach(set -> set.accept(t)))));
    }
  }

  /** The emotion scores' count and mean: both or neither. */
  private void emotions(
      String pointer,
      Locations here,
      @Nullable Long count,
      @Nullable Double mean,
      List<Consumer<TouchpointFigures>> figures) {
    required(pointer, here, "emotions");
    if (count == null || reportedAt(pointer + "/meanEmotion")) {
      return;
    }
    if (count > 0 && mean == null) {
      problem(
          pointer,
          here,
          "the touchpoint has " + count + " emotions but no \"meanEmotion\"; give their mean");
    } else if (count == 0 && mean != null) {
      problem(
          pointer + "/meanEmotion",
          here.find("/meanEmotion"),
          "\"meanEmotion\" is given but \"emotions\" is 0; leave it out, or give the scores' count");
    } else if (mean != null) {
      figures.add(t -> t.emotions(count, mean));
    }
  }

  /**
   * The waits' count and figures: the median and 90th percentile are given when there are waits.
   */
  private void waits(
      String pointer,
      Locations here,
      @Nullable Long count,
      @Nullable Long median,
      @Nullable Long wait90,
      @Nullable Long longWaits,
      List<Consumer<TouchpointFigures>> figures) {
    required(pointer, here, "waits");
    if (count == null) {
      return;
    }
    if (count == 0) {
      for (String field : List.of("medianWaitMillis", "wait90Millis")) {
        if (here.has(field)) {
          problem(
              pointer + "/" + field,
              here.find("/" + field),
              "\"" + field + "\" is given but \"waits\" is 0; leave it out, or give the waits");
        }
      }
      if (longWaits != null && longWaits > 0) {
        problem(
            pointer + "/longWaits",
            here.find("/longWaits"),
            "longWaits is " + longWaits + ", more than waits (0)");
      }
      return;
    }
    for (String field : List.of("medianWaitMillis", "wait90Millis")) {
      required(pointer, here, field);
    }
    if (median != null && wait90 != null) {
      long longOnes = longWaits == null ? 0 : longWaits;
      figures.add(
          t -> t.waits(count, Duration.ofMillis(median), Duration.ofMillis(wait90), longOnes));
    }
  }

  private void path(String pointer, Locations here) throws IOException {
    if (!isObject(pointer, here, "a path object")) {
      return;
    }
    List<Step> steps = new ArrayList<>();
    boolean[] stepsSeen = {false};
    long[] cut = {0};
    Long[] count = {null};
    object(
        pointer,
        here,
        PATH,
        (field, at, located, i) -> {
          switch (field) {
            case "steps" -> {
              stepsSeen[0] = true;
              array(at, located, (item, itemAt) -> step(item, itemAt, steps));
            }
            case "stepsCut" -> whole(at, located, stepsCut -> cut[0] = stepsCut);
            case "cases" -> count[0] = whole(at, located);
            case "share" -> {
              // The path's place among the paths is known once they are sorted: found by its steps.
              share(
                  at,
                  located,
                  s ->
                      s.paths().stream()
                          .filter(p -> p.steps().equals(steps) && p.stepsCut() == cut[0])
                          .findFirst()
                          .map(ObservedSummary.PathShare::share)
                          .orElse(Double.NaN));
            }
            default -> throw new AssertionError(field);
          }
        });
    if (!stepsSeen[0]) {
      required(pointer, here, "steps");
    }
    required(pointer, here, "cases");
    Long cases = count[0];
    if (cases != null && stepsSeen[0]) {
      given.add(new Given(pointer, summary -> summary.path(steps, cut[0], cases)));
    }
  }

  private void step(String pointer, Locations here, List<Step> steps) throws IOException {
    if (!isObject(pointer, here, "a step object, {\"planned\": id} or {\"adHoc\": name}")) {
      return;
    }
    String[] planned = {null};
    String[] adHoc = {null};
    object(
        pointer,
        here,
        STEP,
        (field, at, located, i) -> {
          String text = checked(at, located, text(at, located));
          if (field.equals("planned")) {
            planned[0] = text;
          } else {
            adHoc[0] = text;
          }
        });
    if (planned[0] != null && adHoc[0] == null) {
      steps.add(Step.ofPlanned(planned[0]));
    } else if (adHoc[0] != null && planned[0] == null) {
      steps.add(Step.ofAdHoc(adHoc[0]));
    } else if (!reportedAt(pointer + "/planned") && !reportedAt(pointer + "/adHoc")) {
      problem(
          pointer,
          here,
          "a step names either a planned touchpoint (\"planned\": its id) or an ad-hoc step"
              + " (\"adHoc\": its name), "
              + (planned[0] == null ? "but this one names neither" : "not both"),
          "expected",
          "one of \"planned\", \"adHoc\"");
    }
  }

  private void place(String pointer, Locations here) throws IOException {
    if (!isObject(pointer, here, "an ad-hoc place object")) {
      return;
    }
    String[] texts = {null, null, null};
    Long[] count = {null};
    object(
        pointer,
        here,
        PLACE,
        (field, at, located, i) -> {
          switch (field) {
            case "name" -> texts[0] = checked(at, located, text(at, located));
            case "after" -> texts[1] = checked(at, located, text(at, located));
            case "before" -> texts[2] = checked(at, located, text(at, located));
            case "cases" -> count[0] = whole(at, located);
            case "share" ->
                share(
                    at,
                    located,
                    s ->
                        s.adHoc().stream()
                            .filter(
                                p ->
                                    p.name().equals(texts[0])
                                        && p.after().equals(Optional.ofNullable(texts[1]))
                                        && p.before().equals(Optional.ofNullable(texts[2])))
                            .findFirst()
                            .map(ObservedSummary.AdHocPlace::share)
                            .orElse(Double.NaN));
            default -> throw new AssertionError(field);
          }
        });
    required(pointer, here, "name");
    required(pointer, here, "cases");
    String name = texts[0];
    Long cases = count[0];
    if (name != null && cases != null) {
      given.add(new Given(pointer, summary -> summary.adHoc(name, texts[1], texts[2], cases)));
    }
  }

  // ---- the summary ----------------------------------------------------------------------------

  private ObservedSummary build() {
    if (!problems().isEmpty() || title == null || language == null || cases == null) {
      throw invalid(null);
    }
    ObservedSummary.Builder builder = ObservedSummary.builder(title, language, cases);
    for (Given figure : given) {
      try {
        figure.add.accept(builder);
      } catch (IllegalArgumentException e) {
        builderProblem(figure.pointer, e);
      }
    }
    if (!problems().isEmpty()) {
      throw invalid(null);
    }
    ObservedSummary summary;
    try {
      summary = builder.build();
    } catch (IllegalArgumentException e) {
      builderProblem("", e);
      throw invalid(e);
    }
    for (Derived figure : derived) {
      double expected = figure.expected.apply(summary);
      if (Double.compare(figure.given, expected) != 0) {
        String field = figure.pointer.substring(figure.pointer.lastIndexOf('/') + 1);
        problem(
            figure.pointer,
            figure.at,
            field
                + " is "
                + number(figure.given)
                + ", but the counts give "
                + (Double.isNaN(expected) ? "none" : number(expected))
                + "; correct it, or leave it out",
            "expected",
            Double.isNaN(expected) ? "no " + field : number(expected),
            "but was",
            number(figure.given));
      }
    }
    if (!problems().isEmpty()) {
      throw invalid(null);
    }
    return summary;
  }

  /**
   * A figure the builder refused, reported at the field its message starts with when the document
   * has it there ({@code reached is 1200 at touchpoint …}), else at {@code pointer}.
   */
  private void builderProblem(String pointer, IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    int space = message.indexOf(' ');
    String field = space < 0 ? "" : message.substring(0, space);
    String fieldPointer = pointer + "/" + field;
    String at = locations().existing(fieldPointer).equals(fieldPointer) ? fieldPointer : pointer;
    if (!reportedAt(at)) {
      Locations here = locations().find(at);
      problem(at, here, message);
    }
  }

  // ---- values ---------------------------------------------------------------------------------

  private interface CountUser {
    void use(long count);
  }

  private void whole(String pointer, Locations here, CountUser user) throws IOException {
    Long count = whole(pointer, here);
    if (count != null) {
      user.use(count);
    }
  }

  /** A share or threshold given, to be checked against the summary's once it is built. */
  private void share(String pointer, Locations here, Function<ObservedSummary, Double> expected)
      throws IOException {
    Double given = number(pointer, here);
    if (given != null) {
      derived.add(new Derived(pointer, here, given, expected));
    }
  }

  private @Nullable Locale language(String pointer, Locations here) throws IOException {
    String tag = text(pointer, here);
    if (tag == null) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(tag.strip());
    if (locale.getLanguage().isEmpty() && !tag.strip().equals("und")) {
      problem(
          pointer,
          here,
          "language "
              + Texts.quote(tag)
              + " is not a language tag with a language; give one such as \"en\", \"pl\" or"
              + " \"de-CH\"",
          "expected",
          "a BCP 47 language tag such as \"pl\"",
          "but was",
          Texts.quote(tag));
      return null;
    }
    return locale;
  }

  /** A name or id that is blank or not valid Unicode, reported here. */
  private @Nullable String checked(String pointer, Locations here, @Nullable String text) {
    if (text == null) {
      return null;
    }
    if (Texts.isBlank(text) || Texts.firstUnpairedSurrogate(text) >= 0) {
      problem(
          pointer,
          here,
          Texts.isBlank(text)
              ? "the text is blank; give it a name"
              : "the text " + Texts.quote(text) + " is not valid Unicode (an unpaired surrogate)");
      return null;
    }
    return text;
  }

  /** Reports {@code field} of the object at {@code pointer} missing, unless it is there. */
  private void required(String pointer, Locations here, String field) {
    if (!here.has(field) && !reportedAt(pointer)) {
      problem(
          pointer,
          here,
          (pointer.isEmpty() ? "the summary" : pointer)
              + " has no \""
              + field
              + "\"; every "
              + (pointer.isEmpty() ? "summary" : "such object")
              + " has one",
          "missing",
          field);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
