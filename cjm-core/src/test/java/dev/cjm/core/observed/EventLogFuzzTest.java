package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Fuzzes the event-log import: on any text read as a CSV log of {@link EventLogTest#PLAN}, {@link
 * EventLog#read} gives observed cases, or stops with an {@link EventLogException} that names its
 * line (and its column, when one column is wrong), never anything else, and never hangs. Each text
 * is read four ways: with only the required columns and with every optional one (outcome, score,
 * channel, an explicit map, sessions, sorted by case), each under the strict policy and under the
 * skip policy. Each input is read as UTF-8, and as UTF-16 code units, so that unpaired surrogates
 * reach the import too.
 *
 * <p>The saved inputs in {@code EventLogFuzzTestInputs/read} run on every build; {@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m ./mvnw -pl cjm-core test -Dtest=EventLogFuzzTest} fuzzes it
 * for real.
 */
class EventLogFuzzTest {
  private static final int KEEP = 3;

  private static EventLog.Builder everyColumn() {
    return EventLog.builder()
        .outcome("outcome")
        .emotion("score", -3, 3)
        .channel("channel")
        .map("Paid with BLIK", "checkout")
        .sessionsAfter(Duration.ofMinutes(30))
        .sortedByCase();
  }

  private static final List<EventLog> STRICT =
      List.of(EventLog.builder().build(), everyColumn().build());
  private static final List<EventLog> SKIPPING =
      List.of(
          EventLog.builder().skipBadRows(KEEP).build(), everyColumn().skipBadRows(KEEP).build());

  @FuzzTest(maxDuration = "2m")
  void read(byte[] input) {
    for (String text : texts(input)) {
      for (EventLog log : STRICT) {
        readOrStop(log, text, false);
      }
      for (EventLog log : SKIPPING) {
        readOrStop(log, text, true);
      }
    }
  }

  /**
   * Reads every case: each row read as an event is one occurrence of one case; under the skip
   * policy the skipped rows are counted and the first few kept, each placed in the file.
   */
  private static void readOrStop(EventLog log, String text, boolean skipping) {
    try (EventLog.Cases cases = log.read(EventLogTest.PLAN, new StringReader(text))) {
      long occurrences = 0;
      while (cases.hasNext()) {
        ObservedJourney observed = cases.next();
        assertThat(observed.occurrences()).isNotEmpty();
        occurrences += observed.occurrences().size();
      }
      assertThat(occurrences).isEqualTo(cases.events());
      if (skipping) {
        assertThat(cases.problems()).hasSize((int) Math.min(KEEP, cases.skippedRows()));
        cases.problems().forEach(EventLogFuzzTest::checkPlaced);
      } else {
        assertThat(cases.skippedRows()).isZero();
      }
    } catch (EventLogException stopped) {
      checkPlaced(stopped);
    }
  }

  private static void checkPlaced(EventLogException problem) {
    assertThat(problem.line()).isPositive();
    String place = "event log line " + problem.line();
    if (problem.column().isPresent()) {
      assertThat(problem.column().getAsInt()).isPositive();
      place += ", column " + problem.column().getAsInt();
    }
    assertThat(problem.getMessage()).startsWith(place).endsWith(": " + problem.problem());
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
