package dev.cjm.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Describes the journey's {@link Persona} inside {@code Journey.builder(…).persona(name, p -> …)}.
 * Each list method ({@link #goal}, {@link #need}, …) adds one entry.
 */
public final class PersonaBuilder {
  final Misuses misuses = new Misuses();
  private @Nullable String name;
  private @Nullable String description;
  private @Nullable String quote;
  private final List<String> goals = new ArrayList<>();
  private final List<String> needs = new ArrayList<>();
  private final List<String> expectations = new ArrayList<>();
  private final List<String> frustrations = new ArrayList<>();

  PersonaBuilder(@Nullable String name) {
    this.name = name;
  }

  static PersonaBuilder from(Persona persona) {
    PersonaBuilder builder = new PersonaBuilder(persona.name());
    builder.description = persona.description().orElse(null);
    builder.quote = persona.quote().orElse(null);
    builder.goals.addAll(persona.goals());
    builder.needs.addAll(persona.needs());
    builder.expectations.addAll(persona.expectations());
    builder.frustrations.addAll(persona.frustrations());
    return builder;
  }

  /** Renames the persona. */
  public PersonaBuilder name(String name) {
    if (!misuses.isNull(name, "name(null)")) {
      this.name = name;
    }
    return this;
  }

  /** Who they are, in a sentence ("Amateur runner who shops on her phone"). */
  public PersonaBuilder description(String description) {
    if (!misuses.isNull(description, "description(null)")) {
      this.description = description;
    }
    return this;
  }

  /** Adds a goal: what they want to achieve. */
  public PersonaBuilder goal(String goal) {
    return add(goals, goal, "goal(null)");
  }

  /** Adds a need: what they need along the way. */
  public PersonaBuilder need(String need) {
    return add(needs, need, "need(null)");
  }

  /** Adds an expectation: what they expect of the brand ("Free returns"). */
  public PersonaBuilder expectation(String expectation) {
    return add(expectations, expectation, "expectation(null)");
  }

  /** Adds a frustration: what annoys them today. */
  public PersonaBuilder frustration(String frustration) {
    return add(frustrations, frustration, "frustration(null)");
  }

  /** Something they said, in their own words. */
  public PersonaBuilder quote(String quote) {
    if (!misuses.isNull(quote, "quote(null)")) {
      this.quote = quote;
    }
    return this;
  }

  private PersonaBuilder add(List<String> list, @Nullable String value, String call) {
    if (!misuses.isNull(value, call) && value != null) {
      list.add(value);
    }
    return this;
  }

  void check(BuildContext context, String path) {
    misuses.report(context, path);
    context.requiredText(BuildContext.at(path, "name"), name, "persona name");
    context.optionalText(BuildContext.at(path, "description"), description, "description");
    context.texts(BuildContext.at(path, "goals"), goals, "goal");
    context.texts(BuildContext.at(path, "needs"), needs, "need");
    context.texts(BuildContext.at(path, "expectations"), expectations, "expectation");
    context.texts(BuildContext.at(path, "frustrations"), frustrations, "frustration");
    context.optionalText(BuildContext.at(path, "quote"), quote, "quote");
  }

  Persona toModel() {
    return ImmutablePersona.builder()
        .name(Checked.present(name))
        .description(java.util.Optional.ofNullable(description))
        .goals(goals)
        .needs(needs)
        .expectations(expectations)
        .frustrations(frustrations)
        .quote(java.util.Optional.ofNullable(quote))
        .build();
  }
}
