package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.analysis.Priority;

/** A map check as the panel lists it: what the map itself lacks, and how urgent it is. */
public record MapCheckNote(Priority priority, String message) {}
