package dev.cjm.core.diff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.StageEmotion;
import dev.cjm.core.diff.ElementChange.Field;
import dev.cjm.core.diff.ElementChange.Kind;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What changes between a current-state and a future-state map of a journey (step 9 of mapping: make
 * changes and monitor them): the stages, touchpoints, barriers and opportunities added, removed and
 * changed, matched by id; how the emotion changes at each touchpoint and in each stage; and which
 * barriers the future state resolves (no longer has).
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiff.between(current, future);
 * diff.changes();            // ElementChange: kind, type, id, changed fields
 * diff.resolvedBarriers();   // barriers of the current state gone from the future one
 * System.out.println(diff.toMarkdown());
 * }</pre>
 *
 * <p>Changes come in a fixed order: stages, touchpoints, barriers, opportunities; within each, the
 * current state's elements in journey order (removed or changed), then the added ones in the future
 * state's order. A journey compared with itself gives an empty diff.
 */
public final class JourneyDiff {
  private final Journey current;
  private final Journey future;
  private final ImmutableList<ElementChange> changes;
  private final ImmutableList<EmotionChange> touchpointEmotions;
  private final ImmutableList<EmotionChange> stageEmotions;
  private final ImmutableList<Barrier> resolvedBarriers;

  private JourneyDiff(Journey current, Journey future) {
    this.current = current;
    this.future = future;
    List<ElementChange> all = new ArrayList<>();
    compare(all, Kind.STAGE, stages(current), stages(future), JourneyDiff::stageFields);
    compare(
        all,
        Kind.TOUCHPOINT,
        touchpoints(current),
        touchpoints(future),
        JourneyDiff::touchpointFields);
    compare(all, Kind.BARRIER, barriers(current), barriers(future), JourneyDiff::barrierFields);
    compare(
        all,
        Kind.OPPORTUNITY,
        opportunities(current),
        opportunities(future),
        JourneyDiff::opportunityFields);
    this.changes = ImmutableList.copyOf(all);
    this.touchpointEmotions = touchpointEmotions(current, future);
    this.stageEmotions = stageEmotions(current, future);
    Map<String, Placed<Barrier>> futureBarriers = barriers(future);
    this.resolvedBarriers =
        current.allBarriers().stream()
            .filter(barrier -> !futureBarriers.containsKey(barrier.id()))
            .collect(ImmutableList.toImmutableList());
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

  /** True if nothing differs: no element, emotion or barrier change. */
  public boolean isEmpty() {
    return changes.isEmpty()
        && touchpointEmotions.isEmpty()
        && stageEmotions.isEmpty()
        && resolvedBarriers.isEmpty();
  }

  /** The diff as GitHub-flavoured Markdown. */
  public String toMarkdown() {
    return DiffOutput.markdown(this);
  }

  /** The diff as plain text, for CI logs. */
  public String toText() {
    return DiffOutput.text(this);
  }

  @Override
  public String toString() {
    return "JourneyDiff: " + changes.size() + " element changes";
  }

  /** An element with the id of what holds it (a touchpoint's stage, a barrier's touchpoint). */
  private record Placed<T>(T element, String label, String holder) {}

  private static <T> void compare(
      List<ElementChange> out,
      Kind kind,
      Map<String, Placed<T>> before,
      Map<String, Placed<T>> after,
      FieldComparison<T> fields) {
    for (Map.Entry<String, Placed<T>> entry : before.entrySet()) {
      Placed<T> then = entry.getValue();
      Placed<T> now = after.get(entry.getKey());
      if (now == null) {
        out.add(
            new ElementChange(
                kind,
                ElementChange.Type.REMOVED,
                entry.getKey(),
                then.label(),
                ImmutableList.of()));
        continue;
      }
      List<Field> changed = new ArrayList<>();
      fields.compare(then.element(), now.element(), new FieldSink(changed));
      if (!then.holder().equals(now.holder())) {
        changed.add(
            new Field(kind == Kind.TOUCHPOINT ? "stage" : "at", then.holder(), now.holder()));
      }
      if (!changed.isEmpty()) {
        out.add(
            new ElementChange(
                kind,
                ElementChange.Type.CHANGED,
                entry.getKey(),
                now.label(),
                ImmutableList.copyOf(changed)));
      }
    }
    for (Map.Entry<String, Placed<T>> entry : after.entrySet()) {
      if (!before.containsKey(entry.getKey())) {
        out.add(
            new ElementChange(
                kind,
                ElementChange.Type.ADDED,
                entry.getKey(),
                entry.getValue().label(),
                ImmutableList.of()));
      }
    }
  }

  /** Compares the fields of one kind of element. */
  private interface FieldComparison<T> {
    void compare(T before, T after, FieldSink sink);
  }

  /** Collects the fields that differ, as text. */
  private static final class FieldSink {
    private final List<Field> fields;

    FieldSink(List<Field> fields) {
      this.fields = fields;
    }

    <V> FieldSink field(String name, V before, V after, Function<V, String> text) {
      if (!before.equals(after)) {
        fields.add(new Field(name, text.apply(before), text.apply(after)));
      }
      return this;
    }

    FieldSink text(String name, String before, String after) {
      return field(name, before, after, s -> s);
    }

    FieldSink optional(String name, Optional<?> before, Optional<?> after) {
      return field(name, before, after, o -> o.map(Object::toString).orElse("–"));
    }
  }

  private static void stageFields(Stage before, Stage after, FieldSink sink) {
    sink.text("name", before.name(), after.name())
        .field("phase", before.phase(), after.phase(), p -> p.map(Phase::label).orElse("–"))
        .optional("goal", before.goal(), after.goal())
        .field(
            "touchpoints",
            ids(before.touchpoints(), Touchpoint::id),
            ids(after.touchpoints(), Touchpoint::id),
            list -> String.join(", ", list))
        .field("metrics", metrics(before), metrics(after), list -> String.join("; ", list));
  }

  private static void touchpointFields(Touchpoint before, Touchpoint after, FieldSink sink) {
    sink.text("name", before.name(), after.name())
        .optional("channel", before.channel(), after.channel())
        .optional("owner", before.owner(), after.owner())
        .field("actors", before.actors(), after.actors(), list -> String.join(", ", list))
        .optional("doing", before.doing(), after.doing())
        .optional("thinking", before.thinking(), after.thinking())
        .optional("feeling", before.feeling(), after.feeling())
        .optional("emotion", before.emotion(), after.emotion())
        .optional("expected emotion", before.expectedEmotion(), after.expectedEmotion());
  }

  private static void barrierFields(Barrier before, Barrier after, FieldSink sink) {
    sink.text("description", before.description(), after.description())
        .field("severity", before.severity(), after.severity(), s -> s.label())
        .field(
            "frequency",
            before.frequency(),
            after.frequency(),
            f -> f.isPresent() ? Figures.percent(f.getAsDouble()) : "–");
  }

  private static void opportunityFields(Opportunity before, Opportunity after, FieldSink sink) {
    sink.text("description", before.description(), after.description())
        .field(
            "addresses",
            before.addresses().asList(),
            after.addresses().asList(),
            list -> String.join(", ", list))
        .field("impact", before.impact(), after.impact(), Markup::level)
        .field("effort", before.effort(), after.effort(), Markup::level);
  }

  private static <T> ImmutableList<String> ids(List<T> elements, Function<T, String> id) {
    return elements.stream().map(id).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<String> metrics(Stage stage) {
    return stage.metrics().stream()
        .map(JourneyDiff::metric)
        .collect(ImmutableList.toImmutableList());
  }

  private static String metric(Metric metric) {
    return metric.name()
        + " "
        + Figures.metric(metric.value())
        + metric.unit().map(u -> " " + u).orElse("")
        + (metric.target().isPresent()
            ? " (target " + Figures.metric(metric.target().getAsDouble()) + ")"
            : "");
  }

  private static Map<String, Placed<Stage>> stages(Journey journey) {
    Map<String, Placed<Stage>> map = new LinkedHashMap<>();
    journey.stages().forEach(stage -> map.put(stage.id(), new Placed<>(stage, stage.name(), "")));
    return map;
  }

  private static Map<String, Placed<Touchpoint>> touchpoints(Journey journey) {
    Map<String, Placed<Touchpoint>> map = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      stage.touchpoints().forEach(t -> map.put(t.id(), new Placed<>(t, t.name(), stage.id())));
    }
    return map;
  }

  private static Map<String, Placed<Barrier>> barriers(Journey journey) {
    Map<String, Placed<Barrier>> map = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint
            .barriers()
            .forEach(b -> map.put(b.id(), new Placed<>(b, b.description(), touchpoint.id())));
      }
      stage.barriers().forEach(b -> map.put(b.id(), new Placed<>(b, b.description(), stage.id())));
    }
    return map;
  }

  private static Map<String, Placed<Opportunity>> opportunities(Journey journey) {
    Map<String, Placed<Opportunity>> map = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint
            .opportunities()
            .forEach(o -> map.put(o.id(), new Placed<>(o, o.description(), touchpoint.id())));
      }
      stage
          .opportunities()
          .forEach(o -> map.put(o.id(), new Placed<>(o, o.description(), stage.id())));
    }
    journey
        .opportunities()
        .forEach(o -> map.put(o.id(), new Placed<>(o, o.description(), "journey")));
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
