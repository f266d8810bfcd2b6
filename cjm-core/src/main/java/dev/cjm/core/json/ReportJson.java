package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.MapCheck;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.RankedOpportunity;
import dev.cjm.core.analysis.StageEmotion;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.core.diff.EmotionChange;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.DeviationSummary.TouchpointDeviations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the results of cjm's analyses as JSON for dashboards and other programs: a {@link
 * GapReport} with its pain points, findings, map checks and ranked opportunities, a {@link
 * JourneyDiff} between a current and a future state, and a {@link DeviationSummary} of observed
 * journeys. Needs jackson-core, like {@link JourneyJson}. Writing only: these are results, computed
 * again from the journeys whenever needed.
 *
 * <p>Each document starts with {@code "cjmFormat": 1}, is deterministic and pretty-printed like a
 * journey document, and is described by a JSON Schema in the jar ({@code
 * dev/cjm/core/json/gap-report.schema.json}, {@code journey-diff.schema.json}, {@code
 * deviation-summary.schema.json}). Ids, rule ids, labels ({@code "error"}, {@code "critical"}) and
 * numbers are for programs; the texts for people ({@code summary}, {@code message}) are in the
 * journey's language, as in {@code toMarkdown()}, and each finding keeps its facts as key/value
 * pairs.
 */
public final class ReportJson {
  private ReportJson() {}

  /** Writes a gap report as a JSON document, ending with a line feed. */
  public static String format(GapReport report) {
    checkNotNull(report, "format(null): pass a gap report");
    StringWriter out = new StringWriter();
    format(report, out);
    return out.toString();
  }

  /**
   * Writes a gap report as a JSON document to {@code out}, ending with a line feed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(GapReport report, Appendable out) {
    checkNotNull(report, "format(null, …): pass a gap report");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    JourneyJson.write(out, generator -> new Writer(generator).report(report));
  }

  /** Writes a diff between a current and a future state as a JSON document. */
  public static String format(JourneyDiff diff) {
    checkNotNull(diff, "format(null): pass a journey diff");
    StringWriter out = new StringWriter();
    format(diff, out);
    return out.toString();
  }

  /**
   * Writes a diff as a JSON document to {@code out}, ending with a line feed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(JourneyDiff diff, Appendable out) {
    checkNotNull(diff, "format(null, …): pass a journey diff");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    JourneyJson.write(out, generator -> new Writer(generator).diff(diff));
  }

  /** Writes a summary of observed journeys against their plan as a JSON document. */
  public static String format(DeviationSummary summary) {
    checkNotNull(summary, "format(null): pass a deviation summary");
    StringWriter out = new StringWriter();
    format(summary, out);
    return out.toString();
  }

  /**
   * Writes a summary of observed journeys as a JSON document to {@code out}, ending with a line
   * feed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(DeviationSummary summary, Appendable out) {
    checkNotNull(summary, "format(null, …): pass a deviation summary");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    JourneyJson.write(out, generator -> new Writer(generator).deviations(summary));
  }

  /** The fields of the three documents, written in a fixed order. */
  private static final class Writer {
    private final JsonGenerator out;

    Writer(JsonGenerator out) {
      this.out = out;
    }

    void report(GapReport report) throws IOException {
      Locale language = report.journey().locale();
      out.writeStartObject();
      out.writeNumberField("cjmFormat", DocumentReader.FORMAT);
      out.writeFieldName("journey");
      journey(report.journey());
      out.writeStringField("summary", report.summary());
      out.writeBooleanField("hasErrors", report.hasErrors());
      out.writeObjectFieldStart("countsBySeverity");
      for (var count : report.countsBySeverity().entrySet()) {
        out.writeNumberField(count.getKey().label(), count.getValue());
      }
      out.writeEndObject();
      out.writeObjectFieldStart("countsByRule");
      for (Map.Entry<String, Integer> count : report.countsByRule().entrySet()) {
        out.writeNumberField(count.getKey(), count.getValue());
      }
      out.writeEndObject();
      out.writeArrayFieldStart("painPoints");
      for (PainPoint painPoint : report.painPoints()) {
        painPoint(painPoint, language);
      }
      out.writeEndArray();
      out.writeArrayFieldStart("mapChecks");
      for (MapCheck check : report.mapChecks()) {
        out.writeStartObject();
        out.writeStringField("ruleId", check.ruleId());
        out.writeStringField("severity", check.severity().label());
        out.writeStringField("priority", check.priority().label());
        out.writeStringField("message", check.message(language));
        findings("findings", check.findings(), language);
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("rankedOpportunities");
      for (RankedOpportunity ranked : report.rankedOpportunities()) {
        out.writeStartObject();
        out.writeNumberField("rank", ranked.rank());
        out.writeStringField("id", ranked.opportunity().id());
        out.writeStringField("description", ranked.opportunity().description());
        out.writeBooleanField("quickWin", ranked.isQuickWin());
        number("value", ranked.value());
        number("score", ranked.score());
        ids("barriers", ranked.barriers().stream().map(Barrier::id).toList());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("emotions");
      for (StageEmotion stage : report.emotionSummary()) {
        out.writeStartObject();
        out.writeStringField("stageId", stage.stageId());
        out.writeStringField("stageName", stage.stageName());
        if (stage.phase().isPresent()) {
          out.writeStringField("phase", stage.phase().get().label());
        }
        out.writeNumberField("touchpoints", stage.touchpoints());
        out.writeNumberField("scoredTouchpoints", stage.scoredTouchpoints());
        number("meanExperienced", stage.meanExperienced());
        number("meanExpected", stage.meanExpected());
        number("gap", stage.gap());
        out.writeEndObject();
      }
      out.writeEndArray();
      findings("findings", report.findings(), language);
      out.writeEndObject();
    }

    private void painPoint(PainPoint painPoint, Locale language) throws IOException {
      out.writeStartObject();
      out.writeNumberField("rank", painPoint.rank());
      out.writeStringField("subjectId", painPoint.subjectId());
      out.writeStringField("path", painPoint.path());
      if (!painPoint.subjectId().isEmpty()) {
        out.writeStringField("name", painPoint.name());
      }
      if (painPoint.stage().isPresent()) {
        out.writeStringField("stageId", painPoint.stage().get().id());
      }
      out.writeStringField("priority", painPoint.priority().label());
      out.writeStringField("severity", painPoint.severity().label());
      number("score", painPoint.score());
      emotion("felt", painPoint.felt());
      emotion("expected", painPoint.expected());
      out.writeStringField("summary", painPoint.summary(language));
      ids("barriers", painPoint.barriers().stream().map(Barrier::id).toList());
      ids("opportunities", painPoint.opportunities().stream().map(Opportunity::id).toList());
      ids("metrics", painPoint.metrics().stream().map(Metric::name).toList());
      findings("findings", painPoint.findings(), language);
      out.writeEndObject();
    }

    private void findings(String field, List<Finding> findings, Locale language)
        throws IOException {
      out.writeArrayFieldStart(field);
      for (Finding finding : findings) {
        out.writeStartObject();
        out.writeStringField("ruleId", finding.ruleId());
        out.writeStringField("severity", finding.severity().label());
        out.writeStringField("kind", JourneyWriter.label(finding.kind()));
        out.writeStringField("subjectId", finding.subjectId());
        out.writeStringField("path", finding.path());
        out.writeStringField("message", finding.message(language));
        out.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> fact : finding.facts().entrySet()) {
          out.writeStringField(fact.getKey(), fact.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
      }
      out.writeEndArray();
    }

    void diff(JourneyDiff diff) throws IOException {
      Locale language = diff.future().locale();
      out.writeStartObject();
      out.writeNumberField("cjmFormat", DocumentReader.FORMAT);
      out.writeFieldName("current");
      journey(diff.current());
      out.writeFieldName("future");
      journey(diff.future());
      out.writeStringField("summary", diff.summary());
      out.writeBooleanField("isEmpty", diff.isEmpty());
      out.writeArrayFieldStart("changes");
      for (ElementChange change : diff.changes()) {
        out.writeStartObject();
        out.writeStringField("kind", change.kind().label());
        out.writeStringField("type", change.type().label());
        out.writeStringField("id", change.id());
        out.writeStringField("label", change.label());
        out.writeStringField("summary", change.summary(language));
        out.writeArrayFieldStart("fields");
        for (ElementChange.Field changed : change.fields()) {
          out.writeStartObject();
          out.writeStringField("name", changed.name(language));
          out.writeStringField("before", changed.before(language));
          out.writeStringField("after", changed.after(language));
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      emotionChanges("touchpointEmotions", diff.touchpointEmotions());
      emotionChanges("stageEmotions", diff.stageEmotions());
      out.writeArrayFieldStart("resolvedBarriers");
      for (Barrier barrier : diff.resolvedBarriers()) {
        out.writeStartObject();
        out.writeStringField("id", barrier.id());
        out.writeStringField("description", barrier.description());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("deliveredOpportunities");
      for (Opportunity opportunity : diff.deliveredOpportunities()) {
        out.writeStartObject();
        out.writeStringField("id", opportunity.id());
        out.writeStringField("description", opportunity.description());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }

    private void emotionChanges(String field, List<EmotionChange> changes) throws IOException {
      out.writeArrayFieldStart(field);
      for (EmotionChange change : changes) {
        out.writeStartObject();
        out.writeStringField("id", change.id());
        out.writeStringField("name", change.name());
        number("before", change.before());
        number("after", change.after());
        number("delta", change.delta());
        out.writeEndObject();
      }
      out.writeEndArray();
    }

    void deviations(DeviationSummary summary) throws IOException {
      out.writeStartObject();
      out.writeNumberField("cjmFormat", DocumentReader.FORMAT);
      out.writeFieldName("planned");
      journey(summary.planned());
      out.writeStringField("summary", summary.summary());
      out.writeNumberField("journeys", summary.journeys());
      out.writeNumberField("followingPlan", summary.followingPlan());
      out.writeArrayFieldStart("touchpoints");
      for (TouchpointDeviations touchpoint : summary.touchpoints()) {
        out.writeStartObject();
        out.writeStringField("id", touchpoint.id());
        out.writeStringField("name", touchpoint.name());
        out.writeNumberField("missing", touchpoint.missing());
        out.writeNumberField("outOfSequence", touchpoint.outOfSequence());
        out.writeNumberField("failing", touchpoint.failing());
        number("missingShare", touchpoint.missingShare());
        number("outOfSequenceShare", touchpoint.outOfSequenceShare());
        number("failingShare", touchpoint.failingShare());
        number("meanEmotion", touchpoint.meanEmotion());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeObjectFieldStart("adHoc");
      for (Map.Entry<String, Integer> adHoc : summary.adHoc().entrySet()) {
        out.writeNumberField(adHoc.getKey(), adHoc.getValue());
      }
      out.writeEndObject();
      out.writeEndObject();
    }

    /** Which journey a result is about: its title, state and language. */
    private void journey(Journey journey) throws IOException {
      out.writeStartObject();
      out.writeStringField("title", journey.title());
      out.writeStringField("state", JourneyWriter.label(journey.state()));
      out.writeStringField("locale", journey.locale().toLanguageTag());
      out.writeEndObject();
    }

    private void emotion(String field, Optional<Emotion> emotion) throws IOException {
      if (emotion.isPresent()) {
        out.writeFieldName(field);
        ObservedJourneyJson.emotion(out, emotion.get());
      }
    }

    private void ids(String field, List<String> ids) throws IOException {
      out.writeArrayFieldStart(field);
      for (String id : ids) {
        out.writeString(id);
      }
      out.writeEndArray();
    }

    /** A figure; one that is not finite (never seen, but JSON has no such number) is left out. */
    private void number(String field, double number) throws IOException {
      if (!Double.isFinite(number)) {
        return;
      }
      out.writeFieldName(field);
      JourneyWriter.writeNumber(out, number);
    }

    private void number(String field, OptionalDouble number) throws IOException {
      if (number.isPresent()) {
        number(field, number.getAsDouble());
      }
    }
  }
}
