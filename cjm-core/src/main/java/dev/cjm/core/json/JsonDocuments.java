package dev.cjm.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.cjm.core.Limits;
import java.io.IOException;
import java.io.Writer;

/**
 * The one Jackson set-up for cjm's JSON: the read limits taken from {@link Limits} and {@link
 * JourneyJson}, and the writing style (two-space indent, {@code "key": value}, line feeds).
 */
final class JsonDocuments {
  private JsonDocuments() {}

  /** Jackson's read limits, set from cjm's; shared with the YAML reader. */
  static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxStringLength(Limits.MAX_TEXT_LENGTH)
        .maxNameLength(1_000)
        .maxNestingDepth(JourneyJson.MAX_DEPTH)
        .maxNumberLength(1_000)
        .maxDocumentLength(JourneyJson.MAX_DOCUMENT_LENGTH)
        .build();
  }

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(constraints())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .build();

  /** A generator writing pretty-printed JSON to {@code out}. */
  static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return FACTORY.createGenerator(out).setPrettyPrinter(printer);
  }
}
