package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids are stable references: given, or derived from the name; never renumbered silently. */
class IdsTest {
  @Test
  void ids_areDerivedFromNamesAsSlugs() {
    Journey journey =
        Journey.builder("Kawiarnia")
            .stage(
                "Świadomość",
                s ->
                    s.touchpoint(
                        "Plakat w Łodzi",
                        t -> t.barrier("Za mały napis").opportunity("Większa czcionka")))
            .stage("お茶を入れる", s -> s.touchpoint("Wi-Fi hasło"))
            .build();

    assertThat(journey.stages()).extracting(Stage::id).containsExactly("swiadomosc", "お茶を入れる");
    assertThat(journey.allTouchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("plakat-w-lodzi", "wi-fi-haslo");
    assertThat(journey.allBarriers()).extracting(Barrier::id).containsExactly("za-maly-napis");
    assertThat(journey.allOpportunities())
        .extracting(Opportunity::id)
        .containsExactly("wieksza-czcionka");
  }

  @Test
  void ids_ofNamesWithoutLetterOrDigitAreTheKindAndPosition() {
    Journey journey =
        Journey.builder("j")
            .stage("★", s -> s.touchpoint("A").touchpoint("B").touchpoint("?!"))
            .stage("☆", s -> s.touchpoint("—", t -> t.barrier("…")))
            .build();

    assertThat(journey.stages()).extracting(Stage::id).containsExactly("stage-1", "stage-2");
    assertThat(journey.allTouchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("a", "b", "touchpoint-3", "touchpoint-4");
    assertThat(journey.allBarriers()).extracting(Barrier::id).containsExactly("barrier-1");
  }

  @Test
  void ids_givenAreKeptAsGiven() {
    Journey journey =
        Journey.builder("j")
            .stage("Purchase", s -> s.id("P1").touchpoint("Checkout", t -> t.id("checkout.v2")))
            .build();

    assertThat(journey.stages().get(0).id()).isEqualTo("P1");
    assertThat(journey.allTouchpoints().get(0).id()).isEqualTo("checkout.v2");
  }
}
