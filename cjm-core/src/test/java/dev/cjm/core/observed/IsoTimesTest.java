package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast reading of ISO-8601 times agrees with the JDK's formatter, its oracle. */
class IsoTimesTest {
  /** The formatter's instant, or null where it refuses the text. */
  private static @Nullable Instant oracle(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Texts in and near the shape event logs write: some fields out of range, some shapes off. */
  private static Gen<String> times() {
    Gen<String> fraction =
        integers()
            .between(0, 11)
            .map(n -> n == 0 ? "" : "." + "1234567890".repeat(2).substring(0, n - 1));
    Gen<String> offset =
        integers()
            .between(0, 6)
            .map(i -> new String[] {"Z", "+02:00", "-05:30", "+18:00", "+19:00", "z", "+0200"}[i]);
    return integers()
        .between(0, 10_000)
        .zip(integers().between(0, 13), integers().between(0, 32), (y, m, d) -> new int[] {y, m, d})
        .zip(
            integers().between(0, 24),
            integers().between(0, 60),
            (ymd, h, min) ->
                String.format("%04d-%02d-%02dT%02d:%02d:", ymd[0], ymd[1], ymd[2], h, min))
        .zip(
            integers().between(0, 60),
            fraction,
            offset,
            (head, s, f, o) -> head + String.format("%02d", s) + f + o);
  }

  @Test
  void fastReading_agreesWithTheFormatter() {
    qt().withExamples(5_000)
        .forAll(times())
        .checkAssert(
            text -> {
              Instant fast = IsoTimes.fastParse(text);
              if (fast != null) {
                assertThat(fast).as(text).isEqualTo(oracle(text));
              }
            });
  }

  @Test
  void parse_isTheFormattersReadingForAnyText() {
    qt().withExamples(2_000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 30))
        .checkAssert(
            text -> {
              Instant expected = oracle(text);
              if (expected != null) {
                assertThat(IsoTimes.parse(text)).isEqualTo(expected);
              }
            });
  }

  @Test
  void theUsualShapes_areReadFast() {
    assertThat(IsoTimes.fastParse("2026-05-01T10:15:30+02:00"))
        .isEqualTo(Instant.parse("2026-05-01T08:15:30Z"));
    assertThat(IsoTimes.fastParse("2026-05-01T10:15:30.25Z"))
        .isEqualTo(Instant.parse("2026-05-01T10:15:30.250Z"));
    assertThat(IsoTimes.fastParse("2026-02-30T10:15:30Z")).isNull(); // the formatter says why
  }
}
