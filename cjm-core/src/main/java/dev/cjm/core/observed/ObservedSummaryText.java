package dev.cjm.core.observed;

import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;
import dev.cjm.core.internal.Words;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Writes an {@link ObservedSummary} as plain text or Markdown in one language's words. */
final class ObservedSummaryText {
  private final ObservedSummary summary;
  private final Words words;
  private final Locale language;
  private final Map<String, String> names = new HashMap<>();

  ObservedSummaryText(ObservedSummary summary, Words words) {
    this.summary = summary;
    this.words = words;
    this.language = words.language();
    summary.touchpoints().forEach(t -> names.put(t.id(), t.name()));
  }

  /** A planned touchpoint's name, as readers know it, for its id. */
  private String name(String id) {
    return names.getOrDefault(id, id);
  }

  /**
   * A planned touchpoint's name with its choice: "Reminder (optional)", "Facebook ad (one of entry:
   * 92% reached)".
   */
  private String shownName(ObservedSummary.TouchpointStats t) {
    if (t.optional()) {
      return words.get("observed.name.optional", t.name());
    }
    return t.oneOf()
        .map(
            group ->
                words.get("observed.name.oneOf", t.name(), group, percent(t.stepReachedShare())))
        .orElse(t.name());
  }

  String text() {
    StringBuilder out =
        new StringBuilder(
                words.get(
                    "observed.title.text",
                    Markup.line(Deviation.quoted(words, summary.title())),
                    words.count("observed.cases", summary.cases())))
            .append('\n');
    for (ObservedSummary.TouchpointStats t : summary.touchpoints()) {
      out.append("  ")
          .append(
              words.get(
                  "observed.line.touchpoint",
                  Markup.line(shownName(t)),
                  percent(t.reachedShare()),
                  percent(t.endedHereShare()),
                  percent(t.failedShare()),
                  emotion(t.meanEmotion(), t.emotions()),
                  duration(t.medianWait()),
                  duration(t.wait90())))
          .append('\n');
    }
    if (!summary.paths().isEmpty()) {
      out.append("  ").append(words.get("observed.heading.paths")).append(":\n");
      summary.paths().stream()
          .limit(ObservedSummary.pathsShown())
          .forEach(
              p ->
                  out.append("    ")
                      .append(percent(p.share()))
                      .append("  ")
                      .append(Markup.line(path(p)))
                      .append('\n'));
      approximate(out, "  ", summary.pathError());
    }
    if (!summary.adHoc().isEmpty()) {
      out.append("  ").append(words.get("observed.heading.adHoc")).append(":\n");
      for (ObservedSummary.AdHocPlace place : summary.adHoc()) {
        out.append("    ").append(Markup.line(adHocLine(place))).append('\n');
      }
    }
    if (!summary.longWaits().isEmpty()) {
      out.append("  ").append(words.get("observed.heading.longWaits")).append(":\n");
      for (ObservedSummary.TouchpointStats t : summary.longWaits()) {
        out.append("    ").append(Markup.line(longWaitLine(t))).append('\n');
      }
    }
    return out.toString();
  }

  String markdown() {
    StringBuilder out =
        new StringBuilder("## ")
            .append(words.get("observed.title.markdown", Markup.cell(summary.title())))
            .append("\n\n")
            .append(capitalised(words.count("observed.cases", summary.cases())))
            .append(".\n");
    if (!summary.touchpoints().isEmpty()) {
      out.append('\n')
          .append(words.get("observed.table.touchpoints"))
          .append("\n|---|---:|---:|---:|---:|---:|---:|\n");
      for (ObservedSummary.TouchpointStats t : summary.touchpoints()) {
        out.append("| ")
            .append(Markup.cell(shownName(t)))
            .append(" | ")
            .append(percent(t.reachedShare()))
            .append(" | ")
            .append(percent(t.endedHereShare()))
            .append(" | ")
            .append(percent(t.failedShare()))
            .append(" | ")
            .append(emotion(t.meanEmotion(), t.emotions()))
            .append(" | ")
            .append(duration(t.medianWait()))
            .append(" | ")
            .append(duration(t.wait90()))
            .append(" |\n");
      }
    }
    if (!summary.paths().isEmpty()) {
      out.append("\n### ")
          .append(words.get("observed.heading.paths"))
          .append("\n\n")
          .append(words.get("observed.table.paths"))
          .append("\n|---|---:|---:|\n");
      summary.paths().stream()
          .limit(ObservedSummary.pathsShown())
          .forEach(
              p ->
                  out.append("| ")
                      .append(Markup.cell(path(p)))
                      .append(" | ")
                      .append(Figures.count(language, p.cases()))
                      .append(" | ")
                      .append(percent(p.share()))
                      .append(" |\n"));
      if (summary.pathError() > 0) {
        approximate(out.append('\n'), "", summary.pathError());
      }
    }
    if (!summary.adHoc().isEmpty()) {
      out.append("\n### ").append(words.get("observed.heading.adHoc")).append("\n\n");
      for (ObservedSummary.AdHocPlace place : summary.adHoc()) {
        out.append("- ").append(Markup.line(adHocLine(place))).append('\n');
      }
    }
    if (!summary.longWaits().isEmpty()) {
      out.append("\n### ").append(words.get("observed.heading.longWaits")).append("\n\n");
      for (ObservedSummary.TouchpointStats t : summary.longWaits()) {
        out.append("- ").append(Markup.line(longWaitLine(t))).append('\n');
      }
    }
    return out.toString();
  }

  private void approximate(StringBuilder out, String indent, long error) {
    if (error > 0) {
      out.append(indent)
          .append(words.get("observed.paths.approximate", Figures.count(language, error)))
          .append('\n');
    }
  }

  private String path(ObservedSummary.PathShare path) {
    String steps =
        path.steps().stream()
            .map(s -> s.planned() ? name(s.name()) : words.get("observed.adHocStep", s.name()))
            .collect(Collectors.joining(" → "));
    return path.stepsCut() == 0
        ? steps
        : steps + " → " + words.get("observed.stepsCut", Figures.count(language, path.stepsCut()));
  }

  private String adHocLine(ObservedSummary.AdHocPlace place) {
    return words.get(
        "observed.adHoc.line",
        Deviation.quoted(words, place.name()),
        place
            .after()
            .map(id -> Deviation.quoted(words, name(id)))
            .orElse(words.get("observed.start")),
        place
            .before()
            .map(id -> Deviation.quoted(words, name(id)))
            .orElse(words.get("observed.end")),
        percent(place.share()),
        Figures.count(language, place.cases()));
  }

  private String longWaitLine(ObservedSummary.TouchpointStats t) {
    return words.get(
        "observed.longWait",
        t.name(),
        Figures.count(language, t.longWaits()),
        Figures.count(language, t.waits()),
        duration(t.longWaitThreshold()));
  }

  private String percent(double share) {
    return Figures.percent(language, share);
  }

  private String emotion(OptionalDouble mean, long n) {
    return mean.isPresent()
        ? words.get(
            "observed.emotion",
            Figures.score(language, mean.getAsDouble()),
            Figures.count(language, n))
        : "–";
  }

  /** A wait in its largest whole unit, with one decimal: "45 s", "12 min", "2.5 h", "3 d". */
  private String duration(Optional<Duration> wait) {
    if (wait.isEmpty()) {
      return "–";
    }
    double seconds = wait.get().toMillis() / 1000.0;
    String unit = "seconds";
    double value = seconds;
    if (seconds >= 86_400) {
      unit = "days";
      value = seconds / 86_400;
    } else if (seconds >= 3_600) {
      unit = "hours";
      value = seconds / 3_600;
    } else if (seconds >= 60) {
      unit = "minutes";
      value = seconds / 60;
    }
    return words.get(
        "observed.duration." + unit, Figures.amount(language, Math.round(value * 10) / 10.0));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
