package dev.cjm.core.assertions;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.core.diff.JourneyDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link JourneyDiff}, for tests that hold a future-state map to its promises: the
 * barriers it resolves, the opportunities it delivers, the elements it adds, removes and changes
 * (matched by id, as the diff matches them), and the emotions it improves. Made by {@link
 * CjmAssertions#assertThat(JourneyDiff)}; each failure says, for each id, what the diff does with
 * it instead and where it is, with both journeys' titles.
 */
@SuppressWarnings("exports") // AssertJ is optional (requires static): tests add it
public final class JourneyDiffAssert extends AbstractAssert<JourneyDiffAssert, JourneyDiff> {
  JourneyDiffAssert(@Nullable JourneyDiff actual) {
    super(actual, JourneyDiffAssert.class);
  }

  /** Verifies that the future state resolves (no longer has) each of these current barriers. */
  public JourneyDiffAssert resolves(String... barrierIds) {
    return hasChanges(ElementChange.Type.RESOLVED, "resolve", barrierIds, "barrier ids");
  }

  /**
   * Verifies that the future state delivers each of these opportunities: no longer has them, with
   * every barrier they address resolved.
   */
  public JourneyDiffAssert delivers(String... opportunityIds) {
    return hasChanges(ElementChange.Type.DELIVERED, "deliver", opportunityIds, "opportunity ids");
  }

  /** Verifies that the future state adds the elements with these ids. */
  public JourneyDiffAssert adds(String... ids) {
    return hasChanges(ElementChange.Type.ADDED, "add", ids, "ids");
  }

  /**
   * Verifies that the future state removes the stages, touchpoints or opportunities with these ids
   * (a barrier gone is resolved, see {@link #resolves(String...)}).
   */
  public JourneyDiffAssert removes(String... ids) {
    return hasChanges(ElementChange.Type.REMOVED, "remove", ids, "ids");
  }

  /** Verifies that the elements with these ids are in both states, with fields that differ. */
  public JourneyDiffAssert changes(String... ids) {
    return hasChanges(ElementChange.Type.CHANGED, "change", ids, "ids");
  }

  private JourneyDiffAssert hasChanges(
      ElementChange.Type type, String verb, String[] ids, String parameter) {
    checkNotNull(ids, "%s is null", parameter);
    checkArgument(ids.length > 0, "no id given; name the elements the diff should %s", verb);
    isNotNull();
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      checkNotNull(id, "id is null");
      if (change(id).filter(c -> c.type() == type).isEmpty()) {
        missing.add(id + ": " + whyNot(id, type));
      }
    }
    if (!missing.isEmpty()) {
      List<String> ofType =
          actual.changes().stream().filter(c -> c.type() == type).map(ElementChange::id).toList();
      fail(
          FailureMessage.expected(
                  "the future state to " + verb + " " + String.join(", ", ids),
                  missing.size()
                      + " "
                      + (missing.size() == 1 ? "is" : "are")
                      + " not "
                      + type.label()
                      + ":")
              .list(missing)
              .fact(type.label(), FailureMessage.joined(ofType, JourneyAssert.IDS)));
    }
    return this;
  }

  private Optional<ElementChange> change(String id) {
    return actual.changes().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** What the diff does with the element {@code id} instead of a change of {@code type}. */
  private String whyNot(String id, ElementChange.Type type) {
    Optional<ElementChange> change = change(id);
    Journey current = actual.current();
    Journey future = actual.future();
    if (change.isPresent()) {
      String it =
          "it is "
              + change.get().type().label()
              + " ("
              + Where.aOrAn(change.get().kind().label())
              + ")";
      if (type == ElementChange.Type.DELIVERED
          && change.get().type() == ElementChange.Type.REMOVED) {
        List<String> remaining =
            current.opportunity(id).map(Opportunity::addresses).orElseThrow().stream()
                .filter(barrier -> future.barrier(barrier).isPresent())
                .toList();
        return remaining.isEmpty()
            ? it + "; it addresses no barrier"
            : it
                + "; the future state still has the barriers it addresses: "
                + String.join(", ", remaining);
      }
      return it;
    }
    Optional<String> inFuture = Where.in(future).of(id);
    Optional<String> inCurrent = Where.in(current).of(id);
    if (inFuture.isPresent() && inCurrent.isPresent()) {
      return "it is the same in both states, at " + inFuture.get();
    }
    return "neither state has an element with that id";
  }

  /**
   * Verifies that the customer feels better at the touchpoint with this id in the future state than
   * in the current one: the emotion is recorded in both, and higher.
   */
  public JourneyDiffAssert improvesEmotionAt(String touchpointId) {
    checkNotNull(touchpointId, "touchpoint id is null");
    isNotNull();
    Optional<Touchpoint> before = actual.current().touchpoint(touchpointId);
    Optional<Touchpoint> after = actual.future().touchpoint(touchpointId);
    String found;
    if (before.isEmpty() || after.isEmpty()) {
      found = "the " + (before.isEmpty() ? "current" : "future") + " state has no such touchpoint";
    } else {
      Optional<Emotion> then = before.get().emotion();
      Optional<Emotion> now = after.get().emotion();
      if (then.isEmpty() || now.isEmpty()) {
        found =
            "no emotion is recorded there in the "
                + (then.isEmpty() ? "current" : "future")
                + " state";
      } else if (now.get().score() > then.get().score()) {
        return this;
      } else {
        found =
            now.get().score() == then.get().score()
                ? "it stays at " + now.get()
                : "it falls from " + then.get() + " to " + now.get();
      }
    }
    String place = Where.in(actual.future()).of(touchpointId).orElse(touchpointId);
    fail(FailureMessage.expected("the emotion at " + place + " to improve", found));
    return this;
  }

  /** Fails with the message and the two journeys' titles as its last facts. */
  private void fail(FailureMessage message) {
    failWithMessage(
        "%s",
        message
            .fact("current", Where.in(actual.current()).journeyTitle())
            .fact("future", Where.in(actual.future()).journeyTitle()));
  }
}
