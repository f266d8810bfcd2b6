package dev.cjm.core;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Describes an {@link Opportunity} inside {@code .opportunity(text, o -> …)} on the journey, a
 * stage or a touchpoint: which barriers it addresses, its impact and its effort.
 */
public final class OpportunityBuilder {
  final Misuses misuses = new Misuses();
  final IdMatch.CurrentId derivedId = new IdMatch.CurrentId();
  private @Nullable String id;
  private @Nullable String description;
  private final Set<String> addresses = new LinkedHashSet<>();
  private @Nullable Level impact;
  private @Nullable Level effort;

  OpportunityBuilder(@Nullable String description) {
    this.description = description;
  }

  static OpportunityBuilder from(Opportunity opportunity) {
    OpportunityBuilder builder =
        new OpportunityBuilder(opportunity.description()).id(opportunity.id());
    builder.addresses.addAll(opportunity.addresses());
    builder.impact = opportunity.impact().orElse(null);
    builder.effort = opportunity.effort().orElse(null);
    return builder;
  }

  /** Sets the id, instead of deriving it from the description. */
  public OpportunityBuilder id(String id) {
    if (!misuses.isNull(id, "id(null)")) {
      this.id = id;
    }
    return this;
  }

  /** Changes the description. */
  public OpportunityBuilder description(String description) {
    if (!misuses.isNull(description, "description(null)")) {
      this.description = description;
    }
    return this;
  }

  /**
   * Adds the ids of barriers this opportunity removes or eases; each must be the id of a barrier
   * somewhere in the journey.
   */
  public OpportunityBuilder addresses(String... barrierIds) {
    if (misuses.isNull(barrierIds, "addresses(null)")) {
      return this;
    }
    for (String barrierId : barrierIds) {
      if (!misuses.isNull(barrierId, "addresses(…, null, …)")) {
        addresses.add(barrierId);
      }
    }
    return this;
  }

  /** No longer addresses the barrier with this id (for a future state where it is gone). */
  public OpportunityBuilder removeAddress(String barrierId) {
    if (!misuses.isNull(barrierId, "removeAddress(null)")) {
      addresses.remove(barrierId);
    }
    return this;
  }

  /** How much it would improve the experience. */
  public OpportunityBuilder impact(Level impact) {
    if (!misuses.isNull(impact, "impact(null)")) {
      this.impact = impact;
    }
    return this;
  }

  /** How much work it takes. */
  public OpportunityBuilder effort(Level effort) {
    if (!misuses.isNull(effort, "effort(null)")) {
      this.effort = effort;
    }
    return this;
  }

  @Nullable String currentId() {
    return derivedId.of(id, description);
  }

  void check(BuildContext context, String path) {
    misuses.report(context, path);
    context.resolveId(this, ElementKind.OPPORTUNITY, id, description, path);
    context.requiredText(
        BuildContext.at(path, "description"), description, "opportunity description");
    int index = 0;
    for (String barrierId : addresses) {
      context.reference(BuildContext.at(path, "addresses[" + index++ + "]"), barrierId);
    }
  }

  Opportunity toModel(BuildContext context) {
    return ImmutableOpportunity.builder()
        .id(context.idOf(this))
        .description(Checked.present(description))
        .addresses(addresses)
        .impact(Optional.ofNullable(impact))
        .effort(Optional.ofNullable(effort))
        .build();
  }
}
