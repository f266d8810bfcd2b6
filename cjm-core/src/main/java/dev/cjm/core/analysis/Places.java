package dev.cjm.core.analysis;

import com.google.common.collect.Maps;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where in a journey each finding is, for people: the place a pain point gathers (a touchpoint, a
 * stage, or the journey as a whole) and the name of each subject. A barrier or opportunity belongs
 * to the place that holds it; a metric to its stage; the persona and anything unknown to the
 * journey.
 */
final class Places {
  /**
   * A place a pain point can be about: a touchpoint, a stage, or the journey (both null). Each is
   * made once, so places compare by identity.
   */
  static final class Place {
    private final @Nullable Stage stage;
    private final @Nullable Touchpoint touchpoint;
    private final String path;

    Place(@Nullable Stage stage, @Nullable Touchpoint touchpoint, String path) {
      this.stage = stage;
      this.touchpoint = touchpoint;
      this.path = path;
    }

    @Nullable Stage stage() {
      return stage;
    }

    @Nullable Touchpoint touchpoint() {
      return touchpoint;
    }

    String path() {
      return path;
    }

    boolean isStage() {
      return stage != null && touchpoint == null;
    }
  }

  private final Journey journey;
  private final JourneyOrder order;
  private final Place journeyPlace = new Place(null, null, "");
  private final Map<String, Place> placesById;
  private final Map<String, String> namesById;

  private Places(Journey journey, JourneyOrder order) {
    this.journey = journey;
    this.order = order;
    int elements = journey.allTouchpoints().size() + journey.stages().size();
    this.placesById = Maps.newHashMapWithExpectedSize(elements * 2);
    this.namesById = Maps.newHashMapWithExpectedSize(elements * 2);
    for (Stage stage : journey.stages()) {
      Place stagePlace = new Place(stage, null, order.pathOf(stage.id()).orElseThrow());
      add(stage.id(), stage.name(), stagePlace);
      for (Touchpoint touchpoint : stage.touchpoints()) {
        Place place = new Place(stage, touchpoint, order.pathOf(touchpoint.id()).orElseThrow());
        add(touchpoint.id(), touchpoint.name(), place);
        addParts(touchpoint.barriers(), touchpoint.opportunities(), place);
      }
      addParts(stage.barriers(), stage.opportunities(), stagePlace);
    }
    addParts(List.of(), journey.opportunities(), journeyPlace);
  }

  static Places of(Journey journey, JourneyOrder order) {
    return new Places(journey, order);
  }

  private void add(String id, String name, Place place) {
    placesById.put(id, place);
    namesById.put(id, name);
  }

  private void addParts(List<Barrier> barriers, List<Opportunity> opportunities, Place place) {
    for (Barrier barrier : barriers) {
      add(barrier.id(), barrier.description(), place);
    }
    for (Opportunity opportunity : opportunities) {
      add(opportunity.id(), opportunity.description(), place);
    }
  }

  /** The place a finding is about: its subject's touchpoint or stage, else the journey. */
  Place placeOf(Finding finding) {
    if (finding.path().isEmpty() || finding.path().equals("persona")) {
      return journeyPlace;
    }
    Place place = placesById.get(finding.subjectId());
    return place != null ? place : journeyPlace;
  }

  /** The position of a place in journey order. */
  int positionOf(Place place) {
    return order.positionOf(place.path());
  }

  /**
   * The name people know a finding's subject by: a touchpoint's or stage's name, a barrier's or
   * opportunity's description, a metric's name, the persona's name, or "the journey".
   */
  String nameOf(Finding finding) {
    return nameOf(finding, Words.english());
  }

  /** {@link #nameOf(Finding)} with the journey and the persona named in {@code words}. */
  String nameOf(Finding finding, Words words) {
    String path = finding.path();
    if (path.isEmpty()) {
      return words.get("subject.journey");
    }
    if (path.equals("persona")) {
      return journey
          .persona()
          .map(p -> words.get("subject.persona", p.name()))
          .orElse(words.get("subject.thePersona"));
    }
    Optional<Metric> metric = metricOf(finding);
    if (metric.isPresent()) {
      return metric.get().name();
    }
    String name = namesById.get(finding.subjectId());
    return name != null ? name : path;
  }

  /** True if the finding is about one of a stage's metrics ({@code stages[1].metrics[0]}). */
  boolean isAboutAMetric(Finding finding) {
    return metricOf(finding).isPresent();
  }

  /** The metric a finding's path points at ({@code stages[1].metrics[0]}), if any. */
  Optional<Metric> metricOf(Finding finding) {
    Place place = placesById.get(finding.subjectId());
    Stage stage = place == null ? null : place.stage();
    if (place == null || stage == null || !place.isStage()) {
      return Optional.empty();
    }
    String prefix = place.path() + ".metrics[";
    String path = finding.path();
    if (!path.startsWith(prefix) || !path.endsWith("]")) {
      return Optional.empty();
    }
    try {
      int index = Integer.parseInt(path.substring(prefix.length(), path.length() - 1));
      List<Metric> metrics = stage.metrics();
      return index >= 0 && index < metrics.size()
          ? Optional.of(metrics.get(index))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
