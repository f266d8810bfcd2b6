package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.render.svg.internal.text.Font;
import org.jspecify.annotations.Nullable;

/**
 * Lines of text, already wrapped: the first baseline at {@code (x, y)}, the next ones a line height
 * below, each anchored at {@code x}.
 *
 * <p>{@code area} is the box the lines were fitted into (the text must stay inside it); {@code
 * surface} is the class of what the text is drawn on, so its contrast can be checked. A {@code
 * tooltip} carries the full text when the lines were cut short.
 */
public record Text(
    ImmutableList<String> lines,
    double x,
    double y,
    Font font,
    Anchor anchor,
    String cssClass,
    Box area,
    String surface,
    @Nullable String tooltip)
    implements Node {}
