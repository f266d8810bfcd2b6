/**
 * The cjm command line, for people who keep journeys in files (JSON, YAML or Mermaid) and want
 * their maps, gap reports and CI checks without writing Java: {@link dev.cjm.examples.cli.Cjm} with
 * the commands {@code render}, {@code analyze}, {@code check} and {@code mermaid}.
 *
 * <pre>{@code
 * ./mvnw -q test-compile exec:java@cli -Dexec.args="render journey.yaml --report -o map.svg"
 * ./mvnw -q test-compile exec:java@cli -Dexec.args="check journey.yaml --max-priority high"
 * }</pre>
 *
 * <p>Exit status: 0 when the command did its work (and {@code check} found nothing above its
 * threshold), 1 when {@code check} found a pain point above it, 2 on bad input or a bad command
 * line (the message names the file, line and column), 3 on a bug in cjm.
 */
@NullMarked
package dev.cjm.examples.cli;

import org.jspecify.annotations.NullMarked;
