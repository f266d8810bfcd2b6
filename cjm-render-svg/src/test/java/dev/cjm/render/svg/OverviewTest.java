package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * {@code overview(true)} renders the map for a slide: 1,920 wide, every touchpoint named, in any
 * theme and language, as safe to inline as the full map, and a document Batik and any XML parser
 * accept for any journey.
 */
class OverviewTest {
  private static final SvgRenderer OVERVIEW = SvgRenderer.builder().overview(true).build();

  @Test
  void overview_isOffUnlessSet_andKeptByToBuilder() {
    assertThat(SvgRenderer.create().overview()).isFalse();
    assertThat(OVERVIEW.overview()).isTrue();
    assertThat(OVERVIEW.toBuilder().build().overview()).isTrue();
    assertThat(OVERVIEW.toBuilder().overview(false).build().overview()).isFalse();
    assertThat(OVERVIEW.toString()).contains("overview=true");
  }

  @Test
  void theOverview_is1920Wide_namesEveryTouchpoint_andIsNotTheFullMap() {
    Journey journey = SampleJourneys.slideSized();
    String svg = OVERVIEW.render(journey, GapAnalysis.standard().analyze(journey));

    Element root = SvgDocuments.parse(svg).getDocumentElement();
    assertThat(root.getAttribute("width")).isEqualTo("1920");
    assertThat(root.getAttribute("viewBox")).startsWith("0 0 1920 ");
    List<String> titles = RenderedMarkup.checkAndReadTitles(svg);
    journey
        .allTouchpoints()
        .forEach(t -> assertThat(titles).contains(RenderedMarkup.touchpointTitle(t)));
    assertThat(SvgDocuments.elements(root.getOwnerDocument()))
        .extracting(e -> e.getAttribute("class"))
        .as("the classes drawn")
        .contains("cjm-card cjm-touchpoint-card")
        .noneMatch(c -> c.contains("cjm-lane-doing"))
        .noneMatch(c -> c.contains("cjm-barrier-card"))
        .noneMatch(c -> c.contains("cjm-opportunity-card"))
        .noneMatch(c -> c.contains("cjm-metric-card"))
        .noneMatch(c -> c.contains("cjm-persona"));
    assertThat(root.getAttribute("id"))
        .as("the overview's id differs from the full map's")
        .isNotEqualTo(
            SvgDocuments.parse(SvgRenderer.create().render(journey))
                .getDocumentElement()
                .getAttribute("id"));
  }

  @Test
  void aPolishOverview_saysItsLanguage_andListsWhatToFixFirstInPolish() {
    Journey journey = SampleJourneys.polishInPolish();
    String svg = OVERVIEW.render(journey, GapAnalysis.standard().analyze(journey));

    assertThat(SvgDocuments.parse(svg).getDocumentElement().getAttribute("xml:lang"))
        .isEqualTo("pl");
    assertThat(svg).contains("Najpierw napraw").doesNotContain("Fix first");
  }

  static List<Theme> themes() {
    return Theme.all();
  }

  @ParameterizedTest
  @MethodSource("themes")
  void batikRendersTheOverview_inEveryTheme(Theme theme) throws IOException {
    Journey journey = SampleJourneys.slideSized();
    GapReport report = GapAnalysis.standard().analyze(journey);
    StringWriter svg = new StringWriter();
    OVERVIEW.toBuilder().theme(theme).build().render(journey, report, svg);

    byte[] png = Batik.render(svg.toString());
    assertThat(png).isNotEmpty();
    Path rendered = Path.of("target/rendered");
    Files.createDirectories(rendered);
    Files.writeString(rendered.resolve("overview-" + theme + ".svg"), svg.toString());
  }

  @Test
  void anyJourney_withAnyOptions_rendersAsAnOverviewThatParses() {
    qt().withExamples(150)
        .forAll(JourneyGenerators.journeys(), JourneyGenerators.renderers())
        .checkAssert(
            (journey, renderer) -> {
              SvgRenderer overview = renderer.toBuilder().overview(true).build();
              String svg = overview.render(journey, GapAnalysis.standard().analyze(journey));
              RenderedMarkup.checkAndReadTitles(svg);
              double width =
                  Double.parseDouble(
                      SvgDocuments.parse(svg).getDocumentElement().getAttribute("width"));
              assertThat(width).isGreaterThanOrEqualTo(1920);
            });
  }
}
