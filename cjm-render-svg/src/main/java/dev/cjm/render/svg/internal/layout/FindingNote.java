package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.analysis.FindingSeverity;

/**
 * One finding as the optional full list of the panel shows it: its severity, the name of what it is
 * about, and its message.
 */
public record FindingNote(FindingSeverity severity, String subject, String message) {}
