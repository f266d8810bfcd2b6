package dev.cjm.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text that users, copy-paste and attackers put into journeys: markup, quotes of every kind,
 * control characters, surrogates, emoji sequences, combining marks, bidirectional text, zero-width
 * characters, CJK, Polish, words with no break opportunity and texts of the maximum length. {@link
 * #valid()} gives texts the journey builder accepts; {@link #any()} adds the ones it must reject
 * with an {@code InvalidJourneyException} (blank, unpaired surrogates, too long).
 */
public final class HostileText {
  private HostileText() {}

  /** The longest text a journey accepts, in UTF-16 units ({@code String.length()}). */
  public static final int MAX_LENGTH = dev.cjm.core.Limits.MAX_TEXT_LENGTH;

  /** Short texts, each attacking one thing; every one is accepted by the journey builder. */
  public static final List<String> SAMPLES =
      List.of(
          // XML and HTML metacharacters, and attempts to close or open markup
          "<",
          ">",
          "&",
          "a < b && c > d",
          "&amp; &lt; &gt; &quot; &apos;",
          "&#x41; &#65; &#0; &#xFFFF; &bogus;",
          "<b>bold</b>",
          "<script>alert(1)</script>",
          "]]>",
          "<![CDATA[x]]>",
          "<!-- comment -->",
          "<?xml version=\"1.0\"?>",
          "<!DOCTYPE svg [<!ENTITY x \"y\">]>&x;",
          "</text></tspan></title></g></svg><g onload=\"alert(1)\">",
          "\" onmouseover=\"alert(1)\" x=\"",
          "' onload='alert(1)' x='",
          "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
          "<a xlink:href=\"javascript:alert(1)\">link</a>",
          "<style>*{fill:red}</style>",
          "url(#x) var(--x) expression(alert(1))",
          // quotes of every kind
          "\"double\"",
          "'single'",
          "`back`",
          "\u201Ccurly\u201D \u2018curly\u2019 \u201Elow\u201C \u201Asingle low\u2018",
          "\u00ABguillemets\u00BB \u2039single\u203A",
          "\u300Ccorner\u300D \u300Ewhite\u300F",
          "\uFF02fullwidth\uFF02 \uFF07",
          "\u2032prime\u2033",
          // C0 and C1 control characters, NUL, DEL
          "nul\u0000byte",
          "\u0000",
          "\u0001\u0002\u0003\u0007\u0008\u000B\u000C\u000E\u001B\u001F",
          "tab\there",
          "line\nfeed",
          "carriage\rreturn",
          "crlf\r\nend",
          "del\u007F",
          "\u0080\u0085\u008D\u009F",
          "next\u0085line",
          // specials and non-characters
          "\uFFFE\uFFFF",
          "\uFFFD replacement",
          "\uFEFFbyte order mark",
          // paired surrogates: emoji, joiners, skin tones, flags, astral letters
          "\uD83D\uDE00",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 family",
          "\uD83D\uDC4D\uD83C\uDFFD thumbs up",
          "\uD83E\uDDD1\uD83C\uDFFF\u200D\uD83D\uDE80",
          "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
          "\uD83C\uDDF5\uD83C\uDDF1\uD83C\uDDEF\uD83C\uDDF5",
          "\uD835\uDD4F\uD835\uDD38 math",
          "\uD840\uDC00\uD869\uDEA5 astral CJK",
          // combining marks
          "e\u0301 cafe\u0301",
          "Z\u0335\u0321\u0322a\u0361\u0360l\u0489g\u0334o\u0336\u0337",
          "\u0301 starts with a mark",
          "a\u0328\u0301",
          // right-to-left and bidi controls
          "שלום עולם",
          "مرحبا بالعالم؟",
          "abc \u202Eevil\u202C xyz",
          "\u202A\u202B\u202D\u202E\u202C\u2066\u2067\u2068\u2069",
          "\u200E\u200F\u061C marks",
          "1 ש 2 ع 3",
          // zero-width characters
          "zero\u200Bwidth\u200Bspace",
          "\u200C\u200D\u2060\uFEFF",
          "\u200B",
          // CJK and Polish
          "顧客の旅",
          "고객 여정 지도",
          "客户旅程地图，购买鞋子。",
          "お茶を入れる",
          "Zażółć gęślą jaźń",
          "ŻÓŁW ĄĘ",
          "Świadomość",
          "Doświadczenie po zakupie",
          // words with no break opportunity
          "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller",
          "x".repeat(500),
          "https://example.com/a/very/long/path?with=query&and=more#fragment",
          "————————————————————",
          "宮".repeat(200),
          // unusual white space
          " leading and trailing ",
          "\u00A0no-break\u00A0space",
          "line\u2028separator\u2029paragraph",
          "\u3000ideographic space",
          "many      spaces",
          // text that looks like format strings, escapes or numbers
          "%s %d %n %1$s",
          "{0} ${x} #{y} {{z}}",
          "\\u0041 \\n \\",
          "NaN",
          "-0",
          "1e309",
          "#58; #quot; %%");

  /** Texts the journey builder must reject: blank, or with an unpaired surrogate. */
  public static final List<String> INVALID =
      List.of(
          "",
          " ",
          "\t\n\r",
          "\u00A0\u2003\u3000",
          "\uD83D",
          "lone high \uD83D surrogate",
          "lone low \uDE00 surrogate",
          "\uDE00\uD83D reversed pair",
          "ends with high \uD83D");

  /** A text one character over {@link #MAX_LENGTH}, which the journey builder must reject. */
  public static final String TOO_LONG = "x".repeat(MAX_LENGTH + 1);

  private static final List<String> WORDS =
      List.of(
          "Checkout",
          "Taps the ad",
          "Sees the delivery cost",
          "Awareness",
          "Purchase",
          "Zakup",
          "Lojalność",
          "E-commerce team",
          "Do they have my size?",
          "Relieved",
          "Słaba informacja o kosztach dostawy",
          "注文");

  /** Texts of exactly {@link #MAX_LENGTH} UTF-16 units, one of each kind. */
  public static final List<String> HUGE =
      List.of(
          fill("x"),
          fill("word "),
          fill("Zażółć gęślą jaźń "),
          fill("\uD83D\uDC4D\uD83C\uDFFD"),
          fill("顧客の旅"),
          fill("<&]]>\"'"),
          fill("שלום "),
          fill("e\u0301"),
          fill("a\u200B"));

  /** {@code unit} repeated and cut to {@link #MAX_LENGTH}, never inside a surrogate pair. */
  private static String fill(String unit) {
    String text = unit.repeat(MAX_LENGTH / unit.length() + 1).substring(0, MAX_LENGTH);
    if (Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1))) {
      text = text.substring(0, MAX_LENGTH - 1) + "x";
    }
    return text;
  }

  /**
   * Short hostile texts the journey builder accepts: a sample, an ordinary phrase, a few of them
   * run together, or random code points from all of Unicode except unpaired surrogates.
   */
  public static Gen<String> valid() {
    Gen<String> sample = Generate.pick(SAMPLES);
    Gen<String> word = Generate.pick(WORDS);
    Gen<String> piece = sample.mix(word, 40);
    Gen<String> joined =
        in -> {
          int count = Generate.range(2, 4).generate(in);
          String separator = Generate.pick(List.of(" ", "", "\n", " / ")).generate(in);
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : separator).append(piece.generate(in));
          }
          return text.toString();
        };
    Gen<String> codePoints =
        in -> {
          int count = Generate.range(1, 30).generate(in);
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < count; i++) {
            int cp = Generate.range(0, 0x10FFFF - 0x800).generate(in);
            text.appendCodePoint(cp < 0xD800 ? cp : cp + 0x800); // skip the surrogate block
          }
          return text.toString();
        };
    return sample
        .mix(word, 35)
        .mix(joined, 20)
        .mix(codePoints, 10)
        .map(text -> isBlank(text) ? "x" + text : text);
  }

  /** A text of exactly {@link #MAX_LENGTH} characters: no spaces, spaces, emoji, CJK, markup… */
  public static Gen<String> huge() {
    return Generate.pick(HUGE);
  }

  /**
   * Any text, valid or not: mostly {@link #valid()}, sometimes one of {@link #INVALID} or {@link
   * #TOO_LONG}.
   */
  public static Gen<String> any() {
    List<String> invalid = new ArrayList<>(INVALID);
    invalid.add(TOO_LONG);
    return valid().mix(Generate.pick(invalid), 10);
  }

  /** Blank as the journey builder sees it: only Unicode white space or space characters. */
  static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }
}
