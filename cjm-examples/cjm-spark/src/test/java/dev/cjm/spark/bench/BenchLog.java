package dev.cjm.spark.bench;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.EventLogGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' event log: the click-and-collect journey's generated log as a CSV file, and the
 * same log split at case boundaries into parts, one per thread.
 */
final class BenchLog {
  static final Journey PLAN = ClickAndCollect.journey();
  static final String PLAN_NAME = "click-and-collect";

  /** The single-JVM import of the generated log, streamed (its rows come sorted by case). */
  static final EventLog IMPORT =
      EventLog.builder()
          .outcome("outcome")
          .emotion("score", -3, 3)
          .channel("channel")
          .sortedByCase()
          .build();

  private BenchLog() {}

  /** Writes {@code cases} generated cases to {@code log.csv} in {@code folder}; prints the size. */
  static Path write(Path folder, int cases) throws IOException {
    StringBuilder csv = new StringBuilder();
    long events =
        new EventLogGenerator(PLAN, 0.15, 0.08, 0.10, 0.05).write(ClickAndCollect.SEED, cases, csv);
    Path file = folder.resolve("log.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    System.out.printf(
        "%n%,d cases, %,d events, %,d bytes in %s%n", cases, events, csv.length(), file);
    return file;
  }

  /** Splits {@code file} into {@code parts} files of whole cases, each with the header. */
  static List<Path> split(Path file, int parts) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String header = lines.get(0);
    List<Path> files = new ArrayList<>();
    int from = 1;
    for (int part = 1; part <= parts; part++) {
      int to = part == parts ? lines.size() : caseBoundary(lines, lines.size() * part / parts);
      List<String> rows = new ArrayList<>();
      rows.add(header);
      rows.addAll(lines.subList(from, to));
      Path partFile = file.resolveSibling("part-" + part + "-of-" + parts + ".csv");
      Files.write(partFile, rows, StandardCharsets.UTF_8);
      files.add(partFile);
      from = to;
    }
    return files;
  }

  /** The first line at or after {@code line} that starts another case than the line before. */
  private static int caseBoundary(List<String> lines, int line) {
    int at = Math.max(line, 2);
    while (at < lines.size() && caseId(lines.get(at)).equals(caseId(lines.get(at - 1)))) {
      at++;
    }
    return at;
  }

  private static String caseId(String line) {
    return line.substring(0, line.indexOf(','));
  }

  /** One thread's work: the monitor of one file. */
  static JourneyMonitor monitor(Path file) {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        EventLog.Cases cases = IMPORT.read(PLAN, reader)) {
      cases.forEachRemaining(monitor::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return monitor;
  }
}
