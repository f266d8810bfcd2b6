package dev.cjm.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer journey map: the path one persona takes with a brand, from first contact through the
 * purchase to the time after it, as ordered stages of touchpoints with the emotions, barriers and
 * opportunities found along the way.
 *
 * <p>Made with {@link #builder(String)}; every journey is immutable and valid (its ids are unique
 * and every reference resolves). Derive a changed copy, such as the future state of a current
 * journey, with {@link #toBuilder()}.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only (requires static)
public abstract class Journey {
  Journey() {}

  /** Whether a map shows the journey as it is today or as the team wants it to be. */
  public enum State {
    /** The journey as customers experience it today. */
    CURRENT,
    /** The journey as the team wants it to be after the changes. */
    FUTURE
  }

  /** Starts a journey with the given title; see {@link JourneyBuilder}. */
  public static JourneyBuilder builder(String title) {
    return new JourneyBuilder(title);
  }

  /** The journey's title ("Buying running shoes online"). */
  public abstract String title();

  /** A longer description of the journey, if any. */
  public abstract Optional<String> description();

  /**
   * A short title for assistive technology (screen readers), if it should differ from the title;
   * renderers put it in the map's accessible name. Mermaid's {@code accTitle}.
   */
  public abstract Optional<String> accessibilityTitle();

  /**
   * A description of the map for assistive technology, if given; renderers put it in the map's
   * accessible description. Mermaid's {@code accDescr}.
   */
  public abstract Optional<String> accessibilityDescription();

  /** The persona whose journey this is, if named. */
  public abstract Optional<Persona> persona();

  /** The stages, in journey order. */
  public abstract ImmutableList<Stage> stages();

  /** Opportunities of the journey as a whole (not of one stage or touchpoint). */
  public abstract ImmutableList<Opportunity> opportunities();

  /** Current state or future state; {@link State#CURRENT} unless set. */
  public abstract State state();

  /**
   * The language the journey is written in, and the one its maps and reports will be worded in;
   * {@link Locale#ENGLISH} unless set. It has a language and is in the canonical form of its
   * language tag ({@code Locale.forLanguageTag(tag)}), so journeys set to equal tags are equal.
   */
  public abstract Locale locale();

  /** A builder holding everything in this journey, with every id fixed as it is here. */
  public JourneyBuilder toBuilder() {
    return JourneyBuilder.from(this);
  }

  /** Every touchpoint of every stage, in journey order. */
  @Value.Lazy
  public ImmutableList<Touchpoint> allTouchpoints() {
    return stages().stream()
        .flatMap(stage -> stage.touchpoints().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every barrier, in journey order: each stage's touchpoints' barriers, then the stage's own. */
  @Value.Lazy
  public ImmutableList<Barrier> allBarriers() {
    ImmutableList.Builder<Barrier> all = ImmutableList.builder();
    for (Stage stage : stages()) {
      stage.touchpoints().forEach(touchpoint -> all.addAll(touchpoint.barriers()));
      all.addAll(stage.barriers());
    }
    return all.build();
  }

  /**
   * Every opportunity, in journey order: each stage's touchpoints' opportunities, then the stage's
   * own, and last the journey's.
   */
  @Value.Lazy
  public ImmutableList<Opportunity> allOpportunities() {
    ImmutableList.Builder<Opportunity> all = ImmutableList.builder();
    for (Stage stage : stages()) {
      stage.touchpoints().forEach(touchpoint -> all.addAll(touchpoint.opportunities()));
      all.addAll(stage.opportunities());
    }
    return all.addAll(opportunities()).build();
  }

  /** The stage with this id, if there is one. */
  public Optional<Stage> stage(String id) {
    checkNotNull(id, "id is null; pass the id of a stage");
    return Optional.ofNullable(stagesById().get(id));
  }

  /** The touchpoint with this id, if there is one. */
  public Optional<Touchpoint> touchpoint(String id) {
    checkNotNull(id, "id is null; pass the id of a touchpoint");
    return Optional.ofNullable(touchpointsById().get(id));
  }

  /** The barrier with this id, if there is one. */
  public Optional<Barrier> barrier(String id) {
    checkNotNull(id, "id is null; pass the id of a barrier");
    return Optional.ofNullable(barriersById().get(id));
  }

  /** The opportunity with this id, if there is one. */
  public Optional<Opportunity> opportunity(String id) {
    checkNotNull(id, "id is null; pass the id of a opportunity");
    return Optional.ofNullable(opportunitiesById().get(id));
  }

  /** The stage a touchpoint of this journey belongs to, found by the touchpoint's id. */
  public Optional<Stage> stageOf(String touchpointId) {
    checkNotNull(touchpointId, "touchpointId is null; pass the id of a touchpoint");
    return Optional.ofNullable(stagesByTouchpointId().get(touchpointId));
  }

  // Lookups by id are hash lookups, computed once per journey on first use.

  @Value.Lazy
  ImmutableMap<String, Stage> stagesById() {
    return stages().stream().collect(ImmutableMap.toImmutableMap(Stage::id, stage -> stage));
  }

  @Value.Lazy
  ImmutableMap<String, Barrier> barriersById() {
    return allBarriers().stream()
        .collect(ImmutableMap.toImmutableMap(Barrier::id, barrier -> barrier));
  }

  @Value.Lazy
  ImmutableMap<String, Opportunity> opportunitiesById() {
    return allOpportunities().stream()
        .collect(ImmutableMap.toImmutableMap(Opportunity::id, opportunity -> opportunity));
  }

  @Value.Lazy
  ImmutableMap<String, Touchpoint> touchpointsById() {
    return allTouchpoints().stream()
        .collect(ImmutableMap.toImmutableMap(Touchpoint::id, touchpoint -> touchpoint));
  }

  @Value.Lazy
  ImmutableMap<String, Stage> stagesByTouchpointId() {
    ImmutableMap.Builder<String, Stage> map = ImmutableMap.builder();
    for (Stage stage : stages()) {
      stage.touchpoints().forEach(touchpoint -> map.put(touchpoint.id(), stage));
    }
    return map.buildOrThrow();
  }
}
