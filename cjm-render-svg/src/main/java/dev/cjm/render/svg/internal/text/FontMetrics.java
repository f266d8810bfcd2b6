package dev.cjm.render.svg.internal.text;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Advance widths for the map's text, so that text measures the same on every machine and fits its
 * box in any of the fonts the SVG names for it: each character is as wide as the wider of the
 * sans-serif family the SVG declares first (Helvetica, Arial, Liberation Sans: metrically
 * identical; {@code sans-widths.txt}) and DejaVu Sans, which the list names too and which is all a
 * bare Linux has ({@code dejavu-widths.txt}; about 10 % wider in Latin text). Measured so, a line
 * fits where either font shows it; with Arial, it ends a little short of its box.
 *
 * <p>Characters outside the tables get a conservative width: East Asian ideographs, kana and hangul
 * a full em (their fonts draw them a full em wide), emoji 1.25 em, combining marks and format
 * characters nothing, anything else unknown a full em, wider than any Latin letter but W and M.
 * Kerning is not applied; it only ever makes rendered text narrower than measured.
 */
public final class FontMetrics {
  /** Font units in an em: every advance, in the table or not, is a whole number of them. */
  static final int UNITS_PER_EM = 2048;

  static final double EMS_PER_UNIT = 1.0 / UNITS_PER_EM;
  private static final int TABLE_SIZE = 0x10000;
  private static final FontMetrics STANDARD = load();

  private final short[] regular;
  private final short[] bold;

  private FontMetrics(short[] regular, short[] bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The advance width of one code point in font units: {@link #advance} times 2048, exactly. */
  long advanceUnits(int cp, boolean boldWeight) {
    if (cp < TABLE_SIZE) {
      short units = (boldWeight ? bold : regular)[cp];
      if (units >= 0) {
        return units;
      }
    }
    return (long) (advance(cp, boldWeight) * UNITS_PER_EM);
  }

  /** The metrics shipped with the renderer. */
  public static FontMetrics standard() {
    return STANDARD;
  }

  /** The width of {@code text} in pixels, set in {@code font}. */
  public double width(String text, Font font) {
    return width(text, font.size(), font.bold());
  }

  /** The width of {@code text} in pixels at {@code size} pixels, bold or regular. */
  public double width(String text, double size, boolean bold) {
    return addEms(0, text, 0, text.length(), bold) * size;
  }

  /**
   * {@code ems} plus the advance widths of {@code text} from {@code start} to {@code end}, in ems,
   * added one code point at a time. A line measured piece by piece, carrying the sum, gets exactly
   * the width of the whole line measured at once: the line breaker never measures a line twice.
   */
  public double addEms(double ems, CharSequence text, int start, int end, boolean bold) {
    // Characters in the table are summed in font units, exactly: every advance is a whole number
    // of 1/2048 em, so the sum equals that of the advances in ems added one at a time.
    short[] table = bold ? this.bold : regular;
    long units = 0;
    double sum = ems;
    for (int i = start; i < end; ) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        short advance = table[c];
        if (advance >= 0) {
          units += advance;
          i++;
          continue;
        }
      }
      int cp = Character.codePointAt(text, i);
      sum += advance(cp, bold);
      i += Character.charCount(cp);
    }
    return sum + units * EMS_PER_UNIT;
  }

  /** The advance width of one code point, in ems. */
  public double advance(int cp, boolean boldWeight) {
    if (cp < TABLE_SIZE) {
      short units = (boldWeight ? bold : regular)[cp];
      if (units >= 0) {
        return units * EMS_PER_UNIT; // exactly units / 2048: a power of two
      }
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return 0;
    }
    if (isWide(cp)) {
      return 1.0;
    }
    if (cp >= 0x1F000 && cp <= 0x1FAFF) {
      return 1.25;
    }
    if (cp >= 0xFF61 && cp <= 0xFFDC) {
      return 0.5; // half-width katakana and hangul
    }
    return 1.0;
  }

  /**
   * True for East Asian characters drawn a full em wide (ideographs, kana, hangul, full-width
   * forms).
   */
  public static boolean isWide(int cp) {
    return cp >= 0x1100 // nothing below the first block: the common case is decided at once
        && ((cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0x303E)
            || (cp >= 0x3041 && cp <= 0x33FF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xA000 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x20000 && cp <= 0x3FFFD));
  }

  /** The wider of the two tables' widths, character by character. */
  private static FontMetrics load() {
    short[] regular = emptyTable();
    short[] bold = emptyTable();
    read("sans-widths.txt", regular, bold);
    short[] fallbackRegular = emptyTable();
    short[] fallbackBold = emptyTable();
    read("dejavu-widths.txt", fallbackRegular, fallbackBold);
    for (int cp = 0; cp < TABLE_SIZE; cp++) {
      regular[cp] = (short) Math.max(regular[cp], fallbackRegular[cp]);
      bold[cp] = (short) Math.max(bold[cp], fallbackBold[cp]);
    }
    return new FontMetrics(regular, bold);
  }

  /** A table with no width known: -1 everywhere. */
  private static short[] emptyTable() {
    short[] table = new short[TABLE_SIZE];
    Arrays.fill(table, (short) -1);
    return table;
  }

  /** Reads the widths of resource {@code name} into {@code regular} and {@code bold}. */
  private static void read(String name, short[] regular, short[] bold) {
    try (InputStream in = FontMetrics.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing beside " + FontMetrics.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, US_ASCII));
      short[] current = regular;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        switch (line) {
          case "regular" -> current = regular;
          case "bold" -> current = bold;
          default -> readRun(line, current);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static void readRun(String line, short[] table) {
    String[] fields = line.split(" ", -1);
    int cp = Integer.parseInt(fields[0].toUpperCase(Locale.ROOT), 16);
    for (int i = 1; i < fields.length; i++, cp++) {
      table[cp] = Short.parseShort(fields[i]);
    }
  }
}
