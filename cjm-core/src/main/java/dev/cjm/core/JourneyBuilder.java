package dev.cjm.core;

import dev.cjm.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fluent DSL for a {@link Journey}: {@code Journey.builder(title)}, then the persona, the
 * stages with their touchpoints, and journey-wide opportunities, then {@link #build()}.
 *
 * <p>Nothing is checked until {@link #build()}, which either returns a valid journey or throws one
 * {@link InvalidJourneyException} listing every problem. A builder can be built again after more
 * calls; journeys already built never change.
 *
 * <p>From {@link Journey#toBuilder()}, the {@code edit…} and {@code remove…} methods change a copy
 * of a journey by the ids of its parts, for instance to derive its future state.
 */
public final class JourneyBuilder {
  final Misuses misuses = new Misuses();
  private @Nullable String title;
  private @Nullable String description;
  private @Nullable String accessibilityTitle;
  private @Nullable String accessibilityDescription;
  private @Nullable PersonaBuilder persona;
  private final ElementList<StageBuilder> stages =
      new ElementList<>(ElementKind.STAGE, StageBuilder::currentId);
  private final ElementList<OpportunityBuilder> opportunities =
      new ElementList<>(ElementKind.OPPORTUNITY, OpportunityBuilder::currentId);
  private Journey.State state = Journey.State.CURRENT;
  private Locale locale = Locale.ENGLISH;

  JourneyBuilder(@Nullable String title) {
    this.title = title;
  }

  static JourneyBuilder from(Journey journey) {
    JourneyBuilder builder = new JourneyBuilder(journey.title());
    builder.description = journey.description().orElse(null);
    builder.accessibilityTitle = journey.accessibilityTitle().orElse(null);
    builder.accessibilityDescription = journey.accessibilityDescription().orElse(null);
    builder.persona = journey.persona().map(PersonaBuilder::from).orElse(null);
    journey.stages().forEach(stage -> builder.stages.add(StageBuilder.from(stage)));
    journey.opportunities().forEach(o -> builder.opportunities.add(OpportunityBuilder.from(o)));
    builder.state = journey.state();
    builder.locale = journey.locale();
    return builder;
  }

  /** Changes the title. */
  public JourneyBuilder title(String title) {
    if (!misuses.isNull(title, "title(null)")) {
      this.title = title;
    }
    return this;
  }

  /** A longer description of the journey. */
  public JourneyBuilder description(String description) {
    if (!misuses.isNull(description, "description(null)")) {
      this.description = description;
    }
    return this;
  }

  /** A short title for assistive technology, when it should differ from the title. */
  public JourneyBuilder accessibilityTitle(String accessibilityTitle) {
    if (!misuses.isNull(accessibilityTitle, "accessibilityTitle(null)")) {
      this.accessibilityTitle = accessibilityTitle;
    }
    return this;
  }

  /** A description of the map for assistive technology (screen readers). */
  public JourneyBuilder accessibilityDescription(String accessibilityDescription) {
    if (!misuses.isNull(accessibilityDescription, "accessibilityDescription(null)")) {
      this.accessibilityDescription = accessibilityDescription;
    }
    return this;
  }

  /** Marks the journey as the current state (the default) or the future state. */
  public JourneyBuilder state(Journey.State state) {
    if (!misuses.isNull(state, "state(null)")) {
      this.state = state;
    }
    return this;
  }

  /**
   * The language the journey is written in, such as {@code Locale.forLanguageTag("pl")}; {@link
   * Locale#ENGLISH} unless set. It needs a language: {@link Locale#ROOT} is a problem.
   */
  public JourneyBuilder locale(Locale locale) {
    if (!misuses.isNull(locale, "locale(null)")) {
      this.locale = locale;
    }
    return this;
  }

  /** Names the persona whose journey this is; replaces any persona named before. */
  public JourneyBuilder persona(String name) {
    this.persona = new PersonaBuilder(name);
    return this;
  }

  /** Names and describes the persona; replaces any persona named before. */
  public JourneyBuilder persona(String name, Consumer<PersonaBuilder> persona) {
    PersonaBuilder builder = new PersonaBuilder(name);
    this.persona = builder;
    builder.misuses.configure(builder, persona, "persona(…, null)");
    return this;
  }

  /** Changes the persona named before. */
  public JourneyBuilder editPersona(Consumer<PersonaBuilder> persona) {
    if (this.persona == null) {
      misuses.add("persona", "editPersona(…): the journey has no persona to edit; add one first");
    } else {
      misuses.configure(this.persona, persona, "editPersona(null)");
    }
    return this;
  }

  /** Removes the persona. */
  public JourneyBuilder removePersona() {
    this.persona = null;
    return this;
  }

  /** Adds a stage with only a name. */
  public JourneyBuilder stage(String name) {
    stages.add(new StageBuilder(name));
    return this;
  }

  /** Adds a stage, described by {@code stage}. */
  public JourneyBuilder stage(String name, Consumer<StageBuilder> stage) {
    StageBuilder added = stages.add(new StageBuilder(name));
    added.misuses.configure(added, stage, "stage(…, null)");
    return this;
  }

  /** Changes the stage with this id. */
  public JourneyBuilder editStage(String id, Consumer<StageBuilder> stage) {
    stages.edit(id, stage, misuses, IdMatch.call("editStage", id));
    return this;
  }

  /** Removes the stage with this id, with its touchpoints. */
  public JourneyBuilder removeStage(String id) {
    stages.remove(id, misuses, IdMatch.call("removeStage", id));
    return this;
  }

  /** Changes the touchpoint with this id, in whichever stage it is. */
  public JourneyBuilder editTouchpoint(String id, Consumer<TouchpointBuilder> touchpoint) {
    return edit("editTouchpoint", ElementKind.TOUCHPOINT, id, touchpoint, touchpointsHolding(id));
  }

  /** Removes the touchpoint with this id, from whichever stage it is in. */
  public JourneyBuilder removeTouchpoint(String id) {
    return remove("removeTouchpoint", ElementKind.TOUCHPOINT, id, touchpointsHolding(id));
  }

  /** Changes the barrier with this id, wherever it is. */
  public JourneyBuilder editBarrier(String id, Consumer<BarrierBuilder> barrier) {
    return edit("editBarrier", ElementKind.BARRIER, id, barrier, barriersHolding(id));
  }

  /** Removes the barrier with this id, wherever it is; no opportunity may still address it. */
  public JourneyBuilder removeBarrier(String id) {
    return remove("removeBarrier", ElementKind.BARRIER, id, barriersHolding(id));
  }

  /** Adds an opportunity of the journey as a whole. */
  public JourneyBuilder opportunity(String description) {
    opportunities.add(new OpportunityBuilder(description));
    return this;
  }

  /** Adds an opportunity of the journey as a whole, described further by {@code opportunity}. */
  public JourneyBuilder opportunity(String description, Consumer<OpportunityBuilder> opportunity) {
    OpportunityBuilder added = opportunities.add(new OpportunityBuilder(description));
    added.misuses.configure(added, opportunity, "opportunity(…, null)");
    return this;
  }

  /** Changes the opportunity with this id, wherever it is. */
  public JourneyBuilder editOpportunity(String id, Consumer<OpportunityBuilder> opportunity) {
    return edit(
        "editOpportunity", ElementKind.OPPORTUNITY, id, opportunity, opportunitiesHolding(id));
  }

  /** Removes the opportunity with this id, wherever it is. */
  public JourneyBuilder removeOpportunity(String id) {
    return remove("removeOpportunity", ElementKind.OPPORTUNITY, id, opportunitiesHolding(id));
  }

  private <B> JourneyBuilder edit(
      String verb,
      ElementKind kind,
      @Nullable String id,
      @Nullable Consumer<? super B> configurer,
      @Nullable ElementList<B> holder) {
    String call = IdMatch.call(verb, id);
    if (holder == null || id == null) {
      notFound(call, kind, id);
    } else {
      holder.edit(id, configurer, misuses, call);
    }
    return this;
  }

  private <B> JourneyBuilder remove(
      String verb, ElementKind kind, @Nullable String id, @Nullable ElementList<B> holder) {
    String call = IdMatch.call(verb, id);
    if (holder == null || id == null) {
      notFound(call, kind, id);
    } else {
      holder.remove(id, misuses, call);
    }
    return this;
  }

  private @Nullable ElementList<TouchpointBuilder> touchpointsHolding(@Nullable String id) {
    return holding(id, StageBuilder::touchpoints, null, null);
  }

  private @Nullable ElementList<BarrierBuilder> barriersHolding(@Nullable String id) {
    return holding(id, StageBuilder::barriers, TouchpointBuilder::barriers, null);
  }

  private @Nullable ElementList<OpportunityBuilder> opportunitiesHolding(@Nullable String id) {
    return holding(
        id, StageBuilder::opportunities, TouchpointBuilder::opportunities, opportunities);
  }

  /**
   * The list that holds the element with this id, searched in journey order: in each stage its
   * touchpoints' lists (if the kind has them) and then the stage's own, and last the journey's.
   */
  private <B> @Nullable ElementList<B> holding(
      @Nullable String id,
      Function<StageBuilder, ElementList<B>> ofStage,
      @Nullable Function<TouchpointBuilder, ElementList<B>> ofTouchpoint,
      @Nullable ElementList<B> ofJourney) {
    if (id == null) {
      return null;
    }
    for (StageBuilder stage : stages) {
      if (ofTouchpoint != null) {
        for (TouchpointBuilder touchpoint : stage.touchpoints()) {
          if (ofTouchpoint.apply(touchpoint).contains(id)) {
            return ofTouchpoint.apply(touchpoint);
          }
        }
      }
      if (ofStage.apply(stage).contains(id)) {
        return ofStage.apply(stage);
      }
    }
    return ofJourney != null && ofJourney.contains(id) ? ofJourney : null;
  }

  private void notFound(String call, ElementKind kind, @Nullable String id) {
    if (id == null) {
      misuses.isNull(null, call);
    } else {
      misuses.add(
          "stages", call + ": the journey has no " + kind.word + " with id " + IdMatch.quote(id));
    }
  }

  /**
   * Checks the whole journey and returns it, immutable and valid.
   *
   * @throws InvalidJourneyException listing every problem found, each with its path and a message
   *     saying what was wrong and what is allowed
   */
  public Journey build() {
    BuildContext context = new BuildContext();
    try {
      misuses.report(context, "");
      context.requiredText("title", title, "title");
      context.optionalText("description", description, "description");
      context.optionalText("accessibilityTitle", accessibilityTitle, "accessibility title");
      context.optionalText(
          "accessibilityDescription", accessibilityDescription, "accessibility description");
      checkLocale(context);
      if (persona != null) {
        persona.check(context, "persona");
      }
      for (int i = 0; i < stages.size(); i++) {
        stages.get(i).check(context, "stages[" + i + "]");
      }
      OneOfGroups.check(context, stages);
      for (int i = 0; i < opportunities.size(); i++) {
        opportunities.get(i).check(context, "opportunities[" + i + "]");
      }
      context.resolveReferences();
    } catch (BuildContext.OverLimit e) {
      throw new InvalidJourneyException(quotedTitle(), List.of(e.problem));
    }
    List<Problem> problems = context.problems();
    if (!problems.isEmpty()) {
      throw new InvalidJourneyException(quotedTitle(), problems);
    }
    ImmutableJourney.Builder journey =
        ImmutableJourney.builder()
            .title(Checked.present(title))
            .description(Optional.ofNullable(description))
            .accessibilityTitle(Optional.ofNullable(accessibilityTitle))
            .accessibilityDescription(Optional.ofNullable(accessibilityDescription))
            .persona(Optional.ofNullable(persona).map(PersonaBuilder::toModel))
            .state(state)
            .locale(canonical(locale));
    stages.forEach(stage -> journey.addStages(stage.toModel(context)));
    opportunities.forEach(o -> journey.addOpportunities(o.toModel(context)));
    return journey.build();
  }

  /** The locale in the canonical form of its language tag, as the journey keeps it. */
  private static Locale canonical(Locale locale) {
    return Locale.forLanguageTag(locale.toLanguageTag());
  }

  /** A locale without a language (such as {@link Locale#ROOT}) names no language to write in. */
  private void checkLocale(BuildContext context) {
    if (!canonical(locale).getLanguage().isEmpty()) {
      return;
    }
    String tag = locale.toLanguageTag();
    String given = locale.equals(Locale.ROOT) ? "Locale.ROOT" : "locale " + Texts.quote(tag);
    context.problem(
        "locale",
        given
            + " has no language; give the language the journey is written in, e.g."
            + " Locale.ENGLISH or Locale.forLanguageTag(\"pl\"), or leave locale(…) out for"
            + " English",
        "expected",
        "a locale with a language, e.g. Locale.ENGLISH or Locale.forLanguageTag(\"pl\")",
        "but was",
        tag);
  }

  private String quotedTitle() {
    return title == null ? "(untitled)" : Texts.quote(title);
  }
}
