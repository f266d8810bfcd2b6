package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.testing.RandomJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The map of a future state compared with its current state, as a document: any two valid journeys
 * render as a comparison to safe, well-formed SVG that Batik draws; the same diff gives the same
 * bytes; and the comparison is a map of its own, with its own id and style rules.
 */
class ComparisonRenderTest {
  @Test
  void anyTwoValidJourneys_renderAsAComparison_thatBatikDraws_inAnyTheme() {
    qt().withExamples(10)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys(),
            RandomJourneys.standard().smallOnly().journeys(),
            Generate.pick(List.copyOf(Theme.all())))
        .checkAssert(
            (current, future, theme) -> {
              JourneyDiff diff = JourneyDiff.between(current, future);
              SvgRenderer renderer = SvgRenderer.builder().theme(theme).build();
              String svg = renderer.render(diff, GapAnalysis.standard().analyze(future));
              assertThat(RenderedMarkup.checkAndReadTitles(svg)).isNotEmpty();
              assertThat(renderer.render(diff, GapAnalysis.standard().analyze(future)))
                  .isEqualTo(svg);
              assertThat(Batik.render(svg)).isNotEmpty();
            });
  }

  @Test
  void aJourneyComparedWithAnEditedCopyOfItself_rendersToSafeMarkup_withABadgeOnTheEditedCard() {
    qt().withExamples(40)
        .forAll(RandomJourneys.standard().smallOnly().journeys())
        .checkAssert(
            current -> {
              if (current.allTouchpoints().isEmpty()) {
                return;
              }
              // Two random journeys share few ids; an edited copy shares all but the edit.
              String edited = current.allTouchpoints().get(0).id();
              Journey future =
                  current.toBuilder()
                      .editTouchpoint(edited, t -> t.name("Edited " + edited).emotion(2))
                      .build();
              String svg = SvgRenderer.create().render(JourneyDiff.between(current, future));
              assertThat(RenderedMarkup.checkAndReadTitles(svg)).isNotEmpty();
              assertThat(svg).contains("class=\"cjm-change-badge cjm-change-changed\"");
            });
  }

  @Test
  void aComparison_isAMapOfItsOwn_withItsOwnId_andTheComparisonsStyleRules() {
    JourneyDiff diff = ComparisonJourneys.diff();

    String compared = SvgRenderer.create().render(diff);
    String alone = SvgRenderer.create().render(diff.future());

    assertThat(mapId(compared)).isNotEqualTo(mapId(alone));
    assertThat(compared).contains(".cjm-emotion-current{", ".cjm-change-added{");
    assertThat(alone).doesNotContain("cjm-emotion-current", "cjm-change-");
  }

  private static String mapId(String svg) {
    int start = svg.indexOf(" id=\"") + 5;
    return svg.substring(start, svg.indexOf('"', start));
  }
}
