package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.analysis.Priority;
import java.util.Optional;

/**
 * A pain point as the map shows it: its rank (1 = fix first) and priority, the id of the touchpoint
 * or stage whose card carries its marker (empty for the journey as a whole, which only the panel
 * lists), the name people know it by, the name of its stage when it is a touchpoint, and its
 * one-line summary.
 */
public record PainPointNote(
    int rank,
    Priority priority,
    String subjectId,
    String name,
    Optional<String> stageOfTouchpoint,
    String summary) {}
