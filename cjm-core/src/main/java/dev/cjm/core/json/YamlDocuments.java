package dev.cjm.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one Jackson set-up for cjm's YAML, loaded only by {@link JourneyYaml}: SnakeYAML's limits set
 * from cjm's, and the writing style for people who edit journeys by hand.
 *
 * <p>SnakeYAML's own defaults are replaced so that YAML and JSON read the same documents: its
 * {@code codePointLimit} (3 MB) becomes {@link JourneyJson#MAX_DOCUMENT_LENGTH}, its nesting limit
 * {@link JourneyJson#MAX_DEPTH}; Jackson's {@code StreamReadConstraints} are the JSON reader's. No
 * alias is ever expanded: cjm's documents have no use for anchors and aliases, so an alias is an
 * error (and {@code maxAliasesForCollections} is 0), which also rules out "billion laughs".
 */
final class YamlDocuments {
  private YamlDocuments() {}

  static final YAMLFactory FACTORY = factory();

  /**
   * Characters SnakeYAML writes as they are in a plain or literal scalar, where a reader takes them
   * for line breaks (YAML 1.1's next line, line and paragraph separators): text holding one is
   * written double-quoted, where they are escaped.
   */
  private static final String LINE_BREAKS_OF_YAML_1_1 = "\u0085\u2028\u2029";

  /** The factory, with a generator that keeps YAML 1.1's extra line breaks. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
      return new Generator(
          context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker, out, _version);
    }
  }

  /**
   * The fewest characters a line of a text of three lines or more has on average for the text to be
   * written as a literal block ({@code |}), where each line is indented: shorter lines are
   * double-quoted instead ({@code "a\nb\nc\n"}), since indenting them would make the document many
   * times the text (99 texts of 50,000 one-letter lines would take 59.4 million characters, more
   * than {@link JourneyJson#MAX_DOCUMENT_LENGTH}). With at least ten, the indentation of a literal
   * block (at most 14 characters a line) adds at most about 1.4 times its text; a text of two lines
   * stays a literal block whatever their length.
   */
  static final int SHORTEST_LITERAL_LINES = 10;

  /**
   * Jackson's YAML generator, but text with YAML 1.1's extra line breaks, or of many short lines,
   * is double-quoted.
   */
  private static final class Generator extends YAMLGenerator {
    Generator(
        IOContext context,
        int features,
        int yamlFeatures,
        StringQuotingChecker quoting,
        Writer out,
        DumperOptions.@Nullable Version version)
        throws IOException {
      super(context, features, yamlFeatures, quoting, null, out, version);
    }

    @Override
    public void writeString(String text) throws IOException {
      if (text == null || !(hasYaml11LineBreak(text) || hasShortLines(text))) {
        super.writeString(text);
        return;
      }
      _verifyValueWrite("write String value");
      _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    }
  }

  private static boolean hasYaml11LineBreak(String text) {
    return text.chars().anyMatch(c -> LINE_BREAKS_OF_YAML_1_1.indexOf(c) >= 0);
  }

  /**
   * True if the text has three lines or more, shorter than {@link #SHORTEST_LITERAL_LINES} on
   * average.
   */
  static boolean hasShortLines(String text) {
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    return lines > 2 && text.length() < lines * SHORTEST_LITERAL_LINES;
  }

  private static YAMLFactory factory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(JourneyJson.MAX_DOCUMENT_LENGTH);
    loader.setNestingDepthLimit(JourneyJson.MAX_DEPTH);
    loader.setMaxAliasesForCollections(0);
    loader.setAllowRecursiveKeys(false);
    loader.setProcessComments(false);
    return new Factory(
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(JsonDocuments.constraints())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
  }

  /** A parser that refuses aliases, which Jackson would otherwise read as plain text. */
  static JsonParser withoutAliases(JsonParser parser) {
    return new JsonParserDelegate(parser) {
      @Override
      public @Nullable JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw new JsonParseException(
              this,
              "an alias (*"
                  + yaml.getText()
                  + ") is not supported in a cjm document; write the value out in full");
        }
        return token;
      }
    };
  }

  /** An error SnakeYAML throws itself (its code point limit, a scanner error), as a problem. */
  static DocumentProblem problem(YAMLException e) {
    Mark mark = e instanceof MarkedYAMLException marked ? marked.getProblemMark() : null;
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    String original = String.valueOf(e.getMessage());
    String message =
        original.contains("exceeds the limit")
            ? "the document is longer than "
                + dev.cjm.core.internal.Figures.count(JourneyJson.MAX_DOCUMENT_LENGTH)
                + " characters (JourneyJson.MAX_DOCUMENT_LENGTH); split it into several journeys"
            : "the YAML cannot be read: " + DocumentReader.withoutSnippets(original);
    return new DocumentProblem("", line, column, message, ImmutableMap.of());
  }

  /**
   * The exception for a document SnakeYAML could not read: the guard's problem if the guard stopped
   * it (SnakeYAML wraps the guard's exception in its own), otherwise {@code problems}.
   */
  static InvalidDocumentException invalid(
      RunGuard guard, List<DocumentProblem> problems, Exception cause) {
    DocumentProblem overrun = guard.overrun();
    return new InvalidDocumentException(
        "journey document", overrun == null ? problems : List.of(overrun), cause);
  }
}
