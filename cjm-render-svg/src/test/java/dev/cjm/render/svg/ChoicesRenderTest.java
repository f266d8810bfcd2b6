package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A plan's choices on the map: an optional touchpoint's card has a dashed border and says
 * "optional"; a bracket labelled "one of" spans the alternatives of a group. Only a map with
 * choices carries their style rules, and the flag takes part in the map's id.
 */
class ChoicesRenderTest {
  private static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage(
              "Awareness",
              s ->
                  s.oneOf("entry", e -> e.touchpoint("Facebook ad").touchpoint("Google search"))
                      .touchpoint("Product page"))
          .stage("Advocacy", s -> s.touchpoint("Review request", t -> t.optional()))
          .build();

  @Test
  void anOptionalTouchpoint_hasADashedCardThatSaysOptional() {
    String svg = SvgRenderer.create().render(PLAN);

    assertThat(svg)
        .contains(".cjm-optional{", "stroke-dasharray:5 3")
        .contains("class=\"cjm-card cjm-touchpoint-card cjm-optional\"")
        .contains(">optional</text>");
    // Only that card, and the legend's sample of one.
    assertThat(svg.split("cjm-touchpoint-card cjm-optional", -1)).hasSize(3);
  }

  @Test
  void aOneOfGroup_hasABracketLabelledOneOfOverItsColumns() {
    String svg = SvgRenderer.create().render(PLAN);

    assertThat(svg).contains(".cjm-one-of{", ">one of</text>");
    // Two ticks and the bar over the group, and the same in the legend's sample.
    assertThat(svg.split("class=\"cjm-one-of\"", -1)).hasSize(7);
    assertThat(Batik.render(svg)).isNotEmpty();
  }

  @Test
  void theWordsFollowTheMapsLanguage() {
    String svg = SvgRenderer.builder().locale(Locale.forLanguageTag("pl")).build().render(PLAN);

    assertThat(svg).contains(">opcjonalny</text>", ">jeden z</text>");
  }

  @Test
  void aMapWithoutChoices_hasNoneOfTheirRules_andTheOptionalFlagChangesTheMapsId() {
    Journey required = PLAN.toBuilder().editTouchpoint("review-request", t -> t.required()).build();
    Journey plain =
        Journey.builder("Plain").stage("S", s -> s.touchpoint("A").touchpoint("B")).build();

    assertThat(SvgRenderer.create().render(plain)).doesNotContain("cjm-optional", "cjm-one-of");
    assertThat(mapId(SvgRenderer.create().render(required)))
        .isNotEqualTo(mapId(SvgRenderer.create().render(PLAN)));
  }

  private static String mapId(String svg) {
    int start = svg.indexOf(" id=\"") + 5;
    return svg.substring(start, svg.indexOf('"', start));
  }
}
