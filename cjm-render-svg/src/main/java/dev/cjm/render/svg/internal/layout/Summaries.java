package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The full texts behind the picture, for assistive technology and tooltips: a summary of the
 * journey, and every word of a stage or touchpoint.
 */
final class Summaries {
  private Summaries() {}

  static String journey(Journey journey) {
    StringBuilder text = new StringBuilder("Customer journey map");
    journey.persona().ifPresent(p -> text.append(" for ").append(p.name()));
    List<String> stageNames = new ArrayList<>();
    journey.stages().forEach(s -> stageNames.add(s.name()));
    text.append(": ").append(count(journey.stages().size(), "stage"));
    if (!stageNames.isEmpty()) {
      text.append(" (").append(String.join(", ", stageNames)).append(')');
    }
    text.append(", ")
        .append(count(journey.allTouchpoints().size(), "touchpoint"))
        .append(", ")
        .append(count(journey.allBarriers().size(), "barrier"))
        .append(", ")
        .append(count(journey.allOpportunities().size(), "opportunity"))
        .append('.');
    Optional<Touchpoint> lowest =
        journey.allTouchpoints().stream()
            .filter(t -> t.emotion().isPresent())
            .min(Comparator.comparingDouble(t -> t.emotion().get().score()));
    lowest.ifPresent(
        t ->
            text.append(" Lowest emotion at ")
                .append(t.name())
                .append(" (")
                .append(t.emotion().get())
                .append(")."));
    return text.toString();
  }

  static String stage(Stage stage) {
    StringBuilder text = new StringBuilder("Stage: ").append(stage.name());
    stage.phase().ifPresent(p -> text.append(" (").append(p.englishName()).append(')'));
    stage.goal().ifPresent(g -> text.append(". Goal: ").append(g));
    return text.toString();
  }

  static String touchpoint(Touchpoint t) {
    StringBuilder text = new StringBuilder(sizeOf(t)).append("Touchpoint: ").append(t.name());
    t.channel().ifPresent(c -> text.append(". Channel: ").append(c.name()));
    t.owner().ifPresent(o -> text.append(". Owner: ").append(o));
    if (!t.actors().isEmpty()) {
      text.append(". With: ").append(String.join(", ", t.actors()));
    }
    t.doing().ifPresent(d -> text.append(". Doing: ").append(d));
    t.thinking().ifPresent(d -> text.append(". Thinking: ").append(d));
    t.feeling().ifPresent(d -> text.append(". Feeling: ").append(d));
    t.emotion().ifPresent(e -> text.append(". Emotion: ").append(e));
    t.expectedEmotion().ifPresent(e -> text.append(". Expected emotion: ").append(e));
    for (Barrier b : t.barriers()) {
      text.append(". Barrier (").append(b.severity().label()).append("): ").append(b.description());
    }
    for (Opportunity o : t.opportunities()) {
      text.append(". Opportunity: ").append(o.description());
    }
    return text.toString();
  }

  /** Room for the summary of {@code t}, so that its builder does not grow as it is filled. */
  private static int sizeOf(Touchpoint t) {
    int size = 200 + t.name().length();
    size += t.owner().map(String::length).orElse(0);
    size += t.doing().map(String::length).orElse(0);
    size += t.thinking().map(String::length).orElse(0);
    size += t.feeling().map(String::length).orElse(0);
    for (String actor : t.actors()) {
      size += actor.length() + 2;
    }
    for (Barrier b : t.barriers()) {
      size += b.description().length() + 30;
    }
    for (Opportunity o : t.opportunities()) {
      size += o.description().length() + 20;
    }
    return size;
  }

  private static String count(int n, String noun) {
    if (n == 1) {
      return "1 " + noun;
    }
    return n
        + " "
        + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
