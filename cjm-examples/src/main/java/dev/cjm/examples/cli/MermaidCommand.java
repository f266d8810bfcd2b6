package dev.cjm.examples.cli;

import dev.cjm.core.Journey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cjm mermaid}: converts between Mermaid {@code journey} diagrams and cjm's journey files,
 * for teams that keep journeys in Markdown.
 */
@Command(
    name = "mermaid",
    description = "Converts Mermaid journey diagrams to journey files and back.",
    subcommands = {MermaidCommand.Import.class, MermaidCommand.Export.class})
final class MermaidCommand implements Runnable {
  @Spec
  @SuppressWarnings("NullAway.Init") // set by picocli
  private CommandSpec spec;

  /** Without import or export: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: expected import or export");
  }

  /** {@code cjm mermaid import}: a Mermaid diagram as a YAML (or JSON) journey file. */
  @Command(
      name = "import",
      description = {
        "Reads a Mermaid journey diagram and writes it as a journey file.",
        "YAML, or JSON when -o ends in .json; to standard output as YAML unless --output-format"
            + " json."
      })
  static final class Import implements Callable<Integer> {
    @Mixin
    @SuppressWarnings("NullAway.Init") // set by picocli
    private JourneyInput input;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "<journey.yaml>",
        description = "The journey file to write: .yaml, .yml or .json.")
    private @Nullable Path output;

    @Option(
        names = "--output-format",
        paramLabel = "<format>",
        description = "yaml or json, whatever the extension of -o.")
    private @Nullable JourneyFormat outputFormat;

    @Spec
    @SuppressWarnings("NullAway.Init") // set by picocli
    private CommandSpec spec;

    @Override
    public Integer call() {
      JourneyFormat format = outputFormat();
      Journey journey = input.journey();
      JourneyFiles.write(
          output, spec.commandLine().getOut(), out -> out.write(format.format(journey)));
      return Cjm.OK;
    }

    private JourneyFormat outputFormat() {
      if (outputFormat == JourneyFormat.MERMAID) {
        throw new ParameterException(
            spec.commandLine(), "--output-format mermaid: expected yaml or json");
      }
      if (outputFormat != null) {
        return outputFormat;
      }
      if (output == null) {
        return JourneyFormat.YAML;
      }
      return JourneyFormat.ofFile(output)
          .filter(format -> format != JourneyFormat.MERMAID)
          .orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(),
                      output
                          + ": expected a journey file ending in .yaml, .yml or .json, or"
                          + " --output-format yaml or json"));
    }
  }

  /** {@code cjm mermaid export}: a journey file as a Mermaid diagram. */
  @Command(
      name = "export",
      description = {
        "Writes a journey file as a Mermaid journey diagram.",
        "What Mermaid cannot express (barriers, opportunities, …) is named in %% comments."
      })
  static final class Export implements Callable<Integer> {
    @Mixin
    @SuppressWarnings("NullAway.Init") // set by picocli
    private JourneyInput input;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "<file.mmd>",
        description = "The Mermaid file to write.")
    private @Nullable Path output;

    @Spec
    @SuppressWarnings("NullAway.Init") // set by picocli
    private CommandSpec spec;

    @Override
    public Integer call() {
      Journey journey = input.journey();
      String diagram;
      try {
        diagram = JourneyFormat.MERMAID.format(journey);
      } catch (IllegalArgumentException e) {
        throw new InputError(input.file() + ": cannot be written as Mermaid: " + e.getMessage());
      }
      JourneyFiles.write(output, spec.commandLine().getOut(), out -> out.write(diagram));
      return Cjm.OK;
    }
  }
}
