package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.core.diff.JourneyDiff;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the map of a future state shows of its current state, as the layout draws it: the emotion
 * the customer feels today at each touchpoint both states share (the faint "current state" curve),
 * the touchpoints the future state adds or changes (a badge on their cards), and the names of the
 * touchpoints it removes, by the future stage they are listed under. Touchpoints are matched by id,
 * as {@link JourneyDiff} matches them.
 *
 * <p>A removed touchpoint is listed under its own stage when the future state keeps that stage;
 * when the stage is gone too, under the nearest stage before it that the future state keeps, else
 * the nearest one after it, else the future state's first stage.
 *
 * @param current the current-state journey, or null for a map that compares nothing
 * @param currentEmotions the felt emotion in the current state of each touchpoint both states share
 *     and the current state scores, by touchpoint id
 * @param changes {@code ADDED} or {@code CHANGED}, by the id of a future touchpoint
 * @param removed the names of the removed touchpoints, by the id of the future stage they are
 *     listed under, in current-state order
 */
public record Comparison(
    @Nullable Journey current,
    ImmutableMap<String, Emotion> currentEmotions,
    ImmutableMap<String, ElementChange.Type> changes,
    ImmutableListMultimap<String, String> removed) {
  /** No comparison: the map of the journey alone. */
  public static final Comparison NONE =
      new Comparison(null, ImmutableMap.of(), ImmutableMap.of(), ImmutableListMultimap.of());

  /** What the map of {@code diff}'s future state shows of its current state. */
  public static Comparison of(JourneyDiff diff) {
    Journey current = diff.current();
    Journey future = diff.future();
    ImmutableMap.Builder<String, Emotion> emotions = ImmutableMap.builder();
    for (Touchpoint touchpoint : current.allTouchpoints()) {
      if (future.touchpoint(touchpoint.id()).isPresent()) {
        touchpoint.emotion().ifPresent(emotion -> emotions.put(touchpoint.id(), emotion));
      }
    }
    ImmutableMap.Builder<String, ElementChange.Type> changes = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, String> removed = ImmutableListMultimap.builder();
    for (ElementChange change : diff.changes(ElementChange.Kind.TOUCHPOINT)) {
      switch (change.type()) {
        case ADDED, CHANGED -> changes.put(change.id(), change.type());
        case REMOVED ->
            listedUnder(current, future, change.id())
                .ifPresent(
                    stage ->
                        current
                            .touchpoint(change.id())
                            .ifPresent(t -> removed.put(stage, t.name())));
        default -> {
          // A touchpoint is added, removed or changed; resolved and delivered are not its.
        }
      }
    }
    return new Comparison(
        current, emotions.buildOrThrow(), changes.buildOrThrow(), removed.build());
  }

  /**
   * The id of the future stage a removed touchpoint is listed under: its own, else the nearest kept
   * stage before it, else after it, else the first; none if the future state has no stage.
   */
  private static Optional<String> listedUnder(Journey current, Journey future, String touchpoint) {
    List<Stage> stages = current.stages();
    int at = stages.indexOf(current.stageOf(touchpoint).orElseThrow());
    for (int i = at; i >= 0; i--) {
      if (future.stage(stages.get(i).id()).isPresent()) {
        return Optional.of(stages.get(i).id());
      }
    }
    for (int i = at + 1; i < stages.size(); i++) {
      if (future.stage(stages.get(i).id()).isPresent()) {
        return Optional.of(stages.get(i).id());
      }
    }
    return future.stages().stream().findFirst().map(Stage::id);
  }

  /** True if the map compares nothing. */
  public boolean isNone() {
    return current == null;
  }

  /** How the future touchpoint {@code id} differs from the current state: added or changed. */
  Optional<ElementChange.Type> change(String id) {
    return Optional.ofNullable(changes.get(id));
  }

  /** The names of the removed touchpoints listed under the future stage {@code id}. */
  List<String> removedAt(String stageId) {
    return removed.get(stageId);
  }
}
