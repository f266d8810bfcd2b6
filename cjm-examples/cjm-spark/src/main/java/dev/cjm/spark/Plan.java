package dev.cjm.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Journey;
import dev.cjm.core.json.JourneyJson;
import dev.cjm.core.json.JourneyYaml;
import java.io.Serializable;
import java.util.Locale;

/**
 * The planned journey the Spark job monitors, in the form Spark ships to its executors: a gallery
 * journey's name ({@code click-and-collect}), or the text of a journey document in cjm's JSON or
 * YAML format, each executor making the journey from it once.
 *
 * @param source the gallery name, or the document's path (for messages)
 * @param kind how {@code text} is read
 * @param text the document, or empty for a gallery journey
 */
public record Plan(String source, Kind kind, String text) implements Serializable {
  /** How a plan is given. */
  public enum Kind {
    /** A gallery journey's name. */
    GALLERY,
    /** A journey document in JSON ({@link JourneyJson}). */
    JSON,
    /** A journey document in YAML ({@link JourneyYaml}). */
    YAML
  }

  /** Checks the parts. */
  public Plan {
    checkNotNull(source, "source is null");
    checkNotNull(kind, "kind is null");
    checkNotNull(text, "text is null");
  }

  /**
   * The gallery journey named {@code name}.
   *
   * @throws IllegalArgumentException if the gallery has no such journey, listing those it has
   */
  public static Plan named(String name) {
    Plan plan = new Plan(name, Kind.GALLERY, "");
    plan.journey();
    return plan;
  }

  /**
   * The journey document {@code text}, read from {@code path}: JSON if the path ends in {@code
   * .json}, YAML if in {@code .yaml} or {@code .yml}.
   *
   * @throws IllegalArgumentException if the path has neither ending, or the document is not a valid
   *     journey (every problem with its place)
   */
  public static Plan document(String path, String text) {
    String lower = path.toLowerCase(Locale.ROOT);
    Kind kind;
    if (lower.endsWith(".json")) {
      kind = Kind.JSON;
    } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      kind = Kind.YAML;
    } else {
      throw new IllegalArgumentException(
          "the plan " + path + " is neither a .json nor a .yaml (.yml) journey document");
    }
    Plan plan = new Plan(path, kind, text);
    plan.journey();
    return plan;
  }

  /** True if {@code argument} names a journey document rather than a gallery journey. */
  static boolean isDocument(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** The planned journey. */
  public Journey journey() {
    return switch (kind) {
      case GALLERY -> GalleryPlans.named(source);
      case JSON -> JourneyJson.parse(text);
      case YAML -> JourneyYaml.parse(text);
    };
  }
}
