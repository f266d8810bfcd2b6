package dev.cjm.render.svg.internal.svg;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Persona;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.render.svg.internal.layout.Annotations;
import dev.cjm.render.svg.internal.layout.Comparison;
import dev.cjm.render.svg.internal.layout.FindingNote;
import dev.cjm.render.svg.internal.layout.MapCheckNote;
import dev.cjm.render.svg.internal.layout.Observed;
import dev.cjm.render.svg.internal.layout.PainPointNote;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The id a map gets from its content, for the renderer's default {@link MapScope}: the SHA-256 of
 * everything the map shows, fed to the hash one value at a time as the model is walked, so that a
 * journey at the size limits (ten million characters of text) is hashed without being written out
 * as one string first.
 *
 * <p>Every value goes in with its length or count before it, and every optional value with whether
 * it is there, so two different contents never feed the same bytes: different maps differ in their
 * ids but for a hash collision (one chance in four billion between two maps, for the eight hex
 * digits kept). Texts go in as their UTF-16 code units and numbers as their IEEE 754 bits: nothing
 * depends on the default locale, charset or JDK.
 *
 * <pre>{@code
 * MapScope scope = new MapId().journey(journey).annotations(annotations).text("LIGHT").scope();
 * }</pre>
 */
public final class MapId {
  private final Hasher hasher = Hashing.sha256().newHasher();

  /** A map id with nothing fed to it yet. */
  public MapId() {}

  /** The scope named by the hash of everything fed so far: {@code cjm-} and eight hex digits. */
  public MapScope scope() {
    return MapScope.derivedFrom(hasher.hash());
  }

  /** Feeds {@code text}: its length, then its UTF-16 code units. */
  public MapId text(String text) {
    hasher.putInt(text.length()).putUnencodedChars(text);
    return this;
  }

  /** Feeds a whole number. */
  public MapId number(long number) {
    hasher.putLong(number);
    return this;
  }

  /** Feeds a yes or no. */
  public MapId flag(boolean flag) {
    hasher.putBoolean(flag);
    return this;
  }

  /** Feeds every part of {@code journey} that a map can show, in model order. */
  public MapId journey(Journey journey) {
    text(journey.title());
    optionalText(journey.description());
    optionalText(journey.accessibilityTitle());
    optionalText(journey.accessibilityDescription());
    flag(journey.persona().isPresent());
    journey.persona().ifPresent(this::persona);
    number(journey.stages().size());
    journey.stages().forEach(this::stage);
    opportunities(journey.opportunities());
    text(journey.state().name());
    return text(journey.locale().toLanguageTag());
  }

  /** Feeds what the map shows of a gap report: pain points, map checks, findings. */
  public MapId annotations(Annotations annotations) {
    number(annotations.painPoints().size());
    for (PainPointNote note : annotations.painPoints()) {
      number(note.rank());
      text(note.priority().name());
      text(note.subjectId());
      text(note.name());
      optionalText(note.stageOfTouchpoint());
      text(note.summary());
    }
    number(annotations.fixFirst());
    number(annotations.mapChecks().size());
    for (MapCheckNote check : annotations.mapChecks()) {
      text(check.priority().name());
      text(check.message());
    }
    number(annotations.findings().size());
    for (FindingNote finding : annotations.findings()) {
      text(finding.severity().name());
      text(finding.subject());
      text(finding.message());
    }
    return number(annotations.findingsLeftOut());
  }

  /**
   * Feeds the current state a map is compared with, if any: what the comparison draws (its
   * emotions, changes and removed touchpoints) follows from it and the journey.
   */
  public MapId comparison(Comparison comparison) {
    Journey current = comparison.current();
    flag(current != null);
    return current == null ? this : journey(current);
  }

  /** Feeds every figure the map draws of observed cases, if it draws any. */
  public MapId observed(Observed observed) {
    flag(!observed.isNone());
    if (observed.isNone()) {
      return this;
    }
    number(observed.cases());
    number(observed.touchpoints().size());
    for (Map.Entry<String, ObservedSummary.TouchpointStats> entry :
        observed.touchpoints().entrySet()) {
      ObservedSummary.TouchpointStats t = entry.getValue();
      text(entry.getKey());
      number(t.reached());
      number(t.endedHere());
      number(t.failed());
      optionalNumber(t.meanEmotion());
      number(t.emotions());
      number(t.waits());
      number(t.longWaits());
      flag(t.longWaitThreshold().isPresent());
      t.longWaitThreshold().map(Duration::toNanos).ifPresent(this::number);
    }
    number(observed.adHoc().size());
    for (ObservedSummary.AdHocPlace place : observed.adHoc()) {
      text(place.name());
      number(place.cases());
      optionalText(place.after());
      optionalText(place.before());
    }
    return this;
  }

  private void persona(Persona persona) {
    text(persona.name());
    optionalText(persona.description());
    texts(persona.goals());
    texts(persona.needs());
    texts(persona.expectations());
    texts(persona.frustrations());
    optionalText(persona.quote());
  }

  private void stage(Stage stage) {
    text(stage.id());
    text(stage.name());
    optionalText(stage.phase().map(Enum::name));
    optionalText(stage.goal());
    number(stage.touchpoints().size());
    stage.touchpoints().forEach(this::touchpoint);
    barriers(stage.barriers());
    opportunities(stage.opportunities());
    number(stage.metrics().size());
    stage.metrics().forEach(this::metric);
  }

  private void touchpoint(Touchpoint touchpoint) {
    text(touchpoint.id());
    text(touchpoint.name());
    optionalText(touchpoint.channel().map(Channel::name));
    optionalText(touchpoint.owner());
    texts(touchpoint.actors());
    optionalText(touchpoint.doing());
    optionalText(touchpoint.thinking());
    optionalText(touchpoint.feeling());
    emotion(touchpoint.emotion());
    emotion(touchpoint.expectedEmotion());
    barriers(touchpoint.barriers());
    opportunities(touchpoint.opportunities());
    flag(touchpoint.optional());
    optionalText(touchpoint.oneOf());
  }

  private void emotion(Optional<Emotion> emotion) {
    flag(emotion.isPresent());
    emotion.ifPresent(
        e -> {
          hasher.putDouble(e.score());
          optionalText(e.word());
        });
  }

  private void barriers(Collection<Barrier> barriers) {
    number(barriers.size());
    for (Barrier barrier : barriers) {
      text(barrier.id());
      text(barrier.description());
      text(barrier.severity().name());
      optionalNumber(barrier.frequency());
    }
  }

  private void opportunities(Collection<Opportunity> opportunities) {
    number(opportunities.size());
    for (Opportunity opportunity : opportunities) {
      text(opportunity.id());
      text(opportunity.description());
      texts(opportunity.addresses());
      optionalText(opportunity.impact().map(Enum::name));
      optionalText(opportunity.effort().map(Enum::name));
    }
  }

  private void metric(Metric metric) {
    text(metric.name());
    hasher.putDouble(metric.value());
    optionalNumber(metric.target());
    optionalText(metric.unit());
    flag(metric.higherIsBetter());
  }

  private void texts(Collection<String> texts) {
    number(texts.size());
    texts.forEach(this::text);
  }

  private void optionalText(Optional<String> text) {
    flag(text.isPresent());
    text.ifPresent(this::text);
  }

  private void optionalNumber(OptionalDouble number) {
    flag(number.isPresent());
    if (number.isPresent()) {
      hasher.putDouble(number.getAsDouble());
    }
  }
}
