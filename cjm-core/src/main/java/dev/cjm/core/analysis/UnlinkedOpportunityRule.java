package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code opportunity.unlinked}: an opportunity that addresses no barrier. It may strengthen a
 * strong point, but nothing in the map shows which pain it relieves, so it cannot be weighed.
 */
final class UnlinkedOpportunityRule implements GapRule {
  static final String ID = "opportunity.unlinked";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public FindingKind kind() {
    return FindingKind.MAP;
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.INFO;
  }

  @Override
  public String description() {
    return "an opportunity that addresses no barrier";
  }

  @Override
  public List<Finding> check(Journey journey, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Opportunity opportunity : journey.allOpportunities()) {
      if (opportunity.addresses().isEmpty()) {
        findings.add(
            context
                .finding(opportunity.id())
                .message(Phrase.words("finding." + ID, Phrase.quoted(opportunity.description())))
                .build());
      }
    }
    return findings;
  }
}
