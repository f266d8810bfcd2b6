package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.cjm.core.Emotion;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedJourney.Occurrence;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Reads and writes observed journeys (what one customer actually went through) as JSON, losslessly,
 * for applications that record them and feed them to {@link
 * dev.cjm.core.observed.DeviationSummary}. Needs jackson-core, like {@link JourneyJson}, and reads
 * with the same errors and limits.
 *
 * <pre>{@code
 * {
 *   "cjmFormat": 1,
 *   "id": "customer-17",
 *   "occurrences": [
 *     {"planned": "instagram-ad"},
 *     {"adHoc": "Asked a friend", "emotion": 1},
 *     {"planned": "checkout", "failed": true, "emotion": {"score": -2, "word": "angry"},
 *      "time": "2026-05-01T10:15:30Z", "channel": "web"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Each occurrence names a planned touchpoint by its id ({@code planned}) or an ad-hoc one by a
 * name ({@code adHoc}); {@code failed} is written only when true, {@code emotion}, {@code time} (an
 * ISO-8601 instant in UTC, as an event log records it) and {@code channel} only when recorded. The
 * schema is {@code dev/cjm/core/json/observed-journey.schema.json} in the jar.
 */
public final class ObservedJourneyJson {
  private ObservedJourneyJson() {}

  /**
   * Reads an observed journey from a JSON document.
   *
   * @throws InvalidDocumentException listing every problem with its JSON pointer, line and column
   */
  public static ObservedJourney parse(String json) {
    checkNotNull(json, "parse(null): pass the text of a JSON observed journey document");
    return parse(new StringReader(json));
  }

  /**
   * Reads an observed journey from a JSON document read from {@code reader} (to its end, without
   * closing it).
   *
   * @throws InvalidDocumentException as {@link #parse(String)} does
   * @throws UncheckedIOException if the reader fails
   */
  public static ObservedJourney parse(Reader reader) {
    checkNotNull(reader, "parse(null): pass a reader of a JSON observed journey document");
    try (JsonParser parser = JsonDocuments.FACTORY.createParser(reader)) {
      return ObservedJourneyReader.read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the observed journey document", e);
    }
  }

  /** Writes an observed journey as a JSON document, ending with a line feed. */
  public static String format(ObservedJourney observed) {
    checkNotNull(observed, "format(null): pass an observed journey");
    StringWriter out = new StringWriter();
    format(observed, out);
    return out.toString();
  }

  /**
   * Writes an observed journey as a JSON document to {@code out}, ending with a line feed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(ObservedJourney observed, Appendable out) {
    checkNotNull(observed, "format(null, …): pass an observed journey");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    JourneyJson.write(out, generator -> write(generator, observed));
  }

  private static void write(JsonGenerator out, ObservedJourney observed) throws IOException {
    out.writeStartObject();
    out.writeNumberField("cjmFormat", DocumentReader.FORMAT);
    out.writeStringField("id", observed.id());
    if (!observed.occurrences().isEmpty()) {
      out.writeArrayFieldStart("occurrences");
      for (Occurrence occurrence : observed.occurrences()) {
        out.writeStartObject();
        out.writeStringField(
            occurrence.plannedId().isPresent() ? "planned" : "adHoc", occurrence.name());
        if (occurrence.failed()) {
          out.writeBooleanField("failed", true);
        }
        if (occurrence.emotion().isPresent()) {
          out.writeFieldName("emotion");
          emotion(out, occurrence.emotion().get());
        }
        if (occurrence.time().isPresent()) {
          out.writeStringField("time", occurrence.time().get().toString());
        }
        if (occurrence.channel().isPresent()) {
          out.writeStringField("channel", occurrence.channel().get());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  /** An emotion as in a journey document: the score alone, or {@code {score, word}}. */
  static void emotion(JsonGenerator out, Emotion emotion) throws IOException {
    if (emotion.word().isEmpty()) {
      JourneyWriter.writeNumber(out, emotion.score());
      return;
    }
    out.writeStartObject();
    out.writeFieldName("score");
    JourneyWriter.writeNumber(out, emotion.score());
    out.writeStringField("word", emotion.word().get());
    out.writeEndObject();
  }
}
