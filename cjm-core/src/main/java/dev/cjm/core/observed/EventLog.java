package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Slugs;
import dev.cjm.core.internal.Texts;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An event-log import, for analysts who hold their customers' events in a CSV file (RFC 4180, one
 * row per event, the first row naming the columns): it reads the rows of each case into an {@link
 * ObservedJourney} of the planned journey, one case at a time. Needs FastCSV (de.siegmar:fastcsv)
 * on the class or module path, an optional dependency of cjm-core; nothing else in cjm does.
 *
 * <pre>{@code
 * EventLog log = EventLog.builder()
 *     .caseId("case").timestamp("time").activity("activity")
 *     .outcome("status")                           // "ok" or "failed"; empty is ok
 *     .emotion("score", -3, 3)                     // rescaled to the map's -2..+2
 *     .map("Paid with BLIK", "payment")            // an activity named unlike its touchpoint
 *     .build();
 * JourneyMonitor monitor = JourneyMonitor.of(plannedJourney);
 * try (EventLog.Cases cases = log.read(plannedJourney, reader)) {
 *   cases.forEachRemaining(monitor::add);
 * }
 * }</pre>
 *
 * <p><b>Columns</b> are found by their names in the header; the case id, the time and the activity
 * are required, outcome, emotion and channel optional, other columns ignored. Times are ISO-8601
 * with an offset ({@code 2026-05-01T10:15:30+02:00} or {@code ...Z}).
 *
 * <p><b>Activities</b> become planned touchpoints: by the {@link Builder#map explicit map} first,
 * then by a touchpoint's id, then by the journey's slug rules applied to the activity and to the
 * touchpoints' names and ids ({@code "Instagram Ad"} finds {@code instagram-ad}). An activity none
 * of them finds is an ad-hoc step named by the activity.
 *
 * <p><b>Order and sessions.</b> A case's events are ordered by time; events at the same time keep
 * the file's order. With {@link Builder#sessionsAfter(Duration)}, a case splits where no event
 * happened for longer than that, into observed journeys {@code "case#1"}, {@code "case#2"}…
 *
 * <p><b>Memory.</b> With {@link Builder#sortedByCase()} the rows must come sorted by case id (in
 * code point order, as {@code LC_ALL=C sort} and binary database collations sort), and only one
 * case's events are held at a time, so any file size streams through. Without it, the rows of one
 * case may be anywhere, so every event is held, grouped by case, until the file is read: memory
 * grows with the file (roughly 100 bytes per event plus its texts), and cases come out in the order
 * of their first row.
 *
 * <p><b>Bad rows</b> stop the reading with an {@link EventLogException} naming the line, the column
 * and what was expected; under {@link Builder#skipBadRows(int)} they are skipped, counted and the
 * first few kept ({@link Cases#skippedRows()}, {@link Cases#problems()}), never dropped silently. A
 * file that is not CSV, lacks a column, or is not sorted as declared always stops the reading. No
 * field may be longer than {@link Limits#MAX_TEXT_LENGTH}.
 *
 * <p>An {@code EventLog} is immutable and may read any number of files, also at once.
 */
public final class EventLog {
  private static final String TIME_EXAMPLE = "2026-05-01T10:15:30+02:00";

  private final String caseColumn;
  private final String timeColumn;
  private final String activityColumn;
  private final @Nullable String outcomeColumn;
  private final ImmutableSet<String> okWords;
  private final ImmutableSet<String> failedWords;
  private final @Nullable String emotionColumn;
  private final double emotionMin;
  private final double emotionMax;
  private final @Nullable String channelColumn;
  private final ImmutableMap<String, String> activities;
  private final @Nullable Duration sessionGap;
  private final boolean sortedByCase;
  private final int problemsKept;
  private final boolean skipping;

  private EventLog(Builder b) {
    caseColumn = b.caseColumn;
    timeColumn = b.timeColumn;
    activityColumn = b.activityColumn;
    outcomeColumn = b.outcomeColumn;
    okWords = b.okWords;
    failedWords = b.failedWords;
    emotionColumn = b.emotionColumn;
    emotionMin = b.emotionMin;
    emotionMax = b.emotionMax;
    channelColumn = b.channelColumn;
    activities = ImmutableMap.copyOf(b.activities);
    sessionGap = b.sessionGap;
    sortedByCase = b.sortedByCase;
    problemsKept = b.problemsKept;
    skipping = b.skipping;
  }

  /** Starts an import with the default column names: case, time, activity. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts reading {@code csv} as the observed cases of {@code planned}; the header is read now,
   * the rows as the cases are taken. Close the result (it closes {@code csv}).
   *
   * @throws EventLogException if the header lacks a column named in the builder
   * @throws IllegalArgumentException if the {@link Builder#map explicit map} names a touchpoint the
   *     plan does not have
   * @throws IllegalStateException if FastCSV is not on the class or module path
   */
  public Cases read(Journey planned, Reader csv) {
    checkNotNull(planned, "planned journey is null");
    checkNotNull(csv, "csv reader is null");
    requireFastCsv();
    CsvRows rows = new CsvRows(csv);
    try {
      return new Cases(planned, rows);
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  private static void requireFastCsv() {
    try {
      Class.forName("de.siegmar.fastcsv.reader.CsvReader", false, EventLog.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "reading an event log needs FastCSV (de.siegmar:fastcsv 4.0.0 or later) on the class or"
              + " module path; add it to your dependencies",
          e);
    }
  }

  /** Events by time; a stable sort keeps the file's order of events at the same time. */
  private static final Comparator<Event> BY_TIME = Comparator.comparing(e -> e.time);

  /** One event of a row, checked. */
  private static final class Event {
    final String caseId;
    final Instant time;
    final Activity activity;
    final boolean failed;
    final @Nullable Emotion emotion;
    final @Nullable String channel;

    Event(
        String caseId,
        Instant time,
        Activity activity,
        boolean failed,
        @Nullable Emotion emotion,
        @Nullable String channel) {
      this.caseId = caseId;
      this.time = time;
      this.activity = activity;
      this.failed = failed;
      this.emotion = emotion;
      this.channel = channel;
    }
  }

  /** An activity as the plan knows it: a planned touchpoint's id, or null for an ad-hoc step. */
  private static final class Activity {
    final @Nullable String plannedId;
    final String name;

    Activity(@Nullable String plannedId, String name) {
      this.plannedId = plannedId;
      this.name = name;
    }
  }

  /**
   * The observed cases of one event log, read as they are taken: an iterator (and a {@link
   * #stream()}) of {@link ObservedJourney}, and after or during the reading the rows skipped under
   * a skip policy. Not thread-safe; close it to close the file.
   */
  public final class Cases implements Iterator<ObservedJourney>, AutoCloseable {
    private final String planTitle;
    private final CsvRows rows;
    private final int caseAt;
    private final int timeAt;
    private final int activityAt;
    private final int outcomeAt;
    private final int emotionAt;
    private final int channelAt;
    private final Map<String, String> plannedIds = new HashMap<>();
    private final Map<String, Activity> activityCache = new HashMap<>();
    private final ArrayDeque<ObservedJourney> ready = new ArrayDeque<>();
    private final List<EventLogException> problems = new ArrayList<>();
    private long skipped;
    private long events;
    private @Nullable Event pending;
    private @Nullable Iterator<List<Event>> grouped;
    private boolean ended;

    private Cases(Journey planned, CsvRows rows) {
      this.planTitle = planned.title();
      this.rows = rows;
      ImmutableList<String> header = rows.header();
      caseAt = column(header, caseColumn, true);
      timeAt = column(header, timeColumn, true);
      activityAt = column(header, activityColumn, true);
      outcomeAt = column(header, outcomeColumn, false);
      emotionAt = column(header, emotionColumn, false);
      channelAt = column(header, channelColumn, false);
      List<Touchpoint> plan = planned.allTouchpoints();
      for (Touchpoint touchpoint : plan) {
        plannedIds.putIfAbsent(Slugs.slug(touchpoint.name()), touchpoint.id());
      }
      for (Touchpoint touchpoint : plan) {
        plannedIds.put(Slugs.slug(touchpoint.id()), touchpoint.id());
      }
      for (Touchpoint touchpoint : plan) {
        plannedIds.put(touchpoint.id(), touchpoint.id());
      }
      activities.forEach(
          (activity, id) ->
              checkArgument(
                  plan.stream().anyMatch(t -> t.id().equals(id)),
                  "the activity %s is mapped to %s, which is no touchpoint of %s",
                  Texts.quote(activity),
                  Texts.quote(id),
                  Texts.quote(planTitle)));
    }

    /** How many of the header's column names a missing-column error lists. */
    private static final int LISTED_COLUMNS = 20;

    private int column(ImmutableList<String> header, @Nullable String name, boolean required) {
      if (name == null) {
        return -1;
      }
      int at = header.indexOf(name);
      if (at < 0) {
        throw new EventLogException(
            1,
            0,
            null,
            "no column named "
                + Texts.quote(name)
                + " (the "
                + (required ? "required " : "")
                + "column set in EventLog.builder()); the header has "
                + listed(header));
      }
      return at;
    }

    /**
     * The header's column names for a message: the first {@value #LISTED_COLUMNS}, quoted, and how
     * many more, so that the message stays short however wide the header is.
     */
    private static String listed(List<String> header) {
      if (header.isEmpty()) {
        return "none";
      }
      String shown =
          header.stream().limit(LISTED_COLUMNS).map(Texts::quote).collect(Collectors.joining(", "));
      int more = header.size() - LISTED_COLUMNS;
      return more > 0 ? shown + ", … and " + more + " more" : shown;
    }

    /** True if another observed case follows. */
    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !ended) {
        readCase();
      }
      return !ready.isEmpty();
    }

    /** The next observed case (or session of a case). */
    @Override
    public ObservedJourney next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more cases in the event log");
      }
      return ready.removeFirst();
    }

    /** The cases as a sequential stream, read as it is consumed. */
    public Stream<ObservedJourney> stream() {
      return StreamSupport.stream(
          Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
          false);
    }

    /** How many rows were read as events so far (skipped rows not counted). */
    public long events() {
      return events;
    }

    /** How many bad rows were skipped so far, under {@link Builder#skipBadRows(int)}. */
    public long skippedRows() {
      return skipped;
    }

    /**
     * The first problems of the rows skipped, as many as {@link Builder#skipBadRows(int)} keeps.
     */
    public ImmutableList<EventLogException> problems() {
      return ImmutableList.copyOf(problems);
    }

    @Override
    public void close() {
      rows.close();
    }

    /** Reads until at least one case is ready, or the file ends. */
    private void readCase() {
      if (sortedByCase) {
        readSortedCase();
      } else {
        readAllCases();
      }
    }

    private void readSortedCase() {
      List<Event> current = new ArrayList<>();
      if (pending != null) {
        current.add(pending);
        pending = null;
      }
      Event event;
      while ((event = nextEvent()) != null) {
        if (current.isEmpty() || current.get(0).caseId.equals(event.caseId)) {
          current.add(event);
          continue;
        }
        String previous = current.get(0).caseId;
        if (compareCodePoints(event.caseId, previous) < 0) {
          throw new EventLogException(
              rows.line(),
              caseAt + 1,
              caseColumn,
              "case "
                  + Texts.quote(event.caseId)
                  + " comes after case "
                  + Texts.quote(previous)
                  + ", but the log was declared sortedByCase(): sort the rows by case id"
                  + " (LC_ALL=C sort), or read without sortedByCase() to group them in memory");
        }
        pending = event;
        break;
      }
      if (event == null) {
        ended = true;
      }
      if (!current.isEmpty()) {
        emit(current);
      }
    }

    private void readAllCases() {
      if (grouped == null) {
        Map<String, List<Event>> byCase = new LinkedHashMap<>();
        Event event;
        while ((event = nextEvent()) != null) {
          byCase.computeIfAbsent(event.caseId, id -> new ArrayList<>()).add(event);
        }
        grouped = byCase.values().iterator();
      }
      if (grouped.hasNext()) {
        emit(grouped.next());
        grouped.remove(); // the case's events go as it goes
      } else {
        ended = true;
      }
    }

    /** Orders one case's events by time (stable) and makes its observed journeys. */
    private void emit(List<Event> caseEvents) {
      caseEvents.sort(BY_TIME);
      String caseId = caseEvents.get(0).caseId;
      if (sessionGap == null) {
        ready.add(journey(caseId, caseEvents));
        return;
      }
      int session = 1;
      int from = 0;
      for (int i = 1; i <= caseEvents.size(); i++) {
        if (i == caseEvents.size()
            || Duration.between(caseEvents.get(i - 1).time, caseEvents.get(i).time)
                    .compareTo(sessionGap)
                > 0) {
          ready.add(journey(caseId + "#" + session++, caseEvents.subList(from, i)));
          from = i;
        }
      }
    }

    private ObservedJourney journey(String id, Collection<Event> caseEvents) {
      ObservedJourney.Builder journey = ObservedJourney.builder(id);
      for (Event event : caseEvents) {
        Consumer<ObservedJourney.OccurrenceBuilder> how =
            o -> {
              o.at(event.time);
              if (event.failed) {
                o.failed();
              }
              if (event.emotion != null) {
                o.emotion(event.emotion);
              }
              if (event.channel != null) {
                o.channel(event.channel);
              }
            };
        if (event.activity.plannedId != null) {
          journey.planned(event.activity.plannedId, how);
        } else {
          journey.adHoc(event.activity.name, how);
        }
      }
      return journey.build();
    }

    /** The next good row's event, skipping bad rows under the skip policy; null at the end. */
    private @Nullable Event nextEvent() {
      String[] fields;
      while ((fields = rows.next()) != null) {
        try {
          Event event = event(fields);
          events++;
          return event;
        } catch (EventLogException problem) {
          if (!skipping) {
            throw problem;
          }
          skipped++;
          if (problems.size() < problemsKept) {
            problems.add(problem);
          }
        }
      }
      return null;
    }

    private Event event(String[] fields) {
      long line = rows.line();
      if (fields.length != rows.header().size()) {
        throw new EventLogException(
            line,
            0,
            null,
            "the row has "
                + fields.length
                + " fields, the header has "
                + rows.header().size()
                + "; quote a field that holds a comma");
      }
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].length() > Limits.MAX_TEXT_LENGTH) {
          throw problem(
              line,
              i,
              "the field has "
                  + fields[i].length()
                  + " characters, more than the limit of "
                  + Limits.MAX_TEXT_LENGTH);
        }
      }
      String caseId = text(fields, caseAt, line, "a case id");
      Instant time = time(fields[timeAt], line);
      Activity activity = activity(text(fields, activityAt, line, "an activity"));
      boolean failed = outcomeAt >= 0 && failed(fields[outcomeAt], line);
      Emotion emotion = emotionAt < 0 ? null : emotion(fields[emotionAt], line);
      String channel =
          channelAt < 0 || Texts.isBlank(fields[channelAt])
              ? null
              : text(fields, channelAt, line, "a channel");
      return new Event(caseId, time, activity, failed, emotion, channel);
    }

    private EventLogException problem(long line, int column, String what) {
      return new EventLogException(line, column + 1, rows.header().get(column), what);
    }

    private String text(String[] fields, int at, long line, String what) {
      String text = fields[at];
      if (Texts.isBlank(text)) {
        throw problem(line, at, "the field is empty; every event needs " + what);
      }
      if (Texts.firstUnpairedSurrogate(text) >= 0) {
        throw problem(line, at, Texts.quote(text) + " is not valid Unicode (unpaired surrogate)");
      }
      return text;
    }

    private Instant time(String text, long line) {
      try {
        return IsoTimes.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw problem(
            line,
            timeAt,
            Texts.quote(text) + " is not an ISO-8601 time with offset, e.g. " + TIME_EXAMPLE);
      }
    }

    private Activity activity(String text) {
      Activity known = activityCache.get(text);
      if (known != null) {
        return known;
      }
      String id = activities.get(text);
      if (id == null) {
        id = plannedIds.get(text);
      }
      if (id == null) {
        id = plannedIds.get(Slugs.slug(text));
      }
      Activity activity = new Activity(id, id != null ? id : text);
      if (activityCache.size() < ACTIVITY_CACHE) {
        activityCache.put(text, activity);
      }
      return activity;
    }

    private boolean failed(String text, long line) {
      String word = text.strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty() || okWords.contains(word)) {
        return false;
      }
      if (failedWords.contains(word)) {
        return true;
      }
      throw problem(
          line,
          outcomeAt,
          Texts.quote(text)
              + " is not an outcome; expected one of "
              + String.join(", ", okWords)
              + " (or empty) for ok, "
              + String.join(", ", failedWords)
              + " for failed");
    }

    private @Nullable Emotion emotion(String text, long line) {
      if (Texts.isBlank(text)) {
        return null;
      }
      double score;
      try {
        score = Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        score = Double.NaN;
      }
      if (!(score >= emotionMin && score <= emotionMax)) {
        throw problem(
            line,
            emotionAt,
            Texts.quote(text)
                + " is not a score from "
                + Emotion.formatScore(emotionMin)
                + " to "
                + Emotion.formatScore(emotionMax));
      }
      double onMapScale =
          Emotion.MIN_SCORE
              + (score - emotionMin)
                  / (emotionMax - emotionMin)
                  * (Emotion.MAX_SCORE - Emotion.MIN_SCORE);
      return Emotion.of(Math.max(Emotion.MIN_SCORE, Math.min(Emotion.MAX_SCORE, onMapScale)));
    }
  }

  /** Distinct activities whose mapping is remembered; more are mapped again each time. */
  private static final int ACTIVITY_CACHE = 100_000;

  /** Compares texts by code point, as UTF-8 bytes compare: the order of LC_ALL=C sort. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Configures an {@link EventLog}: its columns, the activity map, sessions, the skip policy. */
  public static final class Builder {
    private String caseColumn = "case";
    private String timeColumn = "time";
    private String activityColumn = "activity";
    private @Nullable String outcomeColumn;
    private ImmutableSet<String> okWords = ImmutableSet.of("ok");
    private ImmutableSet<String> failedWords = ImmutableSet.of("failed");
    private @Nullable String emotionColumn;
    private double emotionMin = Emotion.MIN_SCORE;
    private double emotionMax = Emotion.MAX_SCORE;
    private @Nullable String channelColumn;
    private final Map<String, String> activities = new LinkedHashMap<>();
    private @Nullable Duration sessionGap;
    private boolean sortedByCase;
    private int problemsKept;
    private boolean skipping;

    private Builder() {}

    /** The column of the case id (a customer, an order); {@code "case"} unless set. */
    public Builder caseId(String column) {
      caseColumn = name(column, "case id column");
      return this;
    }

    /** The column of the time, ISO-8601 with offset; {@code "time"} unless set. */
    public Builder timestamp(String column) {
      timeColumn = name(column, "timestamp column");
      return this;
    }

    /** The column of the activity; {@code "activity"} unless set. */
    public Builder activity(String column) {
      activityColumn = name(column, "activity column");
      return this;
    }

    /** The column of the outcome: {@code ok} (or empty) or {@code failed}, in any case. */
    public Builder outcome(String column) {
      outcomeColumn = name(column, "outcome column");
      return this;
    }

    /** The column of the outcome, with the words (any case) that mean ok and failed. */
    public Builder outcome(String column, Set<String> ok, Set<String> failed) {
      outcome(column);
      okWords = words(ok, "ok words");
      failedWords = words(failed, "failed words");
      checkArgument(
          okWords.stream().noneMatch(failedWords::contains),
          "a word cannot mean both ok and failed: %s, %s",
          okWords,
          failedWords);
      return this;
    }

    /** The column of the emotion score, on the map's scale from −2 to +2; empty is none. */
    public Builder emotion(String column) {
      return emotion(column, Emotion.MIN_SCORE, Emotion.MAX_SCORE);
    }

    /**
     * The column of the emotion score, on a scale from {@code min} to {@code max} (−3 to +3, 1 to
     * 5), rescaled linearly to the map's −2 to +2.
     */
    public Builder emotion(String column, double min, double max) {
      String named = name(column, "emotion column");
      checkArgument(
          Double.isFinite(min) && Double.isFinite(max) && min < max,
          "the emotion scale %s to %s is not a range; give finite min < max",
          min,
          max);
      emotionColumn = named;
      emotionMin = min;
      emotionMax = max;
      return this;
    }

    /** The column of the channel ("web", "app"); empty is none. */
    public Builder channel(String column) {
      channelColumn = name(column, "channel column");
      return this;
    }

    /** Maps an activity, exactly as written in the log, to the planned touchpoint with this id. */
    public Builder map(String activity, String touchpointId) {
      activities.put(name(activity, "activity"), name(touchpointId, "touchpoint id"));
      return this;
    }

    /** Maps activities, as written in the log, to planned touchpoints' ids. */
    public Builder map(Map<String, String> activities) {
      checkNotNull(activities, "activities are null");
      activities.forEach(this::map);
      return this;
    }

    /** Splits a case into sessions where no event happened for longer than {@code gap}. */
    public Builder sessionsAfter(Duration gap) {
      checkNotNull(gap, "session gap is null");
      checkArgument(!gap.isNegative() && !gap.isZero(), "the session gap %s is not positive", gap);
      sessionGap = gap;
      return this;
    }

    /** Declares the rows sorted by case id, so the log streams with one case in memory. */
    public Builder sortedByCase() {
      sortedByCase = true;
      return this;
    }

    /**
     * Skips bad rows instead of stopping at the first: they are counted, and the first {@code keep}
     * problems kept ({@link Cases#skippedRows()}, {@link Cases#problems()}).
     */
    public Builder skipBadRows(int keep) {
      checkArgument(keep >= 0, "keep is %s; keep 0 or more problems", keep);
      skipping = true;
      problemsKept = keep;
      return this;
    }

    /** The import. */
    public EventLog build() {
      return new EventLog(this);
    }

    private static String name(String text, String what) {
      checkNotNull(text, "%s is null", what);
      checkArgument(!Texts.isBlank(text), "%s is blank", what);
      return text;
    }

    private static ImmutableSet<String> words(Set<String> words, String what) {
      checkNotNull(words, "%s are null", what);
      checkArgument(!words.isEmpty(), "%s are empty; give at least one", what);
      return words.stream()
          .map(w -> name(w, what).strip().toLowerCase(Locale.ROOT))
          .collect(ImmutableSet.toImmutableSet());
    }
  }
}
