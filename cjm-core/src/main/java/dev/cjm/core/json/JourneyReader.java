package dev.cjm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.cjm.core.BarrierBuilder;
import dev.cjm.core.InvalidJourneyException;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.MetricBuilder;
import dev.cjm.core.OpportunityBuilder;
import dev.cjm.core.PersonaBuilder;
import dev.cjm.core.Phase;
import dev.cjm.core.Problem;
import dev.cjm.core.Severity;
import dev.cjm.core.StageBuilder;
import dev.cjm.core.TouchpointBuilder;
import dev.cjm.core.internal.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a journey document into the journey DSL as it streams, so that the DSL validates it and
 * every problem, the document's and the DSL's, is reported at once with its place in the document.
 */
final class JourneyReader extends DocumentReader {
  static final String EXAMPLE = "{\"cjmFormat\": 1, \"title\": \"Buying running shoes\", …}";

  private static final ImmutableList<String> JOURNEY =
      ImmutableList.of(
          "cjmFormat",
          "title",
          "description",
          "accessibilityTitle",
          "accessibilityDescription",
          "state",
          "locale",
          "persona",
          "stages",
          "opportunities");
  private static final ImmutableList<String> PERSONA =
      ImmutableList.of(
          "name", "description", "goals", "needs", "expectations", "frustrations", "quote");
  private static final ImmutableList<String> STAGE =
      ImmutableList.of(
          "id", "name", "phase", "goal", "touchpoints", "barriers", "opportunities", "metrics");
  private static final ImmutableList<String> TOUCHPOINT =
      ImmutableList.of(
          "id",
          "name",
          "channel",
          "owner",
          "actors",
          "doing",
          "thinking",
          "feeling",
          "emotion",
          "expectedEmotion",
          "optional",
          "oneOf",
          "barriers",
          "opportunities");
  private static final ImmutableList<String> EMOTION = ImmutableList.of("score", "word");
  private static final ImmutableList<String> BARRIER =
      ImmutableList.of("id", "description", "severity", "frequency");
  private static final ImmutableList<String> OPPORTUNITY =
      ImmutableList.of("id", "description", "addresses", "impact", "effort");
  private static final ImmutableList<String> METRIC =
      ImmutableList.of("name", "value", "target", "unit", "higherIsBetter");

  private static final ImmutableList<Journey.State> STATES =
      ImmutableList.copyOf(Journey.State.values());
  private static final ImmutableList<Phase> PHASES = ImmutableList.copyOf(Phase.values());
  private static final ImmutableList<Severity> SEVERITIES = ImmutableList.copyOf(Severity.values());
  private static final ImmutableList<Level> LEVELS = ImmutableList.copyOf(Level.values());

  private final JourneyBuilder journey = Journey.builder(missing());
  private boolean versionSeen;

  private JourneyReader(JsonParser parser, boolean yaml) {
    super(parser, "journey document", yaml);
  }

  /**
   * Reads the document the parser is at the start of.
   *
   * @throws InvalidDocumentException listing every problem of the document and of its journey
   */
  static Journey read(JsonParser parser, boolean yaml) {
    JourneyReader reader = new JourneyReader(parser, yaml);
    reader.readDocument(EXAMPLE);
    return reader.build();
  }

  private Journey build() {
    try {
      Journey built = journey.build();
      if (problems().isEmpty()) {
        return built;
      }
    } catch (InvalidJourneyException e) {
      for (Problem problem : e.problems()) {
        dslProblem(problem.path(), problem.message(), problem.facts());
      }
    }
    throw invalid(null);
  }

  @Override
  void readRoot(Locations root) throws IOException {
    object(
        "",
        root,
        JOURNEY,
        (name, pointer, at, index) -> {
          version(name, pointer, at, index);
          switch (name) {
            case "cjmFormat" -> versionSeen = true;
            case "title" -> ifText(pointer, at, journey::title);
            case "description" -> ifText(pointer, at, journey::description);
            case "accessibilityTitle" -> ifText(pointer, at, journey::accessibilityTitle);
            case "accessibilityDescription" ->
                ifText(pointer, at, journey::accessibilityDescription);
            case "state" -> ifLabel(pointer, at, "state", STATES, journey::state);
            case "locale" -> locale(pointer, at);
            case "persona" -> persona(pointer, at);
            case "stages" -> array(pointer, at, this::stage);
            case "opportunities" ->
                array(
                    pointer,
                    at,
                    (item, itemAt) ->
                        opportunity(item, itemAt, added(o -> journey.opportunity(missing(), o))));
            default -> throw new AssertionError(name);
          }
        });
    requireVersion(versionSeen);
  }

  private void locale(String pointer, Locations at) throws IOException {
    String tag = text(pointer, at);
    if (tag == null) {
      return;
    }
    Locale locale = Locale.forLanguageTag(tag.strip());
    if (locale.getLanguage().isEmpty()) {
      problem(
          pointer,
          at,
          "locale "
              + Texts.quote(tag)
              + " is not a language tag with a language; give one such as \"en\", \"pl\" or"
              + " \"de-CH\", or leave the field out for English",
          "expected",
          "a BCP 47 language tag such as \"pl\"",
          "but was",
          Texts.quote(tag));
      return;
    }
    journey.locale(locale);
  }

  private void persona(String pointer, Locations here) throws IOException {
    if (!isObject(pointer, here, "a persona object")) {
      return;
    }
    PersonaBuilder persona = added(p -> journey.persona(missing(), p));
    object(
        pointer,
        here,
        PERSONA,
        (name, field, at, index) -> {
          switch (name) {
            case "name" -> ifText(field, at, persona::name);
            case "description" -> ifText(field, at, persona::description);
            case "goals" -> texts(field, at).forEach(persona::goal);
            case "needs" -> texts(field, at).forEach(persona::need);
            case "expectations" -> texts(field, at).forEach(persona::expectation);
            case "frustrations" -> texts(field, at).forEach(persona::frustration);
            case "quote" -> ifText(field, at, persona::quote);
            default -> throw new AssertionError(name);
          }
        });
  }

  private void stage(String pointer, Locations here) throws IOException {
    // Every item becomes a stage, even one of the wrong type, so the DSL's indexes stay the
    // document's.
    StageBuilder stage = added(s -> journey.stage(missing(), s));
    if (!isObject(pointer, here, "a stage object")) {
      return;
    }
    ElementId id = new ElementId("stage", here);
    object(
        pointer,
        here,
        STAGE,
        (name, field, at, index) -> {
          switch (name) {
            case "id" -> id.read(field, at);
            case "name" -> ifText(field, at, id.named(stage::name));
            case "phase" -> ifLabel(field, at, "phase", PHASES, stage::phase);
            case "goal" -> ifText(field, at, stage::goal);
            case "touchpoints" ->
                array(
                    field,
                    at,
                    (item, itemAt) ->
                        touchpoint(item, itemAt, added(t -> stage.touchpoint(missing(), t))));
            case "barriers" ->
                array(
                    field,
                    at,
                    (item, itemAt) ->
                        barrier(item, itemAt, added(b -> stage.barrier(missing(), b))));
            case "opportunities" ->
                array(
                    field,
                    at,
                    (item, itemAt) ->
                        opportunity(item, itemAt, added(o -> stage.opportunity(missing(), o))));
            case "metrics" -> array(field, at, (item, itemAt) -> metric(item, itemAt, stage));
            default -> throw new AssertionError(name);
          }
        });
    id.give(stage::id);
  }

  private void touchpoint(String pointer, Locations here, TouchpointBuilder touchpoint)
      throws IOException {
    if (!isObject(pointer, here, "a touchpoint object")) {
      return;
    }
    ElementId id = new ElementId("touchpoint", here);
    object(
        pointer,
        here,
        TOUCHPOINT,
        (name, field, at, index) -> {
          switch (name) {
            case "id" -> id.read(field, at);
            case "name" -> ifText(field, at, id.named(touchpoint::name));
            case "channel" -> ifText(field, at, touchpoint::channel);
            case "owner" -> ifText(field, at, touchpoint::owner);
            case "actors" -> texts(field, at).forEach(touchpoint::actor);
            case "doing" -> ifText(field, at, touchpoint::doing);
            case "thinking" -> ifText(field, at, touchpoint::thinking);
            case "feeling" -> ifText(field, at, touchpoint::feeling);
            case "emotion" -> emotion(field, at, touchpoint::emotion, touchpoint::emotion);
            case "expectedEmotion" ->
                emotion(field, at, touchpoint::expectedEmotion, touchpoint::expectedEmotion);
            case "optional" -> {
              if (Boolean.TRUE.equals(bool(field, at))) {
                touchpoint.optional();
              }
            }
            case "oneOf" -> ifText(field, at, touchpoint::oneOf);
            case "barriers" ->
                array(
                    field,
                    at,
                    (item, itemAt) ->
                        barrier(item, itemAt, added(b -> touchpoint.barrier(missing(), b))));
            case "opportunities" ->
                array(
                    field,
                    at,
                    (item, itemAt) ->
                        opportunity(
                            item, itemAt, added(o -> touchpoint.opportunity(missing(), o))));
            default -> throw new AssertionError(name);
          }
        });
    id.give(touchpoint::id);
  }

  /** A score alone ({@code -2}) or a score with a word ({@code {"score": -2, "word": "…"}}). */
  private void emotion(String pointer, Locations here, ScoreSetter score, WordSetter scoreAndWord)
      throws IOException {
    if (currentToken() != JsonToken.START_OBJECT) {
      Double value = number(pointer, here);
      if (value != null) {
        score.set(value);
      }
      return;
    }
    Double[] value = {null};
    String[] word = {null};
    boolean[] scoreGiven = {false};
    object(
        pointer,
        here,
        EMOTION,
        (name, field, at, index) -> {
          if (name.equals("score")) {
            scoreGiven[0] = true;
            value[0] = number(field, at);
          } else {
            word[0] = text(field, at);
          }
        });
    if (!scoreGiven[0]) {
      problem(
          pointer,
          here,
          "emotion has no \"score\"; give a score from -2 (very negative) to +2 (very positive)",
          "expected",
          "a field \"score\"");
    } else if (value[0] != null) {
      if (word[0] == null) {
        score.set(value[0]);
      } else {
        scoreAndWord.set(value[0], word[0]);
      }
    }
  }

  private void barrier(String pointer, Locations here, BarrierBuilder barrier) throws IOException {
    if (!isObject(pointer, here, "a barrier object")) {
      return;
    }
    ElementId id = new ElementId("barrier", here);
    object(
        pointer,
        here,
        BARRIER,
        (name, field, at, index) -> {
          switch (name) {
            case "id" -> id.read(field, at);
            case "description" -> ifText(field, at, id.named(barrier::description));
            case "severity" -> ifLabel(field, at, "severity", SEVERITIES, barrier::severity);
            case "frequency" -> {
              Double share = number(field, at);
              if (share != null) {
                barrier.frequency(share);
              }
            }
            default -> throw new AssertionError(name);
          }
        });
    id.give(barrier::id);
  }

  private void opportunity(String pointer, Locations here, OpportunityBuilder opportunity)
      throws IOException {
    if (!isObject(pointer, here, "an opportunity object")) {
      return;
    }
    ElementId id = new ElementId("opportunity", here);
    object(
        pointer,
        here,
        OPPORTUNITY,
        (name, field, at, index) -> {
          switch (name) {
            case "id" -> id.read(field, at);
            case "description" -> ifText(field, at, id.named(opportunity::description));
            case "addresses" -> opportunity.addresses(texts(field, at).toArray(String[]::new));
            case "impact" -> ifLabel(field, at, "impact", LEVELS, opportunity::impact);
            case "effort" -> ifLabel(field, at, "effort", LEVELS, opportunity::effort);
            default -> throw new AssertionError(name);
          }
        });
    id.give(opportunity::id);
  }

  /** A metric, read whole before it is added, since the DSL takes its name first. */
  private void metric(String pointer, Locations here, StageBuilder stage) throws IOException {
    String[] name = {null};
    List<Consumer<MetricBuilder>> settings = new ArrayList<>();
    if (isObject(pointer, here, "a metric object")) {
      object(
          pointer,
          here,
          METRIC,
          (field, fieldPointer, at, index) -> {
            switch (field) {
              case "name" -> name[0] = text(fieldPointer, at);
              case "value" -> ifNumber(fieldPointer, at, v -> settings.add(m -> m.value(v)));
              case "target" -> ifNumber(fieldPointer, at, t -> settings.add(m -> m.target(t)));
              case "unit" -> ifText(fieldPointer, at, u -> settings.add(m -> m.unit(u)));
              case "higherIsBetter" -> {
                Boolean higher = bool(fieldPointer, at);
                if (higher != null) {
                  settings.add(
                      higher ? MetricBuilder::higherIsBetter : MetricBuilder::lowerIsBetter);
                }
              }
              default -> throw new AssertionError(field);
            }
          });
    }
    stage.metric(name[0] == null ? missing() : name[0], m -> settings.forEach(s -> s.accept(m)));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private interface ScoreSetter {
    void set(double score);
  }

  private interface WordSetter {
    void set(double score, String word);
  }

  private interface TextSetter {
    void set(String text);
  }

  private interface NumberSetter {
    void set(double number);
  }

  /**
   * An element's id, read before it is counted: once the element's name is known, it counts as a
   * text unless it is the one the DSL would derive (see {@link #countId}), and goes to the builder.
   */
  private final class ElementId {
    private final String kind;
    private @Nullable String id;
    private @Nullable String name;
    private String pointer = "";
    private Locations at;

    ElementId(String kind, Locations here) {
      this.kind = kind;
      this.at = here;
    }

    void read(String pointer, Locations at) throws IOException {
      this.id = uncountedText(pointer, at);
      this.pointer = pointer;
      this.at = at;
    }

    /** The setter of the element's name (or description), which also remembers it. */
    TextSetter named(TextSetter setter) {
      return text -> {
        name = text;
        setter.set(text);
      };
    }

    void give(TextSetter setter) {
      if (id != null) {
        countId(pointer, at, id, name, kind);
        setter.set(id);
      }
    }
  }

  private void ifText(String pointer, Locations at, TextSetter setter) throws IOException {
    String text = text(pointer, at);
    if (text != null) {
      setter.set(text);
    }
  }

  private void ifNumber(String pointer, Locations at, NumberSetter setter) throws IOException {
    Double number = number(pointer, at);
    if (number != null) {
      setter.set(number);
    }
  }

  private <E extends Enum<E>> void ifLabel(
      String pointer, Locations at, String what, ImmutableList<E> values, Consumer<E> setter)
      throws IOException {
    E value = label(pointer, at, what, values, labels(values));
    if (value != null) {
      setter.accept(value);
    }
  }

  private static ImmutableList<String> labels(ImmutableList<? extends Enum<?>> values) {
    return values.stream().map(JourneyWriter::label).collect(ImmutableList.toImmutableList());
  }

  /**
   * The builder a DSL method adds, such as the stage of {@code journey.stage(name, s -> …)}, to be
   * filled in as its fields stream by.
   */
  private static <B> B added(Consumer<Consumer<B>> add) {
    List<B> added = new ArrayList<>(1);
    add.accept(added::add);
    return added.get(0);
  }

  /**
   * A required text not read (yet): the DSL takes null for it and, if the document never gives it,
   * reports it as missing at its path, with every other problem.
   */
  @SuppressWarnings("NullAway") // the DSL reports null as a problem, never throws
  private static String missing() {
    return null;
  }
}
