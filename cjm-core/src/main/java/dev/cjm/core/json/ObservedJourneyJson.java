package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cjm.core.internal.Figures.count;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.io.CharStreams;
import dev.cjm.core.Emotion;
import dev.cjm.core.Limits;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedJourney.Occurrence;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

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

  /**
   * Writes an observed journey as a JSON document, ending with a line feed. An observed journey has
   * no size limit of its own, but its document is read with a journey's {@link Limits}, so {@code
   * format} refuses what {@link #parse(String)} would: more than {@link Limits#MAX_TEXTS} texts
   * (its id, and each occurrence's name, emotion word, time and channel: an occurrence with a time
   * is two, so about 125,000 timed occurrences at most), a text longer than {@link
   * Limits#MAX_TEXT_LENGTH}, more than {@link Limits#MAX_TOTAL_TEXT_LENGTH} characters of text, or
   * a document longer than {@link JourneyJson#MAX_DOCUMENT_LENGTH}.
   *
   * @throws IllegalArgumentException if the observed journey is over one of these limits, naming it
   */
  public static String format(ObservedJourney observed) {
    checkNotNull(observed, "format(null): pass an observed journey");
    StringWriter out = new StringWriter();
    format(observed, out);
    return out.toString();
  }

  /**
   * Writes an observed journey as a JSON document to {@code out}, ending with a line feed.
   *
   * @throws IllegalArgumentException as {@link #format(ObservedJourney)} does; nothing is written
   *     when the observed journey is over the limits, the first {@link
   *     JourneyJson#MAX_DOCUMENT_LENGTH} characters when the document is too long
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(ObservedJourney observed, Appendable out) {
    checkNotNull(observed, "format(null, …): pass an observed journey");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    checkLimits(observed);
    Writer writer = out instanceof Writer w ? w : CharStreams.asWriter(out);
    JourneyJson.write(
        new LimitedWriter(writer, "the JSON document of this observed journey"),
        generator -> write(generator, observed));
  }

  /**
   * Refuses, before writing, an observed journey whose document {@link #parse(String)} would refuse
   * for the {@link Limits} it reads with: its texts are its id and each occurrence's name, emotion
   * word, time and channel.
   */
  private static void checkLimits(ObservedJourney observed) {
    TextCount count = new TextCount();
    count.add(observed.id());
    for (Occurrence occurrence : observed.occurrences()) {
      count.add(occurrence.name());
      occurrence.emotion().flatMap(Emotion::word).ifPresent(count::add);
      occurrence.time().ifPresent(time -> count.add(time.toString()));
      occurrence.channel().ifPresent(count::add);
    }
  }

  /** The texts of a document counted as its reader counts them, refusing any over the limits. */
  private static final class TextCount {
    private int texts;
    private long length;

    void add(String text) {
      if (++texts > Limits.MAX_TEXTS) {
        throw overLimit(
            "has more than " + count(Limits.MAX_TEXTS) + " texts",
            count(Limits.MAX_TEXTS) + " texts",
            "MAX_TEXTS");
      }
      if (text.length() > Limits.MAX_TEXT_LENGTH) {
        throw overLimit(
            "has a text of " + count(text.length()) + " characters",
            count(Limits.MAX_TEXT_LENGTH) + " characters in a text",
            "MAX_TEXT_LENGTH");
      }
      length += text.length();
      if (length > Limits.MAX_TOTAL_TEXT_LENGTH) {
        throw overLimit(
            "has more than " + count(Limits.MAX_TOTAL_TEXT_LENGTH) + " characters of text",
            count(Limits.MAX_TOTAL_TEXT_LENGTH) + " characters of text",
            "MAX_TOTAL_TEXT_LENGTH");
      }
    }
  }

  private static IllegalArgumentException overLimit(String found, String limit, String constant) {
    return new IllegalArgumentException(
        "the observed journey "
            + found
            + " (its id, and each occurrence's name, emotion word, time and channel); its"
            + " document may have at most "
            + limit
            + " (Limits."
            + constant
            + "), so parse would refuse it: split it into several observed journeys");
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
