package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.internal.Texts;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What one customer actually went through (an actual journey, in CJML's terms): the touchpoints in
 * the order they happened, each either a planned touchpoint (by its id in the planned {@link
 * dev.cjm.core.Journey}) or an ad-hoc one (by a free name), optionally failed, optionally with the
 * emotion felt, optionally when it happened and through which channel. Compare it with the plan
 * through {@link DeviationReport#of}, or many of them through {@link DeviationSummary#of} or a
 * {@link JourneyMonitor}; {@link EventLog} reads them from a CSV event log.
 *
 * <pre>{@code
 * ObservedJourney anna = ObservedJourney.builder("customer-17")
 *     .planned("instagram-ad")
 *     .adHoc("Asked a friend", o -> o.emotion(1))
 *     .planned("checkout", o -> o.failed().emotion(-2))
 *     .build();
 * }</pre>
 */
public final class ObservedJourney {
  private final String id;
  private final ImmutableList<Occurrence> occurrences;

  private ObservedJourney(String id, ImmutableList<Occurrence> occurrences) {
    this.id = id;
    this.occurrences = occurrences;
  }

  /** Starts an observed journey with an id naming it (a customer, a session, an interview). */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The id naming this observed journey. */
  public String id() {
    return id;
  }

  /** The touchpoints as they happened, in order. */
  public ImmutableList<Occurrence> occurrences() {
    return occurrences;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ObservedJourney that
        && id.equals(that.id)
        && occurrences.equals(that.occurrences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, occurrences);
  }

  @Override
  public String toString() {
    return id + ": " + occurrences;
  }

  /** One touchpoint as it happened to the customer. */
  public static final class Occurrence {
    private final @Nullable String plannedId;
    private final String name;
    private final boolean failed;
    private final @Nullable Emotion emotion;
    private final @Nullable Instant time;
    private final @Nullable String channel;

    private Occurrence(
        @Nullable String plannedId,
        String name,
        boolean failed,
        @Nullable Emotion emotion,
        @Nullable Instant time,
        @Nullable String channel) {
      this.plannedId = plannedId;
      this.name = name;
      this.failed = failed;
      this.emotion = emotion;
      this.time = time;
      this.channel = channel;
    }

    /** The id of the planned touchpoint, or empty for an ad-hoc one. */
    public Optional<String> plannedId() {
      return Optional.ofNullable(plannedId);
    }

    /** The id of the planned touchpoint, or null for an ad-hoc one; no Optional on hot paths. */
    @Nullable String plannedIdOrNull() {
      return plannedId;
    }

    /** The planned touchpoint's id, or the ad-hoc touchpoint's name. */
    public String name() {
      return name;
    }

    /** True if the touchpoint failed (the customer did not get what it is for). */
    public boolean failed() {
      return failed;
    }

    /** The emotion felt, or null if none was recorded; no Optional on hot paths. */
    @Nullable Emotion emotionOrNull() {
      return emotion;
    }

    /** The emotion felt, if recorded. */
    public Optional<Emotion> emotion() {
      return Optional.ofNullable(emotion);
    }

    /** When it happened, if recorded (an event log records it). */
    public Optional<Instant> time() {
      return Optional.ofNullable(time);
    }

    /** When it happened, or null if not recorded; no Optional on hot paths. */
    @Nullable Instant timeOrNull() {
      return time;
    }

    /** The channel it happened through ("web", "app"), if recorded. */
    public Optional<String> channel() {
      return Optional.ofNullable(channel);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Occurrence that
          && Objects.equals(plannedId, that.plannedId)
          && name.equals(that.name)
          && failed == that.failed
          && Objects.equals(emotion, that.emotion)
          && Objects.equals(time, that.time)
          && Objects.equals(channel, that.channel);
    }

    @Override
    public int hashCode() {
      return Objects.hash(plannedId, name, failed, emotion, time, channel);
    }

    /** {@code "checkout (failed, -2)"} or {@code "ad hoc: Called support"}. */
    @Override
    public String toString() {
      String details =
          (failed ? "failed" : "")
              + (failed && emotion != null ? ", " : "")
              + (emotion != null ? emotion.toString() : "");
      return (plannedId == null ? "ad hoc: " : "")
          + name
          + (details.isEmpty() ? "" : " (" + details + ")");
    }
  }

  /** Sets how one occurrence went: failed, the emotion felt, when and through which channel. */
  public static final class OccurrenceBuilder {
    private boolean failed;
    private @Nullable Emotion emotion;
    private @Nullable Instant time;
    private @Nullable String channel;

    private OccurrenceBuilder() {}

    /** Marks the touchpoint as failed. */
    public OccurrenceBuilder failed() {
      this.failed = true;
      return this;
    }

    /**
     * Records the emotion felt.
     *
     * @throws IllegalArgumentException if the score is not a finite number from −2 to +2
     */
    public OccurrenceBuilder emotion(double score) {
      this.emotion = Emotion.of(score);
      return this;
    }

    /** Records the emotion felt. */
    public OccurrenceBuilder emotion(Emotion emotion) {
      this.emotion = checkNotNull(emotion, "emotion is null");
      return this;
    }

    /** Records when it happened; {@link JourneyMonitor} measures the waits between steps. */
    public OccurrenceBuilder at(Instant time) {
      this.time = checkNotNull(time, "time is null");
      return this;
    }

    /** Records the channel it happened through. */
    public OccurrenceBuilder channel(String channel) {
      this.channel = Builder.checkText(channel, "channel");
      return this;
    }
  }

  /** Builds an {@link ObservedJourney}, one occurrence at a time, in the order they happened. */
  public static final class Builder {
    private final String id;
    private final ImmutableList.Builder<Occurrence> occurrences = ImmutableList.builder();

    private Builder(String id) {
      this.id = checkText(id, "observed journey id");
    }

    /** The planned touchpoint with this id happened, as planned. */
    public Builder planned(String touchpointId) {
      return planned(touchpointId, o -> {});
    }

    /** The planned touchpoint with this id happened; {@code how} says how it went. */
    public Builder planned(String touchpointId, Consumer<OccurrenceBuilder> how) {
      String checked = checkText(touchpointId, "planned touchpoint id");
      return add(checked, checked, how);
    }

    /** A touchpoint the plan does not have happened, named freely. */
    public Builder adHoc(String name) {
      return adHoc(name, o -> {});
    }

    /** A touchpoint the plan does not have happened; {@code how} says how it went. */
    public Builder adHoc(String name, Consumer<OccurrenceBuilder> how) {
      return add(null, checkText(name, "ad-hoc touchpoint name"), how);
    }

    private Builder add(@Nullable String plannedId, String name, Consumer<OccurrenceBuilder> how) {
      if (how == null) { // quoted only then: this runs for every event of an imported log
        throw new NullPointerException("how the touchpoint " + Texts.quote(name) + " went is null");
      }
      OccurrenceBuilder occurrence = new OccurrenceBuilder();
      how.accept(occurrence);
      occurrences.add(
          new Occurrence(
              plannedId,
              name,
              occurrence.failed,
              occurrence.emotion,
              occurrence.time,
              occurrence.channel));
      return this;
    }

    /** The observed journey. */
    public ObservedJourney build() {
      return new ObservedJourney(id, occurrences.build());
    }

    private static String checkText(String text, String what) {
      checkNotNull(text, "%s is null", what);
      checkArgument(!Texts.isBlank(text), "%s is blank; give it a name", what);
      int bad = Texts.firstUnpairedSurrogate(text);
      if (bad >= 0) { // quoted only then: this runs for every event of an imported log
        throw new IllegalArgumentException(
            what
                + " "
                + Texts.quote(text)
                + " is not valid Unicode: unpaired surrogate at index "
                + bad);
      }
      return text;
    }
  }
}
