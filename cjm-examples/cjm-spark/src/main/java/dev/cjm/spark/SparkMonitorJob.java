package dev.cjm.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.json.ObservedSummaryJson;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The Apache Spark job that monitors a planned journey over event logs too large for one JVM, for
 * analytics teams who run Spark (on a cluster, Databricks among them, or locally): it reads one or
 * many CSV files as a Dataset, groups the events by case, folds each case into a {@link
 * JourneyMonitor} through a Spark {@code Aggregator} ({@link MonitorAggregator}), merges the
 * partitions' monitors, and writes what they show.
 *
 * <pre>
 * SparkMonitorJob INPUT PLAN OUTPUT [--case=... --time=... --activity=... --outcome=...
 *                                    --emotion=column:min:max --channel=... --sessions-after=PT30M]
 * </pre>
 *
 * INPUT is a CSV file, a folder of them or a glob ({@code logs/2026-05-*.csv}), with a header row
 * in each file; PLAN is a gallery journey's name ({@code click-and-collect}) or a journey document
 * in cjm's JSON or YAML format ({@code plans/click-and-collect.yaml}); OUTPUT is a folder (any path
 * Hadoop reaches: local, {@code hdfs://}, {@code s3a://}) that receives {@code summary.json} (the
 * {@link ObservedSummary} in {@link ObservedSummaryJson}'s format, for dashboards), {@code
 * summary.md}, {@code summary.txt}, {@code map.svg} (the planned map with the observed overlay and
 * the gap findings) and {@code monitor.bin} (the monitor's bytes, to merge with later runs). The
 * columns are those of {@link LogFormat}.
 *
 * <p>The result equals one JVM's {@link dev.cjm.core.observed.EventLog} reading the same file: a
 * case's events are taken in the file's order before they are ordered by time. A case whose events
 * are in several files is one case, its files taken in the order of their names.
 */
public final class SparkMonitorJob {
  private static final String FILE = "_cjm_file";
  private static final String ROW = "_cjm_row";

  private SparkMonitorJob() {}

  /**
   * Runs the job in the Spark that {@code spark-submit} (or {@code -Dspark.master}) sets up.
   *
   * @param args INPUT PLAN OUTPUT, then options
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: SparkMonitorJob INPUT PLAN OUTPUT [--case=COLUMN --time=COLUMN"
              + " --activity=COLUMN --outcome=COLUMN --emotion=COLUMN:MIN:MAX --channel=COLUMN"
              + " --sessions-after=PT30M]");
      System.exit(2);
    }
    LogFormat format = LogFormat.parse(Arrays.asList(args).subList(3, args.length));
    if (!Plan.isDocument(args[1])) {
      Plan.named(args[1]); // a wrong name fails before Spark starts
    }
    SparkSession spark = SparkSession.builder().appName("cjm journey monitor").getOrCreate();
    try {
      Plan plan = plan(spark, args[1]);
      JourneyMonitor monitor = monitor(spark, args[0], plan, format);
      write(spark, monitor, plan.journey(), args[2]);
      System.out.print(monitor.summary().toText());
    } finally {
      spark.stop();
    }
  }

  /**
   * The plan the command line names: a gallery journey's name, or a journey document ({@code
   * .json}, {@code .yaml}, {@code .yml}) at any path Hadoop reads.
   *
   * @throws IllegalArgumentException if there is no such gallery journey or the document is not a
   *     valid journey
   * @throws UncheckedIOException if the document cannot be read
   */
  public static Plan plan(SparkSession spark, String argument) {
    if (!Plan.isDocument(argument)) {
      return Plan.named(argument);
    }
    Path file = new Path(argument);
    try (InputStream in =
        file.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(file)) {
      return Plan.document(argument, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plan " + argument, e);
    }
  }

  /**
   * The monitor of the {@code plan} over the event log(s) at {@code input}. A bad event fails the
   * Spark job; among its causes, an {@link IllegalArgumentException} names the case, its file, the
   * event and what was expected.
   *
   * @throws IllegalArgumentException if the log lacks a column of {@code format}, naming it and the
   *     columns found
   */
  public static JourneyMonitor monitor(
      SparkSession spark, String input, Plan plan, LogFormat format) {
    Dataset<Row> rows =
        spark
            .read()
            .option("header", true)
            .option("escape", "\"") // RFC 4180: a quote in a quoted field is doubled
            .option("mode", "FAILFAST")
            .csv(input);
    List<String> found = Arrays.asList(rows.columns());
    for (String column : format.columns()) {
      if (!found.contains(column)) {
        throw new IllegalArgumentException(
            "the event log "
                + input
                + " has no column \""
                + column
                + "\"; its columns are "
                + found);
      }
    }
    List<String> columns = format.columns();
    Dataset<Row> events =
        rows.select(columns.stream().map(SparkMonitorJob::column).toArray(Column[]::new))
            .withColumn(FILE, input_file_name())
            .withColumn(ROW, monotonically_increasing_id());
    Dataset<Tuple2<String, String>> cases =
        events
            .groupByKey((MapFunction<Row, String>) row -> text(row, 0), Encoders.STRING())
            .mapGroups(
                (MapGroupsFunction<String, Row, Tuple2<String, String>>)
                    (caseId, caseRows) -> caseCsv(caseId, caseRows, columns),
                Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
    byte[] bytes = cases.select(new MonitorAggregator(plan, format).toColumn()).first();
    return JourneyMonitor.fromBytes(bytes);
  }

  /**
   * One case's events as a small CSV file: where they are (the case id and its first file), and the
   * header with the rows in the order of the files' names and their lines.
   */
  private static Tuple2<String, String> caseCsv(
      String caseId, Iterator<Row> caseRows, List<String> columns) throws IOException {
    List<Row> rows = new ArrayList<>();
    caseRows.forEachRemaining(rows::add);
    int file = columns.size();
    int line = columns.size() + 1;
    rows.sort(
        Comparator.comparing((Row row) -> text(row, file))
            .thenComparingLong(row -> row.getLong(line)));
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      printer.printRecord(columns);
      for (Row row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          printer.print(text(row, i));
        }
        printer.println();
      }
    }
    String where = "case \"" + caseId + "\" of " + text(rows.get(0), file);
    return new Tuple2<>(where, csv.toString());
  }

  /** The column of that name, read literally: a dot in a CSV header is no struct's field. */
  private static Column column(String name) {
    return col("`" + name.replace("`", "``") + "`");
  }

  /** A field as text; Spark reads an empty field as null. */
  private static String text(Row row, int i) {
    @Nullable Object value = row.get(i);
    return value == null ? "" : value.toString();
  }

  /**
   * Writes the summary (JSON, Markdown and text), the planned map with the observed overlay and the
   * gap findings, and the monitor's bytes.
   */
  static void write(SparkSession spark, JourneyMonitor monitor, Journey plan, String output) {
    ObservedSummary summary = monitor.summary();
    String map =
        SvgRenderer.create().render(plan, summary, GapAnalysis.standard().analyze(plan, summary));
    try {
      Path folder = new Path(output);
      FileSystem files = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      files.mkdirs(folder);
      writeFile(
          files, new Path(folder, "summary.json"), bytes(ObservedSummaryJson.format(summary)));
      writeFile(files, new Path(folder, "summary.md"), bytes(summary.toMarkdown()));
      writeFile(files, new Path(folder, "summary.txt"), bytes(summary.toText()));
      writeFile(files, new Path(folder, "map.svg"), bytes(map));
      writeFile(files, new Path(folder, "monitor.bin"), monitor.toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results to " + output, e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void writeFile(FileSystem files, Path file, byte[] content) throws IOException {
    try (OutputStream out = files.create(file, true)) {
      out.write(content);
    }
  }
}
