package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.Persona;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.testing.PlanChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round trips: writing a journey and reading it back keeps everything Mermaid can express (and the
 * plan's choices, in cjm's comments), and the text written for a read diagram is a fixed point.
 */
class MermaidJourneyRoundTripTest {

  /** What a Mermaid journey diagram can hold of a journey. */
  record Expressible(
      String title,
      Locale locale,
      Optional<String> accessibilityTitle,
      Optional<String> accessibilityDescription,
      Optional<String> persona,
      List<Section> sections) {}

  record Section(String name, List<Task> tasks) {}

  record Task(
      String name, int score, List<String> actors, boolean optional, Optional<String> oneOf) {}

  /** The expressible part of a journey read from Mermaid. */
  static Expressible read(Journey journey) {
    List<Section> sections = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      List<Task> tasks = new ArrayList<>();
      for (Touchpoint t : stage.touchpoints()) {
        double score = t.emotion().orElseThrow().score() + 3;
        assertThat(score).isEqualTo(Math.rint(score));
        tasks.add(
            new Task(t.name(), (int) score, List.copyOf(t.actors()), t.optional(), t.oneOf()));
      }
      sections.add(new Section(stage.name(), tasks));
    }
    return new Expressible(
        journey.title(),
        journey.locale(),
        journey.accessibilityTitle(),
        journey.accessibilityDescription(),
        journey.persona().map(Persona::name),
        sections);
  }

  /**
   * What a journey should read back as: scores rounded (none written as 3), the persona kept when
   * some task can name it, and otherwise a first actor shared by every task read as the persona.
   */
  static Expressible expected(Journey journey) {
    boolean hasTasks = !journey.allTouchpoints().isEmpty();
    Optional<String> persona = journey.persona().filter(p -> hasTasks).map(Persona::name);
    Optional<String> shared = persona.isPresent() ? Optional.empty() : sharedFirstActor(journey);
    List<Section> sections = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      List<Task> tasks = new ArrayList<>();
      for (Touchpoint t : stage.touchpoints()) {
        int score = t.emotion().map(JourneyWriter::scoreOf).orElse(3);
        List<String> actors = t.actors();
        tasks.add(
            new Task(
                t.name(),
                score,
                List.copyOf(shared.isPresent() ? actors.subList(1, actors.size()) : actors),
                t.optional(),
                t.oneOf()));
      }
      sections.add(new Section(stage.name(), tasks));
    }
    return new Expressible(
        journey.title(),
        journey.locale(),
        journey.accessibilityTitle(),
        journey.accessibilityDescription(),
        persona.or(() -> shared),
        sections);
  }

  private static Optional<String> sharedFirstActor(Journey journey) {
    List<Touchpoint> all = journey.allTouchpoints();
    if (all.isEmpty() || all.stream().anyMatch(t -> t.actors().isEmpty())) {
      return Optional.empty();
    }
    String first = all.get(0).actors().get(0);
    return all.stream().allMatch(t -> t.actors().get(0).equals(first))
        ? Optional.of(first)
        : Optional.empty();
  }

  @Test
  void parseOfFormat_keepsEverythingMermaidCanExpress() {
    qt().withExamples(2000)
        .forAll(MermaidTexts.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            journey ->
                assertThat(read(MermaidJourney.parse(MermaidJourney.format(journey))))
                    .isEqualTo(expected(journey)));
  }

  @Test
  void formatOfParse_isAFixedPoint() {
    qt().withExamples(2000)
        .forAll(MermaidTexts.journeys().map(PlanChoices::sometimes))
        .checkAssert(
            journey -> {
              String once =
                  MermaidJourney.format(MermaidJourney.parse(MermaidJourney.format(journey)));
              assertThat(MermaidJourney.format(MermaidJourney.parse(once))).isEqualTo(once);
            });
  }

  @Test
  void parseOfFormat_givesTheIdsAReaderOfTheTextWouldDerive() {
    Journey journey =
        Journey.builder("Ids")
            .stage("Visit", s -> s.id("first").touchpoint("Visit", t -> t.id("a").emotion(0)))
            .stage("Visit", s -> s.id("second").touchpoint("???", t -> t.id("b").emotion(0)))
            .build();

    Journey back = MermaidJourney.parse(MermaidJourney.format(journey));

    assertThat(back.stages()).extracting(Stage::id).containsExactly("visit", "visit-3");
    assertThat(back.allTouchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("visit-2", "touchpoint-2");
  }
}
