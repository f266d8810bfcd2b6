package dev.cjm.core.assertions;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a failure message names a place in a journey: the names leading to it, its kind, its id and
 * its path, as in {@code Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0])}; a
 * barrier or an opportunity by its description, quoted and cut to {@value #NAME_LENGTH} characters.
 */
final class Where {
  /** How many characters of a description a message shows. */
  static final int NAME_LENGTH = 50;

  /** A stage, touchpoint, barrier or opportunity: what it is, the names leading to it, its path. */
  private record Element(String kind, String names, String path) {}

  private final Journey journey;
  private final Map<String, Element> elements = new HashMap<>();

  private Where(Journey journey) {
    this.journey = journey;
    List<Stage> stages = journey.stages();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String stagePath = "stages[" + i + "]";
      add(stage.id(), "stage", stage.name(), stagePath);
      List<Touchpoint> touchpoints = stage.touchpoints();
      for (int j = 0; j < touchpoints.size(); j++) {
        Touchpoint touchpoint = touchpoints.get(j);
        String names = stage.name() + " › " + touchpoint.name();
        String path = stagePath + ".touchpoints[" + j + "]";
        add(touchpoint.id(), "touchpoint", names, path);
        addParts(touchpoint.barriers(), touchpoint.opportunities(), names + " › ", path + ".");
      }
      addParts(stage.barriers(), stage.opportunities(), stage.name() + " › ", stagePath + ".");
    }
    addParts(List.of(), journey.opportunities(), "", "");
  }

  /** The places of this journey. */
  static Where in(Journey journey) {
    return new Where(journey);
  }

  private void add(String id, String kind, String names, String path) {
    elements.put(id, new Element(kind, names, path));
  }

  private void addParts(
      List<Barrier> barriers, List<Opportunity> opportunities, String names, String path) {
    for (int k = 0; k < barriers.size(); k++) {
      Barrier barrier = barriers.get(k);
      add(
          barrier.id(),
          "barrier",
          names + quoted(barrier.description()),
          path + "barriers[" + k + "]");
    }
    for (int k = 0; k < opportunities.size(); k++) {
      Opportunity opportunity = opportunities.get(k);
      add(
          opportunity.id(),
          "opportunity",
          names + quoted(opportunity.description()),
          path + "opportunities[" + k + "]");
    }
  }

  /** A name or description in quotes, cut to {@value #NAME_LENGTH} characters with an ellipsis. */
  static String quoted(String text) {
    return "\""
        + (text.length() > NAME_LENGTH ? text.substring(0, NAME_LENGTH - 1) + "…" : text)
        + "\"";
  }

  /** A kind of element with its article: "a touchpoint", "an opportunity". */
  static String aOrAn(String kind) {
    return (kind.startsWith("o") ? "an " : "a ") + kind;
  }

  /** The journey's title, quoted: the last fact of a message about one journey. */
  String journeyTitle() {
    return "\"" + journey.title() + "\"";
  }

  /** The kind of element with this id ("touchpoint"), if the journey has one. */
  Optional<String> kindOf(String id) {
    return Optional.ofNullable(elements.get(id)).map(Element::kind);
  }

  /** The element with this id: {@code Purchase › Checkout (touchpoint checkout, stages[1]…)}. */
  Optional<String> of(String id) {
    Element element = elements.get(id);
    return element == null ? Optional.empty() : Optional.of(describe(id, element, element.path()));
  }

  private static String describe(String id, Element element, String path) {
    return element.names() + " (" + element.kind() + " " + id + ", " + path + ")";
  }

  /**
   * Where a finding is: its subject, at the finding's own path ({@code …emotion}); a metric by its
   * stage and name; the persona; or the journey as a whole.
   */
  String of(Finding finding, GapReport report) {
    String path = finding.path();
    if (path.isEmpty()) {
      return "the journey as a whole";
    }
    if (path.equals("persona")) {
      return "the persona " + quoted(finding.subjectId()) + " (persona)";
    }
    Element element = elements.get(finding.subjectId());
    if (element == null) {
      return quoted(report.subjectName(finding)) + " (" + path + ")";
    }
    if (element.kind().equals("stage") && path.startsWith(element.path() + ".metrics[")) {
      return element.names()
          + " › "
          + quoted(report.subjectName(finding))
          + " (metric, "
          + path
          + ")";
    }
    return describe(finding.subjectId(), element, path);
  }

  /** Where a pain point is: its touchpoint or stage, or the journey as a whole. */
  String of(PainPoint painPoint) {
    return painPoint.subjectId().isEmpty()
        ? "the journey as a whole"
        : of(painPoint.subjectId()).orElse(painPoint.name() + " (" + painPoint.path() + ")");
  }
}
