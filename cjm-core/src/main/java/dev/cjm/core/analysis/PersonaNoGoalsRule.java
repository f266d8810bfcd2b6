package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Persona;
import java.util.List;
import java.util.Optional;

/**
 * {@code persona.no-goals}: the persona has neither goals nor needs, so the journey cannot be
 * judged by whether it serves them. A journey with no persona is not checked.
 */
final class PersonaNoGoalsRule implements GapRule {
  static final String ID = "persona.no-goals";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public FindingKind kind() {
    return FindingKind.MAP;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.WARNING;
  }

  @Override
  public String description() {
    return "a persona without goals or needs";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    Optional<Persona> persona = journey.persona();
    if (persona.isEmpty() || !persona.get().goals().isEmpty() || !persona.get().needs().isEmpty()) {
      return List.of();
    }
    return List.of(
        context
            .personaFinding()
            .message(Phrase.words("finding." + ID, Phrase.quoted(persona.get().name())))
            .build());
  }
}
