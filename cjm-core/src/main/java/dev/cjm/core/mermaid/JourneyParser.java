package dev.cjm.core.mermaid;

import dev.cjm.core.InvalidJourneyException;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.mermaid.MermaidStatement.AccessibilityDescription;
import dev.cjm.core.mermaid.MermaidStatement.AccessibilityTitle;
import dev.cjm.core.mermaid.MermaidStatement.ChoiceComment;
import dev.cjm.core.mermaid.MermaidStatement.LocaleComment;
import dev.cjm.core.mermaid.MermaidStatement.Section;
import dev.cjm.core.mermaid.MermaidStatement.Task;
import dev.cjm.core.mermaid.MermaidStatement.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Mermaid {@code journey} diagram into a journey, for {@link MermaidJourney#parse}: {@link
 * MermaidScanner} reads and checks the statements one at a time, and this maps them onto the
 * journey DSL: a section to a stage with an id from its name, a task to a touchpoint with the
 * emotion score − 3 and its actors, and a first actor every task shares to the persona.
 */
final class JourneyParser {
  /** The title of a diagram that has none; the model requires one. */
  static final String UNTITLED = "Untitled journey";

  private final MermaidScanner scanner;
  private @Nullable String title;
  private @Nullable String accessibilityTitle;
  private @Nullable String accessibilityDescription;
  private @Nullable Locale locale;
  private final List<Stage> stages = new ArrayList<>();

  /** The choice a cjm: comment set for the next task of its section, if any. */
  private @Nullable ChoiceComment choice;

  /** A section read so far, with its tasks. */
  private static final class Stage {
    final String name;
    final List<Task> tasks = new ArrayList<>();
    final List<@Nullable ChoiceComment> choices = new ArrayList<>();

    Stage(String name) {
      this.name = name;
    }
  }

  private JourneyParser(MermaidScanner scanner) {
    this.scanner = scanner;
  }

  /**
   * The journey the diagram describes.
   *
   * @throws MermaidSyntaxException at the first problem, with its line and column
   */
  static Journey parse(String source) {
    MermaidScanner scanner = MermaidScanner.open(source);
    JourneyParser parser = new JourneyParser(scanner);
    for (MermaidStatement statement = scanner.next();
        statement != null;
        statement = scanner.next()) {
      parser.add(statement);
    }
    return parser.build();
  }

  private void add(MermaidStatement statement) {
    if (statement instanceof Title t) {
      title = t.text();
    } else if (statement instanceof AccessibilityTitle t) {
      accessibilityTitle = noneIfBlank(t.text());
    } else if (statement instanceof AccessibilityDescription d) {
      accessibilityDescription = noneIfBlank(d.text());
    } else if (statement instanceof LocaleComment comment) {
      locale = comment.locale();
    } else if (statement instanceof ChoiceComment comment) {
      choice = comment;
    } else if (statement instanceof Section section) {
      stages.add(new Stage(section.name()));
      choice = null; // a choice marks a task of its own section only
    } else if (statement instanceof Task task) {
      Stage stage = stages.get(stages.size() - 1); // the scanner saw a section before it
      stage.tasks.add(task);
      stage.choices.add(choice);
      choice = null;
    } else {
      throw new AssertionError("a statement the parser does not know: " + statement);
    }
  }

  /** An accessibility text; blank means none. */
  private static @Nullable String noneIfBlank(String text) {
    return Texts.isBlank(text) ? null : text;
  }

  private Journey build() {
    JourneyBuilder journey = Journey.builder(title == null ? UNTITLED : title);
    if (accessibilityTitle != null) {
      journey.accessibilityTitle(accessibilityTitle);
    }
    if (accessibilityDescription != null) {
      journey.accessibilityDescription(accessibilityDescription);
    }
    if (locale != null) {
      journey.locale(locale);
    }
    String persona = persona(stages);
    if (persona != null) {
      journey.persona(persona);
    }
    // Ids are given only where the DSL would derive another (a repeated name's suffix).
    IdAllocator ids = new IdAllocator();
    for (Stage stage : stages) {
      String stageId = ids.nextUnlessDerived("stage", stage.name);
      List<@Nullable String> touchpointIds = new ArrayList<>();
      stage.tasks.forEach(
          task -> touchpointIds.add(ids.nextUnlessDerived("touchpoint", task.name())));
      journey.stage(
          stage.name,
          builder -> {
            if (stageId != null) {
              builder.id(stageId);
            }
            for (int k = 0; k < stage.tasks.size(); k++) {
              Task task = stage.tasks.get(k);
              ChoiceComment taskChoice = stage.choices.get(k);
              String touchpointId = touchpointIds.get(k);
              builder.touchpoint(
                  task.name(),
                  touchpoint -> {
                    if (touchpointId != null) {
                      touchpoint.id(touchpointId);
                    }
                    touchpoint.emotion(task.score() - 3);
                    List<String> actors =
                        persona == null
                            ? task.actors()
                            : task.actors().subList(1, task.actors().size());
                    actors.forEach(touchpoint::actor);
                    if (taskChoice != null && taskChoice.optional()) {
                      touchpoint.optional();
                    } else if (taskChoice != null && taskChoice.group() != null) {
                      touchpoint.oneOf(taskChoice.group());
                    }
                  });
            }
          });
    }
    try {
      return journey.build();
    } catch (InvalidJourneyException e) {
      if (e.problems().get(0).path().endsWith(".oneOf")
          || e.problems().get(0).path().endsWith(".optional")) {
        throw scanner.errorAtEnd(
            "cjm comments that do not make a valid choice: "
                + e.problems().get(0).path()
                + ": "
                + e.problems().get(0).message(),
            "each one-of group on two or more tasks next to each other in one section");
      }
      // The scanner checks every limit it can place (lengths, sections, tasks, and the texts but
      // each task's first actor); what remains is the exact count of the journey's texts (the
      // first actors that are not the persona) and a repeated name's suffixed id over the length
      // limit, reported at the end of the diagram.
      throw scanner.errorAtEnd(
          "diagram too large for one journey: " + e.problems().get(0).message(),
          "a smaller diagram within the Limits of a journey");
    }
  }

  /**
   * The persona: the first actor of every task, when the diagram has tasks and every one of them
   * names the same first actor; otherwise none.
   */
  private static @Nullable String persona(List<Stage> stages) {
    String persona = null;
    for (Stage stage : stages) {
      for (Task task : stage.tasks) {
        if (task.actors().isEmpty()) {
          return null;
        }
        String first = task.actors().get(0);
        if (persona == null) {
          persona = first;
        } else if (!persona.equals(first)) {
          return null;
        }
      }
    }
    return persona;
  }
}
