package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  @Test
  void everyEnglishKey_isInPolish_withTheSamePlaceholders() throws IOException {
    Properties english = file("words.properties");
    Properties polish = file("words_pl.properties");

    for (String key : english.stringPropertyNames()) {
      // Polish has more plural forms than English; every English one it has too.
      assertThat(polish.getProperty(key)).as("Polish words for %s", key).isNotNull();
      assertThat(placeholders(polish.getProperty(key)))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @Test
  void polishCountedNouns_takeTheFormOfTheNumber() {
    Words polish = Words.of(POLISH);

    assertThat(polish.count("painPoints", 1)).isEqualTo("1 punkt bólu");
    assertThat(polish.count("painPoints", 2)).isEqualTo("2 punkty bólu");
    assertThat(polish.count("painPoints", 5)).isEqualTo("5 punktów bólu");
    assertThat(polish.count("mapChecks", 22)).isEqualTo("22 uwagi do mapy");
    assertThat(polish.count("mapChecks", 12)).isEqualTo("12 uwag do mapy");
    assertThat(polish.count("findings", 1)).isEqualTo("1 znalezisko");
    assertThat(polish.count("findings", 10_000)).isEqualTo("10\u00a0000 znalezisk");
  }

  @Test
  void englishCountedNouns_haveOneAndOther() {
    assertThat(Words.english().count("painPoints", 1)).isEqualTo("1 pain point");
    assertThat(Words.english().count("painPoints", 0)).isEqualTo("0 pain points");
  }

  @Test
  void aLanguageWithoutWords_isEnglish() {
    assertThat(Words.of(Locale.GERMAN).get("heading.fixFirst")).isEqualTo("Fix first");
    assertThat(Words.of(POLISH).get("heading.fixFirst")).isEqualTo("Najpierw napraw");
  }

  @Test
  void aUsersLanguage_comesFromTheirWordsFile_fallingBackToEnglishKeyByKey() {
    // META-INF/cjm/words_eo.properties in the test resources: a few words and number symbols.
    Locale esperanto = Locale.forLanguageTag("eo");
    Words words = Words.of(esperanto);

    assertThat(words.get("heading.fixFirst")).isEqualTo("Riparu unue");
    assertThat(words.get("heading.painPoints")).isEqualTo("Pain points");
    assertThat(words.count("painPoints", 3)).isEqualTo("3 dolorpunktoj");
    assertThat(words.hasOwn("heading.fixFirst")).isTrue();
    assertThat(words.hasOwn("heading.painPoints")).isFalse();
    assertThat(Figures.amount(esperanto, 1234.5)).isEqualTo("1.234,5");
    assertThat(Figures.percent(esperanto, 0.125)).isEqualTo("12,5 %");
    assertThat(Figures.metric(esperanto, 12.5, java.util.Optional.of("%"))).isEqualTo("12,5 %");
    assertThat(Figures.metric(POLISH, 12.5, java.util.Optional.of("%"))).isEqualTo("12,5%");
    assertThat(Figures.count(esperanto, 999)).isEqualTo("999");
  }

  @Test
  void aUsersEnglishWords_addKeysWithoutChangingShippedOnes() {
    // META-INF/cjm/words.properties in the test resources adds a custom rule's message.
    assertThat(Words.english().get("acme.no-owner", "\"X\"")).isEqualTo("Nobody owns \"X\".");
    assertThat(Words.of(POLISH).get("acme.no-owner", "„X”"))
        .isEqualTo("Nikt nie odpowiada za punkt styku „X”.");
    assertThat(Words.english().get("heading.fixFirst")).isEqualTo("Fix first");
  }

  @Test
  void aMissingKey_isAnErrorThatSaysWhereToAddIt() {
    assertThatThrownBy(() -> Words.of(POLISH).get("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("META-INF/cjm/words.properties");
  }

  @Test
  void placeholders_areFilledInOnePass() {
    assertThat(Words.english().get("where", "Pay {1}", "Purchase")).isEqualTo("Pay {1} (Purchase)");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{\\d}").matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static Properties file(String name) throws IOException {
    Properties words = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return words;
  }
}
