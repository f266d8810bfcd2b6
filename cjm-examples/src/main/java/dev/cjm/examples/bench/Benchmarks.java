package dev.cjm.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks (every one in the module unless a pattern selects some) and prints JMH's
 * table, then a summary (see {@link Summary}): median time and allocation per operation and size,
 * and the growth of the time per touchpoint; arguments are JMH's own ({@code -f 1 -wi 3 -i 5 -p
 * size=7x20 render}), and may come as one string, as {@code exec:exec@bench} passes them.
 */
public final class Benchmarks {
  private Benchmarks() {}

  /** Runs the benchmarks selected by the JMH arguments. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    List<String> options = words(args);
    Collection<RunResult> results =
        new Runner(new CommandLineOptions(options.toArray(new String[0]))).run();
    System.out.println();
    System.out.print(Summary.table(Summary.rows(results)));
  }

  /**
   * The words of the arguments, which may come as one string (as {@code exec:exec} passes a
   * property) or as many.
   */
  static List<String> words(String... args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      for (String word : arg.trim().split("\\s+", -1)) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words;
  }
}
