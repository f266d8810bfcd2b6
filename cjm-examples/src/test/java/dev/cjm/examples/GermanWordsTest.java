package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The German words of the examples ({@code META-INF/cjm/words_de.properties}), a user's words file
 * as cjm-core's README ("Your language") describes: it has every English word, so nothing of the
 * German example's map and report falls back to English, and it writes numbers the German way.
 */
class GermanWordsTest {
  /**
   * cjm-core's English words, read from the class path (the tests run on it): the package is not
   * exported to this module, so they are not read through {@code Words.class}.
   */
  private static final String ENGLISH = "/dev/cjm/core/internal/words.properties";

  private static final String GERMAN = "/META-INF/cjm/words_de.properties";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  @Test
  void germanWords_haveEveryEnglishKey_withItsPlaceholders_andOnlyTheNumberKeysBesides()
      throws IOException {
    Properties english = words(Journey.class, ENGLISH);
    Properties german = words(GermanWordsTest.class, GERMAN);

    for (String key : english.stringPropertyNames()) {
      assertThat(german.getProperty(key)).as("German words under %s", key).isNotNull();
      assertThat(placeholders(german.getProperty(key)))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
    Set<String> extra = new TreeSet<>(german.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());
    assertThat(extra)
        .containsExactly(
            "number.decimal", "number.grouping", "number.groupingFrom", "number.percent");
  }

  /**
   * The German example's map (with its report) and its Markdown report have no English phrase of
   * cjm's own once the journey's own texts are taken out: every run of text of the English words
   * file with a word of four letters, unless German uses it too ("Touchpoints", "Persona").
   */
  @Test
  void germanExample_mapAndReport_haveNoEnglishPhrase() throws IOException {
    Gallery.Entry train = germanEntry();
    List<String> phrases =
        EnglishPhrases.notIn(words(Journey.class, ENGLISH), words(GermanWordsTest.class, GERMAN));
    String map = SvgRenderer.create().render(train.journey(), train.report());
    String mapText =
        String.join("\n", map.replaceAll("(?s)<style.*?</style>", "").split("<[^>]*>"));

    for (String text : List.of(train.markdown(), train.report().toText(), mapText)) {
      String chrome = GalleryTest.withoutUserText(text, train);
      assertThat(EnglishPhrases.foundIn(chrome, phrases))
          .as("English words in the German example's report or map")
          .isEmpty();
    }
    assertThat(phrases).contains("Fix first", "of customers", "Opportunities");
    assertThat(train.markdown()).contains("## Gap-Analyse: ", "### Zuerst beheben", "„Bahnsteig“");
  }

  @Test
  void germanExample_writesNumbersTheGermanWay() {
    Gallery.Entry train = germanEntry();
    String map = SvgRenderer.create().render(train.journey(), train.report());

    // A decimal comma, and a share with a no-break space before its percent sign.
    assertThat(train.markdown()).contains("4,5 min", "Score 6,23", "70\u00a0% der Kunden");
    assertThat(map).contains("4,5 min", "70\u00a0% der Kunden");
  }

  @Test
  void germanNumbers_groupThousandsFromFourDigits_asCldrSays() {
    Journey journey =
        Journey.builder("Kasse")
            .locale(Locale.GERMAN)
            .stage(
                "Kauf",
                s ->
                    s.touchpoint("Kasse", t -> t.emotion(0))
                        .metric(
                            "Wartezeit", m -> m.value(1250).target(999).unit("ms").lowerIsBetter()))
            .build();

    GapReport report = Examples.analyze(journey);

    assertThat(report.toMarkdown()).contains("1.250 ms", "Ziel von 999 ms");
  }

  private static Gallery.Entry germanEntry() {
    return Gallery.entries().stream()
        .filter(e -> e.name().equals("train-ticket-german"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The placeholders of a text, sorted, since German may order them otherwise: {@code [{0}, {1}]}.
   */
  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      found.add(placeholder.group());
    }
    found.sort(null);
    return found;
  }

  /** The words of a file on the class path, found from {@code beside}'s loader. */
  private static Properties words(Class<?> beside, String file) throws IOException {
    Properties words = new Properties();
    try (InputStream in = beside.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return words;
  }
}
