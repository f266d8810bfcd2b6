package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cjm.core.internal.Words;
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
  private final Phrase phrase;
  private final String message;

  private MapCheck(String ruleId, ImmutableList<Finding> findings, Phrase phrase) {
    this.ruleId = ruleId;
    this.findings = findings;
    this.phrase = phrase;
    this.message = phrase.in(Locale.ENGLISH);
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

  /** The rules whose findings at several places have one message for them all. */
  private static final ImmutableSet<String> GROUPED =
      ImmutableSet.of(
          NoOwnerRule.ID,
          EmotionNotRecordedRule.ID,
          EmptyStageRule.ID,
          SingleChannelStageRule.ID,
          UnlinkedOpportunityRule.ID);

  /**
   * One finding's own message; for several, how many and which, in the rule's words ({@code
   * mapCheck.<rule id>}), or else their messages one after the other (the first {@value
   * GapReport#LISTED_FINDINGS}, and how many more).
   */
  private static Phrase message(List<Finding> findings, Places places) {
    if (findings.size() == 1) {
      return findings.get(0)::message;
    }
    String ruleId = findings.get(0).ruleId();
    if (!GROUPED.contains(ruleId)) {
      List<Finding> listed = GapReport.listed(findings);
      return language -> {
        StringBuilder messages = new StringBuilder();
        for (Finding finding : listed) {
          messages.append(messages.length() == 0 ? "" : " ").append(finding.message(language));
        }
        GapReport.notListed(Words.of(language), findings)
            .ifPresent(left -> messages.append(' ').append(left));
        return messages.toString();
      };
    }
    List<Phrase> names = new ArrayList<>();
    for (Finding finding : findings.subList(0, Math.min(NAMED, findings.size()))) {
      names.add(Phrase.quoted(places.nameOf(finding)));
    }
    Phrase named = language -> commaSeparated(names, language);
    Phrase list =
        findings.size() > NAMED
            ? Phrase.words("list.andMore", named, findings.size() - NAMED)
            : named;
    return Phrase.plural("mapCheck." + ruleId, findings.size(), list);
  }

  private static String commaSeparated(List<Phrase> items, Locale language) {
    Words words = Words.of(language);
    String list = items.get(0).in(language);
    for (Phrase item : items.subList(1, items.size())) {
      list = words.get("list.comma", list, item.in(language));
    }
    return list;
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
    return language.getLanguage().equals("en") ? message : phrase.in(language);
  }

  @Override
  public String toString() {
    return priority().label() + " " + ruleId + ": " + message;
  }
}
