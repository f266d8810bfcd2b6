package dev.cjm.examples.cli;

import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Priority;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cjm check}: fails a CI build (exit status 1) when a journey file has a pain point above a
 * threshold, printing those pain points; exit status 0, with a line saying so, when it has none.
 */
@Command(
    name = "check",
    description = {
      "Checks a journey file for CI: exits with status 1 when it has a pain point above the"
          + " threshold, listing them, and 0 when it has none.",
      "Without a threshold: --max-priority high (critical pain points fail)."
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin
  @SuppressWarnings("NullAway.Init") // set by picocli
  private JourneyInput input;

  @Option(
      names = "--max-priority",
      paramLabel = "<priority|score>",
      converter = PriorityLimit.class,
      description =
          "The highest priority allowed (critical, high, medium, low), or the highest score (2.5).")
  private @Nullable Limit maxPriority;

  @Option(
      names = "--max-severity",
      paramLabel = "<severity>",
      converter = SeverityLimit.class,
      description =
          "The most severe finding a pain point may have: error, warning or info"
              + " (warning fails on pain points with an error).")
  private @Nullable Limit maxSeverity;

  @Spec
  @SuppressWarnings("NullAway.Init") // set by picocli
  private CommandSpec spec;

  @Override
  public Integer call() {
    GapReport report = GapAnalysis.standard().analyze(input.journey());
    List<Limit> limits = new ArrayList<>();
    if (maxPriority != null) {
      limits.add(maxPriority);
    }
    if (maxSeverity != null) {
      limits.add(maxSeverity);
    }
    if (limits.isEmpty()) {
      limits.add(PriorityLimit.priority(Priority.HIGH));
    }
    List<PainPoint> above =
        report.painPoints().stream()
            .filter(painPoint -> limits.stream().anyMatch(limit -> limit.exceededBy(painPoint)))
            .toList();
    String threshold = String.join(" or ", limits.stream().map(Limit::description).toList());
    PrintWriter out = spec.commandLine().getOut();
    if (above.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%s: passed: no pain point %s (%d pain points in all)%n",
          input.file(),
          threshold,
          report.painPoints().size());
      return Cjm.OK;
    }
    out.printf(
        Locale.ROOT,
        "%s: failed: %d %s %s:%n",
        input.file(),
        above.size(),
        above.size() == 1 ? "pain point" : "pain points",
        threshold);
    for (PainPoint painPoint : above) {
      out.printf(
          Locale.ROOT,
          "  %s, %s: %s%n",
          painPoint,
          painPoint.severity().label(),
          painPoint.summary(Locale.ENGLISH));
    }
    return Cjm.FOUND;
  }

  /** A threshold: which pain points are above it, and how to say it ("above priority high"). */
  record Limit(String description, Predicate<PainPoint> test) {
    boolean exceededBy(PainPoint painPoint) {
      return test.test(painPoint);
    }
  }

  /** Reads {@code --max-priority}: a priority's word, or a score. */
  static final class PriorityLimit implements ITypeConverter<Limit> {
    @Override
    public Limit convert(String value) {
      for (Priority priority : Priority.values()) {
        if (priority.label().equals(value.toLowerCase(Locale.ROOT))) {
          return priority(priority);
        }
      }
      try {
        double score = Double.parseDouble(value);
        if (score >= 0 && Double.isFinite(score)) {
          return new Limit("scoring above " + value, painPoint -> painPoint.score() > score);
        }
      } catch (NumberFormatException e) {
        // Neither a priority nor a number: the message below says what would be right.
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is neither a priority nor a score; expected critical, high, medium, low or a"
              + " score of 0 or more such as 2.5");
    }

    static Limit priority(Priority max) {
      return new Limit(
          "above priority " + max.label(), painPoint -> painPoint.priority().compareTo(max) < 0);
    }
  }

  /** Reads {@code --max-severity}: a finding severity's word. */
  static final class SeverityLimit implements ITypeConverter<Limit> {
    @Override
    public Limit convert(String value) {
      for (FindingSeverity max : FindingSeverity.values()) {
        if (max.label().equals(value.toLowerCase(Locale.ROOT))) {
          return new Limit(
              "above severity " + max.label(),
              painPoint -> painPoint.severity().compareTo(max) < 0);
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a severity; expected error, warning or info");
    }
  }
}
