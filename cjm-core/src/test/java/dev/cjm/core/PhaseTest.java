package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhaseTest {
  @Test
  void fromName_recognisesEnglishAndPolishNames() {
    assertThat(Phase.fromName("Awareness")).contains(Phase.AWARENESS);
    assertThat(Phase.fromName("Świadomość")).contains(Phase.AWARENESS);
    assertThat(Phase.fromName("Rozważanie")).contains(Phase.CONSIDERATION);
    assertThat(Phase.fromName("Decyzja")).contains(Phase.DECISION);
    assertThat(Phase.fromName("Zakup")).contains(Phase.PURCHASE);
    assertThat(Phase.fromName("Doświadczenie po zakupie")).contains(Phase.POST_PURCHASE);
    assertThat(Phase.fromName("Lojalność")).contains(Phase.LOYALTY);
    assertThat(Phase.fromName("Promocja")).contains(Phase.ADVOCACY);
  }

  @Test
  void fromName_ignoresCaseDiacriticsAndPunctuation() {
    assertThat(Phase.fromName("swiadomosc")).contains(Phase.AWARENESS);
    assertThat(Phase.fromName("ŚWIADOMOŚĆ")).contains(Phase.AWARENESS);
    assertThat(Phase.fromName("  awareness ")).contains(Phase.AWARENESS);
    assertThat(Phase.fromName("Post-purchase")).contains(Phase.POST_PURCHASE);
    assertThat(Phase.fromName("post purchase")).contains(Phase.POST_PURCHASE);
    assertThat(Phase.fromName("Post-purchase experience")).contains(Phase.POST_PURCHASE);
    assertThat(Phase.fromName("LOJALNOSC")).contains(Phase.LOYALTY);
  }

  @Test
  void displayName_isInTheGivenLanguage() {
    Locale polish = Locale.forLanguageTag("pl");
    for (Phase phase : Phase.values()) {
      assertThat(phase.displayName(Locale.ENGLISH)).isEqualTo(phase.englishName());
      assertThat(phase.displayName(polish)).isEqualTo(phase.polishName());
      assertThat(phase.displayName(Locale.forLanguageTag("pl-PL"))).isEqualTo(phase.polishName());
      assertThat(phase.displayName(Locale.JAPANESE)).isEqualTo(phase.englishName());
    }
  }

  @Test
  void fromName_needsTheWholeName() {
    assertThat(Phase.fromName("Awareness ads")).isEmpty();
    assertThat(Phase.fromName("Checkout")).isEmpty();
    assertThat(Phase.fromName("")).isEmpty();
    assertThat(Phase.fromName("!!!")).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // a caller outside the null-checked world may pass null
  void fromName_rejectsNull() {
    assertThatThrownBy(() -> Phase.fromName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("phase name is null");
  }
}
