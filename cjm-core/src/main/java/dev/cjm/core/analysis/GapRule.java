package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import java.util.List;
import java.util.Optional;

/**
 * One check of a journey: a small class with a stable id ({@code "emotion.sharp-drop"}) that looks
 * at a valid journey and reports {@link Finding}s. The standard rules of {@link
 * GapAnalysis#standard()} implement it, and users plug in their own with {@link
 * GapAnalysis#with(GapRule)}.
 *
 * <pre>{@code
 * final class NoDeliveryTouchpoint implements GapRule {
 *   public String id() { return "acme.no-delivery"; }
 *   public FindingSeverity defaultSeverity() { return FindingSeverity.WARNING; }
 *   public String description() { return "a journey with no touchpoint in the delivery channel"; }
 *   public List<Finding> check(Journey journey, RuleContext context) {
 *     boolean delivered = journey.allTouchpoints().stream()
 *         .anyMatch(t -> t.channel().equals(Optional.of(Channel.DELIVERY)));
 *     return delivered ? List.of()
 *         : List.of(context.journeyFinding().message("Nothing is ever delivered.").build());
 *   }
 * }
 * }</pre>
 *
 * <p>A rule must not throw on a valid journey, must return its findings in a deterministic order,
 * and must give each finding its own id as {@link Finding#ruleId()}.
 */
public interface GapRule {
  /** The stable id, lower case, dotted: {@code "barrier.unaddressed"}. */
  String id();

  /** The severity of its findings unless the analysis overrides it. */
  FindingSeverity defaultSeverity();

  /**
   * Whether the rule finds shortfalls in the customer's experience (the default: its findings join
   * the {@link PainPoint}s of their places) or gaps in the map itself (its findings are {@link
   * MapCheck}s).
   */
  default FindingKind kind() {
    return FindingKind.EXPERIENCE;
  }

  /** What the rule finds, in a short phrase, for documentation and reports. */
  String description();

  /** The number users may tune, if the rule has one; none by default. */
  default Optional<Threshold> threshold() {
    return Optional.empty();
  }

  /** Checks the journey and returns what it finds, in journey order. */
  List<Finding> check(Journey journey, RuleContext context);
}
