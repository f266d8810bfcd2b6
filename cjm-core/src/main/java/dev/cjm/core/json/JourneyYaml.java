package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.io.CharStreams;
import dev.cjm.core.Journey;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and writes journeys as YAML, for people who write and review journeys by hand: the same
 * document as {@link JourneyJson}'s, field for field, and just as lossless ({@code
 * JourneyYaml.parse(JourneyYaml.format(j))} equals {@code j}). Needs {@code
 * com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} on the class or module path (an
 * optional dependency of cjm-core; it brings jackson-core and SnakeYAML).
 *
 * <pre>{@code
 * cjmFormat: 1
 * title: Buying running shoes online
 * stages:
 *   - name: Purchase
 *     touchpoints:
 *       - name: Checkout
 *         channel: Web
 *         emotion: -2
 *         doing: |
 *           Enters the card number,
 *           then waits.
 * }</pre>
 *
 * <p>Writing uses block style with a two-space indent, no {@code ---} document marker, quotes only
 * where YAML needs them (a text that would read as a number, a boolean or null is quoted), and
 * literal blocks ({@code |}) for text of several lines, except text of three lines or more that are
 * shorter than {@value YamlDocuments#SHORTEST_LITERAL_LINES} characters on average: indenting each
 * would make the document many times the text, so such text is double-quoted with {@code \n}
 * escapes. Reading is {@link JourneyJson}'s, with the same {@link InvalidDocumentException} (JSON
 * pointers, lines and columns) and the same limits (SnakeYAML's defaults are replaced by them; see
 * the module's README), and one addition for hand writing: where a text is expected, a plain scalar
 * that YAML reads as a number or a boolean is taken as the text it is ({@code name: 2026}). Anchors
 * are ignored and aliases refused.
 */
public final class JourneyYaml {
  private JourneyYaml() {}

  /**
   * Reads a journey from a YAML document.
   *
   * @throws InvalidDocumentException if the text is not a journey document cjm can read, or its
   *     journey is not valid, listing every problem with its JSON pointer, line and column
   */
  public static Journey parse(String yaml) {
    checkNotNull(yaml, "parse(null): pass the text of a YAML journey document");
    return parse(new StringReader(yaml));
  }

  /**
   * Reads a journey from a YAML document read from {@code reader} (to its end, without closing it),
   * reading no further than the first limit the document breaks.
   *
   * @throws InvalidDocumentException as {@link #parse(String)} does
   * @throws UncheckedIOException if the reader fails
   */
  public static Journey parse(Reader reader) {
    checkNotNull(reader, "parse(null): pass a reader of a YAML journey document");
    RunGuard guarded = new RunGuard(reader);
    try (JsonParser parser =
        YamlDocuments.withoutAliases(YamlDocuments.FACTORY.createParser(guarded))) {
      return JourneyReader.read(parser, true);
    } catch (YAMLException e) {
      // SnakeYAML's own limit (codePointLimit) and errors Jackson does not wrap.
      throw YamlDocuments.invalid(guarded, List.of(YamlDocuments.problem(e)), e);
    } catch (InvalidDocumentException | UncheckedIOException e) {
      if (guarded.overrun() == null) {
        throw e;
      }
      throw YamlDocuments.invalid(guarded, List.of(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the journey document", e);
    }
  }

  /**
   * Writes a journey as a YAML document, ending with a line feed.
   *
   * @throws IllegalArgumentException if the document would be longer than {@link
   *     JourneyJson#MAX_DOCUMENT_LENGTH} characters, which {@link #parse(String)} refuses: only a
   *     journey near the text limits whose text is mostly control characters, which are escaped
   */
  public static String format(Journey journey) {
    checkNotNull(journey, "format(null): pass a journey");
    StringWriter out = new StringWriter();
    format(journey, out);
    return out.toString();
  }

  /**
   * Writes a journey as a YAML document to {@code out} (any {@link Appendable}), ending with a line
   * feed.
   *
   * @throws IllegalArgumentException as {@link #format(Journey)} does, with the first {@link
   *     JourneyJson#MAX_DOCUMENT_LENGTH} characters of the document written
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void format(Journey journey, Appendable out) {
    checkNotNull(journey, "format(null, …): pass a journey");
    checkNotNull(out, "out is null; pass an Appendable to write to");
    Writer writer = out instanceof Writer w ? w : CharStreams.asWriter(out);
    Writer limited = new LimitedWriter(writer, "the YAML document of this journey");
    try (JsonGenerator generator = YamlDocuments.FACTORY.createGenerator(limited)) {
      new JourneyWriter(generator).write(journey);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the YAML document", e);
    }
  }
}
