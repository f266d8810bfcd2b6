package dev.cjm.examples.cli;

import dev.cjm.core.Journey;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The journey file every command reads, and its format when the extension does not say it. */
final class JourneyInput {
  @Parameters(
      index = "0",
      paramLabel = "<journey file>",
      description = "The journey: JSON (.json), YAML (.yaml, .yml) or Mermaid (.mmd, .mermaid).")
  @SuppressWarnings("NullAway.Init") // set by picocli: the parameter is required
  private Path file;

  @Option(
      names = "--input-format",
      paramLabel = "<format>",
      description = "The journey file's format, whatever its extension: json, yaml or mermaid.")
  private @Nullable JourneyFormat format;

  /** The file as given on the command line. */
  Path file() {
    return file;
  }

  /** Reads the journey; see {@link JourneyFiles#read}. */
  Journey journey() {
    return JourneyFiles.read(file, format);
  }
}
