package dev.cjm.examples.bench;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The table the benchmark command prints after JMH's own: per operation and size, the median time
 * of the measured iterations and, with {@code -prof gc}, the bytes allocated per operation; and how
 * the time per touchpoint grows from 7 × 20 to 100 × 100, which issue #8 wants at most 1.5, from
 * the medians and from the fastest iterations.
 */
final class Summary {
  /** One benchmark at one size: its iteration scores (µs/op) and allocation (bytes/op), if any. */
  record Row(String operation, String size, List<Double> scores, OptionalDouble allocated) {
    Row {
      scores = ImmutableList.copyOf(scores);
    }

    double median() {
      List<Double> sorted = new ArrayList<>(scores);
      sorted.sort(null);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double fastest() {
      return scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
  }

  private Summary() {}

  @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() is a map of raw Result
  static List<Row> rows(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String benchmark = params.getBenchmark();
      String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String size = params.getParam("size");
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      }
      OptionalDouble allocated = OptionalDouble.empty();
      for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
        if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
          allocated = OptionalDouble.of(secondary.getValue().getScore());
        }
      }
      if (size != null && !scores.isEmpty()) {
        rows.add(new Row(operation, size, scores, allocated));
      }
    }
    return rows;
  }

  /** A Markdown table: operations down, sizes across, then the growth per touchpoint. */
  static String table(List<Row> rows) {
    Map<String, Map<String, Row>> byOperation = new LinkedHashMap<>();
    TreeMap<Integer, String> sizes = new TreeMap<>();
    for (Row row : rows) {
      byOperation.computeIfAbsent(row.operation(), k -> new LinkedHashMap<>()).put(row.size(), row);
      sizes.put(touchpoints(row.size()), row.size());
    }
    StringBuilder out = new StringBuilder("| operation |");
    sizes.values().forEach(size -> out.append(' ').append(size).append(" |"));
    out.append(" growth per touchpoint, 7x20 → 100x100 | growth, fastest iterations |\n|---|");
    sizes.values().forEach(size -> out.append("---:|"));
    out.append("---:|---:|\n");
    byOperation.forEach(
        (operation, bySize) -> {
          out.append("| ").append(operation).append(" |");
          for (String size : sizes.values()) {
            Row row = bySize.get(size);
            out.append(' ').append(row == null ? "" : cell(row)).append(" |");
          }
          Row small = bySize.get("7x20");
          Row large = bySize.get("100x100");
          if (small != null && large != null) {
            out.append(' ').append(growth(large.median(), small.median()));
            out.append(" | ").append(growth(large.fastest(), small.fastest())).append(" |\n");
          } else {
            out.append("  |  |\n");
          }
        });
    return out.append(
            "\nmedian ms/op of the measured iterations (MB allocated per op); the last column"
                + " compares the fastest iteration of each size, which a busy host slows least\n")
        .toString();
  }

  /** How many times the time per touchpoint of 100 × 100 is that of 7 × 20. */
  private static String growth(double large, double small) {
    double growth = (large / touchpoints("100x100")) / (small / touchpoints("7x20"));
    return String.format(Locale.ROOT, "%.2f×", growth);
  }

  private static String cell(Row row) {
    String time = decimal(row.median() / 1000.0);
    return row.allocated().isPresent()
        ? time + " (" + decimal(row.allocated().getAsDouble() / 1_000_000.0) + " MB)"
        : time;
  }

  /** Three significant figures, at most; plain digits. */
  static String decimal(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** The touchpoints of a size written stages x touchpoints per stage ("7x20": 140). */
  static int touchpoints(String size) {
    String[] parts = size.split("x", -1);
    return Integer.parseInt(parts[0]) * Integer.parseInt(parts[1]);
  }
}
