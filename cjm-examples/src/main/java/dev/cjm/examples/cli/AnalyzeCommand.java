package dev.cjm.examples.cli;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.json.ReportJson;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cjm analyze}: a journey file's gap report, for people and for dashboards. */
@Command(
    name = "analyze",
    description =
        "Prints the gap report of a journey file: its pain points, map checks and findings.")
final class AnalyzeCommand implements Callable<Integer> {
  /** The report's formats. */
  enum ReportFormat {
    TEXT,
    MARKDOWN,
    JSON
  }

  @Mixin
  @SuppressWarnings("NullAway.Init") // set by picocli
  private JourneyInput input;

  @Option(
      names = "--format",
      paramLabel = "<format>",
      defaultValue = "text",
      description = "text (the default), markdown or json (ReportJson's document).")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--locale",
      paramLabel = "<language>",
      converter = Locales.class,
      description =
          "The language of a text or Markdown report (en, pl, …); the journey's unless given.")
  private @Nullable Locale locale;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<file>",
      description = "The file to write the report to.")
  private @Nullable Path output;

  @Spec
  @SuppressWarnings("NullAway.Init") // set by picocli
  private CommandSpec spec;

  @Override
  public Integer call() {
    Journey journey = input.journey();
    GapReport report = GapAnalysis.standard().analyze(journey);
    Locale language = locale != null ? locale : journey.locale();
    JourneyFiles.write(
        output,
        spec.commandLine().getOut(),
        out -> {
          switch (format) {
            case TEXT -> out.write(report.toText(language));
            case MARKDOWN -> out.write(report.toMarkdown(language));
            case JSON -> ReportJson.format(report, out);
          }
        });
    return Cjm.OK;
  }
}
