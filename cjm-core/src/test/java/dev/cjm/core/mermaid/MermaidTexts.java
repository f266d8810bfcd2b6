package dev.cjm.core.mermaid;

import dev.cjm.core.Journey;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.testing.HostileText;
import dev.cjm.core.testing.RandomJourneys;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Texts made of the pieces Mermaid's grammar finds hardest: its reserved characters, entity codes,
 * line break tags, keywords and white space at the edges, next to ordinary words in several
 * scripts; and journeys whose names are made of them.
 */
final class MermaidTexts {
  private MermaidTexts() {}

  private static final List<String> PIECES =
      List.of(
          "Tea",
          "make",
          "Zoë",
          "Świadomość",
          "お茶",
          "\uD83D\uDE00",
          "1",
          "-",
          "_",
          "'",
          " ",
          "  ",
          ":",
          "#",
          ";",
          ",",
          "%",
          "%%",
          "{",
          "}",
          "<br>",
          "<BR />",
          "<",
          ">",
          "/",
          "&",
          "\n",
          "\t",
          "\r",
          "\u0000",
          "\u0085",
          "\u00A0",
          "\u2028",
          "#58;",
          "#35;",
          "#quot;",
          "#x;",
          "&#58;",
          "title ",
          "section ",
          "journey",
          "accTitle:",
          "accDescr {",
          "accDescr:",
          "---",
          "%%{",
          "}%%");

  /** A non-blank text made of one to four pieces. */
  static Gen<String> texts() {
    Gen<String> piece = Generate.pick(PIECES);
    return in -> {
      int count = Generate.range(1, 4).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append(piece.generate(in));
      }
      return Texts.isBlank(text) ? "x" + text : text.toString();
    };
  }

  /** Locales of journeys: English (which is not written) and others, with script and region. */
  private static final List<Locale> LOCALES =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("pl"),
          Locale.forLanguageTag("de"),
          Locale.forLanguageTag("pt-BR"),
          Locale.forLanguageTag("zh-Hant-TW"));

  /**
   * Valid journeys from the shared generator, their texts made of these pieces or hostile text of
   * every other kind, each in one of a few locales.
   */
  static Gen<Journey> journeys() {
    return RandomJourneys.standard()
        .texts(texts().mix(HostileText.valid(), 30))
        .journeys()
        .zip(
            Generate.pick(LOCALES),
            (journey, locale) -> journey.toBuilder().locale(locale).build());
  }
}
