package dev.cjm.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Persona;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a journey as cjm's document, to a Jackson generator of JSON or YAML: every field of the
 * model, in a fixed order, leaving out what is absent (an empty optional, an empty list). The field
 * names are the DSL's, so a document and a validation problem's path name the same things.
 */
final class JourneyWriter {
  private final JsonGenerator out;

  JourneyWriter(JsonGenerator out) {
    this.out = out;
  }

  void write(Journey journey) throws IOException {
    out.writeStartObject();
    out.writeNumberField("cjmFormat", DocumentReader.FORMAT);
    out.writeStringField("title", journey.title());
    text("description", journey.description());
    text("accessibilityTitle", journey.accessibilityTitle());
    text("accessibilityDescription", journey.accessibilityDescription());
    out.writeStringField("state", label(journey.state()));
    out.writeStringField("locale", journey.locale().toLanguageTag());
    if (journey.persona().isPresent()) {
      out.writeFieldName("persona");
      persona(journey.persona().get());
    }
    if (!journey.stages().isEmpty()) {
      out.writeArrayFieldStart("stages");
      for (Stage stage : journey.stages()) {
        stage(stage);
      }
      out.writeEndArray();
    }
    opportunities(journey.opportunities());
    out.writeEndObject();
  }

  private void persona(Persona persona) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", persona.name());
    text("description", persona.description());
    texts("goals", persona.goals());
    texts("needs", persona.needs());
    texts("expectations", persona.expectations());
    texts("frustrations", persona.frustrations());
    text("quote", persona.quote());
    out.writeEndObject();
  }

  private void stage(Stage stage) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", stage.id());
    out.writeStringField("name", stage.name());
    if (stage.phase().isPresent()) {
      out.writeStringField("phase", stage.phase().get().label());
    }
    text("goal", stage.goal());
    if (!stage.touchpoints().isEmpty()) {
      out.writeArrayFieldStart("touchpoints");
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint(touchpoint);
      }
      out.writeEndArray();
    }
    barriers(stage.barriers());
    opportunities(stage.opportunities());
    if (!stage.metrics().isEmpty()) {
      out.writeArrayFieldStart("metrics");
      for (Metric metric : stage.metrics()) {
        metric(metric);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void touchpoint(Touchpoint touchpoint) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", touchpoint.id());
    out.writeStringField("name", touchpoint.name());
    if (touchpoint.channel().isPresent()) {
      out.writeStringField("channel", touchpoint.channel().get().name());
    }
    text("owner", touchpoint.owner());
    texts("actors", touchpoint.actors());
    text("doing", touchpoint.doing());
    text("thinking", touchpoint.thinking());
    text("feeling", touchpoint.feeling());
    emotion("emotion", touchpoint.emotion());
    emotion("expectedEmotion", touchpoint.expectedEmotion());
    if (touchpoint.optional()) {
      out.writeBooleanField("optional", true);
    }
    text("oneOf", touchpoint.oneOf());
    barriers(touchpoint.barriers());
    opportunities(touchpoint.opportunities());
    out.writeEndObject();
  }

  /** An emotion: its score alone, or {@code {score, word}} when it has a word. */
  private void emotion(String field, Optional<Emotion> emotion) throws IOException {
    if (emotion.isEmpty()) {
      return;
    }
    out.writeFieldName(field);
    Emotion value = emotion.get();
    if (value.word().isEmpty()) {
      number(value.score());
      return;
    }
    out.writeStartObject();
    out.writeFieldName("score");
    number(value.score());
    out.writeStringField("word", value.word().get());
    out.writeEndObject();
  }

  private void barriers(Collection<Barrier> barriers) throws IOException {
    if (barriers.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("barriers");
    for (Barrier barrier : barriers) {
      out.writeStartObject();
      out.writeStringField("id", barrier.id());
      out.writeStringField("description", barrier.description());
      out.writeStringField("severity", barrier.severity().label());
      number("frequency", barrier.frequency());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void opportunities(Collection<Opportunity> opportunities) throws IOException {
    if (opportunities.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("opportunities");
    for (Opportunity opportunity : opportunities) {
      out.writeStartObject();
      out.writeStringField("id", opportunity.id());
      out.writeStringField("description", opportunity.description());
      texts("addresses", opportunity.addresses());
      if (opportunity.impact().isPresent()) {
        out.writeStringField("impact", opportunity.impact().get().label());
      }
      if (opportunity.effort().isPresent()) {
        out.writeStringField("effort", opportunity.effort().get().label());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void metric(Metric metric) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", metric.name());
    out.writeFieldName("value");
    number(metric.value());
    number("target", metric.target());
    text("unit", metric.unit());
    out.writeBooleanField("higherIsBetter", metric.higherIsBetter());
    out.writeEndObject();
  }

  private void text(String field, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      out.writeStringField(field, text.get());
    }
  }

  private void texts(String field, Collection<String> texts) throws IOException {
    if (texts.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(field);
    for (String text : texts) {
      out.writeString(text);
    }
    out.writeEndArray();
  }

  private void number(String field, OptionalDouble number) throws IOException {
    if (number.isPresent()) {
      out.writeFieldName(field);
      number(number.getAsDouble());
    }
  }

  private void number(double number) throws IOException {
    writeNumber(out, number);
  }

  /**
   * Writes a finite number the same way on every JDK: a whole number as an integer ({@code -2}),
   * any other (and {@code -0.0}) as the shortest decimal that reads back as the same double.
   */
  static void writeNumber(JsonGenerator out, double number) throws IOException {
    boolean negativeZero = number == 0 && 1 / number < 0;
    if (number == Math.rint(number) && Math.abs(number) < 1e15 && !negativeZero) {
      out.writeNumber((long) number);
    } else {
      out.writeNumber(NumberOutput.toString(number, true));
    }
  }

  /** An enum's label: lower case, hyphens for underscores ({@code "post-purchase"}). */
  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
