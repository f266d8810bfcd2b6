package dev.cjm.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The small-heap harness, for the tests of every module that check an operation at the documented
 * limits ends in a heap of 256 MB. A class of scenarios (a {@code main} calling {@link #main(Map,
 * String[])}) holds the operations; its test calls {@link #run(Class, String)}, which starts one
 * scenario in a JVM of its own with {@code -Xmx256m} and fails unless it ended well. The scenario
 * prepares its input untimed, times each operation with a {@link Clock}, and prints one line:
 *
 * <pre>{@code
 * OK analyse: peak heap 92 MB; long texts 310 ms; most texts 2,412 ms
 * }</pre>
 *
 * <p>The peak heap is the most heap in use seen by a thread sampling every millisecond over the
 * whole scenario, input included; garbage not yet collected counts, and between samples the heap
 * may have been higher. There are no timing assertions: the times are for the README's limits
 * table, read off by hand.
 */
public final class SmallHeap {
  /** The heap the scenarios run in. */
  public static final String MAX_HEAP = "-Xmx256m";

  /** The most heap in use seen so far. */
  private static volatile long peakHeap;

  private SmallHeap() {}

  /** One scenario: prepares its input, then runs and times its operations with the clock. */
  @FunctionalInterface
  public interface Scenario {
    /** Runs the scenario, throwing (or failing a check) if an operation did not do its part. */
    void run(Clock clock) throws Exception;
  }

  /** An operation that returns nothing. */
  @FunctionalInterface
  public interface Action {
    /** Does it. */
    void run() throws Exception;
  }

  /**
   * Runs the scenario {@code scenario} of the class {@code scenarios} (whose {@code main} takes its
   * name) in a JVM of its own with {@link #MAX_HEAP} and this JVM's class path, waits at most 5
   * minutes, and returns the line it printed; fails unless it printed {@code OK scenario: …} and
   * ended with status 0 (an {@code OutOfMemoryError} ends it with another).
   */
  public static String run(Class<?> scenarios, String scenario) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(MAX_HEAP);
    command.add("-cp");
    command.add(testClassPath());
    command.add(scenarios.getName());
    command.add(scenario);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      boolean ended = process.waitFor(5, TimeUnit.MINUTES);
      if (!ended) {
        process.destroyForcibly();
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(ended).as("%s ended within 5 minutes", scenario).isTrue();
      assertThat(output).as("output of %s", scenario).startsWith("OK " + scenario + ": ");
      assertThat(process.exitValue()).as("exit status of %s", scenario).isZero();
      return output.strip();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the JVM of " + scenario, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + scenario, e);
    }
  }

  /**
   * The {@code main} of a class of scenarios: runs the one named by {@code args[0]} while sampling
   * the heap, and prints its {@code OK} line with the peak heap and the time of each operation.
   */
  public static void main(Map<String, Scenario> scenarios, String[] args) throws Exception {
    String name = args[0];
    Scenario scenario = scenarios.get(name);
    if (scenario == null) {
      throw new IllegalArgumentException("no scenario " + name + "; expected one of " + scenarios);
    }
    Thread sampler = new Thread(SmallHeap::sampleHeap, "heap sampler");
    sampler.setDaemon(true);
    sampler.start();
    Clock clock = new Clock();
    scenario.run(clock);
    System.out.printf(
        Locale.ROOT,
        "OK %s: peak heap %d MB; %s%n",
        name,
        peakHeap >> 20,
        String.join("; ", clock.laps));
  }

  /** Checks what a scenario expects, failing it if not so. */
  public static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("not so: " + what);
    }
  }

  /** Times the operations of one scenario and notes what they produced, for its {@code OK} line. */
  public static final class Clock {
    private final List<String> laps = new ArrayList<>();

    private Clock() {}

    /** Runs {@code operation}, notes its time under {@code what}, and returns its result. */
    public <T> T time(String what, Callable<T> operation) throws Exception {
      long start = System.nanoTime();
      T result = operation.call();
      lap(what, start);
      return result;
    }

    /** Runs {@code operation} and notes its time under {@code what}. */
    public void timeAction(String what, Action operation) throws Exception {
      long start = System.nanoTime();
      operation.run();
      lap(what, start);
    }

    /**
     * Runs {@code operation}, which should be refused just over a limit: fails unless it throws a
     * {@code type} whose message names {@code limit}, and notes the time it took to refuse.
     */
    public void refused(
        String what, Class<? extends Exception> type, String limit, Action operation) {
      long start = System.nanoTime();
      try {
        operation.run();
      } catch (Exception e) {
        check(type.isInstance(e), what + ": " + type.getSimpleName() + ", not " + e);
        check(String.valueOf(e.getMessage()).contains(limit), what + ": names " + limit + ": " + e);
        lap(what + " (refused)", start);
        return;
      }
      throw new AssertionError("not so: " + what + " refused with " + type.getSimpleName());
    }

    /** Notes a figure of the scenario, such as the size of what an operation wrote. */
    public void note(String figure) {
      laps.add(figure);
    }

    private void lap(String what, long start) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      laps.add(String.format(Locale.ROOT, "%s %,d ms", what, millis));
    }
  }

  /** A writer that counts what it is given and keeps nothing: an output of any size, not held. */
  public static final class Counting extends Writer {
    private long count;

    /** The characters written so far. */
    public long count() {
      return count;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      count += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** The class path of the tests: surefire may put a module on the module path, the rest not. */
  private static String testClassPath() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.add(value);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Samples the heap in use every millisecond, keeping the most seen. */
  private static void sampleHeap() {
    Runtime runtime = Runtime.getRuntime();
    while (true) {
      peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
