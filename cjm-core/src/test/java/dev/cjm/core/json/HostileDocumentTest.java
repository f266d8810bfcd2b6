package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.Limits;
import java.io.Reader;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents of a gigabyte, produced lazily so that no test holds them: each fails fast with
 * a clear error naming the limit, after reading no more than the limit (and a buffer) of it.
 */
class HostileDocumentTest {
  private static final long GIGABYTE = 1L << 30;

  /** A reader of a prefix, then a unit repeated until a gigabyte; it counts what was read. */
  static final class Endless extends Reader {
    private final String prefix;
    private final String unit;
    long read;

    Endless(String prefix, String unit) {
      this.prefix = prefix;
      this.unit = unit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (read >= GIGABYTE) {
        return -1;
      }
      int n = (int) Math.min(length, GIGABYTE - read);
      for (int i = 0; i < n; i++) {
        long at = read + i;
        buffer[offset + i] =
            at < prefix.length()
                ? prefix.charAt((int) at)
                : unit.charAt((int) ((at - prefix.length()) % unit.length()));
      }
      read += n;
      return n;
    }

    @Override
    public void close() {}
  }

  private static InvalidDocumentException failure(
      Function<Reader, ?> parse, Endless document, long mostRead) {
    InvalidDocumentException error =
        catchThrowableOfType(InvalidDocumentException.class, () -> parse.apply(document));
    assertThat(error).isNotNull();
    assertThat(document.read).as("characters read").isLessThanOrEqualTo(mostRead);
    return error;
  }

  @Test
  void json_endlessText_stopsAtTheTextLengthLimit() {
    Endless document = new Endless("{\"cjmFormat\": 1, \"title\": \"", "a");

    InvalidDocumentException error =
        failure(JourneyJson::parse, document, Limits.MAX_TEXT_LENGTH + 100_000);

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.message())
                  .isEqualTo(
                      "a text is longer than 100,000 characters (Limits.MAX_TEXT_LENGTH);"
                          + " shorten it, or keep the full text outside the journey and refer"
                          + " to it");
              assertThat(problem.line()).isEqualTo(1);
            });
  }

  @Test
  void json_endlessListOfTexts_stopsAtTheTotalTextLimit() {
    Endless document =
        new Endless(
            "{\"cjmFormat\": 1, \"title\": \"x\", \"persona\": {\"name\": \"A\", \"goals\": [",
            "\"" + "g".repeat(10_000) + "\", ");

    InvalidDocumentException error =
        failure(JourneyJson::parse, document, Limits.MAX_TOTAL_TEXT_LENGTH + 100_000);

    assertThat(error.problems().get(error.problems().size() - 1).message())
        .isEqualTo(
            "the document has more than 10,000,000 characters of text"
                + " (Limits.MAX_TOTAL_TEXT_LENGTH), the last one counted here; split it into"
                + " several journeys");
  }

  @Test
  void json_endlessWhiteSpace_stopsAtTheDocumentLengthLimit() {
    Endless document = new Endless("{\"cjmFormat\": 1, \"title\": \"x\"", " ");

    InvalidDocumentException error =
        failure(JourneyJson::parse, document, JourneyJson.MAX_DOCUMENT_LENGTH + 100_000L);

    assertThat(error.problems().get(0).message())
        .isEqualTo(
            "the document is longer than 50,000,000 characters (JourneyJson.MAX_DOCUMENT_LENGTH);"
                + " split it into several journeys");
  }

  @Test
  void json_endlessNesting_stopsAtTheDepthLimit() {
    Endless document = new Endless("{\"cjmFormat\": 1, \"title\": \"x\", \"extra\": ", "[");

    InvalidDocumentException error = failure(JourneyJson::parse, document, 100_000);

    assertThat(error.problems().get(error.problems().size() - 1).message())
        .isEqualTo(
            "the document nests deeper than 16 levels (JourneyJson.MAX_DEPTH), deeper than any"
                + " journey goes");
  }

  @Test
  void json_endlessEmptyStages_stopsAtTheValueLimit() {
    Endless document = new Endless("{\"cjmFormat\": 1, \"title\": \"x\", \"stages\": [", "0,");

    InvalidDocumentException error =
        failure(JourneyJson::parse, document, 2L * JourneyJson.MAX_VALUES + 100_000);

    assertThat(error.problems().get(error.problems().size() - 1).message())
        .startsWith("reading stopped after 1,000 problems");
  }

  @Test
  void yaml_endlessWord_stopsAtTheLongestRunWithoutWhiteSpace() {
    Endless document = new Endless("cjmFormat: 1\ntitle: ", "a");

    InvalidDocumentException error =
        failure(JourneyYaml::parse, document, RunGuard.MAX_RUN + 100_000L);

    assertThat(error.problems())
        .singleElement()
        .hasToString(
            "/ (line 2, column 601008): the document has more than 601,000 characters in a row"
                + " without white space; no text of a journey needs that many"
                + " (Limits.MAX_TEXT_LENGTH, even with every character escaped)");
  }

  @Test
  void yaml_endlessWords_stopAtTheDocumentLengthLimit() {
    Endless document = new Endless("cjmFormat: 1\ntitle: ", "word ");

    InvalidDocumentException error =
        failure(JourneyYaml::parse, document, JourneyJson.MAX_DOCUMENT_LENGTH + 100_000L);

    assertThat(error.problems().get(0).message())
        .isEqualTo(
            "the document is longer than 50,000,000 characters (JourneyJson.MAX_DOCUMENT_LENGTH);"
                + " split it into several journeys");
  }

  @Test
  void yaml_endlessListOfTexts_stopsAtTheTotalTextLimit() {
    Endless document =
        new Endless(
            "cjmFormat: 1\ntitle: x\npersona:\n  name: A\n  goals:\n", "    - gggggggggg\n");

    InvalidDocumentException error =
        failure(JourneyYaml::parse, document, 2L * Limits.MAX_TOTAL_TEXT_LENGTH);

    assertThat(error.problems().get(error.problems().size() - 1).message())
        .startsWith("the document has more than 250,000 texts (Limits.MAX_TEXTS)");
  }
}
