package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void of_prefixesTheKind_andKeepsSlugsAsTheyAre() {
    assertThat(Ids.of("touchpoint", "checkout")).isEqualTo("cjm-touchpoint-checkout");
    assertThat(Ids.of("stage", "post-purchase.v2")).isEqualTo("cjm-stage-post-purchase.v2");
  }

  @Test
  void of_keepsLettersOfOtherScripts() {
    assertThat(Ids.of("stage", "お茶を入れる")).isEqualTo("cjm-stage-お茶を入れる");
    assertThat(Ids.of("stage", "świadomość")).isEqualTo("cjm-stage-świadomość");
  }

  @Test
  void of_writesEveryOtherCharacterAsHex_soNoMarkupAndNoTwoIdsMeet() {
    assertThat(Ids.of("barrier", "a b\"<x>")).isEqualTo("cjm-barrier-a_20_b_22__3c_x_3e_");
    assertThat(Ids.of("barrier", "a_b")).isNotEqualTo(Ids.of("barrier", "a b"));
    assertThat(Ids.of("barrier", "a_20_b")).isNotEqualTo(Ids.of("barrier", "a b"));
  }
}
