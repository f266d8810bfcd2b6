package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cjm.core.Journey;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the reader: on any text, {@link MermaidJourney#parse(String)} returns a journey or throws
 * {@link MermaidSyntaxException} with a position, never anything else, and never hangs; what it
 * reads, it writes as text it reads back to the same diagram. Each input is read twice: as UTF-8,
 * and as UTF-16 code units, so that unpaired surrogates reach the reader too.
 *
 * <p>The saved inputs in {@code MermaidJourneyFuzzTestInputs/parse} run on every build; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl cjm-core test -Dtest=MermaidJourneyFuzzTest} fuzzes for real.
 */
class MermaidJourneyFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void parse(byte[] input) {
    check(new String(input, StandardCharsets.UTF_8));
    // The same bytes as UTF-16 code units, unpaired surrogates and all, which UTF-8 never yields.
    char[] units = new char[input.length / 2];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) ((input[2 * i] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
    }
    check(new String(units));
  }

  private static void check(String text) {
    Journey journey;
    try {
      journey = MermaidJourney.parse(text);
    } catch (MermaidSyntaxException e) {
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      assertThat(e.getMessage()).startsWith("line " + e.line() + ", column " + e.column() + ": ");
      return;
    }
    String written = MermaidJourney.format(journey);
    assertThat(MermaidJourney.format(MermaidJourney.parse(written))).isEqualTo(written);
  }
}
