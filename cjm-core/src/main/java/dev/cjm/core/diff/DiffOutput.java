package dev.cjm.core.diff;

import static dev.cjm.core.internal.Markup.cell;
import static dev.cjm.core.internal.Markup.code;
import static dev.cjm.core.internal.Markup.line;

import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.diff.ElementChange.Field;
import dev.cjm.core.internal.Markup;
import dev.cjm.core.internal.Texts;
import java.util.List;

/** Writes a {@link JourneyDiff} as Markdown or as plain text. */
final class DiffOutput {
  private DiffOutput() {}

  static String markdown(JourneyDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("## Current vs future: ")
        .append(cell(diff.future().title()))
        .append("\n\n")
        .append(summary(diff))
        .append(".\n");
    if (!diff.changes().isEmpty()) {
      out.append("\n| change | kind | id | name | what changed |\n|---|---|---|---|---|\n");
      for (ElementChange change : diff.changes()) {
        out.append("| ")
            .append(change.type().label())
            .append(" | ")
            .append(change.kind().label())
            .append(" | ")
            .append(code(change.id()))
            .append(" | ")
            .append(cell(change.label()))
            .append(" | ");
        List<Field> fields = change.fields();
        for (int i = 0; i < fields.size(); i++) {
          Field field = fields.get(i);
          out.append(i == 0 ? "" : "; ")
              .append(cell(field.name()))
              .append(": ")
              .append(cell(field.before()))
              .append(" → ")
              .append(cell(field.after()));
        }
        out.append(fields.isEmpty() ? "– |\n" : " |\n");
      }
    }
    emotionsMarkdown(out, "Emotion per touchpoint", "touchpoint", diff.touchpointEmotions());
    emotionsMarkdown(out, "Mean emotion per stage", "stage", diff.stageEmotions());
    if (!diff.resolvedBarriers().isEmpty()) {
      out.append("\n### Barriers resolved\n\n");
      for (Barrier barrier : diff.resolvedBarriers()) {
        out.append("- ")
            .append(code(barrier.id()))
            .append(" (")
            .append(barrier.severity().label())
            .append("): ")
            .append(cell(barrier.description()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void emotionsMarkdown(
      StringBuilder out, String title, String kind, List<EmotionChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("\n### ")
        .append(title)
        .append("\n\n| ")
        .append(kind)
        .append(" | current | future | change |\n|---|---:|---:|---:|\n");
    for (EmotionChange change : changes) {
      out.append("| ")
          .append(cell(change.name()))
          .append(" | ")
          .append(Markup.score(change.before()))
          .append(" | ")
          .append(Markup.score(change.after()))
          .append(" | ")
          .append(Markup.score(change.delta()))
          .append(" |\n");
    }
  }

  static String text(JourneyDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("Current vs future of ")
        .append(line(Texts.quote(diff.future().title())))
        .append(": ")
        .append(summary(diff))
        .append('\n');
    if (!diff.changes().isEmpty()) {
      out.append('\n');
    }
    for (ElementChange change : diff.changes()) {
      out.append(String.format(java.util.Locale.ROOT, "%-8s ", change.type().label()))
          .append(change.kind().label())
          .append(' ')
          .append(line(change.id()))
          .append(" (")
          .append(line(change.label()))
          .append(")\n");
      for (Field field : change.fields()) {
        out.append("         ")
            .append(line(field.name()))
            .append(": ")
            .append(line(field.before()))
            .append(" → ")
            .append(line(field.after()))
            .append('\n');
      }
    }
    emotionsText(out, "Emotion per touchpoint", diff.touchpointEmotions());
    emotionsText(out, "Mean emotion per stage", diff.stageEmotions());
    if (!diff.resolvedBarriers().isEmpty()) {
      out.append("\nBarriers resolved:\n");
      for (Barrier barrier : diff.resolvedBarriers()) {
        out.append("  ")
            .append(line(barrier.id()))
            .append(" (")
            .append(barrier.severity().label())
            .append("): ")
            .append(line(barrier.description()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void emotionsText(StringBuilder out, String title, List<EmotionChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(":\n");
    for (EmotionChange change : changes) {
      out.append("  ")
          .append(line(change.name()))
          .append(": ")
          .append(Markup.score(change.before()))
          .append(" → ")
          .append(Markup.score(change.after()))
          .append(
              change.delta().isPresent()
                  ? " (" + Emotion.formatScore(change.delta().getAsDouble()) + ")"
                  : "")
          .append('\n');
    }
  }

  static String summary(JourneyDiff diff) {
    if (diff.isEmpty()) {
      return "no changes";
    }
    long added = count(diff, ElementChange.Type.ADDED);
    long removed = count(diff, ElementChange.Type.REMOVED);
    long changed = count(diff, ElementChange.Type.CHANGED);
    return added
        + " added, "
        + removed
        + " removed, "
        + changed
        + " changed; "
        + Markup.count(diff.resolvedBarriers().size(), "barrier resolved", "barriers resolved");
  }

  private static long count(JourneyDiff diff, ElementChange.Type type) {
    return diff.changes().stream().filter(change -> change.type() == type).count();
  }
}
