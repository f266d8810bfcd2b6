/**
 * Journeys as JSON and YAML documents, lossless and versioned, for applications that store journeys
 * and teams that keep them in files: {@link dev.cjm.core.json.JourneyJson} and {@link
 * dev.cjm.core.json.JourneyYaml} read and write journeys, {@link
 * dev.cjm.core.json.ObservedJourneyJson} observed journeys, {@link
 * dev.cjm.core.json.ObservedSummaryJson} a journey monitor's observed summaries, and {@link
 * dev.cjm.core.json.ReportJson} writes gap reports, diffs and deviation summaries for dashboards.
 *
 * <pre>{@code
 * String json = JourneyJson.format(journey);     // "cjmFormat": 1, then every field
 * Journey same = JourneyJson.parse(json);        // equals journey
 * Journey edited = JourneyYaml.parse(Files.newBufferedReader(path));
 *                                                // or InvalidDocumentException: every problem,
 *                                                // each with its JSON pointer, line and column
 * }</pre>
 *
 * <p>Jackson is an optional dependency of cjm-core: add {@code com.fasterxml.jackson.core:
 * jackson-core} for JSON, and {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} for
 * YAML. The rest of cjm never loads this package. JSON Schemas (draft 2020-12) for every document
 * are in the jar beside these classes ({@code dev/cjm/core/json/journey.schema.json} and others).
 */
@NullMarked
@CjmStyle
package dev.cjm.core.json;

import dev.cjm.core.internal.CjmStyle;
import org.jspecify.annotations.NullMarked;
