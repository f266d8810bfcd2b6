package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.cjm.core.Persona;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.internal.Texts;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a {@link GapRule} gets besides the journey: its configured threshold, the paths of the
 * journey's elements, the phase of each stage, and builders for findings with the subject already
 * filled in.
 */
public final class RuleContext {
  private final GapRule rule;
  private final OptionalDouble threshold;
  private final JourneyPaths paths;
  private final Map<String, String> quotes;

  /**
   * A context for one rule in one analysis; {@code quotes} is the analysis's memo of quoted names,
   * shared by its rules, which run one after another.
   */
  RuleContext(
      GapRule rule, OptionalDouble threshold, JourneyPaths paths, Map<String, String> quotes) {
    this.rule = rule;
    this.threshold = threshold;
    this.paths = paths;
    this.quotes = quotes;
  }

  /** The threshold the analysis set for this rule, or its default. */
  public double threshold() {
    checkState(
        threshold.isPresent(), "rule %s declares no threshold; override threshold()", rule.id());
    return threshold.getAsDouble();
  }

  /**
   * The standard phase of a stage: the one it names, else the one its name stands for in English or
   * Polish ({@link Phase#fromName(String)}), else none.
   */
  public Optional<Phase> phaseOf(Stage stage) {
    return phaseOfStage(stage);
  }

  static Optional<Phase> phaseOfStage(Stage stage) {
    return stage.phase().or(() -> Phase.fromName(stage.name()));
  }

  /**
   * {@link Texts#quote(String)} of a name or description, worked out once per analysis: the same
   * names recur in the findings of many rules.
   */
  String quote(String text) {
    return quotes.computeIfAbsent(text, Texts::quote);
  }

  /** The path of the stage, touchpoint, barrier or opportunity with this id in the journey. */
  public String pathOf(String id) {
    checkNotNull(id, "id is null");
    return place(id).path();
  }

  private JourneyPaths.Place place(String id) {
    JourneyPaths.Place place = paths.place(id);
    if (place == null) { // the id is quoted only when it is wrong, not on every call
      throw new IllegalArgumentException(
          "the journey has no stage, touchpoint, barrier or opportunity " + Texts.quote(id));
    }
    return place;
  }

  /**
   * A finding of this rule about the stage, touchpoint, barrier or opportunity with this id, at the
   * rule's default severity.
   */
  public Finding.Builder finding(String subjectId) {
    checkNotNull(subjectId, "subject id is null");
    return finding(place(subjectId));
  }

  /**
   * The places of the journey's elements by their index in the journey's lists, for the standard
   * rules, which walk those lists and so need no lookup by id.
   */
  JourneyPaths paths() {
    return paths;
  }

  /** A finding of this rule about the element at this place, at the rule's default severity. */
  Finding.Builder finding(JourneyPaths.Place place) {
    return Finding.builder(rule.id(), rule.defaultSeverity())
        .subject(place.id, place.path())
        .position(place.position);
  }

  /** A finding of this rule about metric {@code k} of the stage at this place. */
  Finding.Builder metricFinding(JourneyPaths.Place stage, int k) {
    return Finding.builder(rule.id(), rule.defaultSeverity())
        .subject(stage.id, stage.path() + ".metrics[" + k + "]")
        .position(stage.firstMetric + k);
  }

  /** A finding of this rule about the journey as a whole. */
  public Finding.Builder journeyFinding() {
    return Finding.builder(rule.id(), rule.defaultSeverity()).position(0);
  }

  /**
   * A finding of this rule about the journey's persona: the persona's name as subject id, {@code
   * persona} as path.
   *
   * @throws IllegalStateException if the journey has no persona
   */
  public Finding.Builder personaFinding() {
    Optional<Persona> persona = paths.journey().persona();
    checkState(
        persona.isPresent(), "the journey has no persona for rule %s to report on", rule.id());
    return Finding.builder(rule.id(), rule.defaultSeverity())
        .subject(persona.get().name(), "persona")
        .position(paths.personaPosition());
  }
}
