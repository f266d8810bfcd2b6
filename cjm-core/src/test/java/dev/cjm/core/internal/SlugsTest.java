package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Awareness | awareness",
        "Instagram ad | instagram-ad",
        "  Checkout  page  | checkout-page",
        "Świadomość | swiadomosc",
        "Łódź | lodz",
        "Doświadczenie po zakupie | doswiadczenie-po-zakupie",
        "ŻÓŁĆ gęślą jaźń | zolc-gesla-jazn",
        "Straße | strasse",
        "Übergabe an DHL | ubergabe-an-dhl",
        "Crème brûlée | creme-brulee",
        "Øresund | oresund",
        "Ærø | aero",
        "Don't panic! | dont-panic",
        "Customer’s view | customers-view",
        "Step 3: pay | step-3-pay",
        "E-mail / SMS | e-mail-sms",
        "ÇA VA | ca-va",
        "İstanbul | istanbul",
      })
  void slug_lowersCaseJoinsWordsWithHyphensAndDropsLatinDiacritics(String name, String slug) {
    assertThat(Slugs.slug(name)).isEqualTo(slug);
  }

  @Test
  void slug_keepsLettersOfOtherScriptsAsTheyAre() {
    assertThat(Slugs.slug("お茶を入れる")).isEqualTo("お茶を入れる");
    assertThat(Slugs.slug("Заказ товара")).isEqualTo("заказ-товара");
    assertThat(Slugs.slug("Ωμέγα")).isEqualTo("ωμέγα");
    assertThat(Slugs.slug("הזמנה מקוונת")).isEqualTo("הזמנה-מקוונת");
    assertThat(Slugs.slug("हिन्दी")).isEqualTo("हिन्दी"); // vowel signs stay with their letters
    assertThat(Slugs.slug("がぎ")).isEqualTo("がぎ"); // voiced kana are not stripped
  }

  @Test
  void slug_mixesScriptsWordByWord() {
    assertThat(Slugs.slug("Zamówienie 注文 online")).isEqualTo("zamowienie-注文-online");
  }

  @Test
  void slug_dropsAccentsWrittenAsCombiningMarks() {
    assertThat(Slugs.slug("Cafe\u0301")).isEqualTo("cafe");
  }

  @Test
  void slug_isEmptyForANameWithoutLetterOrDigit() {
    assertThat(Slugs.slug("")).isEmpty();
    assertThat(Slugs.slug("   ")).isEmpty();
    assertThat(Slugs.slug("?!… —")).isEmpty();
    assertThat(Slugs.slug("🚀")).isEmpty();
  }
}
