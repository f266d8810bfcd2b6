package dev.cjm.core.json;

import static dev.cjm.core.internal.Figures.count;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Limits;
import dev.cjm.core.internal.Slugs;
import dev.cjm.core.internal.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one document from a Jackson {@link JsonParser} (JSON or YAML) in a single pass, for the
 * readers of journeys and observed journeys: it checks the format version, walks objects field by
 * field, reports unknown fields, duplicates and values of the wrong type with their JSON pointer,
 * line and column, and holds the {@link Limits} while it reads, so that no document is read further
 * than the first limit it breaks.
 *
 * <p>Problems that leave the rest of the document readable are collected; the others (a syntax
 * error, a limit, a newer format) stop the reading at once.
 */
abstract class DocumentReader {
  /** The format this cjm writes, and the newest it reads. */
  static final int FORMAT = 1;

  /** The most problems collected before reading stops. */
  static final int MAX_PROBLEMS = 1_000;

  private final JsonParser parser;
  private final boolean yaml;
  private final String what;
  private final List<DocumentProblem> problems = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private Locations root = new Locations(1, 1);
  private long values;
  private long texts;
  private long textLength;

  /** Reads the fields of an object; {@code index} counts the object's fields from 0. */
  interface FieldReader {
    void read(String name, String pointer, Locations at, int index) throws IOException;
  }

  /** Reads one item of an array. */
  interface ItemReader {
    void read(String pointer, Locations at) throws IOException;
  }

  /** Ends the reading of a document that cannot be read on. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a record of immutable values
    final DocumentProblem problem;

    Stop(DocumentProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * @param what the document for messages ("journey document")
   * @param yaml true for YAML, whose plain scalars are read as text where text is expected
   */
  DocumentReader(JsonParser parser, String what, boolean yaml) {
    this.parser = parser;
    this.what = what;
    this.yaml = yaml;
  }

  /** Reads the document's one top-level object, its fields starting with the format version. */
  abstract void readRoot(Locations root) throws IOException;

  /**
   * Reads the whole document, then runs {@code finish} (which turns what was read into the value,
   * throwing {@link InvalidDocumentException} if the DSL rejects it).
   *
   * @throws InvalidDocumentException listing every problem of the document
   * @throws UncheckedIOException if the reader of the text fails
   */
  final void readDocument(String example) {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw stop("", 1, 1, "the document is empty; expected " + example, "expected", example);
      }
      JsonLocation start = parser.currentTokenLocation();
      root = new Locations(line(start), column(start));
      if (first != JsonToken.START_OBJECT) {
        throw stop(
            "",
            root,
            "the document is " + found() + "; expected an object, such as " + example,
            "expected",
            "an object",
            "but was",
            found());
      }
      countValue(root);
      readRoot(root);
      JsonToken after = parser.nextToken();
      if (after != null) {
        JsonLocation location = parser.currentTokenLocation();
        throw stop(
            "",
            line(location),
            column(location),
            "the document goes on after its end; a file holds one " + what.replace(" document", ""),
            "but found",
            found());
      }
    } catch (Stop e) {
      problems.add(e.problem);
      throw invalid(e);
    } catch (StreamConstraintsException e) {
      problems.add(overConstraint(e));
      throw invalid(e);
    } catch (JsonProcessingException e) {
      problems.add(syntaxError(e));
      throw invalid(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the " + what, e);
    }
  }

  /** The problems found so far, for the DSL's problems to be added to. */
  final List<DocumentProblem> problems() {
    return problems;
  }

  /** Where each value of the document starts. */
  final Locations locations() {
    return root;
  }

  final InvalidDocumentException invalid(@Nullable Throwable cause) {
    return new InvalidDocumentException(what, problems, cause);
  }

  /** True if a problem was already reported at {@code pointer} (the DSL's is then left out). */
  final boolean reportedAt(String pointer) {
    return reported.contains(pointer);
  }

  // ---- objects, arrays and values -------------------------------------------------------------

  /**
   * Reads the object at the current token, handing each known field to {@code reader} and reporting
   * unknown and repeated ones.
   */
  final void object(String pointer, Locations here, List<String> known, FieldReader reader)
      throws IOException {
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; ) {
      String name = parser.currentName();
      JsonLocation nameLocation = parser.currentTokenLocation();
      parser.nextToken();
      JsonLocation valueLocation = parser.currentTokenLocation();
      Locations at = here.field(name, line(valueLocation), column(valueLocation));
      countValue(at);
      String fieldPointer = pointer + "/" + escape(name);
      if (!known.contains(name)) {
        unknownField(pointer, name, nameLocation, known);
        parser.skipChildren();
      } else if (!seen.add(name)) {
        problem(
            fieldPointer,
            line(nameLocation),
            column(nameLocation),
            "field " + quote(name) + " is given twice; give it once",
            "field",
            name);
        parser.skipChildren();
      } else {
        reader.read(name, fieldPointer, at, index);
      }
      index++;
      token = parser.nextToken();
    }
  }

  /** Reads the array at the current token, handing each item to {@code reader}. */
  final void array(String pointer, Locations here, ItemReader reader) throws IOException {
    if (!expect(JsonToken.START_ARRAY, pointer, here, "a list")) {
      return;
    }
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; ) {
      JsonLocation location = parser.currentTokenLocation();
      Locations at = here.item(line(location), column(location));
      countValue(at);
      reader.read(pointer + "/" + index++, at);
      token = parser.nextToken();
    }
  }

  /**
   * True if the current token starts an object; otherwise reports the wrong type, skips the value
   * and returns false.
   */
  final boolean isObject(String pointer, Locations here, String expected) throws IOException {
    return expect(JsonToken.START_OBJECT, pointer, here, expected);
  }

  /** The token the parser is at: the start of the value being read. */
  final @Nullable JsonToken currentToken() {
    return parser.currentToken();
  }

  /** The text at the current token, or null (with a problem) if it is not a text. */
  final @Nullable String text(String pointer, Locations here) throws IOException {
    String text = uncountedText(pointer, here);
    if (text != null) {
      countText(pointer, here, text);
    }
    return text;
  }

  /**
   * As {@link #text}, but not yet counted against the {@link Limits}: an element's id, which {@link
   * #countId} counts once the element's name is known.
   */
  final @Nullable String uncountedText(String pointer, Locations here) throws IOException {
    JsonToken token = parser.currentToken();
    boolean scalarInYaml =
        yaml && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL;
    if (token != JsonToken.VALUE_STRING && !scalarInYaml) {
      wrongType(pointer, here, "a text");
      return null;
    }
    return parser.getText();
  }

  /**
   * Counts an element's id as a text, unless it may be the id the DSL derives by itself, which the
   * DSL does not count either: the slug of the element's name, or {@code kind-position} ({@code
   * touchpoint-3}) for a name without letters or digits. Such an id is bounded by the name, which
   * counts, or is a short one per element, so the limits still bound what is read.
   */
  final void countId(
      String pointer, Locations here, String id, @Nullable String name, String kind) {
    String slug = Slugs.slug(name == null ? "" : name);
    boolean derivable = slug.isEmpty() ? isPositional(id, kind) : id.equals(slug);
    if (!derivable) {
      countText(pointer, here, id);
    }
  }

  /** True if {@code id} is {@code kind-n} for a number n of at most ten digits. */
  private static boolean isPositional(String id, String kind) {
    String prefix = kind + "-";
    if (!id.startsWith(prefix)) {
      return false;
    }
    String number = id.substring(prefix.length());
    return !number.isEmpty()
        && number.length() <= 10
        && number.charAt(0) != '0'
        && number.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The texts of the list at the current token; an item that is not a text is reported. */
  final List<String> texts(String pointer, Locations here) throws IOException {
    List<String> texts = new ArrayList<>();
    array(
        pointer,
        here,
        (itemPointer, at) -> {
          String text = text(itemPointer, at);
          if (text != null) {
            texts.add(text);
          }
        });
    return texts;
  }

  /** The number at the current token, or null (with a problem) if it is not a number. */
  final @Nullable Double number(String pointer, Locations here) throws IOException {
    if (!parser.currentToken().isNumeric()) {
      wrongType(pointer, here, "a number");
      return null;
    }
    return parser.getDoubleValue();
  }

  /**
   * The count at the current token: a whole number from 0 to {@link Long#MAX_VALUE}, or null (with
   * a problem) if it is not one.
   */
  final @Nullable Long whole(String pointer, Locations here) throws IOException {
    JsonToken token = parser.currentToken();
    boolean whole =
        token == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    if (!whole || parser.getLongValue() < 0) {
      String found = found();
      problem(
          pointer,
          here,
          "expected a count, a whole number 0 or more, but found " + found,
          "expected",
          "a whole number 0 or more",
          "but was",
          found);
      parser.skipChildren();
      return null;
    }
    return parser.getLongValue();
  }

  /** The boolean at the current token, or null (with a problem) if it is not one. */
  final @Nullable Boolean bool(String pointer, Locations here) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      wrongType(pointer, here, "true or false");
      return null;
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * The constant of {@code values} whose label is the text at the current token (case does not
   * count), or null (with a problem naming the labels) if it is none of them.
   */
  final <E extends Enum<E>> @Nullable E label(
      String pointer, Locations here, String what, List<E> values, List<String> labels)
      throws IOException {
    String text = text(pointer, here);
    if (text == null) {
      return null;
    }
    for (int i = 0; i < values.size(); i++) {
      if (labels.get(i).equalsIgnoreCase(text.strip())) {
        return values.get(i);
      }
    }
    String allowed = String.join(", ", labels);
    problem(
        pointer,
        here,
        what + " " + quote(text) + " is not one of: " + allowed,
        "expected",
        "one of: " + allowed,
        "but was",
        quote(text));
    return null;
  }

  /**
   * Checks that the first field is {@code "cjmFormat"} and that its version is one this cjm reads;
   * a newer version stops the reading, since its fields may mean what this cjm cannot know.
   */
  final void version(String name, String pointer, Locations here, int index) throws IOException {
    if (!name.equals("cjmFormat")) {
      if (index == 0) {
        problem(
            "",
            locations(),
            "the document does not start with \"cjmFormat\": "
                + FORMAT
                + "; put the format version first, so that a later cjm knows how to read it",
            "expected",
            "\"cjmFormat\": " + FORMAT + " as the first field");
      }
      return;
    }
    if (index != 0) {
      problem(pointer, here, "\"cjmFormat\" must be the first field of the document");
    }
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      wrongType(pointer, here, "the format version, a whole number such as " + FORMAT);
      return;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() > FORMAT) {
      String version = parser.getText();
      throw stop(
          pointer,
          here,
          "this document is format "
              + version
              + "; this cjm reads format "
              + FORMAT
              + " and older: upgrade cjm",
          "document format",
          version,
          "formats read",
          "1.." + FORMAT);
    }
    if (parser.getIntValue() < 1) {
      problem(
          pointer,
          here,
          "format version " + parser.getIntValue() + " does not exist; the first is 1",
          "expected",
          "1.." + FORMAT,
          "but was",
          parser.getText());
    }
  }

  /** Reports the format version missing if no field of the root object was read. */
  final void requireVersion(boolean seen) {
    if (!seen && !reportedAt("")) {
      problem(
          "",
          locations(),
          "the document has no \"cjmFormat\" field; start it with \"cjmFormat\": " + FORMAT,
          "expected",
          "\"cjmFormat\": " + FORMAT + " as the first field");
    }
  }

  // ---- problems ------------------------------------------------------------------------------

  final void problem(String pointer, Locations here, String message, String... facts) {
    problem(pointer, here.line, here.column, message, facts);
  }

  final void problem(String pointer, int line, int column, String message, String... facts) {
    problems.add(new DocumentProblem(pointer, line, column, message, facts(facts)));
    reported.add(pointer);
    if (problems.size() >= MAX_PROBLEMS) {
      throw stop(
          pointer,
          line,
          column,
          "reading stopped after "
              + count(MAX_PROBLEMS)
              + " problems; fix these first and read the document again");
    }
  }

  /**
   * Adds a problem the DSL found, at the place in the document its path leads to (or the nearest
   * value around it that the document has, such as the stage for an id derived from its name).
   */
  final void dslProblem(String path, String message, ImmutableMap<String, String> facts) {
    String full = pointer(path);
    if (reportedAt(full)) {
      return; // already reported as missing or of the wrong type
    }
    String pointer = root.existing(full);
    Locations at = root.find(pointer);
    problems.add(new DocumentProblem(pointer, at.line, at.column, message, facts));
  }

  /** A DSL path ({@code stages[1].touchpoints[0].emotion}) as a JSON pointer. */
  static String pointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder("/");
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        pointer.append('/');
      } else if (c != ']') {
        pointer.append(c);
      }
    }
    return pointer.toString();
  }

  private void unknownField(
      String pointer, String name, JsonLocation location, List<String> known) {
    String closest = Texts.closest(name, known).orElse("");
    problem(
        pointer + "/" + escape(name),
        line(location),
        column(location),
        "unknown field "
            + quote(name)
            + " at "
            + (pointer.isEmpty() ? "/" : pointer)
            + (closest.isEmpty() ? "" : "; did you mean " + quote(closest) + "?")
            + "; known fields: "
            + String.join(", ", known),
        "field",
        name,
        "known",
        String.join(", ", known),
        "closest",
        closest);
  }

  private boolean expect(JsonToken expected, String pointer, Locations here, String what)
      throws IOException {
    if (parser.currentToken() == expected) {
      return true;
    }
    wrongType(pointer, here, what);
    return false;
  }

  private void wrongType(String pointer, Locations here, String expected) throws IOException {
    String found = found();
    problem(
        pointer,
        here,
        "expected " + expected + ", but found " + found,
        "expected",
        expected,
        "but was",
        found);
    parser.skipChildren();
  }

  /** The current value, described for a message: {@code a number (42)}, {@code a list}. */
  private String found() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a text (" + quote(parser.getText()) + ")";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + cut(parser.getText()) + ")";
      case VALUE_TRUE, VALUE_FALSE -> parser.getText();
      case VALUE_NULL -> "null (leave the field out instead)";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  // ---- limits --------------------------------------------------------------------------------

  private void countValue(Locations at) {
    if (++values > JourneyJson.MAX_VALUES) {
      throw stop(
          "",
          at,
          "the document has more than "
              + count(JourneyJson.MAX_VALUES)
              + " values (JourneyJson.MAX_VALUES), the last one counted here; split it into"
              + " several journeys",
          "limit",
          Long.toString(JourneyJson.MAX_VALUES));
    }
  }

  private void countText(String pointer, Locations here, String text) {
    texts++;
    textLength += text.length();
    if (texts > Limits.MAX_TEXTS) {
      throw overLimit(pointer, here, "texts", Limits.MAX_TEXTS, "MAX_TEXTS");
    }
    if (textLength > Limits.MAX_TOTAL_TEXT_LENGTH) {
      throw overLimit(
          pointer,
          here,
          "characters of text",
          Limits.MAX_TOTAL_TEXT_LENGTH,
          "MAX_TOTAL_TEXT_LENGTH");
    }
  }

  private Stop overLimit(String pointer, Locations here, String what, int limit, String constant) {
    return stop(
        pointer,
        here,
        "the document has more than "
            + count(limit)
            + " "
            + what
            + " (Limits."
            + constant
            + "), the last one counted here; split it into several journeys",
        "limit",
        Integer.toString(limit));
  }

  /** A limit of Jackson's {@code StreamReadConstraints}, set from cjm's, in cjm's words. */
  private DocumentProblem overConstraint(StreamConstraintsException e) {
    JsonLocation location = parser.currentLocation();
    String original = e.getOriginalMessage();
    String message;
    if (original.startsWith("String value length")) {
      message =
          "a text is longer than "
              + count(Limits.MAX_TEXT_LENGTH)
              + " characters (Limits.MAX_TEXT_LENGTH); shorten it, or keep the full text outside"
              + " the journey and refer to it";
    } else if (original.startsWith("Document length")) {
      message =
          "the document is longer than "
              + count(JourneyJson.MAX_DOCUMENT_LENGTH)
              + " characters (JourneyJson.MAX_DOCUMENT_LENGTH); split it into several journeys";
    } else if (original.startsWith("Document nesting depth")) {
      message =
          "the document nests deeper than "
              + JourneyJson.MAX_DEPTH
              + " levels (JourneyJson.MAX_DEPTH), deeper than any "
              + what.replace(" document", "")
              + " goes";
    } else {
      message = "the document is over a limit: " + original;
    }
    return new DocumentProblem(
        "", line(location), column(location), message, ImmutableMap.of("limit", original));
  }

  private DocumentProblem syntaxError(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 1 : line(location);
    int column = location == null ? 1 : column(location);
    String original = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
    return new DocumentProblem(
        "",
        line,
        column,
        (yaml ? "the YAML cannot be read: " : "the document is not well-formed JSON: ")
            + withoutSnippets(original),
        ImmutableMap.of());
  }

  /**
   * SnakeYAML's message without the places it quotes ({@code in 'reader', line 4, column 3:}, the
   * line and a caret), which the problem's own line and column give: one line, parts joined by
   * semicolons.
   */
  static String withoutSnippets(String message) {
    List<String> kept = new ArrayList<>();
    String[] lines = message.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(" in '")) {
        i += 2; // the quoted line and its caret
      } else if (!lines[i].isBlank()) {
        kept.add(lines[i].strip());
      }
    }
    return String.join("; ", kept);
  }

  // ---- helpers -------------------------------------------------------------------------------

  final Stop stop(String pointer, Locations here, String message, String... facts) {
    return stop(pointer, here.line, here.column, message, facts);
  }

  final Stop stop(String pointer, int line, int column, String message, String... facts) {
    return new Stop(new DocumentProblem(pointer, line, column, message, facts(facts)));
  }

  private static ImmutableMap<String, String> facts(String... facts) {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (int i = 0; i + 1 < facts.length; i += 2) {
      map.put(facts[i], facts[i + 1]);
    }
    return map.buildKeepingLast();
  }

  /** A line from Jackson, which counts from 1 (and gives -1 or 0 when it does not know). */
  private static int line(JsonLocation location) {
    return Math.max(1, location.getLineNr());
  }

  private static int column(JsonLocation location) {
    return Math.max(1, location.getColumnNr());
  }

  /**
   * A field name as a JSON pointer segment (RFC 6901: {@code ~} as {@code ~0}, / as {@code ~1}).
   */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String quote(String text) {
    return Texts.quote(cut(text));
  }

  /** At most 100 characters of a text, for a message. */
  private static String cut(String text) {
    if (text.length() <= 100) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(99)) ? 99 : 100;
    return text.substring(0, end) + "…";
  }
}
