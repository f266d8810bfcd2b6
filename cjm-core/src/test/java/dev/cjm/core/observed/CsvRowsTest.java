package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The import's CSV rows (FastCSV) agree with Apache Commons CSV's reading of RFC 4180, the oracle
 * (and the import's reader before FastCSV): the same rows with the same lines on generated files,
 * and on odd ones either the same rows or, for both, an error.
 */
class CsvRowsTest {
  /** Every row as its starting line and fields, the header first, as {@link CsvRows} reads them. */
  private static List<String> rows(String csv) {
    List<String> rows = new ArrayList<>();
    try (CsvRows read = new CsvRows(new StringReader(csv))) {
      if (!read.header().isEmpty()) {
        rows.add(read.line() + " " + read.header()); // blank lines before it skipped too
      }
      String[] fields;
      while ((fields = read.next()) != null) {
        rows.add(read.line() + " " + Arrays.asList(fields));
      }
    }
    return rows;
  }

  /** The same, as Commons CSV reads them (blank lines skipped, as the import did). */
  private static List<String> oracle(String csv) {
    List<String> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
      for (var records = parser.iterator(); ; ) {
        long start = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        rows.add(start + " " + record.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** A field: plain, or holding commas, quotes, line breaks or spaces, sometimes empty. */
  private static Gen<String> fields() {
    return lists()
        .of(integers().between(0, 7))
        .ofSizeBetween(0, 6)
        .map(
            picks -> {
              StringBuilder field = new StringBuilder();
              picks.forEach(
                  i -> field.append(new String[] {"a", "b", ",", "\"", "\n", " ", "é", "\r\n"}[i]));
              return field.toString();
            });
  }

  /** A field as RFC 4180 writes it: quoted where it must be, or by choice. */
  private static String written(String field, boolean quoteAnyway) {
    boolean must =
        field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
    return must || quoteAnyway ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  private static Gen<String> files() {
    Gen<String> row =
        lists()
            .of(fields().zip(integers().between(0, 3), (f, q) -> written(f, q == 0)))
            .ofSizeBetween(1, 4)
            .map(fs -> String.join(",", fs));
    Gen<String> lineEnd =
        integers()
            .between(0, 5)
            .map(i -> new String[] {"\n", "\r\n", "\n", "\n\n", "\r\n", "\n"}[i]);
    return lists()
        .of(row.zip(lineEnd, (r, end) -> r + end))
        .ofSizeBetween(1, 8)
        .zip(
            integers().between(0, 1),
            (rows, lastEnd) -> {
              String file = String.join("", rows);
              return lastEnd == 0
                  ? file.stripTrailing()
                  : file; // with or without the last line end
            });
  }

  @Test
  void generatedFiles_readAsCommonsCsvReadsThem() {
    qt().withExamples(3_000)
        .forAll(files())
        .checkAssert(csv -> assertThat(rows(csv)).as(csv).isEqualTo(oracle(csv)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "case,time\r\nc1,t1\r\n",
        "case,time\nc1,\"t\n1\"\n\nc2,t2",
        "case,time\rc1,t1\rc2,t2\r",
        "case,time\nc1,x\"y\n",
        "case,time\nc1,\"\"\n\"\"\nc2,\"a\"\"b\"\n",
        "case,time\n  c1 , t1 \n",
        "case,time,\nc1,t1,\n",
        "case\n\n\n\nc1\n",
        "\uFEFFcase,time\nc1,t1\n",
        "case,time\nc1,t1,extra\nc2\n",
        ""
      })
  void oddButValidFiles_readAsCommonsCsvReadsThem(String csv) {
    assertThat(rows(csv)).isEqualTo(oracle(csv));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "case,time\nc1,\"t1\n", // never closed, at the end
        "case,time\nc1,\"t1\"\"\n", // an escaped quote, then the end
        "case,time\nc1,\"\n", // only the opening quote
        "case,time\nc1,\"t1\nc2,t2\nc3,t3", // never closed, rows follow
        "case,time\nc1,\"t1\"x\n", // text after the closing quote
        "case,\"time\nc1,t1\n" // in the header
      })
  void invalidFiles_stopTheReading_asCommonsCsvDoes(String csv) {
    assertThatThrownBy(() -> oracle(csv)).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> rows(csv))
        .isInstanceOf(EventLogException.class)
        .hasMessageContaining("not valid CSV (RFC 4180): ");
  }

  @Test
  void aQuoteNeverClosed_isReportedAtTheLineItsRowStarts() {
    assertThatThrownBy(() -> rows("case,time\nc1,t1\nc2,\"t2\nc3,t3\n"))
        .hasMessage(
            "event log line 3: not valid CSV (RFC 4180): a quoted field is never closed (a quote"
                + " missing at its end?), so the rest of the file would be one field");
  }

  @Test
  void aRowLongerThanTheLimit_stopsTheReadingWithItsLine() {
    String csv = "case,time\nc1,\"" + "x".repeat(CsvRows.MAX_ROW_LENGTH + 1) + "\"\n";

    assertThatThrownBy(() -> rows(csv))
        .isInstanceOf(EventLogException.class)
        .hasMessageStartingWith("event log line 2: not valid CSV (RFC 4180): ");
  }
}
