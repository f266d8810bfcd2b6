package dev.cjm.core.assertions;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Barrier;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Journey}, for tests of the maps a team keeps in code: the elements it has
 * (by id), the emotion felt at a touchpoint, and whether every barrier has an opportunity. Made by
 * {@link CjmAssertions#assertThat(Journey)}; each failure names places by name, id and path, with
 * the journey's title.
 */
@SuppressWarnings("exports") // AssertJ is optional (requires static): tests add it
public final class JourneyAssert extends AbstractAssert<JourneyAssert, Journey> {
  /** How many ids a message lists when an id is not found. */
  static final int IDS = 10;

  JourneyAssert(@Nullable Journey actual) {
    super(actual, JourneyAssert.class);
  }

  /** Verifies that the journey has a stage with this id. */
  public JourneyAssert hasStage(String stageId) {
    checkNotNull(stageId, "stage id is null");
    return has("stage", stageId, journey().stages(), Stage::id);
  }

  /** Verifies that the journey has a touchpoint with this id, in any stage. */
  public JourneyAssert hasTouchpoint(String touchpointId) {
    checkNotNull(touchpointId, "touchpoint id is null");
    return has("touchpoint", touchpointId, journey().allTouchpoints(), Touchpoint::id);
  }

  /** Verifies that the journey has a barrier with this id, at a touchpoint or a stage. */
  public JourneyAssert hasBarrier(String barrierId) {
    checkNotNull(barrierId, "barrier id is null");
    return has("barrier", barrierId, journey().allBarriers(), Barrier::id);
  }

  /** Verifies that the journey has an opportunity with this id, anywhere in it. */
  public JourneyAssert hasOpportunity(String opportunityId) {
    checkNotNull(opportunityId, "opportunity id is null");
    return has("opportunity", opportunityId, journey().allOpportunities(), Opportunity::id);
  }

  /** The journey, verified not to be null. */
  private Journey journey() {
    isNotNull();
    return actual;
  }

  private <T> JourneyAssert has(String kind, String id, List<T> elements, Function<T, String> ids) {
    List<String> known = elements.stream().map(ids).toList();
    if (!known.contains(id)) {
      Optional<String> other = Where.in(actual).kindOf(id);
      fail(
          FailureMessage.expected(
                  Where.aOrAn(kind) + " with id " + id,
                  other.isPresent()
                      ? id + " is the id of " + Where.aOrAn(other.get())
                      : "the journey has none")
              .fact(plural(kind), FailureMessage.joined(known, IDS)));
    }
    return this;
  }

  private static String plural(String kind) {
    return kind.equals("opportunity") ? "opportunities" : kind + "s";
  }

  /**
   * Verifies that the customer's emotion at the touchpoint with this id is recorded and has this
   * score (−2 to +2).
   */
  public JourneyAssert hasEmotionAt(String touchpointId, double score) {
    checkNotNull(touchpointId, "touchpoint id is null");
    hasTouchpoint(touchpointId);
    Optional<Emotion> emotion = actual.touchpoint(touchpointId).orElseThrow().emotion();
    if (emotion.isEmpty() || emotion.get().score() != score) {
      fail(
          FailureMessage.expected(
              "emotion " + Emotion.formatScore(score) + " at " + place(touchpointId),
              emotion.isEmpty() ? "none is recorded there" : "it is " + emotion.get()));
    }
    return this;
  }

  /**
   * Verifies that no touchpoint's recorded emotion is below {@code score}: the customer never feels
   * worse than that. Touchpoints with no emotion recorded pass.
   */
  public JourneyAssert hasNoEmotionBelow(double score) {
    isNotNull();
    List<String> below =
        actual.allTouchpoints().stream()
            .filter(t -> t.emotion().isPresent() && t.emotion().get().score() < score)
            .map(t -> place(t.id()) + ": " + t.emotion().get())
            .toList();
    if (!below.isEmpty()) {
      fail(
          FailureMessage.expected(
                  "no emotion below " + Emotion.formatScore(score), "found " + below.size() + ":")
              .list(below));
    }
    return this;
  }

  /**
   * Verifies that every barrier is addressed by at least one opportunity, so the map says how each
   * pain will be removed.
   */
  public JourneyAssert addressesEveryBarrier() {
    isNotNull();
    Set<String> addressed =
        actual.allOpportunities().stream()
            .flatMap(o -> o.addresses().stream())
            .collect(Collectors.toSet());
    List<String> unaddressed =
        actual.allBarriers().stream()
            .filter(b -> !addressed.contains(b.id()))
            .map(b -> place(b.id()) + ": " + b.severity().label())
            .toList();
    if (!unaddressed.isEmpty()) {
      fail(
          FailureMessage.expected(
                  "every barrier to be addressed by an opportunity",
                  unaddressed.size() + (unaddressed.size() == 1 ? " is not:" : " are not:"))
              .list(unaddressed));
    }
    return this;
  }

  private String place(String id) {
    return Where.in(actual).of(id).orElse(id);
  }

  /** Fails with the message and the journey's title as its last fact. */
  private void fail(FailureMessage message) {
    failWithMessage("%s", message.fact("journey", Where.in(actual).journeyTitle()));
  }
}
