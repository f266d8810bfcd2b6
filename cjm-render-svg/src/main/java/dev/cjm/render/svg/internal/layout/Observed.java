package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Journey;
import dev.cjm.core.observed.ObservedSummary;
import java.util.Locale;
import java.util.Map;

/**
 * What the map of a planned journey shows of an {@link ObservedSummary} of its cases, as the layout
 * draws it: per planned touchpoint the mean observed emotion (a second curve in the emotion lane),
 * the reached, failed and ended-here shares and the long waits (the observed lane), and the ad-hoc
 * steps where they happen. Only the touchpoints the journey has are drawn: a summary of an older
 * plan shows what still matches, by id, and its ad-hoc steps after the planned step they followed
 * (see {@link ObservedLane}).
 *
 * @param isNone true if the map shows no observed data (the planned map alone)
 * @param cases how many cases the summary observed
 * @param touchpoints the figures of each planned touchpoint the journey has, by id, in plan order
 * @param adHoc the ad-hoc steps and where they happened, most common first
 */
public record Observed(
    boolean isNone,
    long cases,
    ImmutableMap<String, ObservedSummary.TouchpointStats> touchpoints,
    ImmutableList<ObservedSummary.AdHocPlace> adHoc) {
  /** No observed data: the planned map alone. */
  public static final Observed NONE = new Observed(true, 0, ImmutableMap.of(), ImmutableList.of());

  /** What the map of {@code planned} shows of {@code summary}. */
  public static Observed of(Journey planned, ObservedSummary summary) {
    ImmutableMap.Builder<String, ObservedSummary.TouchpointStats> touchpoints =
        ImmutableMap.builder();
    for (ObservedSummary.TouchpointStats stats : summary.touchpoints()) {
      if (planned.touchpoint(stats.id()).isPresent()) {
        touchpoints.put(stats.id(), stats);
      }
    }
    return new Observed(false, summary.cases(), touchpoints.buildKeepingLast(), summary.adHoc());
  }

  /** True if some planned touchpoint has a mean observed emotion: the emotion lane draws it. */
  boolean hasEmotions() {
    return touchpoints.values().stream().anyMatch(t -> t.meanEmotion().isPresent());
  }

  /** True if some planned touchpoint had a long wait after it. */
  boolean hasLongWaits() {
    return touchpoints.values().stream().anyMatch(t -> t.longWaits() > 0);
  }

  /**
   * Every figure the map draws, one line each, in a fixed order: what makes the map's id differ
   * from that of the same journey with other observations.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("observed ").append(cases).append(" cases");
    for (Map.Entry<String, ObservedSummary.TouchpointStats> entry : touchpoints.entrySet()) {
      ObservedSummary.TouchpointStats t = entry.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "%n%s reached %d ended %d failed %d emotion %s n %d waits %d long %d over %s",
              entry.getKey(),
              t.reached(),
              t.endedHere(),
              t.failed(),
              t.meanEmotion().isPresent() ? Double.toString(t.meanEmotion().getAsDouble()) : "-",
              t.emotions(),
              t.waits(),
              t.longWaits(),
              t.longWaitThreshold().map(Object::toString).orElse("-")));
    }
    for (ObservedSummary.AdHocPlace place : adHoc) {
      out.append("\nad hoc ")
          .append(place)
          .append(' ')
          .append(place.cases())
          .append(' ')
          .append(place.after().orElse(""))
          .append('>')
          .append(place.before().orElse(""));
    }
    return out.toString();
  }
}
