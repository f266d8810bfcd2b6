package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.analysis.FindingSeverity;

/**
 * A remark to show on the map about one stage, touchpoint, barrier or opportunity: how serious it
 * is, the id of what it is about, and the message. Gap-analysis findings become annotations: the
 * subject carries a marker and the findings panel lists them, most severe first.
 */
public record Annotation(FindingSeverity severity, String subjectId, String message) {}
