package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The legend of a plan with choices says what its marks mean: a small dashed card, "optional: the
 * customer may skip it", and a small bracket, "one of: the customer meets one", each only when the
 * map draws it; in the map's language.
 */
class ChoicesLegendTest {
  private static final Journey PLAN =
      Journey.builder("Click and collect")
          .stage(
              "Awareness",
              s ->
                  s.oneOf(
                          "entry",
                          e ->
                              e.touchpoint("Facebook ad", t -> t.channel(Channel.SOCIAL_MEDIA))
                                  .touchpoint("Google search", t -> t.channel(Channel.SEARCH)))
                      .touchpoint("Product page", t -> t.channel(Channel.WEB)))
          .stage("Advocacy", s -> s.touchpoint("Review request", t -> t.optional()))
          .build();

  private static MapLayout layout(Journey journey, LayoutOptions options, Locale language) {
    return new MapLayouter(options, FontMetrics.standard())
        .layout(journey, Annotations.NONE, language);
  }

  private static Group legend(MapLayout layout) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> Ids.LEGEND.equals(g.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no legend"));
  }

  private static List<String> texts(Group group) {
    return Shapes.of(group, Text.class).stream().map(t -> String.join(" ", t.lines())).toList();
  }

  @Test
  void aPlanWithChoices_hasALegendGroup_withADashedCardAndABracket() {
    Group legend = legend(layout(PLAN, LayoutOptions.DEFAULT, Locale.ENGLISH));

    assertThat(texts(legend))
        .containsSubsequence(
            "Choices:", "optional: the customer may skip it", "one of: the customer meets one");
    assertThat(Shapes.of(legend, Rect.class))
        .filteredOn(r -> Shapes.hasClass(r.cssClass(), "cjm-optional"))
        .singleElement()
        .satisfies(card -> assertThat(Shapes.hasClass(card.cssClass(), "cjm-card")).isTrue());
    assertThat(Shapes.of(legend, Line.class))
        .filteredOn(l -> l.cssClass().equals(CssClass.ONE_OF))
        .hasSize(3); // the bar and its two ticks
  }

  @Test
  void eachSample_isThereOnlyWhenTheMapDrawsItsMark() {
    Journey optionalOnly =
        Journey.builder("Reminder")
            .stage("Stage", s -> s.touchpoint("Order").touchpoint("Reminder", t -> t.optional()))
            .build();
    Journey oneOfOnly =
        PLAN.toBuilder().editTouchpoint("review-request", t -> t.required()).build();
    Journey plain =
        Journey.builder("Plain").stage("Stage", s -> s.touchpoint("A").touchpoint("B")).build();
    LayoutOptions withoutTouchpoints =
        new LayoutOptions(200, ImmutableSet.of(LaneKind.EMOTION), 12, 0, true);

    assertThat(texts(legend(layout(optionalOnly, LayoutOptions.DEFAULT, Locale.ENGLISH))))
        .contains("Choices:", "optional: the customer may skip it")
        .doesNotContain("one of: the customer meets one");
    assertThat(texts(legend(layout(oneOfOnly, LayoutOptions.DEFAULT, Locale.ENGLISH))))
        .contains("Choices:", "one of: the customer meets one")
        .doesNotContain("optional: the customer may skip it");
    // Without the touchpoints lane no card is drawn, dashed or not; the bracket still is.
    assertThat(texts(legend(layout(PLAN, withoutTouchpoints, Locale.ENGLISH))))
        .contains("one of: the customer meets one")
        .doesNotContain("optional: the customer may skip it");
    assertThat(Shapes.of(layout(plain, LayoutOptions.DEFAULT, Locale.ENGLISH), Text.class))
        .noneMatch(t -> t.lines().contains("Choices:"));
  }

  @Test
  void theOverview_drawsNoDashedCardsOrBrackets_soItsLegendHasNoChoices() {
    MapLayout overview =
        new OverviewLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
            .layout(PLAN, Annotations.NONE, Locale.ENGLISH);

    assertThat(texts(legend(overview))).doesNotContain("Choices:");
  }

  @Test
  void theGroup_isInTheMapsLanguage() {
    assertThat(texts(legend(layout(PLAN, LayoutOptions.DEFAULT, Locale.forLanguageTag("pl")))))
        .contains(
            "Wybory klienta:",
            "opcjonalny: klient może go pominąć",
            "jeden z: klient spotyka jeden z nich");
  }
}
