package dev.cjm.examples;

import dev.cjm.core.Journey;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.mermaid.MermaidSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Example 7: a team's existing Mermaid {@code journey} diagram ({@code grocery-delivery.mmd}), read
 * into cjm, analysed and drawn as a full map. Mermaid's sections become stages (a Polish
 * "Świadomość" is recognised as the Awareness phase), tasks become touchpoints, scores 1..5 become
 * emotions −2..+2, and Ola, the first actor of every task, becomes the persona.
 */
public final class MermaidImport {
  /** The diagram, a resource beside this class. */
  static final String RESOURCE = "grocery-delivery.mmd";

  private MermaidImport() {}

  /**
   * The journey read from the diagram.
   *
   * @throws MermaidSyntaxException if the diagram is not a valid Mermaid journey
   */
  public static Journey journey() {
    try (InputStream in = MermaidImport.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource " + RESOURCE + " is missing beside MermaidImport");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return MermaidJourney.parse(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the outline and the gap report, then the journey written back as Mermaid. */
  public static void main(String[] args) {
    Journey journey = journey();
    Examples.print(journey);
    System.out.println();
    System.out.println(MermaidJourney.format(journey));
  }
}
