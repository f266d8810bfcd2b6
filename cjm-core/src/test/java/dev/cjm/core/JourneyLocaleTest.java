package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cjm.core.testing.TestJourneys;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A journey has a locale, the language it is written in: English unless set, kept in the canonical
 * form of its language tag, carried by {@link Journey#toBuilder()} and part of a journey's value.
 */
class JourneyLocaleTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  private static Problem onlyProblem(JourneyBuilder builder) {
    InvalidJourneyException e = catchThrowableOfType(InvalidJourneyException.class, builder::build);
    assertThat(e).as("build() should fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void locale_isEnglishUnlessSet() {
    assertThat(Journey.builder("j").build().locale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void locale_isTheOneSet() {
    Journey journey = Journey.builder("Program lojalnościowy").locale(POLISH).build();

    assertThat(journey.locale()).isEqualTo(POLISH);
    assertThat(journey.locale().getLanguage()).isEqualTo("pl");
  }

  @Test
  void locale_isKeptInTheCanonicalFormOfItsLanguageTag() {
    Locale norwegianNynorsk = Locale.forLanguageTag("no-NO-x-lvariant-NY"); // the JDK's no_NO_NY
    Journey legacy = Journey.builder("j").locale(norwegianNynorsk).build();
    Journey script = Journey.builder("j").locale(Locale.forLanguageTag("zh-hant-tw")).build();

    assertThat(norwegianNynorsk).isNotEqualTo(Locale.forLanguageTag("nn-NO"));
    assertThat(legacy.locale()).isEqualTo(Locale.forLanguageTag("nn-NO"));
    assertThat(script.locale().toLanguageTag()).isEqualTo("zh-Hant-TW");
  }

  @Test
  void locale_survivesToBuilder() {
    Journey polish = TestJourneys.runningShoes().toBuilder().locale(POLISH).build();

    Journey copy = polish.toBuilder().build();
    Journey retitled = polish.toBuilder().title("Kupno butów do biegania").build();

    assertThat(copy.locale()).isEqualTo(POLISH);
    assertThat(copy).isEqualTo(polish);
    assertThat(retitled.locale()).isEqualTo(POLISH);
  }

  @Test
  void locale_isPartOfEqualsAndHashCode() {
    Journey english = TestJourneys.runningShoes();
    Journey polish = english.toBuilder().locale(POLISH).build();
    Journey explicitlyEnglish = english.toBuilder().locale(Locale.ENGLISH).build();

    assertThat(polish).isNotEqualTo(english);
    assertThat(explicitlyEnglish).isEqualTo(english);
    assertThat(explicitlyEnglish.hashCode()).isEqualTo(english.hashCode());
    assertThat(english.toBuilder().locale(Locale.forLanguageTag("PL")).build())
        .isEqualTo(polish)
        .hasSameHashCodeAs(polish);
  }

  @Test
  void locale_null_isAProblemLikeEveryNullArgumentOfTheDsl() {
    Problem problem = onlyProblem(Journey.builder("j").locale(nullLocale()));

    assertThat(problem.toString())
        .isEqualTo("locale: locale(null) was given null; pass a value, or leave the call out");
  }

  @Test
  void locale_root_isAProblemNamingWhatWouldBeRight() {
    Problem problem = onlyProblem(Journey.builder("j").locale(Locale.ROOT));

    assertThat(problem.toString())
        .isEqualTo(
            "locale: Locale.ROOT has no language; give the language the journey is written in,"
                + " e.g. Locale.ENGLISH or Locale.forLanguageTag(\"pl\"), or leave locale(…) out"
                + " for English");
    assertThat(problem.facts()).containsEntry("but was", "und");
  }

  @Test
  void locale_withARegionButNoLanguage_isAProblem() {
    Problem problem =
        onlyProblem(Journey.builder("j").locale(new Locale.Builder().setRegion("PL").build()));

    assertThat(problem.path()).isEqualTo("locale");
    assertThat(problem.message())
        .startsWith("locale \"und-PL\" has no language;")
        .contains("Locale.forLanguageTag(\"pl\")");
  }

  @SuppressWarnings("NullAway") // null is the point
  private static Locale nullLocale() {
    return null;
  }
}
