package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cjm.core.Journey;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the four readers: on any text, {@link JourneyJson#parse(String)}, {@link
 * JourneyYaml#parse(String)}, {@link ObservedJourneyJson#parse(String)} and {@link
 * ObservedSummaryJson#parse(String)} return a value or throw {@link InvalidDocumentException} with
 * at least one problem placed at a line and column, never anything else; what they read, they write
 * as a document that reads back equal. Each input is read twice: as UTF-8, and as UTF-16 code
 * units, so that unpaired surrogates reach the readers too.
 *
 * <p>The saved inputs in {@code DocumentFuzzTestInputs/<method>} run on every build; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl cjm-core test -Dtest=DocumentFuzzTest#json} fuzzes one for real.
 */
class DocumentFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void json(byte[] input) {
    for (String text : texts(input)) {
      Journey journey = readOrFail(JourneyJson::parse, text);
      if (journey != null) {
        assertThat(JourneyJson.parse(JourneyJson.format(journey))).isEqualTo(journey);
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void yaml(byte[] input) {
    for (String text : texts(input)) {
      Journey journey = readOrFail(JourneyYaml::parse, text);
      if (journey != null) {
        assertThat(JourneyYaml.parse(JourneyYaml.format(journey))).isEqualTo(journey);
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void observed(byte[] input) {
    for (String text : texts(input)) {
      ObservedJourney observed = readOrFail(ObservedJourneyJson::parse, text);
      if (observed != null) {
        assertThat(ObservedJourneyJson.parse(ObservedJourneyJson.format(observed)))
            .isEqualTo(observed);
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void summary(byte[] input) {
    for (String text : texts(input)) {
      ObservedSummary summary = readOrFail(ObservedSummaryJson::parse, text);
      if (summary != null) {
        assertThat(ObservedSummaryJson.parse(ObservedSummaryJson.format(summary)))
            .isEqualTo(summary);
      }
    }
  }

  /** The value read, or null if the reader refused the text as documented. */
  private static <T> @Nullable T readOrFail(Function<String, T> parse, String text) {
    try {
      return parse.apply(text);
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
      for (DocumentProblem problem : e.problems()) {
        assertThat(problem.line()).isPositive();
        assertThat(problem.column()).isPositive();
      }
      return null;
    }
  }

  /** The bytes as UTF-8, and as UTF-16 code units, unpaired surrogates and all. */
  private static String[] texts(byte[] input) {
    char[] units = new char[input.length / 2];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) ((input[2 * i] & 0xFF) << 8 | (input[2 * i + 1] & 0xFF));
    }
    return new String[] {new String(input, StandardCharsets.UTF_8), new String(units)};
  }
}
