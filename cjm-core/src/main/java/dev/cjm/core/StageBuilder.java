package dev.cjm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Describes a {@link Stage} inside {@code .stage(name, s -> …)}: its touchpoints in the order the
 * customer meets them, and the barriers, opportunities and metrics of the stage as a whole.
 */
public final class StageBuilder {
  final Misuses misuses = new Misuses();
  final IdMatch.CurrentId derivedId = new IdMatch.CurrentId();
  private @Nullable String id;
  private @Nullable String name;
  private @Nullable Phase phase;
  private @Nullable String goal;
  private final ElementList<TouchpointBuilder> touchpoints =
      new ElementList<>(ElementKind.TOUCHPOINT, TouchpointBuilder::currentId);
  private final ElementList<BarrierBuilder> barriers =
      new ElementList<>(ElementKind.BARRIER, BarrierBuilder::currentId);
  private final ElementList<OpportunityBuilder> opportunities =
      new ElementList<>(ElementKind.OPPORTUNITY, OpportunityBuilder::currentId);
  private final List<MetricBuilder> metrics = new ArrayList<>();

  StageBuilder(@Nullable String name) {
    this.name = name;
  }

  static StageBuilder from(Stage stage) {
    StageBuilder builder = new StageBuilder(stage.name()).id(stage.id());
    builder.phase = stage.phase().orElse(null);
    builder.goal = stage.goal().orElse(null);
    stage.touchpoints().forEach(t -> builder.touchpoints.add(TouchpointBuilder.from(t)));
    stage.barriers().forEach(b -> builder.barriers.add(BarrierBuilder.from(b)));
    stage.opportunities().forEach(o -> builder.opportunities.add(OpportunityBuilder.from(o)));
    stage.metrics().forEach(m -> builder.metrics.add(MetricBuilder.from(m)));
    return builder;
  }

  /** Sets the id, instead of deriving it from the name. */
  public StageBuilder id(String id) {
    if (!misuses.isNull(id, "id(null)")) {
      this.id = id;
    }
    return this;
  }

  /** Renames the stage (its id stays as it was only if it was given with {@link #id}). */
  public StageBuilder name(String name) {
    if (!misuses.isNull(name, "name(null)")) {
      this.name = name;
    }
    return this;
  }

  /** The standard phase this stage covers, when its name does not say so. */
  public StageBuilder phase(Phase phase) {
    if (!misuses.isNull(phase, "phase(null)")) {
      this.phase = phase;
    }
    return this;
  }

  /** What the customer wants to achieve in this stage. */
  public StageBuilder goal(String goal) {
    if (!misuses.isNull(goal, "goal(null)")) {
      this.goal = goal;
    }
    return this;
  }

  /** Adds a touchpoint with only a name. */
  public StageBuilder touchpoint(String name) {
    touchpoints.add(new TouchpointBuilder(name));
    return this;
  }

  /** Adds a touchpoint, described by {@code touchpoint}. */
  public StageBuilder touchpoint(String name, Consumer<TouchpointBuilder> touchpoint) {
    TouchpointBuilder added = touchpoints.add(new TouchpointBuilder(name));
    added.misuses.configure(added, touchpoint, "touchpoint(…, null)");
    return this;
  }

  /**
   * Adds a "one of" group: touchpoints that are alternatives to each other (three entry points), of
   * which the customer is expected to meet one. {@code group} is the group's id ({@code "entry"});
   * {@code alternatives} adds two or more touchpoints:
   *
   * <pre>{@code
   * .oneOf("entry", entry -> entry
   *     .touchpoint("Facebook ad", t -> t.channel(Channel.SOCIAL_MEDIA))
   *     .touchpoint("Google search", t -> t.channel(Channel.SEARCH)))
   * }</pre>
   */
  public StageBuilder oneOf(String group, Consumer<OneOfBuilder> alternatives) {
    if (!misuses.isNull(group, "oneOf(null, …)")) {
      misuses.configure(new OneOfBuilder(this, group), alternatives, "oneOf(…, null)");
    }
    return this;
  }

  /** Changes the touchpoint with this id. */
  public StageBuilder editTouchpoint(String id, Consumer<TouchpointBuilder> touchpoint) {
    touchpoints.edit(id, touchpoint, misuses, IdMatch.call("editTouchpoint", id));
    return this;
  }

  /** Removes the touchpoint with this id. */
  public StageBuilder removeTouchpoint(String id) {
    touchpoints.remove(id, misuses, IdMatch.call("removeTouchpoint", id));
    return this;
  }

  /** Adds a barrier of the stage as a whole, with {@link Severity#MEDIUM}. */
  public StageBuilder barrier(String description) {
    barriers.add(new BarrierBuilder(description));
    return this;
  }

  /** Adds a barrier of the stage as a whole, described further by {@code barrier}. */
  public StageBuilder barrier(String description, Consumer<BarrierBuilder> barrier) {
    BarrierBuilder added = barriers.add(new BarrierBuilder(description));
    added.misuses.configure(added, barrier, "barrier(…, null)");
    return this;
  }

  /** Changes the stage-level barrier with this id. */
  public StageBuilder editBarrier(String id, Consumer<BarrierBuilder> barrier) {
    barriers.edit(id, barrier, misuses, IdMatch.call("editBarrier", id));
    return this;
  }

  /** Removes the stage-level barrier with this id. */
  public StageBuilder removeBarrier(String id) {
    barriers.remove(id, misuses, IdMatch.call("removeBarrier", id));
    return this;
  }

  /** Adds an opportunity of the stage as a whole. */
  public StageBuilder opportunity(String description) {
    opportunities.add(new OpportunityBuilder(description));
    return this;
  }

  /** Adds an opportunity of the stage as a whole, described further by {@code opportunity}. */
  public StageBuilder opportunity(String description, Consumer<OpportunityBuilder> opportunity) {
    OpportunityBuilder added = opportunities.add(new OpportunityBuilder(description));
    added.misuses.configure(added, opportunity, "opportunity(…, null)");
    return this;
  }

  /** Changes the stage-level opportunity with this id. */
  public StageBuilder editOpportunity(String id, Consumer<OpportunityBuilder> opportunity) {
    opportunities.edit(id, opportunity, misuses, IdMatch.call("editOpportunity", id));
    return this;
  }

  /** Removes the stage-level opportunity with this id. */
  public StageBuilder removeOpportunity(String id) {
    opportunities.remove(id, misuses, IdMatch.call("removeOpportunity", id));
    return this;
  }

  /** Adds a metric with its value: {@code .metric("NPS", 31)}. */
  public StageBuilder metric(String name, double value) {
    metrics.add(new MetricBuilder(name).value(value));
    return this;
  }

  /** Adds a metric: {@code .metric("Conversion", m -> m.value(0.021).target(0.03).unit("%"))}. */
  public StageBuilder metric(String name, Consumer<MetricBuilder> metric) {
    MetricBuilder added = addMetric(new MetricBuilder(name));
    added.misuses.configure(added, metric, "metric(…, null)");
    return this;
  }

  /** Removes every metric with this name. */
  public StageBuilder removeMetric(String name) {
    String call = IdMatch.call("removeMetric", name);
    if (!misuses.isNull(name, call) && !metrics.removeIf(metric -> name.equals(metric.name()))) {
      misuses.add("metrics", call + ": there is no metric named " + IdMatch.quote(name) + " here");
    }
    return this;
  }

  private MetricBuilder addMetric(MetricBuilder metric) {
    metrics.add(metric);
    return metric;
  }

  @Nullable String currentId() {
    return derivedId.of(id, name);
  }

  ElementList<TouchpointBuilder> touchpoints() {
    return touchpoints;
  }

  ElementList<BarrierBuilder> barriers() {
    return barriers;
  }

  ElementList<OpportunityBuilder> opportunities() {
    return opportunities;
  }

  void check(BuildContext context, String path) {
    misuses.report(context, path);
    context.resolveId(this, ElementKind.STAGE, id, name, path);
    context.requiredText(BuildContext.at(path, "name"), name, "stage name");
    context.optionalText(BuildContext.at(path, "goal"), goal, "goal");
    for (int i = 0; i < touchpoints.size(); i++) {
      touchpoints.get(i).check(context, BuildContext.at(path, "touchpoints[" + i + "]"));
    }
    for (int i = 0; i < barriers.size(); i++) {
      barriers.get(i).check(context, BuildContext.at(path, "barriers[" + i + "]"));
    }
    for (int i = 0; i < opportunities.size(); i++) {
      opportunities.get(i).check(context, BuildContext.at(path, "opportunities[" + i + "]"));
    }
    for (int i = 0; i < metrics.size(); i++) {
      metrics.get(i).check(context, BuildContext.at(path, "metrics[" + i + "]"));
    }
  }

  Stage toModel(BuildContext context) {
    ImmutableStage.Builder stage =
        ImmutableStage.builder()
            .id(context.idOf(this))
            .name(Checked.present(name))
            .phase(Optional.ofNullable(phase))
            .goal(Optional.ofNullable(goal));
    touchpoints.forEach(t -> stage.addTouchpoints(t.toModel(context)));
    barriers.forEach(b -> stage.addBarriers(b.toModel(context)));
    opportunities.forEach(o -> stage.addOpportunities(o.toModel(context)));
    metrics.forEach(m -> stage.addMetrics(m.toModel()));
    return stage.build();
  }
}
