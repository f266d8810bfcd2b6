package dev.cjm.core.observed;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import dev.cjm.core.Limits;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file (RFC 4180, first row the header) through FastCSV, one at a time, each with
 * the line it starts on. The only class that touches FastCSV, so the rest of cjm loads without it.
 *
 * <p>FastCSV reads a quote that is never closed as a field running to the end of the file; RFC 4180
 * (and Commons CSV, which cjm used before) calls that an error, and so does this class: it counts
 * the quotes in the file and the quotes the fields read account for (two around a quoted field and
 * two for each quote in it, one for each quote in an unquoted field), and at the end of the file a
 * quote not accounted for is the opening quote of the last field, never closed. {@code CsvRowsTest}
 * checks the rows against Commons CSV's on generated and odd files.
 */
final class CsvRows implements AutoCloseable {
  /** The most characters one row may take, its fields together: a guard against a runaway quote. */
  static final int MAX_ROW_LENGTH = 16 * Limits.MAX_TEXT_LENGTH;

  private static final char QUOTE = '"';
  private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

  private final QuoteCountingReader counted;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final ImmutableList<String> header;
  private long quotesInFields;
  private long line;

  CsvRows(Reader csv) {
    counted = new QuoteCountingReader(csv);
    FieldModifier countQuotes =
        new FieldModifier() {
          @Override
          public String modify(long startLine, int index, boolean quoted, String field) {
            quotesInFields += quoted ? 2 + 2 * quotes(field) : quotes(field);
            return field;
          }
        };
    reader =
        CsvReader.builder()
            .allowMissingFields(true) // EventLog says what is wrong with a row's number of fields
            .allowExtraFields(true)
            .maxBufferSize(MAX_ROW_LENGTH)
            .build(
                CsvRecordHandler.builder()
                    .maxFieldSize(MAX_ROW_LENGTH)
                    .maxRecordSize(MAX_ROW_LENGTH)
                    .fieldModifier(countQuotes)
                    .build(),
                counted);
    records = reader.iterator();
    String @Nullable [] names = next();
    header = names == null ? ImmutableList.of() : ImmutableList.copyOf(names);
  }

  /** The column names of the header row, in order. */
  ImmutableList<String> header() {
    return header;
  }

  /** The line the last row returned started on. */
  long line() {
    return line;
  }

  /** The next row's fields, or null at the end; blank lines are no rows. */
  String @Nullable [] next() {
    while (true) {
      CsvRecord record;
      try {
        if (!records.hasNext()) {
          return null;
        }
        record = records.next();
      } catch (CsvParseException | UncheckedIOException e) {
        throw new EventLogException(
            failedLine(e), "not valid CSV (RFC 4180): " + rootMessage(e), e);
      }
      line = record.getStartingLineNumber();
      if (counted.ended() && counted.quotes() != quotesInFields) {
        throw new EventLogException(
            line,
            0,
            null,
            "not valid CSV (RFC 4180): a quoted field is never closed (a quote missing at its"
                + " end?), so the rest of the file would be one field");
      }
      if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
        continue; // a blank line, or one holding only ""
      }
      String[] fields = new String[record.getFieldCount()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = record.getField(i);
      }
      return fields;
    }
  }

  /**
   * The line a row that could not be read started on, as FastCSV says, or the one after the last.
   */
  private long failedLine(RuntimeException e) {
    Matcher said = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
    return said.find() ? Long.parseLong(said.group(1)) : line + 1;
  }

  private static int quotes(String text) {
    int count = 0;
    for (int i = text.indexOf(QUOTE); i >= 0; i = text.indexOf(QUOTE, i + 1)) {
      count++;
    }
    return count;
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
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the quotes read, and tells when the file has ended. */
  private static final class QuoteCountingReader extends FilterReader {
    private long quotes;
    private boolean ended;

    QuoteCountingReader(Reader in) {
      super(in);
    }

    long quotes() {
      return quotes;
    }

    boolean ended() {
      return ended;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c == QUOTE ? 1 : 0, c < 0);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      int found = 0;
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == QUOTE) {
          found++;
        }
      }
      count(found, n < 0);
      return n;
    }

    private void count(int found, boolean end) {
      quotes += found;
      ended |= end;
    }
  }
}
