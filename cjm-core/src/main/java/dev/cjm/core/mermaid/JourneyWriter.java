package dev.cjm.core.mermaid;

import static dev.cjm.core.mermaid.MermaidText.escape;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import dev.cjm.core.Persona;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.mermaid.MermaidStatement.LocaleComment;
import dev.cjm.core.mermaid.MermaidText.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a journey as a Mermaid {@code journey} diagram: header, then each section with its tasks,
 * with a {@code %%} comment wherever something of the journey had to be left out.
 */
final class JourneyWriter {
  private static final String INDENT = "  ";
  private static final String TASK_INDENT = "    ";

  private final Journey journey;
  private final StringBuilder out = new StringBuilder();

  /**
   * The characters written and dropped once the diagram was over {@link Limits#MAX_MERMAID_LENGTH}:
   * the rest is only counted, for the error, not kept.
   */
  private long dropped;

  private JourneyWriter(Journey journey) {
    this.journey = journey;
  }

  static String write(Journey journey) {
    return new JourneyWriter(journey).write();
  }

  /**
   * The Mermaid score of an emotion: score + 3 rounded to the nearest whole number, halves up
   * (toward the better score), kept within 1..5.
   */
  static int scoreOf(Emotion emotion) {
    double twice = emotion.score() * 2;
    if (twice == Math.rint(twice)) { // whole and half scores, the common ones: exact in double
      return Math.max(1, Math.min(5, (int) Math.floor(emotion.score() + 3.5)));
    }
    int score =
        new BigDecimal(emotion.score())
            .add(BigDecimal.valueOf(3))
            .setScale(0, RoundingMode.HALF_UP)
            .intValueExact();
    return Math.max(1, Math.min(5, score));
  }

  private String write() {
    out.append("journey\n");
    out.append(INDENT).append("title ").append(escape(journey.title(), Context.TITLE)).append('\n');
    if (!journey.locale().equals(Locale.ENGLISH)) {
      out.append(INDENT).append("%% ").append(LocaleComment.MARKER).append(' ');
      out.append(journey.locale().toLanguageTag()).append('\n');
    }
    journey
        .accessibilityTitle()
        .ifPresent(
            text ->
                out.append(INDENT)
                    .append("accTitle: ")
                    .append(escape(text, Context.ACCESSIBILITY))
                    .append('\n'));
    journey.accessibilityDescription().ifPresent(this::description);
    journeyComments();
    IdAllocator ids = new IdAllocator();
    Optional<String> persona =
        journey.allTouchpoints().isEmpty()
            ? Optional.empty()
            : journey.persona().map(Persona::name);
    for (Stage stage : journey.stages()) {
      out.append(INDENT).append("section ").append(escape(stage.name(), Context.SECTION));
      out.append('\n');
      stageComments(stage, ids.next("stage", stage.name()));
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpointComments(touchpoint, ids.next("touchpoint", touchpoint.name()));
        choiceComment(touchpoint);
        task(touchpoint, persona);
        dropOverLimit();
      }
      dropOverLimit();
    }
    long length = dropped + out.length();
    if (length > Limits.MAX_MERMAID_LENGTH) {
      throw new IllegalArgumentException(
          "the Mermaid diagram of journey "
              + Texts.quote(journey.title())
              + " would be "
              + Figures.count(length)
              + " characters long, over the "
              + Figures.count(Limits.MAX_MERMAID_LENGTH)
              + " that MermaidJourney.parse reads (Limits.MAX_MERMAID_LENGTH); shorten its texts"
              + " (Mermaid needs entity codes such as #35; for # and #59; for ;, 4 to 8"
              + " characters each) or split it into several journeys");
    }
    return out.toString();
  }

  /** Once the diagram is over the limit, counts what was written instead of keeping it. */
  private void dropOverLimit() {
    if (dropped > 0 || out.length() > Limits.MAX_MERMAID_LENGTH) {
      dropped += out.length();
      out.setLength(0);
    }
  }

  private void description(String text) {
    if (text.indexOf('\n') < 0) {
      out.append(INDENT).append("accDescr: ").append(escape(text, Context.ACCESSIBILITY));
      out.append('\n');
      return;
    }
    String escaped = escape(text, Context.DESCRIPTION_BLOCK);
    out.append(INDENT).append("accDescr {\n").append(TASK_INDENT);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      out.append(c);
      if (c == '\n') {
        out.append(TASK_INDENT); // Mermaid drops the indentation after each line break
      }
    }
    out.append('\n').append(INDENT).append("}\n");
  }

  private void task(Touchpoint touchpoint, Optional<String> persona) {
    int score = touchpoint.emotion().map(JourneyWriter::scoreOf).orElse(3);
    out.append(TASK_INDENT)
        .append(escape(touchpoint.name(), Context.TASK))
        .append(": ")
        .append(score);
    List<String> actors = new ArrayList<>();
    persona.ifPresent(actors::add);
    actors.addAll(touchpoint.actors());
    for (int i = 0; i < actors.size(); i++) {
      out.append(i == 0 ? ": " : ", ").append(escape(actors.get(i), Context.ACTOR));
    }
    out.append('\n');
  }

  private void journeyComments() {
    List<String> left = new ArrayList<>();
    journey.description().ifPresent(d -> left.add("description"));
    journey
        .persona()
        .ifPresent(
            persona -> {
              if (journey.allTouchpoints().isEmpty()) {
                left.add("persona " + Texts.quote(persona.name()) + " (no task to name it in)");
              }
              List<String> details = new ArrayList<>();
              persona.description().ifPresent(d -> details.add("description"));
              count(details, persona.goals().size(), "goal");
              count(details, persona.needs().size(), "need");
              count(details, persona.expectations().size(), "expectation");
              count(details, persona.frustrations().size(), "frustration");
              persona.quote().ifPresent(q -> details.add("quote"));
              if (!details.isEmpty()) {
                left.add("the persona's " + String.join(", ", details));
              }
            });
    if (journey.state() == Journey.State.FUTURE) {
      left.add("state future");
    }
    count(left, journey.opportunities().size(), "journey opportunity", "journey opportunities");
    comment(INDENT, "the journey", left);
  }

  private void stageComments(Stage stage, String expectedId) {
    List<String> left = new ArrayList<>();
    if (!stage.id().equals(expectedId)) {
      left.add("id " + Texts.quote(stage.id()));
    }
    stage.phase().ifPresent(phase -> left.add("phase"));
    stage.goal().ifPresent(goal -> left.add("goal"));
    count(left, stage.barriers().size(), "barrier");
    count(left, stage.opportunities().size(), "opportunity", "opportunities");
    count(left, stage.metrics().size(), "metric");
    comment(TASK_INDENT, "section " + Texts.quote(stage.name()), left);
  }

  private void touchpointComments(Touchpoint touchpoint, String expectedId) {
    List<String> left = new ArrayList<>();
    if (!touchpoint.id().equals(expectedId)) {
      left.add("id " + Texts.quote(touchpoint.id()));
    }
    Optional<Emotion> emotion = touchpoint.emotion();
    if (emotion.isEmpty()) {
      left.add("no emotion recorded, written as score 3 (neutral)");
    } else {
      double score = emotion.get().score();
      int written = scoreOf(emotion.get());
      if (score != written - 3) {
        left.add("emotion " + Emotion.formatScore(score) + " rounded to score " + written);
      }
      emotion.get().word().ifPresent(word -> left.add("emotion word"));
    }
    touchpoint
        .expectedEmotion()
        .ifPresent(e -> left.add("expected emotion " + Emotion.formatScore(e.score())));
    touchpoint.channel().ifPresent(channel -> left.add("channel"));
    touchpoint.owner().ifPresent(owner -> left.add("owner"));
    touchpoint.doing().ifPresent(doing -> left.add("doing"));
    touchpoint.thinking().ifPresent(thinking -> left.add("thinking"));
    touchpoint.feeling().ifPresent(feeling -> left.add("feeling"));
    count(left, touchpoint.barriers().size(), "barrier");
    count(left, touchpoint.opportunities().size(), "opportunity", "opportunities");
    comment(TASK_INDENT, "task " + Texts.quote(touchpoint.name()), left);
  }

  /**
   * The choice the plan leaves at a touchpoint, in a comment cjm reads back and Mermaid ignores.
   */
  private void choiceComment(Touchpoint touchpoint) {
    if (touchpoint.optional()) {
      out.append(TASK_INDENT).append("%% cjm: optional\n");
    }
    touchpoint
        .oneOf()
        .ifPresent(
            group -> out.append(TASK_INDENT).append("%% cjm: one-of ").append(group).append('\n'));
  }

  private static void count(List<String> left, int count, String noun) {
    count(left, count, noun, noun + "s");
  }

  private static void count(List<String> left, int count, String noun, String plural) {
    if (count > 0) {
      left.add(count + " " + (count == 1 ? noun : plural));
    }
  }

  private void comment(String indent, String subject, List<String> left) {
    if (!left.isEmpty()) {
      out.append(indent)
          .append("%% left out of ")
          .append(subject)
          .append(": ")
          .append(String.join("; ", left))
          .append('\n');
    }
  }
}
