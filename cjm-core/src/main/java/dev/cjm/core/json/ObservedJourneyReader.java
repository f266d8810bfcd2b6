package dev.cjm.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedJourney.OccurrenceBuilder;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads an observed journey document into {@link ObservedJourney.Builder}, reporting every problem
 * with its place in the document; what the builder rejects (a blank name, a score off the scale) is
 * reported at the value it came from.
 */
final class ObservedJourneyReader extends DocumentReader {
  static final String EXAMPLE =
      "{\"cjmFormat\": 1, \"id\": \"customer-17\", \"occurrences\": [{\"planned\": \"checkout\"}]}";

  private static final ImmutableList<String> OBSERVED =
      ImmutableList.of("cjmFormat", "id", "occurrences");
  private static final ImmutableList<String> OCCURRENCE =
      ImmutableList.of("planned", "adHoc", "failed", "emotion", "time", "channel");
  private static final ImmutableList<String> EMOTION = ImmutableList.of("score", "word");

  /** One occurrence as read: planned or ad hoc, and how it went. */
  private record Occurrence(
      @Nullable String planned, @Nullable String adHoc, Consumer<OccurrenceBuilder> how) {}

  private @Nullable String id;
  private final List<Occurrence> occurrences = new ArrayList<>();
  private boolean versionSeen;

  private ObservedJourneyReader(JsonParser parser) {
    super(parser, "observed journey document", false);
  }

  static ObservedJourney read(JsonParser parser) {
    ObservedJourneyReader reader = new ObservedJourneyReader(parser);
    reader.readDocument(EXAMPLE);
    return reader.build();
  }

  private ObservedJourney build() {
    if (id == null && !reportedAt("/id")) {
      problem(
          "", locations(), "the observed journey has no \"id\"; give it one, e.g. a customer's");
    }
    if (!problems().isEmpty() || id == null) {
      throw invalid(null);
    }
    ObservedJourney.Builder observed = ObservedJourney.builder(id);
    for (Occurrence occurrence : occurrences) {
      if (occurrence.planned != null) {
        observed.planned(occurrence.planned, occurrence.how);
      } else if (occurrence.adHoc != null) {
        observed.adHoc(occurrence.adHoc, occurrence.how);
      }
    }
    return observed.build();
  }

  @Override
  void readRoot(Locations root) throws IOException {
    object(
        "",
        root,
        OBSERVED,
        (name, pointer, at, index) -> {
          version(name, pointer, at, index);
          switch (name) {
            case "cjmFormat" -> versionSeen = true;
            case "id" -> id = checked(pointer, at, text(pointer, at));
            case "occurrences" -> array(pointer, at, this::occurrence);
            default -> throw new AssertionError(name);
          }
        });
    requireVersion(versionSeen);
  }

  private void occurrence(String pointer, Locations here) throws IOException {
    if (!isObject(pointer, here, "an occurrence object")) {
      return;
    }
    String[] planned = {null};
    String[] adHoc = {null};
    boolean[] failed = {false};
    Emotion[] emotion = {null};
    Instant[] time = {null};
    String[] channel = {null};
    object(
        pointer,
        here,
        OCCURRENCE,
        (name, field, at, index) -> {
          switch (name) {
            case "planned" -> planned[0] = checked(field, at, text(field, at));
            case "adHoc" -> adHoc[0] = checked(field, at, text(field, at));
            case "failed" -> failed[0] = Boolean.TRUE.equals(bool(field, at));
            case "emotion" -> emotion[0] = emotion(field, at);
            case "time" -> time[0] = instant(field, at);
            case "channel" -> channel[0] = checked(field, at, text(field, at));
            default -> throw new AssertionError(name);
          }
        });
    if ((planned[0] == null) == (adHoc[0] == null)) {
      if (!reportedAt(pointer + "/planned") && !reportedAt(pointer + "/adHoc")) {
        problem(
            pointer,
            here,
            "an occurrence names either a planned touchpoint (\"planned\": its id) or an ad-hoc"
                + " one (\"adHoc\": a name), "
                + (planned[0] == null ? "but this one names neither" : "not both"),
            "expected",
            "one of \"planned\", \"adHoc\"");
      }
      return;
    }
    boolean isFailed = failed[0];
    Emotion felt = emotion[0];
    Instant when = time[0];
    String through = channel[0];
    occurrences.add(
        new Occurrence(
            planned[0],
            adHoc[0],
            how -> {
              if (isFailed) {
                how.failed();
              }
              if (felt != null) {
                how.emotion(felt);
              }
              if (when != null) {
                how.at(when);
              }
              if (through != null) {
                how.channel(through);
              }
            }));
  }

  /** An ISO-8601 instant, "2026-05-01T10:15:30Z" (an offset is taken to UTC); null if not one. */
  private @Nullable Instant instant(String pointer, Locations here) throws IOException {
    String text = text(pointer, here);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problem(
          pointer,
          here,
          Texts.quote(text) + " is not an ISO-8601 time with an offset",
          "expected",
          "e.g. 2026-05-01T10:15:30Z or 2026-05-01T12:15:30+02:00");
      return null;
    }
  }

  private @Nullable Emotion emotion(String pointer, Locations here) throws IOException {
    Double[] score = {null};
    String[] word = {null};
    if (currentToken() == JsonToken.START_OBJECT) {
      object(
          pointer,
          here,
          EMOTION,
          (name, field, at, index) -> {
            if (name.equals("score")) {
              score[0] = number(field, at);
            } else {
              word[0] = text(field, at);
            }
          });
    } else {
      score[0] = number(pointer, here);
    }
    if (score[0] == null) {
      return null;
    }
    try {
      return word[0] == null ? Emotion.of(score[0]) : Emotion.of(score[0], word[0]);
    } catch (IllegalArgumentException e) {
      problem(pointer, here, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** A name or id the builder would reject (blank, not valid Unicode), reported here instead. */
  private @Nullable String checked(String pointer, Locations here, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      ObservedJourney.builder(text);
      return text;
    } catch (IllegalArgumentException e) {
      problem(pointer, here, String.valueOf(e.getMessage()).replace("observed journey id", "text"));
      return null;
    }
  }
}
