package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.io.CharStreams;
import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Reads and writes journeys as JSON, losslessly, for applications that store journeys (a database,
 * a REST API) and teams that keep them in files: {@code JourneyJson.parse(JourneyJson.format(j))}
 * equals {@code j} for every journey. Needs {@code com.fasterxml.jackson.core:jackson-core} on the
 * class or module path (an optional dependency of cjm-core); {@link JourneyYaml} writes the same
 * document as YAML.
 *
 * <p>A document is one JSON object that starts with the format version, {@code "cjmFormat": 1},
 * followed by the journey's fields under the DSL's names: {@code title}, {@code description},
 * {@code accessibilityTitle}, {@code accessibilityDescription}, {@code state} ({@code "current"} or
 * {@code "future"}), {@code locale} (a language tag), {@code persona}, {@code stages} (each with
 * its {@code touchpoints}, {@code barriers}, {@code opportunities} and {@code metrics}) and the
 * journey's {@code opportunities}. Every id is written, so references survive. An emotion is its
 * score ({@code -2}), or {@code {"score": -2, "word": "frustrated"}} with a word; severities,
 * levels and phases are their lower-case labels ({@code "high"}, {@code "post-purchase"}). The JSON
 * Schema {@code dev/cjm/core/json/journey.schema.json}, in the jar, describes it all; the module's
 * README shows an example.
 *
 * <p>Writing is deterministic: fields in a fixed order, pretty-printed with a two-space indent and
 * line feeds, absent optionals and empty lists left out, numbers written the same on every JDK
 * (whole numbers without a fraction).
 *
 * <p>Reading goes through the journey DSL, so a document is checked exactly as a journey built in
 * code is, and {@link InvalidDocumentException} lists every problem at once, each with its JSON
 * pointer ({@code /stages/2/touchpoints/0/emotion}), line and column: unknown fields (with the
 * known ones), values of the wrong type, and the DSL's problems. Ids may be left out (they are
 * derived from names, as in the DSL), and so may {@code state} and {@code locale}. A document of a
 * newer format is refused ("this document is format 2; this cjm reads format 1 and older: upgrade
 * cjm"). The {@link Limits} hold while the text streams in, so a hostile document fails fast
 * without being read whole: no text longer than {@link Limits#MAX_TEXT_LENGTH}, no more text in all
 * than {@link Limits#MAX_TOTAL_TEXT_LENGTH}, no more than {@link #MAX_DOCUMENT_LENGTH} characters,
 * {@link #MAX_VALUES} values or {@link #MAX_DEPTH} levels of nesting.
 */
public final class JourneyJson {
  /**
   * The most characters in a document read by cjm; a reader is read no further. Five times {@link
   * Limits#MAX_TOTAL_TEXT_LENGTH}: a journey's document is its text and about a hundred characters
   * for each element, so any journey within the limits fits, unless most of its text is control
   * characters that JSON or YAML writes as six-character escapes.
   */
  public static final int MAX_DOCUMENT_LENGTH = 5 * Limits.MAX_TOTAL_TEXT_LENGTH;

  /**
   * The most values (texts, numbers, objects, lists, …) in a document: four for each of the {@link
   * Limits#MAX_TEXTS} texts a journey may have, room for every number and object between them.
   */
  public static final int MAX_VALUES = 4 * Limits.MAX_TEXTS;

  /** The deepest nesting of objects and lists in a document; a journey needs eight. */
  public static final int MAX_DEPTH = 16;

  private JourneyJson() {}

  /**
   * Reads a journey from a JSON document.
   *
   * @throws InvalidDocumentException if the text is not a journey document cjm can read, or its
   *     journey is not valid, listing every problem with its JSON pointer, line and column
   */
  public static Journey parse(String json) {
    checkNotNull(json, "parse(null): pass the text of a JSON journey document");
    return parse(new StringReader(json));
  }

  /**
   * Reads a journey from a JSON document read from {@code reader} (to its end, without closing it),
   * reading no further than the first limit the document breaks.
   *
   * @throws InvalidDocumentException as {@link #parse(String)} does
   * @throws UncheckedIOException if the reader fails
   */
  public static Journey parse(Reader reader) {
    checkNotNull(reader, "parse(null): pass a reader of a JSON journey document");
    try (JsonParser parser = JsonDocuments.FACTORY.createParser(reader)) {
      return JourneyReader.read(parser, false);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the journey document", e);
    }
  }

  /**
   * Writes a journey as a JSON document, ending with a line feed.
   *
   * @throws IllegalArgumentException if the document would be longer than {@link
   *     #MAX_DOCUMENT_LENGTH} characters, which {@link #parse(String)} refuses: only a journey near
   *     the text limits whose text is mostly control characters, which are escaped
   */
  public static String format(Journey journey) {
    checkNotNull(journey, "format(null): pass a journey");
    StringWriter out = new StringWriter();
    format(journey, out);
    return out.toString();
  }

  /**
   * Writes a journey as a JSON document to {@code out} (any {@link Appendable}: a {@link Writer}, a
   * {@link StringBuilder}), ending with a line feed.
   *
   * @throws IllegalArgumentException as {@link #format(Journey)} does, with the first {@link
   *     #MAX_DOCUMENT_LENGTH} characters of the document written
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(Journey journey, Appendable out) {
    checkNotNull(journey, "format(null, …): pass a journey");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    Writer writer = out instanceof Writer w ? w : CharStreams.asWriter(out);
    write(
        new LimitedWriter(writer, "the JSON document of this journey"),
        generator -> new JourneyWriter(generator).write(journey));
  }

  /** Writes one document with a JSON generator: the shared tail of every JSON {@code format}. */
  static void write(Appendable out, DocumentWriter document) {
    Writer writer = out instanceof Writer w ? w : CharStreams.asWriter(out);
    try (JsonGenerator generator = JsonDocuments.generator(writer)) {
      document.write(generator);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the document", e);
    }
  }

  /** Writes one document's value to a generator. */
  interface DocumentWriter {
    void write(JsonGenerator generator) throws IOException;
  }
}
