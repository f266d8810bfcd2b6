package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.testing.RandomJourneys;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Any valid journey, whatever its text, renders to well-formed SVG with its text intact. */
class RenderPropertiesTest {
  @Test
  void render_anyValidJourney_isWellFormed_andEveryTextComesBackExactlyAsGiven() {
    qt().withExamples(150)
        .forAll(JourneyGenerators.journeys(), JourneyGenerators.renderers())
        .checkAssert(
            (journey, renderer) -> {
              List<String> titles = RenderedMarkup.checkAndReadTitles(renderer.render(journey));
              assertThat(titles.get(0))
                  .isEqualTo(
                      RenderedMarkup.asParsed(
                          journey.accessibilityTitle().orElse(journey.title())));
              Set<String> mapTitles = new HashSet<>(titles);
              assertThat(journey.allTouchpoints())
                  .map(RenderedMarkup::touchpointTitle)
                  .allMatch(mapTitles::contains, "is a title of the map");
            });
  }

  @Test
  void render_anyValidJourney_isAcceptedByBatik() {
    qt().withExamples(20)
        .forAll(RandomJourneys.standard().smallOnly().journeys(), JourneyGenerators.renderers())
        .checkAssert(
            (journey, renderer) -> assertThat(Batik.render(renderer.render(journey))).isNotEmpty());
  }
}
