package dev.cjm.examples.bench;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.examples.ClickAndCollect;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The heap that importing and aggregating an event log needs, for developers who check that it
 * stays flat in the number of cases: for each number of cases given, writes the generated log of
 * {@link EventLogBenchmark} to a temporary file, reads it once as the benchmark does, and prints
 * the events, the time, and the heap: the most used at any moment (each heap pool's peak, added
 * up), and what is left after a full collection at the end (the monitor). Run it with a small fixed
 * heap, which the work must fit whatever the size of the log:
 *
 * <pre>{@code
 * java -Xms32m -Xmx32m -cp ... dev.cjm.examples.bench.EventLogHeap 213000 2130000
 * }</pre>
 *
 * <p>One run of each, after one warm-up run of the first size: a figure of the heap, not of speed
 * (that is {@link EventLogBenchmark}'s).
 */
public final class EventLogHeap {
  private EventLogHeap() {}

  /** Measures each number of cases in {@code args} (213000 and 2130000 if none). */
  public static void main(String[] args) throws IOException {
    List<String> sizes = args.length == 0 ? List.of("213000", "2130000") : List.of(args);
    Journey journey = ClickAndCollect.journey();
    run(journey, Integer.parseInt(sizes.get(0)), false); // warm-up
    for (String size : sizes) {
      run(journey, Integer.parseInt(size), true);
    }
  }

  private static void run(Journey journey, int cases, boolean print) throws IOException {
    Path file = Files.createTempFile("cjm-event-log-", ".csv");
    try {
      long events;
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        events = EventLogBenchmark.generator(journey).write(ClickAndCollect.SEED, cases, out);
      }
      System.gc();
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      JourneyMonitor monitor = JourneyMonitor.of(journey);
      EventLog log = EventLogBenchmark.importer();
      try (EventLog.Cases observed =
          log.read(journey, Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
        observed.forEachRemaining(monitor::add);
      }
      long nanos = System.nanoTime() - start;
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      System.gc();
      long after = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
      if (print) {
        System.out.printf(
            Locale.ROOT,
            "%,d cases, %,d events: %.2f s, %,.0f events/s; heap peak %.1f MB, after a full"
                + " collection %.1f MB (max heap %.0f MB); %d cases in the monitor%n",
            cases,
            events,
            nanos / 1e9,
            events / (nanos / 1e9),
            peak / 1e6,
            after / 1e6,
            Runtime.getRuntime().maxMemory() / 1e6,
            monitor.cases());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
