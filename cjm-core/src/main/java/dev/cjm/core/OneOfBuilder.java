package dev.cjm.core;

import java.util.function.Consumer;

/**
 * Adds the alternatives of a "one of" group inside {@code .oneOf("entry", entry -> …)} on a stage:
 * each touchpoint added here joins the group, in the stage's touchpoint order. Describe each one as
 * any touchpoint ({@link TouchpointBuilder}).
 */
public final class OneOfBuilder {
  private final StageBuilder stage;
  private final String group;

  OneOfBuilder(StageBuilder stage, String group) {
    this.stage = stage;
    this.group = group;
  }

  /** Adds an alternative with only a name. */
  public OneOfBuilder touchpoint(String name) {
    stage.touchpoints().add(new TouchpointBuilder(name)).oneOf(group);
    return this;
  }

  /** Adds an alternative, described by {@code touchpoint}. */
  public OneOfBuilder touchpoint(String name, Consumer<TouchpointBuilder> touchpoint) {
    TouchpointBuilder added = stage.touchpoints().add(new TouchpointBuilder(name)).oneOf(group);
    added.misuses.configure(added, touchpoint, "touchpoint(…, null)");
    return this;
  }
}
