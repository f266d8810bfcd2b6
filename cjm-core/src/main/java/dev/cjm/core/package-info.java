/**
 * The customer journey model and the fluent DSL that builds it: a {@link dev.cjm.core.Journey} seen
 * through one {@link dev.cjm.core.Persona}'s eyes, its {@link dev.cjm.core.Stage}s and {@link
 * dev.cjm.core.Touchpoint}s, the {@link dev.cjm.core.Emotion}s felt there, the {@link
 * dev.cjm.core.Barrier}s met and the {@link dev.cjm.core.Opportunity}s that remove them.
 *
 * <pre>{@code
 * Journey journey = Journey.builder("Buying running shoes online")
 *     .persona("Anna", p -> p.goal("Find shoes that fit without visiting a store"))
 *     .stage("Purchase", s -> s
 *         .touchpoint("Checkout", t -> t.channel(Channel.WEB).emotion(-2).expectedEmotion(1)))
 *     .build();   // a valid journey, or InvalidJourneyException listing every problem
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; every built journey is valid.
 */
@NullMarked
@CjmStyle
package dev.cjm.core;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
