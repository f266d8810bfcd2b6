package dev.cjm.core.diff;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cjm.core.diff.ElementChange.Type.ADDED;
import static dev.cjm.core.diff.ElementChange.Type.CHANGED;
import static dev.cjm.core.diff.ElementChange.Type.DELIVERED;
import static dev.cjm.core.diff.ElementChange.Type.REMOVED;
import static dev.cjm.core.diff.ElementChange.Type.RESOLVED;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.StageEmotion;
import dev.cjm.core.diff.ElementChange.Field;
import dev.cjm.core.diff.ElementChange.Kind;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changes between a current-state and a future-state map of a journey (step 9 of mapping: make
 * changes and monitor them), for the service designer comparing them: the stages, touchpoints,
 * barriers and opportunities added, removed and changed, matched by id; how the emotion changes at
 * each touchpoint and in each stage; which barriers the future state resolves (no longer has); and
 * which opportunities it delivers.
 *
 * <p>A barrier gone from the future state counts as {@linkplain ElementChange.Type#RESOLVED
 * resolved}, never also as removed. An opportunity gone from the future state counts as {@linkplain
 * ElementChange.Type#DELIVERED delivered} when it addresses at least one barrier and the future
 * state has none of them left; one gone while a barrier it addresses remains, or one that addresses
 * no barrier, counts as removed (dropped, as far as the maps tell).
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiff.between(current, future);
 * diff.changes();            // ElementChange: kind, type, id, changed fields
 * diff.resolvedBarriers();   // barriers of the current state gone from the future one
 * diff.deliveredOpportunities();
 * System.out.println(diff.toMarkdown());
 * }</pre>
 *
 * <p>Its texts ({@link #toMarkdown()}, {@link #toText()}, {@link #summary()}, the changed fields'
 * values) name every element by its name (a barrier or opportunity by its description), quoted as
 * the language quotes, with its id in parentheses only where two elements of a kind share a name.
 * They are in the future journey's language ({@link Journey#locale()}); the overloads taking a
 * {@code Locale} give the same diff in another. The diff compares the elements of the two maps, not
 * their journey-level settings (title, persona, state, locale).
 *
 * <p>Changes come in a fixed order: stages, touchpoints, barriers, opportunities; within each, the
 * current state's elements in journey order (removed, resolved, delivered or changed), then the
 * added ones in the future state's order. A journey compared with itself gives an empty diff.
 */
public final class JourneyDiff {
  private final Journey current;
  private final Journey future;
  private final ImmutableList<ElementChange> changes;
  private final ImmutableList<EmotionChange> touchpointEmotions;
  private final ImmutableList<EmotionChange> stageEmotions;
  private final ImmutableList<Barrier> resolvedBarriers;
  private final ImmutableList<Opportunity> deliveredOpportunities;

  private JourneyDiff(Journey current, Journey future) {
    this.current = current;
    this.future = future;
    Map<String, Placed<Barrier>> currentBarriers = barriers(current);
    Map<String, Placed<Barrier>> futureBarriers = barriers(future);
    List<ElementChange> all = new ArrayList<>();
    Changes changes = new Changes(all, future.locale());
    changes.compare(
        Kind.STAGE, stages(current), stages(future), JourneyDiff::stageFields, gone -> REMOVED);
    changes.compare(
        Kind.TOUCHPOINT,
        touchpoints(current),
        touchpoints(future),
        JourneyDiff::touchpointFields,
        gone -> REMOVED);
    changes.compare(
        Kind.BARRIER,
        currentBarriers,
        futureBarriers,
        JourneyDiff::barrierFields,
        gone -> RESOLVED);
    changes.compare(
        Kind.OPPORTUNITY,
        opportunities(current),
        opportunities(future),
        (before, after, sink) ->
            opportunityFields(before, after, sink, currentBarriers, futureBarriers),
        gone -> isDelivered(gone, futureBarriers) ? DELIVERED : REMOVED);
    this.changes = ImmutableList.copyOf(all);
    this.touchpointEmotions = touchpointEmotions(current, future);
    this.stageEmotions = stageEmotions(current, future);
    this.resolvedBarriers =
        current.allBarriers().stream()
            .filter(barrier -> !futureBarriers.containsKey(barrier.id()))
            .collect(ImmutableList.toImmutableList());
    Map<String, Placed<Opportunity>> futureOpportunities = opportunities(future);
    this.deliveredOpportunities =
        opportunities(current).values().stream()
            .map(Placed::element)
            .filter(o -> !futureOpportunities.containsKey(o.id()))
            .filter(o -> isDelivered(o, futureBarriers))
            .collect(ImmutableList.toImmutableList());
  }

  /**
   * True for an opportunity, gone from the future state, that addresses at least one barrier and
   * whose barriers the future state has all resolved.
   */
  private static boolean isDelivered(
      Opportunity gone, Map<String, Placed<Barrier>> futureBarriers) {
    return !gone.addresses().isEmpty()
        && gone.addresses().stream().noneMatch(futureBarriers::containsKey);
  }

  /** Compares a current-state journey with a future-state one. */
  public static JourneyDiff between(Journey current, Journey future) {
    checkNotNull(current, "current journey is null");
    checkNotNull(future, "future journey is null");
    return new JourneyDiff(current, future);
  }

  /** The current-state journey. */
  public Journey current() {
    return current;
  }

  /** The future-state journey. */
  public Journey future() {
    return future;
  }

  /** Every element added, removed or changed, in the order described above. */
  public ImmutableList<ElementChange> changes() {
    return changes;
  }

  /** The changes of one kind of element. */
  public ImmutableList<ElementChange> changes(Kind kind) {
    checkNotNull(kind, "kind is null");
    return changes.stream()
        .filter(change -> change.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The touchpoints in both states whose experienced emotion differs (or is recorded in one state
   * only), in the future state's order.
   */
  public ImmutableList<EmotionChange> touchpointEmotions() {
    return touchpointEmotions;
  }

  /** The stages in both states whose mean experienced emotion differs, in the future's order. */
  public ImmutableList<EmotionChange> stageEmotions() {
    return stageEmotions;
  }

  /** The current state's barriers that the future state no longer has, in journey order. */
  public ImmutableList<Barrier> resolvedBarriers() {
    return resolvedBarriers;
  }

  /**
   * The current state's opportunities that the future state delivers (no longer has, with every
   * barrier they address resolved), in journey order: stages' and touchpoints' first, then the
   * whole journey's.
   */
  public ImmutableList<Opportunity> deliveredOpportunities() {
    return deliveredOpportunities;
  }

  /** True if nothing differs: no element, emotion or barrier change. */
  public boolean isEmpty() {
    return changes.isEmpty()
        && touchpointEmotions.isEmpty()
        && stageEmotions.isEmpty()
        && resolvedBarriers.isEmpty();
  }

  /**
   * The diff in one line, in the future journey's language: {@code "3 added, 0 removed, 2 changed;
   * 1 barrier resolved, 1 opportunity delivered"}, or {@code "no changes"}. The first three count
   * the stages, touchpoints, barriers and opportunities added, removed and changed; a resolved
   * barrier or delivered opportunity counts only as such.
   */
  public String summary() {
    return summary(future.locale());
  }

  /**
   * The diff in one line in {@code language} (English for a language cjm has no words for): in
   * Polish {@code "dodano 3, usunięto 0, zmieniono 2; 1 bariera wyeliminowana, 1 możliwość
   * zrealizowana"}.
   */
  public String summary(Locale language) {
    checkNotNull(language, "language is null");
    return DiffOutput.summary(this, Words.of(language));
  }

  /** The diff as GitHub-flavoured Markdown, in the future journey's language. */
  public String toMarkdown() {
    return toMarkdown(future.locale());
  }

  /**
   * The diff as GitHub-flavoured Markdown in {@code language}: its headings, words and numbers
   * (English for a language cjm has no words for).
   */
  public String toMarkdown(Locale language) {
    checkNotNull(language, "language is null");
    return DiffOutput.markdown(this, Words.of(language));
  }

  /** The diff as plain text, for CI logs, in the future journey's language. */
  public String toText() {
    return toText(future.locale());
  }

  /**
   * The diff as plain text in {@code language}: its words and numbers (English for a language cjm
   * has no words for).
   */
  public String toText(Locale language) {
    checkNotNull(language, "language is null");
    return DiffOutput.text(this, Words.of(language));
  }

  @Override
  public String toString() {
    return "JourneyDiff: " + changes.size() + " element changes";
  }

  /**
   * An element with its name ({@code label}) and the id and name of what holds it (a touchpoint's
   * stage, a barrier's touchpoint); an opportunity of the whole journey has {@link #JOURNEY} as its
   * holder.
   */
  private record Placed<T>(T element, String label, String holder, String holderName) {}

  /** Collects the element changes, their fields written in the words of any language. */
  private static final class Changes {
    private final List<ElementChange> out;
    private final Locale language;

    Changes(List<ElementChange> out, Locale language) {
      this.out = out;
      this.language = language;
    }

    <T> void compare(
        Kind kind,
        Map<String, Placed<T>> before,
        Map<String, Placed<T>> after,
        FieldComparison<T> fields,
        Function<T, ElementChange.Type> whenGone) {
      Set<String> sharedNames = sharedNames(before, after);
      for (Map.Entry<String, Placed<T>> entry : before.entrySet()) {
        Placed<T> then = entry.getValue();
        Placed<T> now = after.get(entry.getKey());
        if (now == null) {
          add(
              kind,
              whenGone.apply(then.element()),
              entry.getKey(),
              then.label(),
              List.of(),
              sharedNames);
          continue;
        }
        List<Field> changed = new ArrayList<>();
        FieldSink sink = new FieldSink(changed, language);
        fields.compare(then.element(), now.element(), sink);
        sink.byId(
            kind == Kind.TOUCHPOINT ? "stage" : "at",
            then.holder(),
            now.holder(),
            words -> holder(words, then),
            words -> holder(words, now));
        if (!changed.isEmpty()) {
          add(kind, CHANGED, entry.getKey(), now.label(), changed, sharedNames);
        }
      }
      for (Map.Entry<String, Placed<T>> entry : after.entrySet()) {
        if (!before.containsKey(entry.getKey())) {
          add(kind, ADDED, entry.getKey(), entry.getValue().label(), List.of(), sharedNames);
        }
      }
    }

    private void add(
        Kind kind,
        ElementChange.Type type,
        String id,
        String label,
        List<Field> fields,
        Set<String> sharedNames) {
      out.add(
          new ElementChange(
              kind,
              type,
              id,
              label,
              ImmutableList.copyOf(fields),
              language,
              sharedNames.contains(label)));
    }

    /** The names that two or more elements (different ids) share, in either state. */
    private static <T> Set<String> sharedNames(
        Map<String, Placed<T>> before, Map<String, Placed<T>> after) {
      Map<String, Set<String>> idsByName = new HashMap<>();
      for (Map<String, Placed<T>> state : List.of(before, after)) {
        state.forEach(
            (id, placed) ->
                idsByName.computeIfAbsent(placed.label(), name -> new HashSet<>()).add(id));
      }
      Set<String> shared = new HashSet<>();
      idsByName.forEach(
          (name, ids) -> {
            if (ids.size() > 1) {
              shared.add(name);
            }
          });
      return shared;
    }
  }

  /** What holds an element, for readers: a stage's or touchpoint's name quoted, or the journey. */
  private static String holder(Words words, Placed<?> placed) {
    return placed.holder().equals(JOURNEY)
        ? words.get("diff.wholeJourney")
        : quoted(words, placed.holderName());
  }

  /** A name quoted as the language quotes: {@code "Checkout"}, Polish {@code „Kasa”}. */
  private static String quoted(Words words, String name) {
    return DiffOutput.named(words, name, null);
  }

  /** Names quoted and joined by commas, or an en dash for none. */
  private static String quoted(Words words, List<String> names) {
    List<String> texts = new ArrayList<>();
    names.forEach(name -> texts.add(quoted(words, name)));
    return texts.isEmpty() ? "–" : String.join(", ", texts);
  }

  /** What holds an opportunity of the whole journey. */
  private static final String JOURNEY = "journey";

  /** Compares the fields of one kind of element. */
  private interface FieldComparison<T> {
    void compare(T before, T after, FieldSink sink);
  }

  /** Collects the fields that differ, each value written in the words of the language asked. */
  private static final class FieldSink {
    private final List<Field> fields;
    private final Locale language;

    FieldSink(List<Field> fields, Locale language) {
      this.fields = fields;
      this.language = language;
    }

    <V> FieldSink field(String name, V before, V after, BiFunction<Words, V, String> text) {
      if (!before.equals(after)) {
        add(name, before, after, text);
      }
      return this;
    }

    /**
     * A field that counts as changed where its ids differ, each side written by its own text (the
     * names the ids have in that state).
     */
    FieldSink byId(
        String name,
        Object before,
        Object after,
        Function<Words, String> beforeText,
        Function<Words, String> afterText) {
      if (!before.equals(after)) {
        fields.add(new Field(name, beforeText, afterText, language));
      }
      return this;
    }

    /** A field that counts as changed only where its English text changes. */
    <V> FieldSink fieldByText(String name, V before, V after, BiFunction<Words, V, String> text) {
      Words english = Words.english();
      if (!text.apply(english, before).equals(text.apply(english, after))) {
        add(name, before, after, text);
      }
      return this;
    }

    private <V> void add(String name, V before, V after, BiFunction<Words, V, String> text) {
      fields.add(new Field(name, w -> text.apply(w, before), w -> text.apply(w, after), language));
    }

    /** A field whose values read the same in every language (names, ids). */
    <V> FieldSink same(String name, V before, V after, Function<V, String> text) {
      return field(name, before, after, (words, value) -> text.apply(value));
    }

    FieldSink text(String name, String before, String after) {
      return same(name, before, after, s -> s);
    }

    <V> FieldSink optional(
        String name, Optional<V> before, Optional<V> after, BiFunction<Words, V, String> text) {
      return field(
          name, before, after, (words, value) -> value.map(v -> text.apply(words, v)).orElse("–"));
    }

    FieldSink optionalText(String name, Optional<String> before, Optional<String> after) {
      return optional(name, before, after, (words, text) -> text);
    }
  }

  private static void stageFields(Stage before, Stage after, FieldSink sink) {
    sink.text("name", before.name(), after.name())
        .optional("phase", before.phase(), after.phase(), JourneyDiff::phase)
        .optionalText("goal", before.goal(), after.goal())
        .byId(
            "touchpoints",
            ids(before.touchpoints(), Touchpoint::id),
            ids(after.touchpoints(), Touchpoint::id),
            words -> quoted(words, ids(before.touchpoints(), Touchpoint::name)),
            words -> quoted(words, ids(after.touchpoints(), Touchpoint::name)))
        .fieldByText("metrics", before.metrics(), after.metrics(), JourneyDiff::metrics);
  }

  private static void touchpointFields(Touchpoint before, Touchpoint after, FieldSink sink) {
    sink.text("name", before.name(), after.name())
        .optional("channel", before.channel(), after.channel(), JourneyDiff::channel)
        .optionalText("owner", before.owner(), after.owner())
        .same("actors", before.actors(), after.actors(), list -> String.join(", ", list))
        .optionalText("doing", before.doing(), after.doing())
        .optionalText("thinking", before.thinking(), after.thinking())
        .optionalText("feeling", before.feeling(), after.feeling())
        .optional("emotion", before.emotion(), after.emotion(), JourneyDiff::emotion)
        .optional(
            "expected emotion",
            before.expectedEmotion(),
            after.expectedEmotion(),
            JourneyDiff::emotion);
  }

  private static void barrierFields(Barrier before, Barrier after, FieldSink sink) {
    sink.text("description", before.description(), after.description())
        .field(
            "severity",
            before.severity(),
            after.severity(),
            (words, severity) -> words.get("severity." + severity.label()))
        .field(
            "frequency",
            before.frequency(),
            after.frequency(),
            (words, f) -> f.isPresent() ? Figures.percent(words.language(), f.getAsDouble()) : "–");
  }

  /**
   * Compares two states of an opportunity; the barriers it addresses are named by their
   * descriptions in each state ({@code currentBarriers}, {@code futureBarriers}).
   */
  private static void opportunityFields(
      Opportunity before,
      Opportunity after,
      FieldSink sink,
      Map<String, Placed<Barrier>> currentBarriers,
      Map<String, Placed<Barrier>> futureBarriers) {
    sink.text("description", before.description(), after.description())
        .byId(
            "addresses",
            before.addresses().asList(),
            after.addresses().asList(),
            words -> quoted(words, descriptions(before.addresses(), currentBarriers)),
            words -> quoted(words, descriptions(after.addresses(), futureBarriers)))
        .optional("impact", before.impact(), after.impact(), JourneyDiff::level)
        .optional("effort", before.effort(), after.effort(), JourneyDiff::level);
  }

  /**
   * A phase as the diff's words name it ("Zakup" in Polish), or by its label ("purchase") in a
   * language whose words do not, English among them.
   */
  private static String phase(Words words, Phase phase) {
    String key = "diff.phase." + phase.label();
    return words.has(key) ? words.get(key) : phase.label();
  }

  private static String channel(Words words, Channel channel) {
    return channel.name(words.language());
  }

  /** An emotion's score as the language writes it, with its word: {@code "-0,5 (zły)"}. */
  private static String emotion(Words words, Emotion emotion) {
    String score = Figures.score(words.language(), emotion.score());
    return emotion.word().map(word -> score + " (" + word + ")").orElse(score);
  }

  private static String level(Words words, Level level) {
    return words.get("level." + level.label());
  }

  /** The descriptions of the barriers {@code ids} (an id the state lacks stands for itself). */
  private static List<String> descriptions(
      Collection<String> ids, Map<String, Placed<Barrier>> barriers) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Placed<Barrier> barrier = barriers.get(id);
      out.add(barrier == null ? id : barrier.label());
    }
    return out;
  }

  private static <T> ImmutableList<String> ids(List<T> elements, Function<T, String> id) {
    return elements.stream().map(id).collect(ImmutableList.toImmutableList());
  }

  private static String metrics(Words words, List<Metric> metrics) {
    List<String> texts = new ArrayList<>();
    metrics.forEach(metric -> texts.add(metric(words, metric)));
    return String.join("; ", texts);
  }

  /**
   * A metric for readers: {@code "Wait 4.5 min (target 3)"}, Polish {@code "Wait 4,5 min (cel 3)"}.
   */
  private static String metric(Words words, Metric metric) {
    Locale language = words.language();
    String value =
        metric.name()
            + " "
            + Figures.metric(language, metric.value())
            + metric.unit().map(u -> " " + u).orElse("");
    return metric.target().isPresent()
        ? words.get(
            "diff.metricTarget",
            value,
            words.get("target", Figures.metric(language, metric.target().getAsDouble())))
        : value;
  }

  private static Map<String, Placed<Stage>> stages(Journey journey) {
    Map<String, Placed<Stage>> map = new LinkedHashMap<>();
    journey
        .stages()
        .forEach(stage -> map.put(stage.id(), new Placed<>(stage, stage.name(), "", "")));
    return map;
  }

  private static Map<String, Placed<Touchpoint>> touchpoints(Journey journey) {
    Map<String, Placed<Touchpoint>> map = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      stage
          .touchpoints()
          .forEach(t -> map.put(t.id(), new Placed<>(t, t.name(), stage.id(), stage.name())));
    }
    return map;
  }

  private static Map<String, Placed<Barrier>> barriers(Journey journey) {
    Map<String, Placed<Barrier>> map = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint
            .barriers()
            .forEach(
                b ->
                    map.put(
                        b.id(),
                        new Placed<>(b, b.description(), touchpoint.id(), touchpoint.name())));
      }
      stage
          .barriers()
          .forEach(
              b -> map.put(b.id(), new Placed<>(b, b.description(), stage.id(), stage.name())));
    }
    return map;
  }

  private static Map<String, Placed<Opportunity>> opportunities(Journey journey) {
    Map<String, Placed<Opportunity>> map = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint
            .opportunities()
            .forEach(
                o ->
                    map.put(
                        o.id(),
                        new Placed<>(o, o.description(), touchpoint.id(), touchpoint.name())));
      }
      stage
          .opportunities()
          .forEach(
              o -> map.put(o.id(), new Placed<>(o, o.description(), stage.id(), stage.name())));
    }
    journey
        .opportunities()
        .forEach(o -> map.put(o.id(), new Placed<>(o, o.description(), JOURNEY, "")));
    return map;
  }

  private static ImmutableList<EmotionChange> touchpointEmotions(Journey current, Journey future) {
    ImmutableList.Builder<EmotionChange> out = ImmutableList.builder();
    for (Touchpoint after : future.allTouchpoints()) {
      Optional<Touchpoint> before = current.touchpoint(after.id());
      if (before.isEmpty()) {
        continue;
      }
      OptionalDouble then = score(before.get().emotion());
      OptionalDouble now = score(after.emotion());
      if (!then.equals(now)) {
        out.add(new EmotionChange(after.id(), after.name(), then, now));
      }
    }
    return out.build();
  }

  private static ImmutableList<EmotionChange> stageEmotions(Journey current, Journey future) {
    ImmutableList.Builder<EmotionChange> out = ImmutableList.builder();
    for (Stage after : future.stages()) {
      Optional<Stage> before = current.stage(after.id());
      if (before.isEmpty()) {
        continue;
      }
      OptionalDouble then = StageEmotion.of(before.get()).meanExperienced();
      OptionalDouble now = StageEmotion.of(after).meanExperienced();
      if (!then.equals(now)) {
        out.add(new EmotionChange(after.id(), after.name(), then, now));
      }
    }
    return out.build();
  }

  private static OptionalDouble score(Optional<Emotion> emotion) {
    return emotion.isPresent() ? OptionalDouble.of(emotion.get().score()) : OptionalDouble.empty();
  }
}
