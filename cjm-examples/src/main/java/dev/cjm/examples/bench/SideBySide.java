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
 */
public final class SideBySide {
  private static final String PACKAGE = "dev.cjm.";
  private static final List<String> MODULES = List.of("cjm-examples", "cjm-render-svg", "cjm-core");

  private SideBySide() {}

  /**
   * Runs the comparison the arguments describe and prints its line; the arguments may come as one
   * string, as {@code exec:exec@compare} passes them.
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    System.out.println(compare(Benchmarks.words(args).toArray(new String[0])));
  }

  /** The comparison the arguments describe, as the line {@link #main} prints. */
  static String compare(String[] args) throws ReflectiveOperationException {
    if (args.length < 4 || args.length > 7) {
      throw new IllegalArgumentException(
          "expected: before-root after-root size benchmark [rounds] [round-ms] [warm-up-rounds],"
              + " e.g. ../cjm-before . 7x20 analyze; got "
              + Arrays.toString(args));
    }
    String size = args[2];
    String benchmark = args[3];
    int rounds = args.length > 4 ? positive(args[4], "rounds") : 16;
    long roundNanos = (args.length > 5 ? positive(args[5], "round-ms") : 500) * 1_000_000L;
    int warmUp = args.length > 6 ? positive(args[6], "warm-up-rounds") : 12;
    Side before = new Side(Path.of(args[0]), size, benchmark);
    Side after = new Side(Path.of(args[1]), size, benchmark);
    for (int i = 0; i < warmUp; i++) {
      before.microsPerOp(2 * roundNanos);
      after.microsPerOp(2 * roundNanos);
    }
    double[] beforeTimes = new double[rounds];
    double[] afterTimes = new double[rounds];
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 0) { // each goes first every other round
        beforeTimes[i] = before.microsPerOp(roundNanos);
        afterTimes[i] = after.microsPerOp(roundNanos);
      } else {
        afterTimes[i] = after.microsPerOp(roundNanos);
        beforeTimes[i] = before.microsPerOp(roundNanos);
      }
      ratios[i] = afterTimes[i] / beforeTimes[i];
    }
    Arrays.sort(beforeTimes);
    Arrays.sort(afterTimes);
    Arrays.sort(ratios);
    return String.format(
        Locale.ROOT,
        "%s %s: before %.1f µs (fastest %.1f), after %.1f µs (fastest %.1f);"
            + " after/before %.2f (%.2f to %.2f) over %d rounds",
        benchmark,
        size,
        median(beforeTimes),
        beforeTimes[0],
        median(afterTimes),
        afterTimes[0],
        median(ratios),
        ratios[0],
        ratios[rounds - 1],
        rounds);
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

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** One build's {@link CjmBenchmark}, set up for one size, and the method to time. */
  private static final class Side {
    private final Object benchmark;
    private final Method method;

    Side(Path root, String size, String name) throws ReflectiveOperationException {
      ClassLoader loader = new BuildLoader(classDirectories(root));
      Class<?> type = loader.loadClass(CjmBenchmark.class.getName());
      if (type == CjmBenchmark.class) {
        throw new IllegalStateException("the benchmark of " + root + " was not loaded apart");
      }
      this.benchmark = type.getConstructor().newInstance();
      type.getField("size").set(benchmark, size);
      type.getMethod("setUp").invoke(benchmark);
      this.method = type.getMethod(name);
    }

    /** Runs the method for {@code budgetNanos} at least; the mean microseconds per call. */
    double microsPerOp(long budgetNanos) {
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

    private static URL[] classDirectories(Path root) {
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
  private static final class BuildLoader extends URLClassLoader {
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
