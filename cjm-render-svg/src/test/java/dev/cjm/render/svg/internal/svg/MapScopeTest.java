package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.HashCode;
import org.junit.jupiter.api.Test;

class MapScopeTest {
  private static final MapScope SOFA = MapScope.named("sofa");

  @Test
  void id_putsTheMapIdInPlaceOfTheLayoutsPrefix() {
    assertThat(SOFA.id("cjm-touchpoint-checkout")).isEqualTo("sofa-touchpoint-checkout");
    assertThat(SOFA.id("cjm-title")).isEqualTo("sofa-title");
    assertThat(SOFA.id("legend")).isEqualTo("sofa-legend");
  }

  @Test
  void selector_findsTheClassInsideThisMapOnly() {
    assertThat(SOFA.selector("cjm-card")).isEqualTo("#sofa .cjm-card");
  }

  @Test
  void references_pointAtThisMapsOwnIds() {
    assertThat(SOFA.references("url(#cjm-gap-pattern)")).isEqualTo("url(#sofa-gap-pattern)");
    assertThat(SOFA.references("fill:url(#cjm-a);stroke:url(#cjm-b)"))
        .isEqualTo("fill:url(#sofa-a);stroke:url(#sofa-b)");
    assertThat(SOFA.references("#cjm-touchpoint-pay")).isEqualTo("#sofa-touchpoint-pay");
    assertThat(SOFA.references("#1f2328")).isEqualTo("#1f2328"); // a colour is no reference
    assertThat(SOFA.references("stroke-dasharray:4 3")).isEqualTo("stroke-dasharray:4 3");
  }

  @Test
  void derivedFrom_isCjmAndTheFirstEightHexDigitsOfTheHash() {
    MapScope scope = MapScope.derivedFrom(HashCode.fromString("3f9a01c2deadbeef"));

    assertThat(scope.mapId()).isEqualTo("cjm-3f9a01c2");
  }
}
