package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the map itself lacks, as one entry per rule: every {@link FindingKind#MAP} finding of a rule
 * together ("10 touchpoints have no owner: …"), so that one gap in the map is said once however
 * many places it touches. {@link GapReport#mapChecks()} lists them, most severe first.
 */
public final class MapCheck {
  /** How many subjects a message names before it says how many more there are. */
  static final int NAMED = 8;

  private final String ruleId;
  private final ImmutableList<Finding> findings;
  private final String message;

  private MapCheck(String ruleId, ImmutableList<Finding> findings, String message) {
    this.ruleId = ruleId;
    this.findings = findings;
    this.message = message;
  }

  /** The map checks of these findings (in report order): one per rule, most severe first. */
  static ImmutableList<MapCheck> of(List<Finding> findings, Places places) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (finding.kind() == FindingKind.MAP) {
        byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding);
      }
    }
    List<MapCheck> checks = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
      List<Finding> ofRule = entry.getValue();
      checks.add(
          new MapCheck(entry.getKey(), ImmutableList.copyOf(ofRule), message(ofRule, places)));
    }
    // Stable: the findings are in report order, so checks of one severity keep it.
    checks.sort(java.util.Comparator.comparing(MapCheck::severity));
    return ImmutableList.copyOf(checks);
  }

  /** One finding's own message; for several, how many and which, in the rule's words. */
  private static String message(List<Finding> findings, Places places) {
    if (findings.size() == 1) {
      return findings.get(0).message();
    }
    List<String> names = new ArrayList<>();
    for (Finding finding : findings.subList(0, Math.min(NAMED, findings.size()))) {
      names.add(Texts.quote(places.nameOf(finding)));
    }
    String more = findings.size() > NAMED ? " and " + (findings.size() - NAMED) + " more" : "";
    String list = String.join(", ", names) + more;
    int n = findings.size();
    return switch (findings.get(0).ruleId()) {
      case NoOwnerRule.ID ->
          n + " touchpoints have no owner, so nobody is accountable for them: " + list + ".";
      case EmotionNotRecordedRule.ID ->
          n + " touchpoints record no emotion, holes in the emotion curve: " + list + ".";
      case EmptyStageRule.ID -> n + " stages have no touchpoint: " + list + ".";
      case SingleChannelStageRule.ID ->
          n
              + " stages are served by one channel only, while the journey uses several: "
              + list
              + ".";
      case UnlinkedOpportunityRule.ID ->
          n + " opportunities address no barrier, so their value cannot be weighed: " + list + ".";
      default -> String.join(" ", findings.stream().map(Finding::message).toList());
    };
  }

  /** The id of the rule whose findings these are. */
  public String ruleId() {
    return ruleId;
  }

  /** The most severe of its findings' severities. */
  public FindingSeverity severity() {
    FindingSeverity worst = FindingSeverity.INFO;
    for (Finding finding : findings) {
      if (finding.severity().compareTo(worst) < 0) {
        worst = finding.severity();
      }
    }
    return worst;
  }

  /** The priority of its most severe finding: an error is high, a warning medium, info low. */
  public Priority priority() {
    return Priority.of(severity());
  }

  /** The rule's findings, in report order. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** What the map lacks, in one or two sentences, naming up to eight subjects. */
  public String message() {
    return message;
  }

  /** What the map lacks, in {@code language} when its rule speaks it, otherwise in English. */
  public String message(Locale language) {
    checkNotNull(language, "language is null");
    return message;
  }

  @Override
  public String toString() {
    return priority().label() + " " + ruleId + ": " + message;
  }
}
