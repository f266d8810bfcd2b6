package dev.cjm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Describes a {@link Touchpoint} inside {@code .touchpoint(name, t -> …)} on a stage: its channel
 * and owner, the scenario (doing, thinking, feeling), the emotion experienced and expected, and the
 * barriers and opportunities found there. Setting a value again replaces it.
 */
public final class TouchpointBuilder {
  final Misuses misuses = new Misuses();
  final IdMatch.CurrentId derivedId = new IdMatch.CurrentId();
  private @Nullable String id;
  private @Nullable String name;
  private @Nullable Channel channel;
  private @Nullable String channelName;
  private @Nullable String owner;
  private final List<String> actors = new ArrayList<>();
  private @Nullable String doing;
  private @Nullable String thinking;
  private @Nullable String feeling;
  private @Nullable EmotionSpec emotion;
  private @Nullable EmotionSpec expectedEmotion;
  private final ElementList<BarrierBuilder> barriers =
      new ElementList<>(ElementKind.BARRIER, BarrierBuilder::currentId);
  private final ElementList<OpportunityBuilder> opportunities =
      new ElementList<>(ElementKind.OPPORTUNITY, OpportunityBuilder::currentId);
  private boolean optional;
  private @Nullable String oneOf;

  /** A score and word as given, checked at build time. */
  private static final class EmotionSpec {
    final double score;
    final @Nullable String word;

    EmotionSpec(double score, @Nullable String word) {
      this.score = score;
      this.word = word;
    }

    static EmotionSpec of(Emotion emotion) {
      return new EmotionSpec(emotion.score(), emotion.word().orElse(null));
    }

    void check(BuildContext context, String path) {
      context.score(BuildContext.at(path, "score"), score);
      context.optionalText(BuildContext.at(path, "word"), word, "emotion word");
    }

    Emotion toModel() {
      return word == null ? Emotion.of(score) : Emotion.of(score, word);
    }
  }

  TouchpointBuilder(@Nullable String name) {
    this.name = name;
  }

  static TouchpointBuilder from(Touchpoint touchpoint) {
    TouchpointBuilder builder = new TouchpointBuilder(touchpoint.name()).id(touchpoint.id());
    builder.channel = touchpoint.channel().orElse(null);
    builder.owner = touchpoint.owner().orElse(null);
    builder.actors.addAll(touchpoint.actors());
    builder.doing = touchpoint.doing().orElse(null);
    builder.thinking = touchpoint.thinking().orElse(null);
    builder.feeling = touchpoint.feeling().orElse(null);
    builder.emotion = touchpoint.emotion().map(EmotionSpec::of).orElse(null);
    builder.expectedEmotion = touchpoint.expectedEmotion().map(EmotionSpec::of).orElse(null);
    touchpoint.barriers().forEach(b -> builder.barriers.add(BarrierBuilder.from(b)));
    touchpoint.opportunities().forEach(o -> builder.opportunities.add(OpportunityBuilder.from(o)));
    builder.optional = touchpoint.optional();
    builder.oneOf = touchpoint.oneOf().orElse(null);
    return builder;
  }

  /** Sets the id, instead of deriving it from the name. */
  public TouchpointBuilder id(String id) {
    if (!misuses.isNull(id, "id(null)")) {
      this.id = id;
    }
    return this;
  }

  /** Renames the touchpoint (its id stays as it was only if it was given with {@link #id}). */
  public TouchpointBuilder name(String name) {
    if (!misuses.isNull(name, "name(null)")) {
      this.name = name;
    }
    return this;
  }

  /** The channel it happens in ({@link Channel#WEB}, {@code Channel.of("Kiosk")}). */
  public TouchpointBuilder channel(Channel channel) {
    if (!misuses.isNull(channel, "channel(null)")) {
      this.channel = channel;
      this.channelName = null;
    }
    return this;
  }

  /** The channel by name: a well-known one ("e-mail") or a custom one ("Kiosk"). */
  public TouchpointBuilder channel(String name) {
    if (!misuses.isNull(name, "channel(null)")) {
      this.channel = null;
      this.channelName = name;
    }
    return this;
  }

  /** Who owns it: a department, a person or a partner ("E-commerce team"). */
  public TouchpointBuilder owner(String owner) {
    if (!misuses.isNull(owner, "owner(null)")) {
      this.owner = owner;
    }
    return this;
  }

  /** Adds someone else who takes part (a sales rep, a courier). */
  public TouchpointBuilder actor(String actor) {
    if (!misuses.isNull(actor, "actor(null)")) {
      actors.add(actor);
    }
    return this;
  }

  /** What the customer does here ("Taps the ad"). */
  public TouchpointBuilder doing(String doing) {
    if (!misuses.isNull(doing, "doing(null)")) {
      this.doing = doing;
    }
    return this;
  }

  /** What the customer thinks here ("Do they have my size?"). */
  public TouchpointBuilder thinking(String thinking) {
    if (!misuses.isNull(thinking, "thinking(null)")) {
      this.thinking = thinking;
    }
    return this;
  }

  /** What the customer feels here, in words ("Annoyed by the surprise cost"). */
  public TouchpointBuilder feeling(String feeling) {
    if (!misuses.isNull(feeling, "feeling(null)")) {
      this.feeling = feeling;
    }
    return this;
  }

  /** The emotion experienced, from −2 (very negative) to +2 (very positive). */
  public TouchpointBuilder emotion(double score) {
    this.emotion = new EmotionSpec(score, null);
    return this;
  }

  /** The emotion experienced, with a word for it ("frustrated"). */
  public TouchpointBuilder emotion(double score, String word) {
    if (!misuses.isNull(word, "emotion(score, null)")) {
      this.emotion = new EmotionSpec(score, word);
    }
    return this;
  }

  /** The emotion experienced. */
  public TouchpointBuilder emotion(Emotion emotion) {
    if (!misuses.isNull(emotion, "emotion(null)")) {
      this.emotion = EmotionSpec.of(emotion);
    }
    return this;
  }

  /** No emotion recorded here (for a derived journey). */
  public TouchpointBuilder clearEmotion() {
    this.emotion = null;
    return this;
  }

  /** The emotion the customer expected, from −2 to +2. */
  public TouchpointBuilder expectedEmotion(double score) {
    this.expectedEmotion = new EmotionSpec(score, null);
    return this;
  }

  /** The emotion the customer expected, with a word for it. */
  public TouchpointBuilder expectedEmotion(double score, String word) {
    if (!misuses.isNull(word, "expectedEmotion(score, null)")) {
      this.expectedEmotion = new EmotionSpec(score, word);
    }
    return this;
  }

  /** The emotion the customer expected. */
  public TouchpointBuilder expectedEmotion(Emotion emotion) {
    if (!misuses.isNull(emotion, "expectedEmotion(null)")) {
      this.expectedEmotion = EmotionSpec.of(emotion);
    }
    return this;
  }

  /** No expected emotion recorded here. */
  public TouchpointBuilder clearExpectedEmotion() {
    this.expectedEmotion = null;
    return this;
  }

  /** Adds a barrier met at this touchpoint, with {@link Severity#MEDIUM}. */
  public TouchpointBuilder barrier(String description) {
    barriers.add(new BarrierBuilder(description));
    return this;
  }

  /** Adds a barrier met at this touchpoint, described further by {@code barrier}. */
  public TouchpointBuilder barrier(String description, Consumer<BarrierBuilder> barrier) {
    BarrierBuilder added = barriers.add(new BarrierBuilder(description));
    added.misuses.configure(added, barrier, "barrier(…, null)");
    return this;
  }

  /** Changes the barrier with this id. */
  public TouchpointBuilder editBarrier(String id, Consumer<BarrierBuilder> barrier) {
    barriers.edit(id, barrier, misuses, IdMatch.call("editBarrier", id));
    return this;
  }

  /** Removes the barrier with this id (opportunities must no longer address it). */
  public TouchpointBuilder removeBarrier(String id) {
    barriers.remove(id, misuses, IdMatch.call("removeBarrier", id));
    return this;
  }

  /** Adds an opportunity found at this touchpoint. */
  public TouchpointBuilder opportunity(String description) {
    opportunities.add(new OpportunityBuilder(description));
    return this;
  }

  /** Adds an opportunity found at this touchpoint, described further by {@code opportunity}. */
  public TouchpointBuilder opportunity(
      String description, Consumer<OpportunityBuilder> opportunity) {
    OpportunityBuilder added = opportunities.add(new OpportunityBuilder(description));
    added.misuses.configure(added, opportunity, "opportunity(…, null)");
    return this;
  }

  /** Changes the opportunity with this id. */
  public TouchpointBuilder editOpportunity(String id, Consumer<OpportunityBuilder> opportunity) {
    opportunities.edit(id, opportunity, misuses, IdMatch.call("editOpportunity", id));
    return this;
  }

  /** Removes the opportunity with this id. */
  public TouchpointBuilder removeOpportunity(String id) {
    opportunities.remove(id, misuses, IdMatch.call("removeOpportunity", id));
    return this;
  }

  /**
   * Makes the touchpoint optional: the plan lets the customer skip it, so an observed journey
   * without it is not missing a step.
   */
  public TouchpointBuilder optional() {
    this.optional = true;
    return this;
  }

  /**
   * Makes the touchpoint one of the alternatives of the group {@code group} ("entry"): the customer
   * is expected to meet one touchpoint of the group, not each. A group has two or more touchpoints,
   * next to each other in one stage; {@link StageBuilder#oneOf} adds them together.
   */
  public TouchpointBuilder oneOf(String group) {
    if (!misuses.isNull(group, "oneOf(null)")) {
      this.oneOf = group;
    }
    return this;
  }

  /** Makes the touchpoint required again: neither optional nor one of a group (the default). */
  public TouchpointBuilder required() {
    this.optional = false;
    this.oneOf = null;
    return this;
  }

  boolean isOptional() {
    return optional;
  }

  @Nullable String oneOfGroup() {
    return oneOf;
  }

  @Nullable String currentName() {
    return name;
  }

  @Nullable String currentId() {
    return derivedId.of(id, name);
  }

  ElementList<BarrierBuilder> barriers() {
    return barriers;
  }

  ElementList<OpportunityBuilder> opportunities() {
    return opportunities;
  }

  void check(BuildContext context, String path) {
    misuses.report(context, path);
    context.resolveId(this, ElementKind.TOUCHPOINT, id, name, path);
    context.requiredText(BuildContext.at(path, "name"), name, "touchpoint name");
    if (channelName != null) {
      context.requiredText(BuildContext.at(path, "channel"), channelName, "channel name");
    } else if (channel != null) {
      context.requiredText(BuildContext.at(path, "channel"), channel.name(), "channel name");
    }
    context.optionalText(BuildContext.at(path, "owner"), owner, "owner");
    context.texts(BuildContext.at(path, "actors"), actors, "actor");
    context.optionalText(BuildContext.at(path, "doing"), doing, "doing");
    context.optionalText(BuildContext.at(path, "thinking"), thinking, "thinking");
    context.optionalText(BuildContext.at(path, "feeling"), feeling, "feeling");
    if (emotion != null) {
      emotion.check(context, BuildContext.at(path, "emotion"));
    }
    if (expectedEmotion != null) {
      expectedEmotion.check(context, BuildContext.at(path, "expectedEmotion"));
    }
    for (int i = 0; i < barriers.size(); i++) {
      barriers.get(i).check(context, BuildContext.at(path, "barriers[" + i + "]"));
    }
    for (int i = 0; i < opportunities.size(); i++) {
      opportunities.get(i).check(context, BuildContext.at(path, "opportunities[" + i + "]"));
    }
  }

  Touchpoint toModel(BuildContext context) {
    ImmutableTouchpoint.Builder touchpoint =
        ImmutableTouchpoint.builder()
            .id(context.idOf(this))
            .name(Checked.present(name))
            .channel(
                channelName != null
                    ? Optional.of(Channel.of(channelName))
                    : Optional.ofNullable(channel))
            .owner(Optional.ofNullable(owner))
            .actors(actors)
            .doing(Optional.ofNullable(doing))
            .thinking(Optional.ofNullable(thinking))
            .feeling(Optional.ofNullable(feeling))
            .emotion(Optional.ofNullable(emotion).map(EmotionSpec::toModel))
            .expectedEmotion(Optional.ofNullable(expectedEmotion).map(EmotionSpec::toModel))
            .optional(optional)
            .oneOf(Optional.ofNullable(oneOf));
    barriers.forEach(b -> touchpoint.addBarriers(b.toModel(context)));
    opportunities.forEach(o -> touchpoint.addOpportunities(o.toModel(context)));
    return touchpoint.build();
  }
}
