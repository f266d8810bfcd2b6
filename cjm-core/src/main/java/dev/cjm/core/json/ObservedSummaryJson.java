package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.observed.ObservedSummary.AdHocPlace;
import dev.cjm.core.observed.ObservedSummary.PathShare;
import dev.cjm.core.observed.ObservedSummary.Step;
import dev.cjm.core.observed.ObservedSummary.TouchpointStats;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads and writes what a {@link dev.cjm.core.observed.JourneyMonitor} found, an {@link
 * ObservedSummary}, as JSON, losslessly ({@code parse(format(summary))} equals {@code summary}),
 * for dashboards that chart it and for jobs that store each run's result. Needs jackson-core, like
 * {@link JourneyJson}, and reads with the same errors and limits.
 *
 * <pre>{@code
 * {
 *   "cjmFormat": 1,
 *   "title": "Click and collect",
 *   "language": "en",
 *   "cases": 3000,
 *   "casesWithoutPlannedStep": 0,
 *   "touchpoints": [
 *     {"id": "stock-check", "name": "Stock check on the product page", "optional": false,
 *      "reached": 3000, "reachedShare": 1, "stepReached": 3000, "stepReachedShare": 1,
 *      "endedHere": 450, "endedHereShare": 0.15, "failed": 0, "failedShare": 0,
 *      "emotions": 1520, "meanEmotion": 0.41, "waits": 2550, "medianWaitMillis": 1245000,
 *      "wait90Millis": 3480000, "longWaits": 12, "longWaitThresholdMillis": 10440000},
 *     …
 *   ],
 *   "paths": [
 *     {"steps": [{"planned": "stock-check"}, {"adHoc": "Called the store"}, {"planned": "pay"}],
 *      "stepsCut": 0, "cases": 1210, "share": 0.4033333333333333},
 *     …
 *   ],
 *   "pathError": 0,
 *   "adHoc": [
 *     {"name": "Called the store", "after": "stock-check", "before": "pay", "cases": 290,
 *      "share": 0.09666666666666666}
 *   ],
 *   "adHocError": 0
 * }
 * }</pre>
 *
 * <p>The fields are {@link ObservedSummary}'s accessors under the same names. Counts are whole
 * numbers; shares are from 0 to 1; waits are whole milliseconds ({@code medianWaitMillis}, {@code
 * wait90Millis}, {@code longWaitThresholdMillis}), written when the touchpoint has waits; {@code
 * meanEmotion} (−2 to +2) when it has emotion scores; {@code oneOf} when it is an alternative; an
 * ad-hoc place's {@code after} and {@code before} when a planned step is there. The shares and the
 * threshold follow from the counts: they are written for dashboards, may be left out when reading,
 * and if given must equal what the counts give. The schema is {@code
 * dev/cjm/core/json/observed-summary.schema.json} in the jar.
 *
 * <p>A summary of a monitor keeping the default {@link
 * dev.cjm.core.observed.JourneyMonitor#DEFAULT_KEPT} paths of up to {@link
 * dev.cjm.core.observed.JourneyMonitor#MAX_PATH_STEPS} steps is well within the reading limits of
 * {@link JourneyJson}; one keeping some five times as many paths, each of the most steps, is not.
 */
public final class ObservedSummaryJson {
  private ObservedSummaryJson() {}

  /**
   * Reads an observed summary from a JSON document.
   *
   * @throws InvalidDocumentException listing every problem with its JSON pointer, line and column
   */
  public static ObservedSummary parse(String json) {
    checkNotNull(json, "parse(null): pass the text of a JSON observed summary document");
    return parse(new StringReader(json));
  }

  /**
   * Reads an observed summary from a JSON document read from {@code reader} (to its end, without
   * closing it).
   *
   * @throws InvalidDocumentException as {@link #parse(String)} does
   * @throws UncheckedIOException if the reader fails
   */
  public static ObservedSummary parse(Reader reader) {
    checkNotNull(reader, "parse(null): pass a reader of a JSON observed summary document");
    try (JsonParser parser = JsonDocuments.FACTORY.createParser(reader)) {
      return ObservedSummaryReader.read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the observed summary document", e);
    }
  }

  /** Writes an observed summary as a JSON document, ending with a line feed. */
  public static String format(ObservedSummary summary) {
    checkNotNull(summary, "format(null): pass an observed summary");
    StringWriter out = new StringWriter();
    format(summary, out);
    return out.toString();
  }

  /**
   * Writes an observed summary as a JSON document to {@code out}, ending with a line feed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(ObservedSummary summary, Appendable out) {
    checkNotNull(summary, "format(null, …): pass an observed summary");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    JourneyJson.write(out, generator -> write(generator, summary));
  }

  private static void write(JsonGenerator out, ObservedSummary summary) throws IOException {
    out.writeStartObject();
    out.writeNumberField("cjmFormat", DocumentReader.FORMAT);
    out.writeStringField("title", summary.title());
    out.writeStringField("language", summary.language().toLanguageTag());
    out.writeNumberField("cases", summary.cases());
    out.writeNumberField("casesWithoutPlannedStep", summary.casesWithoutPlannedStep());
    out.writeArrayFieldStart("touchpoints");
    for (TouchpointStats touchpoint : summary.touchpoints()) {
      touchpoint(out, touchpoint);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("paths");
    for (PathShare path : summary.paths()) {
      out.writeStartObject();
      out.writeArrayFieldStart("steps");
      for (Step step : path.steps()) {
        out.writeStartObject();
        out.writeStringField(step.planned() ? "planned" : "adHoc", step.name());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeNumberField("stepsCut", path.stepsCut());
      out.writeNumberField("cases", path.cases());
      share(out, "share", path.share());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeNumberField("pathError", summary.pathError());
    out.writeArrayFieldStart("adHoc");
    for (AdHocPlace place : summary.adHoc()) {
      out.writeStartObject();
      out.writeStringField("name", place.name());
      if (place.after().isPresent()) {
        out.writeStringField("after", place.after().get());
      }
      if (place.before().isPresent()) {
        out.writeStringField("before", place.before().get());
      }
      out.writeNumberField("cases", place.cases());
      share(out, "share", place.share());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeNumberField("adHocError", summary.adHocError());
    out.writeEndObject();
  }

  private static void touchpoint(JsonGenerator out, TouchpointStats touchpoint) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", touchpoint.id());
    out.writeStringField("name", touchpoint.name());
    out.writeBooleanField("optional", touchpoint.optional());
    if (touchpoint.oneOf().isPresent()) {
      out.writeStringField("oneOf", touchpoint.oneOf().get());
    }
    out.writeNumberField("reached", touchpoint.reached());
    share(out, "reachedShare", touchpoint.reachedShare());
    out.writeNumberField("stepReached", touchpoint.stepReached());
    share(out, "stepReachedShare", touchpoint.stepReachedShare());
    out.writeNumberField("endedHere", touchpoint.endedHere());
    share(out, "endedHereShare", touchpoint.endedHereShare());
    out.writeNumberField("failed", touchpoint.failed());
    share(out, "failedShare", touchpoint.failedShare());
    out.writeNumberField("emotions", touchpoint.emotions());
    if (touchpoint.meanEmotion().isPresent()) {
      out.writeFieldName("meanEmotion");
      JourneyWriter.writeNumber(out, touchpoint.meanEmotion().getAsDouble());
    }
    out.writeNumberField("waits", touchpoint.waits());
    millis(out, "medianWaitMillis", touchpoint.medianWait());
    millis(out, "wait90Millis", touchpoint.wait90());
    out.writeNumberField("longWaits", touchpoint.longWaits());
    millis(out, "longWaitThresholdMillis", touchpoint.longWaitThreshold());
    out.writeEndObject();
  }

  private static void share(JsonGenerator out, String field, double share) throws IOException {
    out.writeFieldName(field);
    JourneyWriter.writeNumber(out, share);
  }

  private static void millis(JsonGenerator out, String field, Optional<Duration> wait)
      throws IOException {
    if (wait.isPresent()) {
      out.writeNumberField(field, wait.get().toMillis());
    }
  }
}
