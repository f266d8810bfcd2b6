package dev.cjm.core.diff;

import static dev.cjm.core.internal.Markup.cell;
import static dev.cjm.core.internal.Markup.line;

import dev.cjm.core.Barrier;
import dev.cjm.core.diff.ElementChange.Field;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.internal.Words;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Writes a {@link JourneyDiff} as Markdown or as plain text, in the words of one language. */
final class DiffOutput {
  private DiffOutput() {}

  static String markdown(JourneyDiff diff, Words words) {
    Locale language = words.language();
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(words.get("diff.title.markdown", cell(diff.future().title())))
        .append("\n\n")
        .append(summary(diff, words))
        .append(".\n");
    if (!diff.changes().isEmpty()) {
      out.append('\n').append(words.get("diff.table.changes")).append("\n|---|---|---|---|\n");
      for (ElementChange change : diff.changes()) {
        out.append("| ")
            .append(change.type().displayName(language))
            .append(" | ")
            .append(change.kind().displayName(language))
            .append(" | ")
            .append(cell(change.named(words)))
            .append(" | ");
        List<Field> fields = change.fields();
        for (int i = 0; i < fields.size(); i++) {
          Field field = fields.get(i);
          out.append(i == 0 ? "" : "; ")
              .append(cell(field.name(language)))
              .append(": ")
              .append(cell(field.before(language)))
              .append(" → ")
              .append(cell(field.after(language)));
        }
        out.append(fields.isEmpty() ? "– |\n" : " |\n");
      }
    }
    emotionsMarkdown(
        out,
        words,
        "diff.heading.touchpointEmotions",
        "diff.table.touchpointEmotions",
        diff.touchpointEmotions());
    emotionsMarkdown(
        out, words, "diff.heading.stageEmotions", "diff.table.stageEmotions", diff.stageEmotions());
    if (!diff.resolvedBarriers().isEmpty()) {
      out.append("\n### ").append(words.get("diff.heading.barriersResolved")).append("\n\n");
      for (Barrier barrier : diff.resolvedBarriers()) {
        out.append("- ")
            .append(cell(named(words, barrier.description(), sharedId(diff, barrier))))
            .append(" (")
            .append(severity(words, barrier))
            .append(")\n");
      }
    }
    return out.toString();
  }

  private static void emotionsMarkdown(
      StringBuilder out, Words words, String heading, String table, List<EmotionChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("\n### ")
        .append(words.get(heading))
        .append("\n\n")
        .append(words.get(table))
        .append("\n|---|---:|---:|---:|\n");
    for (EmotionChange change : changes) {
      out.append("| ")
          .append(cell(change.name()))
          .append(" | ")
          .append(score(words, change.before()))
          .append(" | ")
          .append(score(words, change.after()))
          .append(" | ")
          .append(score(words, change.delta()))
          .append(" |\n");
    }
  }

  static String text(JourneyDiff diff, Words words) {
    Locale language = words.language();
    StringBuilder out = new StringBuilder();
    out.append(
            words.get(
                "diff.title.text",
                line(quoted(words, diff.future().title())),
                summary(diff, words)))
        .append('\n');
    if (!diff.changes().isEmpty()) {
      out.append('\n');
    }
    int width = typeWidth(language);
    for (ElementChange change : diff.changes()) {
      out.append(padded(change.type().displayName(language), width))
          .append(' ')
          .append(change.kind().displayName(language))
          .append(' ')
          .append(line(change.named(words)))
          .append('\n');
      for (Field field : change.fields()) {
        out.append(" ".repeat(width + 1))
            .append(line(field.name(language)))
            .append(": ")
            .append(line(field.before(language)))
            .append(" → ")
            .append(line(field.after(language)))
            .append('\n');
      }
    }
    emotionsText(out, words, "diff.heading.touchpointEmotions", diff.touchpointEmotions());
    emotionsText(out, words, "diff.heading.stageEmotions", diff.stageEmotions());
    if (!diff.resolvedBarriers().isEmpty()) {
      out.append('\n').append(words.get("diff.heading.barriersResolved")).append(":\n");
      for (Barrier barrier : diff.resolvedBarriers()) {
        out.append("  ")
            .append(line(named(words, barrier.description(), sharedId(diff, barrier))))
            .append(" (")
            .append(severity(words, barrier))
            .append(")\n");
      }
    }
    return out.toString();
  }

  private static void emotionsText(
      StringBuilder out, Words words, String heading, List<EmotionChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append('\n').append(words.get(heading)).append(":\n");
    for (EmotionChange change : changes) {
      out.append("  ")
          .append(line(change.name()))
          .append(": ")
          .append(score(words, change.before()))
          .append(" → ")
          .append(score(words, change.after()))
          .append(change.delta().isPresent() ? " (" + score(words, change.delta()) + ")" : "")
          .append('\n');
    }
  }

  static String summary(JourneyDiff diff, Words words) {
    if (diff.isEmpty()) {
      return words.get("diff.noChanges");
    }
    Locale language = words.language();
    return words.get(
        "diff.summary",
        Figures.count(language, count(diff, ElementChange.Type.ADDED)),
        Figures.count(language, count(diff, ElementChange.Type.REMOVED)),
        Figures.count(language, count(diff, ElementChange.Type.CHANGED)),
        words.count("diff.barriersResolved", diff.resolvedBarriers().size()),
        words.count("diff.opportunitiesDelivered", diff.deliveredOpportunities().size()));
  }

  /**
   * An element as readers see it: its name quoted as the language quotes, {@code "Checkout"},
   * Polish {@code „Kasa”}, then {@code (id)} when another element shares the name. Unlike a quote
   * in a message, the name is never shortened: a diff names things whole.
   */
  static String named(Words words, String name, @Nullable String sharedNameId) {
    String quoted = words.get("quote.open") + name + words.get("quote.close");
    return sharedNameId == null ? quoted : quoted + " (" + sharedNameId + ")";
  }

  /** The id of a resolved barrier whose description another barrier shares, else null. */
  private static @Nullable String sharedId(JourneyDiff diff, Barrier barrier) {
    return diff.changes(ElementChange.Kind.BARRIER).stream()
        .filter(change -> change.id().equals(barrier.id()) && change.nameShared())
        .findFirst()
        .map(ElementChange::id)
        .orElse(null);
  }

  private static long count(JourneyDiff diff, ElementChange.Type type) {
    return diff.changes().stream().filter(change -> change.type() == type).count();
  }

  /** A barrier's severity in the language: "high", "wysoka". */
  private static String severity(Words words, Barrier barrier) {
    return words.get("severity." + barrier.severity().label());
  }

  /** A score with its sign as the language writes it, or an en dash when there is none. */
  private static String score(Words words, OptionalDouble score) {
    return score.isPresent() ? Figures.score(words.language(), score.getAsDouble()) : "–";
  }

  /** Text quoted as the language quotes: {@code "Shoes"}, Polish {@code „Buty”}. */
  private static String quoted(Words words, String text) {
    return Texts.quote(text, words.get("quote.open"), words.get("quote.close"));
  }

  /** The width of the change column in the text: the longest type's word, at least eight. */
  private static int typeWidth(Locale language) {
    int width = 8;
    for (ElementChange.Type type : ElementChange.Type.values()) {
      width = Math.max(width, type.displayName(language).length());
    }
    return width;
  }

  private static String padded(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
