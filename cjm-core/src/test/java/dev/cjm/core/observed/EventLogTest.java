package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reading a CSV event log into observed journeys: columns by name, activities mapped to planned
 * touchpoints (explicitly, by id, by name) or ad hoc, events ordered by time, sessions, and bad
 * rows reported by line and column, or skipped, counted and kept under a skip policy.
 */
class EventLogTest {
  /** Planned: Instagram ad, basket, checkout, pick-up. */
  static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage(
              "Order",
              s -> s.touchpoint("Instagram ad").touchpoint("Basket").touchpoint("Checkout"))
          .stage("Collect", s -> s.touchpoint("Pick-up"))
          .build();

  private static List<ObservedJourney> read(EventLog log, String csv) {
    try (EventLog.Cases cases = log.read(PLAN, new StringReader(csv))) {
      return cases.stream().toList();
    }
  }

  @Test
  void rows_becomeOneObservedJourneyPerCase_inTimeOrder() {
    String csv =
        """
        case,time,activity,outcome,score,channel
        c1,2026-05-01T10:05:00+02:00,checkout,failed,-3,web
        c1,2026-05-01T10:00:00+02:00,Instagram Ad,ok,,app
        c2,2026-05-01T09:00:00Z,Called support,,3,phone
        c1,2026-05-01T08:01:00Z,Paid with BLIK,OK,0,
        """;
    EventLog log =
        EventLog.builder()
            .outcome("outcome")
            .emotion("score", -3, 3)
            .channel("channel")
            .map("Paid with BLIK", "checkout")
            .build();

    List<ObservedJourney> cases = read(log, csv);

    assertThat(cases).extracting(ObservedJourney::id).containsExactly("c1", "c2");
    assertThat(cases.get(0).occurrences())
        .extracting(ObservedJourney.Occurrence::toString)
        .containsExactly("instagram-ad", "checkout (0)", "checkout (failed, -2)");
    ObservedJourney.Occurrence first = cases.get(0).occurrences().get(0);
    assertThat(first.time()).hasValue(Instant.parse("2026-05-01T08:00:00Z"));
    assertThat(first.channel()).hasValue("app");
    assertThat(cases.get(1).occurrences())
        .extracting(ObservedJourney.Occurrence::toString)
        .containsExactly("ad hoc: Called support (+2)");
  }

  @Test
  void eventsAtTheSameTime_keepTheFilesOrder() {
    String csv =
        """
        case,time,activity
        c1,2026-05-01T10:00:00Z,checkout
        c1,2026-05-01T10:00:00Z,basket
        c1,2026-05-01T09:00:00Z,instagram-ad
        """;

    assertThat(read(EventLog.builder().build(), csv).get(0).occurrences())
        .extracting(ObservedJourney.Occurrence::name)
        .containsExactly("instagram-ad", "checkout", "basket");
  }

  @Test
  void sessions_splitACaseWhereNothingHappenedForLong() {
    String csv =
        """
        case,time,activity
        c1,2026-05-01T10:00:00Z,basket
        c1,2026-05-01T10:20:00Z,checkout
        c1,2026-05-03T10:00:00Z,basket
        """;
    EventLog log = EventLog.builder().sessionsAfter(Duration.ofMinutes(30)).build();

    assertThat(read(log, csv))
        .extracting(ObservedJourney::toString)
        .containsExactly("c1#1: [basket, checkout]", "c1#2: [basket]");
  }

  @Test
  void sortedByCase_streamsCaseByCase_andRefusesRowsOutOfOrder() {
    String csv =
        """
        case,time,activity
        a,2026-05-01T10:00:00Z,basket
        b,2026-05-01T10:00:00Z,basket
        a,2026-05-01T11:00:00Z,checkout
        """;
    EventLog log = EventLog.builder().sortedByCase().build();

    try (EventLog.Cases cases = log.read(PLAN, new StringReader(csv))) {
      assertThat(cases.next().id()).isEqualTo("a");
      assertThatThrownBy(cases::next)
          .isInstanceOf(EventLogException.class)
          .hasMessage(
              "event log line 4, column 1 (\"case\"): case \"a\" comes after case \"b\", but the"
                  + " log was declared sortedByCase(): sort the rows by case id (LC_ALL=C sort),"
                  + " or read without sortedByCase() to group them in memory");
    }
  }

  @Test
  void aBadTime_namesLineColumnAndWhatWasExpected() {
    String csv =
        """
        case,timestamp,activity
        c1,2026-05-01T10:00:00Z,basket
        c1,2026-05-01T10:01:00Z,basket
        c1,2026-05-01T10:02:00Z,basket
        c1,2026-05-01T10:03:00Z,basket
        c1,"2026-05-01T10:04:00Z",basket
        c1,2026-13-01,basket
        """;
    EventLog log = EventLog.builder().timestamp("timestamp").build();

    assertThatThrownBy(() -> read(log, csv))
        .isInstanceOf(EventLogException.class)
        .hasMessage(
            "event log line 7, column 2 (\"timestamp\"): \"2026-13-01\" is not an ISO-8601 time"
                + " with offset, e.g. 2026-05-01T10:15:30+02:00")
        .satisfies(
            e -> {
              EventLogException problem = (EventLogException) e;
              assertThat(problem.line()).isEqualTo(7);
              assertThat(problem.column()).hasValue(2);
              assertThat(problem.columnName()).hasValue("timestamp");
            });
  }

  @Test
  void lineNumbers_countBlankLinesAndLinesInsideQuotes() {
    String csv =
        "case,time,activity\n\nc1,2026-05-01T10:00:00Z,\"two\nlines\"\nc1,yesterday,basket\n";

    assertThatThrownBy(() -> read(EventLog.builder().build(), csv))
        .hasMessageStartingWith("event log line 5, column 2 (\"time\"): \"yesterday\"");
  }

  @Test
  void otherBadFields_sayWhatWasExpected() {
    EventLog log = EventLog.builder().outcome("outcome").emotion("score", -3, 3).build();
    String header = "case,time,activity,outcome,score\n";

    assertThatThrownBy(() -> read(log, header + "c1,2026-05-01T10:00:00Z,basket,maybe,1\n"))
        .hasMessage(
            "event log line 2, column 4 (\"outcome\"): \"maybe\" is not an outcome; expected one"
                + " of ok (or empty) for ok, failed for failed");
    assertThatThrownBy(() -> read(log, header + "c1,2026-05-01T10:00:00Z,basket,ok,7\n"))
        .hasMessage("event log line 2, column 5 (\"score\"): \"7\" is not a score from -3 to +3");
    assertThatThrownBy(() -> read(log, header + " ,2026-05-01T10:00:00Z,basket,ok,1\n"))
        .hasMessage(
            "event log line 2, column 1 (\"case\"): the field is empty; every event needs a case"
                + " id");
    assertThatThrownBy(() -> read(log, header + "c1,2026-05-01T10:00:00Z,basket\n"))
        .hasMessage(
            "event log line 2: the row has 3 fields, the header has 5; quote a field that holds"
                + " a comma");
  }

  @Test
  void outcomeWords_canBeTheLogsOwn() {
    EventLog log =
        EventLog.builder().outcome("status", Set.of("done"), Set.of("error", "timeout")).build();
    String csv = "case,time,activity,status\nc1,2026-05-01T10:00:00Z,checkout,TIMEOUT\n";

    assertThat(read(log, csv).get(0).occurrences().get(0).failed()).isTrue();
  }

  @Test
  void aMissingColumn_isNamedWithTheHeaderFound() {
    assertThatThrownBy(() -> read(EventLog.builder().build(), "customer,time,activity\n"))
        .isInstanceOf(EventLogException.class)
        .hasMessage(
            "event log line 1: no column named \"case\" (the required column set in"
                + " EventLog.builder()); the header has \"customer\", \"time\", \"activity\"");
  }

  @Test
  void aMissingColumn_inAVeryWideHeader_listsTheFirst20Columns() {
    StringBuilder header = new StringBuilder("customer");
    for (int i = 1; i < 10_000; i++) {
      header.append(",c").append(i);
    }

    assertThatThrownBy(() -> read(EventLog.builder().build(), header + "\n"))
        .isInstanceOf(EventLogException.class)
        .hasMessageEndingWith(
            "the header has \"customer\", \"c1\", \"c2\", \"c3\", \"c4\", \"c5\","
                + " \"c6\", \"c7\", \"c8\", \"c9\", \"c10\", \"c11\", \"c12\", \"c13\", \"c14\","
                + " \"c15\", \"c16\", \"c17\", \"c18\", \"c19\", … and 9980 more");
  }

  @Test
  void anExplicitMapToAnUnknownTouchpoint_isRefused() {
    EventLog log = EventLog.builder().map("Paid", "payment").build();

    assertThatThrownBy(() -> read(log, "case,time,activity\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the activity \"Paid\" is mapped to \"payment\", which is no touchpoint of \"Click and"
                + " collect\"");
  }

  @Test
  void underASkipPolicy_badRowsAreCountedAndTheFirstKept() {
    String csv =
        """
        case,time,activity
        c1,2026-05-01T10:00:00Z,basket
        c1,never,basket
        c1,2026-05-01T10:02:00Z,
        c2,later,checkout
        c2,2026-05-01T10:00:00Z,checkout
        """;
    EventLog log = EventLog.builder().skipBadRows(2).build();

    try (EventLog.Cases cases = log.read(PLAN, new StringReader(csv))) {
      assertThat(cases.stream().map(ObservedJourney::toString))
          .containsExactly("c1: [basket]", "c2: [checkout]");
      assertThat(cases.events()).isEqualTo(2);
      assertThat(cases.skippedRows()).isEqualTo(3);
      assertThat(cases.problems()).extracting(EventLogException::line).containsExactly(3L, 4L);
    }
  }

  @Test
  void aFieldOverTheTextLimit_isABadRow() {
    String csv =
        "case,time,activity\nc1,2026-05-01T10:00:00Z,"
            + "x".repeat(Limits.MAX_TEXT_LENGTH + 1)
            + "\n";

    assertThatThrownBy(() -> read(EventLog.builder().build(), csv))
        .hasMessage(
            "event log line 2, column 3 (\"activity\"): the field has 100001 characters, more than"
                + " the limit of 100000");
  }

  @Test
  void anUnclosedQuote_stopsTheReadingWithItsLine() {
    String csv = "case,time,activity\nc1,2026-05-01T10:00:00Z,\"basket\n";

    assertThatThrownBy(() -> read(EventLog.builder().build(), csv))
        .isInstanceOf(EventLogException.class)
        .hasMessageStartingWith("event log line 2: not valid CSV (RFC 4180): ");
  }

  @Test
  void aReadLog_feedsTheMonitor() {
    String csv =
        """
        case,time,activity
        c1,2026-05-01T10:00:00Z,instagram-ad
        c1,2026-05-01T10:03:00Z,basket
        c2,2026-05-01T10:00:00Z,instagram-ad
        """;
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);

    read(EventLog.builder().build(), csv).forEach(monitor::add);

    ObservedSummary.TouchpointStats ad = monitor.summary().touchpoints().get(0);
    assertThat(ad.endedHere()).isEqualTo(1);
    // 3 minutes, read as the middle of its bucket (2:44 to 3:01): 4.4% off.
    assertThat(ad.medianWait()).hasValue(Duration.ofMillis(172_032));
  }
}
