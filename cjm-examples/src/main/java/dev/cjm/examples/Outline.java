package dev.cjm.examples;

import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;

/** A plain-text outline of a journey: stages, touchpoints with channel and emotion, barriers. */
final class Outline {
  private Outline() {}

  static String of(Journey journey) {
    StringBuilder out = new StringBuilder();
    out.append(journey.title());
    journey.persona().ifPresent(p -> out.append(" — persona: ").append(p.name()));
    out.append('\n');
    for (Stage stage : journey.stages()) {
      out.append("  ").append(stage.name()).append(" [").append(stage.id()).append("]\n");
      for (Touchpoint touchpoint : stage.touchpoints()) {
        out.append("    • ").append(touchpoint.name());
        touchpoint.channel().ifPresent(c -> out.append(" (").append(c.name()).append(')'));
        touchpoint
            .emotion()
            .map(Emotion::toString)
            .ifPresent(e -> out.append(", emotion ").append(e));
        touchpoint.expectedEmotion().ifPresent(e -> out.append(", expected ").append(e));
        out.append('\n');
        for (Barrier barrier : touchpoint.barriers()) {
          out.append("        barrier [")
              .append(barrier.severity().label())
              .append("] ")
              .append(barrier.description())
              .append('\n');
        }
      }
    }
    for (Opportunity opportunity : journey.allOpportunities()) {
      out.append("  opportunity: ").append(opportunity.description());
      if (!opportunity.addresses().isEmpty()) {
        out.append(" (addresses ").append(String.join(", ", opportunity.addresses())).append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
