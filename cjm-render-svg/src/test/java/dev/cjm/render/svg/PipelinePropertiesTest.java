package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.InvalidJourneyException;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.testing.HostileText;
import dev.cjm.core.testing.RandomJourneys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The whole pipeline a host application runs, on any journey the DSL can describe: build, analyse
 * with the standard rules, render in every theme with and without the gap report, write as Mermaid
 * and read back. Nothing throws except the documented {@link InvalidJourneyException} for an
 * invalid journey; every SVG is well-formed, holds only the renderer's own elements and attributes,
 * and gives every user text back exactly as text; the same input gives the same bytes every time.
 */
class PipelinePropertiesTest {
  private static final GapAnalysis ANALYSIS = GapAnalysis.standard();

  @Test
  void anyValidJourney_goesThroughThePipeline_toSafeDeterministicOutput() {
    qt().withExamples(120)
        .forAll(RandomJourneys.standard().journeys())
        .checkAssert(PipelinePropertiesTest::runPipeline);
  }

  @Test
  void anyJourneyAtAll_isRejectedWithInvalidJourneyException_orGoesThroughThePipeline() {
    qt().withExamples(120)
        .forAll(RandomJourneys.standard().texts(HostileText.any()).smallOnly().builders())
        .checkAssert(
            builder -> {
              Journey journey;
              try {
                journey = builder.build();
              } catch (InvalidJourneyException e) {
                assertThat(e.problems())
                    .isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
                return;
              }
              runPipeline(journey);
            });
  }

  /**
   * Batik draws the map: small journeys only, as Batik takes seconds over a map with hundreds of
   * touchpoints or a 100,000-character text (those are checked for well-formed, safe markup above).
   */
  @Test
  void anyValidJourney_rendersToSvgThatBatikAccepts_inAnyTheme_withItsReport() {
    qt().withExamples(15)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys(),
            Generate.pick(List.copyOf(Theme.all())))
        .checkAssert(
            (journey, theme) -> {
              String svg =
                  SvgRenderer.builder()
                      .theme(theme)
                      .build()
                      .render(journey, ANALYSIS.analyze(journey));
              assertThat(Batik.render(svg)).isNotEmpty();
            });
  }

  @Test
  void hostileSamples_readBackExactlyAsText_inEveryPlaceTheyCanGo() {
    for (String text : HostileText.SAMPLES) {
      Journey journey =
          hostileEverywhere(Journey.builder(text), text).persona(text, p -> p.quote(text)).build();
      runPipeline(journey);
    }
  }

  private static JourneyBuilder hostileEverywhere(JourneyBuilder journey, String text) {
    return journey
        .description(text)
        .stage(
            text,
            s ->
                s.id("s")
                    .goal(text)
                    .touchpoint(
                        text,
                        t ->
                            t.id("t")
                                .channel(text)
                                .owner(text)
                                .actor(text)
                                .doing(text)
                                .thinking(text)
                                .feeling(text)
                                .emotion(-1, text)
                                .expectedEmotion(1, text)
                                .barrier(text, b -> b.id("b"))
                                .opportunity(text, o -> o.id("o").addresses("b")))
                    .metric(text, m -> m.value(1).target(2).unit(text)));
  }

  /** Runs every step after the build and checks what each one gives. */
  static void runPipeline(Journey journey) {
    GapReport report = ANALYSIS.analyze(journey);
    assertThat(ANALYSIS.analyze(journey).findings()).isEqualTo(report.findings());
    assertThat(ANALYSIS.analyze(journey).toMarkdown()).isEqualTo(report.toMarkdown());

    for (Theme theme : Theme.all()) {
      SvgRenderer renderer = SvgRenderer.builder().theme(theme).build();
      String plain = renderer.render(journey);
      String withReport = renderer.render(journey, report);
      assertThat(renderer.render(journey)).isEqualTo(plain);
      assertThat(renderer.render(journey, ANALYSIS.analyze(journey))).isEqualTo(withReport);
      checkTextsReadBack(journey, RenderedMarkup.checkAndReadTitles(plain));
      checkTextsReadBack(journey, RenderedMarkup.checkAndReadTitles(withReport));
    }

    String mermaid = MermaidJourney.format(journey);
    assertThat(MermaidJourney.format(journey)).isEqualTo(mermaid);
    Journey back = MermaidJourney.parse(mermaid);
    String again = MermaidJourney.format(back);
    assertThat(MermaidJourney.format(MermaidJourney.parse(again))).isEqualTo(again);
    assertThat(catchThrowable(() -> SvgRenderer.create().render(back, ANALYSIS.analyze(back))))
        .isNull();
  }

  private static void checkTextsReadBack(Journey journey, List<String> titles) {
    assertThat(titles.get(0))
        .isEqualTo(RenderedMarkup.asParsed(journey.accessibilityTitle().orElse(journey.title())));
    List<String> tooltips = new ArrayList<>();
    journey.stages().forEach(stage -> tooltips.add(RenderedMarkup.stageTitle(stage)));
    journey.allTouchpoints().forEach(t -> tooltips.add(RenderedMarkup.touchpointTitle(t)));
    Set<String> mapTitles = new HashSet<>(titles);
    assertThat(tooltips).allMatch(mapTitles::contains, "is a title of the map");
  }
}
