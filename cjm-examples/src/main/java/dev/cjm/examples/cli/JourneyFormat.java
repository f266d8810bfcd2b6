package dev.cjm.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.json.JourneyJson;
import dev.cjm.core.json.JourneyYaml;
import dev.cjm.core.mermaid.MermaidJourney;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats of a journey the command line reads and writes: JSON, YAML and Mermaid, each
 * known by its file's extension or named with {@code --input-format}.
 */
enum JourneyFormat {
  /** cjm's JSON document ({@link JourneyJson}), {@code .json}. */
  JSON(".json"),
  /** cjm's YAML document ({@link JourneyYaml}), {@code .yaml} or {@code .yml}. */
  YAML(".yaml", ".yml"),
  /**
   * A Mermaid {@code journey} diagram ({@link MermaidJourney}), {@code .mmd} or {@code .mermaid}.
   */
  MERMAID(".mmd", ".mermaid");

  private final ImmutableList<String> extensions;

  JourneyFormat(String... extensions) {
    this.extensions = ImmutableList.copyOf(extensions);
  }

  /** The format of a file with this name, if its extension is one of a format's. */
  static Optional<JourneyFormat> ofFile(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    for (JourneyFormat format : values()) {
      for (String extension : format.extensions) {
        if (name.endsWith(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** Reads a journey in this format. */
  Journey parse(Reader reader) {
    return switch (this) {
      case JSON -> JourneyJson.parse(reader);
      case YAML -> JourneyYaml.parse(reader);
      case MERMAID -> MermaidJourney.parse(reader);
    };
  }

  /** Writes a journey in this format. */
  String format(Journey journey) {
    return switch (this) {
      case JSON -> JourneyJson.format(journey);
      case YAML -> JourneyYaml.format(journey);
      case MERMAID -> MermaidJourney.format(journey);
    };
  }

  /** The extensions of every format, for messages: {@code .json, .yaml, .yml, .mmd, .mermaid}. */
  static String allExtensions() {
    StringBuilder all = new StringBuilder();
    for (JourneyFormat format : values()) {
      for (String extension : format.extensions) {
        all.append(all.length() == 0 ? "" : ", ").append(extension);
      }
    }
    return all.toString();
  }
}
