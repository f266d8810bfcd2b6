package dev.cjm.core.observed;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Limits;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file (RFC 4180, first row the header) through Apache Commons CSV, one at a
 * time, each with the line it ends on. The only class that touches Commons CSV, so the rest of cjm
 * loads without it.
 */
final class CsvRows implements AutoCloseable {
  /** The most characters one row may take, its fields together: a guard against a runaway quote. */
  static final long MAX_ROW_LENGTH = 16L * Limits.MAX_TEXT_LENGTH;

  private final CountingReader counted;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ImmutableList<String> header;
  private long lineEnded;

  CsvRows(Reader reader) {
    counted = new CountingReader(reader);
    try {
      parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setAllowMissingColumnNames(true)
              .get()
              .parse(counted);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new EventLogException(1, "the header cannot be read: " + e.getMessage(), e);
    }
    header = ImmutableList.copyOf(parser.getHeaderNames());
    records = parser.iterator();
    lineEnded = parser.getCurrentLineNumber();
    counted.rowStarts();
  }

  /** The column names of the header row, in order. */
  ImmutableList<String> header() {
    return header;
  }

  /** The line the last row returned started on. */
  long line() {
    return lineEnded;
  }

  /** The next row's fields, or null at the end; blank lines are no rows. */
  String @Nullable [] next() {
    while (true) {
      long startLine = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new EventLogException(startLine, "not valid CSV (RFC 4180): " + rootMessage(e), e);
      }
      lineEnded = startLine;
      counted.rowStarts();
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // a blank line
      }
      return record.values();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the characters read since the current row began, and stops a row that never ends. */
  private static final class CountingReader extends FilterReader {
    private long sinceRowStart;

    CountingReader(Reader in) {
      super(in);
    }

    void rowStarts() {
      sinceRowStart = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      sinceRowStart += n;
      if (sinceRowStart > MAX_ROW_LENGTH) {
        throw new IOException(
            "a row longer than "
                + MAX_ROW_LENGTH
                + " characters (an unclosed quote?); no field may exceed "
                + Limits.MAX_TEXT_LENGTH);
      }
    }
  }
}
