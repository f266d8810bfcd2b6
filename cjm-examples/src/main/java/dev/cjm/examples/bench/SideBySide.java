package dev.cjm.examples.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares one benchmark of two builds of cjm in one JVM, for hosts too noisy for two separate JMH
 * runs to be compared: both builds' classes are loaded side by side (a class loader each), each
 * runs the same {@link CjmBenchmark} method for a while in turn, and what is reported is the median
 * of the ratios of the rounds, which the host's changes of speed affect alike.
 *
 * <p>Arguments: the root of the build before (a checkout where {@code ./mvnw -DskipTests package}
 * has run), the root of the build after, the size ({@code 7x20}), the benchmark method ({@code
 * analyze}), and optionally the number of measured rounds (16), the milliseconds of each (500) and
 * the warm-up rounds (12, of twice that each). Prints one line:
 *
 * <pre>{@code
 * analyze 7x20: before 215.8 µs (fastest 140.5), after 147.8 µs (fastest 85.3); after/before 0.68 (0.48 to 0.85) over 16 rounds
 * }</pre>
 *
 * <p>With {@code growth} before the arguments, it compares two sizes of one build the same way
 * ({@link #growth}), for the growth of the time per touchpoint that one JMH run on such a host
 * cannot settle.
 */
public final class SideBySide {
  private static final String PACKAGE = "dev.cjm.";
  private static final List<String> MODULES = List.of("cjm-examples", "cjm-render-svg", "cjm-core");

  private SideBySide() {}

  /**
   * Runs the comparison the arguments describe and prints its line; the arguments may come as one
   * string, as {@code exec:exec@compare} passes them. With {@code growth} first, compares two sizes
   * of one build instead ({@link #growth}).
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    System.out.println(run(args));
  }

  /** The line {@link #main} prints for these arguments. */
  static String run(String... args) throws ReflectiveOperationException {
    String[] words = Benchmarks.words(args).toArray(new String[0]);
    return words.length > 0 && words[0].equals("growth")
        ? growth(Arrays.copyOfRange(words, 1, words.length))
        : compare(words);
  }

  /** The comparison the arguments describe, as the line {@link #main} prints. */
  static String compare(String[] args) throws ReflectiveOperationException {
    checkArguments(
        args,
        "before-root after-root size benchmark [rounds] [round-ms] [warm-up-rounds],"
            + " e.g. ../cjm-before . 7x20 analyze");
    String size = args[2];
    String benchmark = args[3];
    Budget budget = Budget.from(args, 4, new Budget(16, 500, 12));
    Rounds rounds =
        Rounds.run(
            new Side(Path.of(args[0]), size, benchmark),
            new Side(Path.of(args[1]), size, benchmark),
            budget);
    return compareLine(benchmark, size, rounds);
  }

  /** The line of a comparison of two builds. */
  static String compareLine(String benchmark, String size, Rounds rounds) {
    return String.format(
        Locale.ROOT,
        "%s %s: before %.1f µs (fastest %.1f), after %.1f µs (fastest %.1f);"
            + " after/before %.2f (%.2f to %.2f) over %d rounds",
        benchmark,
        size,
        median(rounds.first),
        rounds.first[0],
        median(rounds.second),
        rounds.second[0],
        median(rounds.ratios),
        rounds.ratios[0],
        rounds.ratios[rounds.ratios.length - 1],
        rounds.ratios.length);
  }

  /**
   * How the time per touchpoint of one benchmark grows from a small size to a large one, in one
   * build, as {@link #main} prints it after {@code growth}: the two sizes are set up in class
   * loaders of their own (as in JMH's forks) and run in turn, so that the host's changes of speed
   * affect both alike, and the figure is the median over the rounds of the large size's time per
   * touchpoint over the small one's. Arguments: the build's root, the small size, the large size,
   * the benchmark method, and optionally the rounds (8), the milliseconds of each (2,000) and the
   * warm-up rounds (4).
   */
  static String growth(String[] args) throws ReflectiveOperationException {
    checkArguments(
        args,
        "growth root small-size large-size benchmark [rounds] [round-ms] [warm-up-rounds],"
            + " e.g. growth . 7x20 100x100 analyze");
    Path root = Path.of(args[0]);
    String benchmark = args[3];
    touchpoints(args[1]); // checks both sizes before anything is loaded
    touchpoints(args[2]);
    Budget budget = Budget.from(args, 4, new Budget(8, 2000, 4));
    Rounds rounds =
        Rounds.run(new Side(root, args[1], benchmark), new Side(root, args[2], benchmark), budget);
    return growthLine(benchmark, args[1], args[2], rounds);
  }

  /**
   * The line of a comparison of two sizes: the times per touchpoint, and the ratios of the rounds
   * scaled from per call to per touchpoint.
   */
  static String growthLine(String benchmark, String smallSize, String largeSize, Rounds rounds) {
    int small = touchpoints(smallSize);
    int large = touchpoints(largeSize);
    double scale = (double) small / large;
    return String.format(
        Locale.ROOT,
        "%s %s → %s: %.3f µs → %.3f µs per touchpoint (fastest %.3f → %.3f);"
            + " growth per touchpoint %.2f× (%.2f to %.2f) over %d rounds",
        benchmark,
        smallSize,
        largeSize,
        median(rounds.first) / small,
        median(rounds.second) / large,
        rounds.first[0] / small,
        rounds.second[0] / large,
        median(rounds.ratios) * scale,
        rounds.ratios[0] * scale,
        rounds.ratios[rounds.ratios.length - 1] * scale,
        rounds.ratios.length);
  }

  /** Four arguments and up to three optional ones, or an error that shows {@code usage}. */
  private static void checkArguments(String[] args, String usage) {
    if (args.length < 4 || args.length > 7) {
      throw new IllegalArgumentException("expected: " + usage + "; got " + Arrays.toString(args));
    }
  }

  /** The touchpoints of a size: {@code 7x20} has 140. */
  static int touchpoints(String size) {
    String[] parts = size.split("x", -1);
    if (parts.length == 2) {
      try {
        return positive(parts[0], "stages") * positive(parts[1], "touchpoints per stage");
      } catch (IllegalArgumentException e) {
        // said below
      }
    }
    throw new IllegalArgumentException(
        "size is " + size + "; expected stages x touchpoints per stage, e.g. 7x20");
  }

  /**
   * How many rounds, of how many milliseconds each, after how many warm-up rounds of twice that.
   */
  record Budget(int rounds, int roundMillis, int warmUpRounds) {
    /**
     * The budget the optional arguments from {@code from} on give (rounds, round-ms,
     * warm-up-rounds), {@code defaults} where they are not given.
     */
    static Budget from(String[] args, int from, Budget defaults) {
      return new Budget(
          args.length > from ? positive(args[from], "rounds") : defaults.rounds(),
          args.length > from + 1 ? positive(args[from + 1], "round-ms") : defaults.roundMillis(),
          args.length > from + 2
              ? positive(args[from + 2], "warm-up-rounds")
              : defaults.warmUpRounds());
    }
  }

  /** Something timed in rounds: one build's benchmark at one size. */
  interface Timed {
    /** Runs for {@code budgetNanos} at least; the mean microseconds per call. */
    double microsPerOp(long budgetNanos);
  }

  /**
   * The times of two sides over the measured rounds, each sorted, and the ratios of the second to
   * the first, round by round, sorted.
   */
  static final class Rounds {
    final double[] first;
    final double[] second;
    final double[] ratios;

    Rounds(double[] first, double[] second, double[] ratios) {
      this.first = first;
      this.second = second;
      this.ratios = ratios;
    }

    /** Warms both up, then runs them in turn, each going first every other round. */
    static Rounds run(Timed first, Timed second, Budget budget) {
      long roundNanos = budget.roundMillis() * 1_000_000L;
      for (int i = 0; i < budget.warmUpRounds(); i++) {
        first.microsPerOp(2 * roundNanos);
        second.microsPerOp(2 * roundNanos);
      }
      int rounds = budget.rounds();
      double[] firstTimes = new double[rounds];
      double[] secondTimes = new double[rounds];
      double[] ratios = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        if (i % 2 == 0) { // each goes first every other round
          firstTimes[i] = first.microsPerOp(roundNanos);
          secondTimes[i] = second.microsPerOp(roundNanos);
        } else {
          secondTimes[i] = second.microsPerOp(roundNanos);
          firstTimes[i] = first.microsPerOp(roundNanos);
        }
        ratios[i] = secondTimes[i] / firstTimes[i];
      }
      Arrays.sort(firstTimes);
      Arrays.sort(secondTimes);
      Arrays.sort(ratios);
      return new Rounds(firstTimes, secondTimes, ratios);
    }
  }

  private static int positive(String text, String name) {
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(name + " is " + text + "; expected a positive whole number");
  }

  /** The median of sorted values: the middle one, or the mean of the two in the middle. */
  static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * One build's benchmark, set up for one size, and the method to time: a {@link CjmBenchmark}
   * method ({@code analyze}, sized {@code 7x20}), or an {@link EventLogBenchmark} one named with
   * its class ({@code EventLogBenchmark.importAndAggregate}, sized by its cases, {@code 213000}).
   */
  static final class Side implements Timed {
    private static final String EVENT_LOG = EventLogBenchmark.class.getSimpleName() + ".";

    private final Object benchmark;
    private final Method method;

    Side(Path root, String size, String name) throws ReflectiveOperationException {
      ClassLoader loader = new BuildLoader(classDirectories(root));
      boolean eventLog = name.startsWith(EVENT_LOG);
      Class<?> type =
          loader.loadClass((eventLog ? EventLogBenchmark.class : CjmBenchmark.class).getName());
      if (type == CjmBenchmark.class || type == EventLogBenchmark.class) {
        throw new IllegalStateException("the benchmark of " + root + " was not loaded apart");
      }
      this.benchmark = type.getConstructor().newInstance();
      if (eventLog) {
        type.getField("cases").setInt(benchmark, positive(size, "cases"));
      } else {
        type.getField("size").set(benchmark, size);
      }
      type.getMethod("setUp").invoke(benchmark);
      this.method = type.getMethod(eventLog ? name.substring(EVENT_LOG.length()) : name);
    }

    @Override
    public double microsPerOp(long budgetNanos) {
      long start = System.nanoTime();
      long now;
      int calls = 0;
      do {
        try {
          method.invoke(benchmark);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("benchmark " + method.getName() + " failed", e);
        }
        calls++;
        now = System.nanoTime();
      } while (now - start < budgetNanos);
      return (now - start) / 1e3 / calls;
    }

    /** The class directories of the build at {@code root}, one per module. */
    static URL[] classDirectories(Path root) {
      List<URL> urls = new ArrayList<>();
      for (String module : MODULES) {
        Path classes = root.resolve(module).resolve("target").resolve("classes");
        if (!Files.isDirectory(classes)) {
          throw new IllegalArgumentException(
              classes + " is missing; expected a build: ./mvnw -q -DskipTests package in " + root);
        }
        try {
          urls.add(classes.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException("no URL for " + classes, e);
        }
      }
      return urls.toArray(new URL[0]);
    }
  }

  /**
   * Loads cjm's own classes from one build's directories, before asking its parent (which has this
   * build's on its class path too); everything else (Guava, JMH) from the parent, shared.
   */
  static final class BuildLoader extends URLClassLoader {
    BuildLoader(URL[] urls) {
      super(urls, SideBySide.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = findClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
