package dev.cjm.examples;

import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Severity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.Locale;

/**
 * A plain-text outline of a journey, in its language (English, or Polish for a Polish journey):
 * stages, touchpoints with channel and emotion, barriers.
 */
final class Outline {
  private Outline() {}

  /** The outline's own words in one language. */
  private record Labels(
      String persona,
      String emotion,
      String expected,
      String barrier,
      String opportunity,
      String addresses,
      String critical,
      String high,
      String medium,
      String low) {
    static final Labels ENGLISH =
        new Labels(
            "persona",
            "emotion",
            "expected",
            "barrier",
            "opportunity",
            "addresses",
            "critical",
            "high",
            "medium",
            "low");
    static final Labels POLISH =
        new Labels(
            "persona",
            "emocja",
            "oczekiwana",
            "bariera",
            "możliwość",
            "usuwa",
            "krytyczna",
            "wysoka",
            "średnia",
            "niska");

    static Labels of(Locale language) {
      return language.getLanguage().equals("pl") ? POLISH : ENGLISH;
    }

    String severity(Severity severity) {
      return switch (severity) {
        case CRITICAL -> critical;
        case HIGH -> high;
        case MEDIUM -> medium;
        case LOW -> low;
      };
    }
  }

  static String of(Journey journey) {
    Locale language = journey.locale();
    Labels labels = Labels.of(language);
    StringBuilder out = new StringBuilder();
    out.append(journey.title());
    journey
        .persona()
        .ifPresent(p -> out.append(" — ").append(labels.persona()).append(": ").append(p.name()));
    out.append('\n');
    for (Stage stage : journey.stages()) {
      out.append("  ").append(stage.name()).append(" [").append(stage.id()).append("]\n");
      for (Touchpoint touchpoint : stage.touchpoints()) {
        out.append("    • ").append(touchpoint.name());
        touchpoint.channel().ifPresent(c -> out.append(" (").append(c.name(language)).append(')'));
        touchpoint
            .emotion()
            .map(Emotion::toString)
            .ifPresent(e -> out.append(", ").append(labels.emotion()).append(' ').append(e));
        touchpoint
            .expectedEmotion()
            .ifPresent(e -> out.append(", ").append(labels.expected()).append(' ').append(e));
        out.append('\n');
        for (Barrier barrier : touchpoint.barriers()) {
          out.append("        ")
              .append(labels.barrier())
              .append(" [")
              .append(labels.severity(barrier.severity()))
              .append("] ")
              .append(barrier.description())
              .append('\n');
        }
      }
    }
    for (Opportunity opportunity : journey.allOpportunities()) {
      out.append("  ").append(labels.opportunity()).append(": ").append(opportunity.description());
      if (!opportunity.addresses().isEmpty()) {
        out.append(" (")
            .append(labels.addresses())
            .append(' ')
            .append(String.join(", ", opportunity.addresses()))
            .append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
