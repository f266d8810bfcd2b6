package dev.cjm.render.svg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample journey renders to exactly its golden file, and Batik accepts every golden. After an
 * intended change, regenerate with {@code -Dcjm.updateGoldens=true} and look at the pictures.
 */
class GoldenFilesTest {
  private static final Path GOLDENS = Path.of("src/test/resources/goldens");
  private static final Path RENDERED = Path.of("target/rendered");

  static Stream<Arguments> goldens() {
    SvgRenderer light = SvgRenderer.create();
    return Stream.of(
        Arguments.of("small", SampleJourneys.small(), light),
        Arguments.of("polish", SampleJourneys.polish(), light),
        Arguments.of("polish-in-polish", SampleJourneys.polishInPolish(), light),
        Arguments.of("long-texts", SampleJourneys.longTexts(), light),
        Arguments.of(
            "long-texts-truncated",
            SampleJourneys.longTexts(),
            SvgRenderer.builder().maxLines(3).build()),
        Arguments.of("many-touchpoints", SampleJourneys.manyTouchpoints(), light),
        Arguments.of("international", SampleJourneys.international(), light),
        Arguments.of("edge-cases", SampleJourneys.edgeCases(), light),
        Arguments.of(
            "polish-dark",
            SampleJourneys.polish(),
            SvgRenderer.builder().theme(Theme.DARK).build()),
        Arguments.of(
            "polish-high-contrast",
            SampleJourneys.polish(),
            SvgRenderer.builder().theme(Theme.HIGH_CONTRAST).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void render_matchesGoldenFile_andBatikAcceptsIt(
      String name, Journey journey, SvgRenderer renderer) throws IOException {
    check(name, renderer.render(journey));
  }

  /**
   * Sample journeys rendered with their gap report: pain points marked with their rank and listed
   * with the map checks in the panel below the map.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("annotated")
  void render_withFindings_matchesGoldenFile_andBatikAcceptsIt(String name, Journey journey)
      throws IOException {
    StringWriter svg = new StringWriter();
    SvgRenderer.create().render(journey, GapAnalysis.standard().analyze(journey), svg);
    check(name, svg.toString());
  }

  static Stream<Arguments> annotated() {
    return Stream.of(
        Arguments.of("small-with-findings", SampleJourneys.small()),
        Arguments.of("polish-with-findings", SampleJourneys.polish()),
        Arguments.of("long-names-with-pain-points", SampleJourneys.longNamesWithPainPoints()));
  }

  /** The overview of 15 touchpoints with their gap report, in Polish: the map on a slide. */
  @Test
  void overview_matchesGoldenFile_andBatikAcceptsIt() throws IOException {
    Journey journey = SampleJourneys.slideSized();
    SvgRenderer overview =
        SvgRenderer.builder().overview(true).locale(SampleJourneys.POLISH).build();
    check(
        "overview-polish-with-findings",
        overview.render(journey, GapAnalysis.standard().analyze(journey)));
  }

  /**
   * A future state compared with its current state: the current curve faintly under the future's,
   * "new" and "changed" badges on touchpoints, removed touchpoints named in their stages' bands.
   */
  @Test
  void render_comparison_matchesGoldenFile_andBatikAcceptsIt() throws IOException {
    check("comparison", SvgRenderer.create().render(ComparisonJourneys.diff()));
  }

  /**
   * A planned journey with its observed cases: the dashed observed curve with square markers, the
   * reached, failed and ended-here bars, a long wait, and ad-hoc steps before the first step,
   * between two steps and after the last, with their gap report.
   */
  @Test
  void render_observed_matchesGoldenFile_andBatikAcceptsIt() throws IOException {
    Journey plan = ObservedJourneys.plan();
    check(
        "observed",
        SvgRenderer.create()
            .render(plan, ObservedJourneys.summary(), GapAnalysis.standard().analyze(plan)));
  }

  /**
   * A plan with choices: a bracket labelled "one of" over three alternative entry points, dashed
   * cards for the optional touchpoints, and the legend's group that explains both.
   */
  @Test
  void render_choices_matchesGoldenFile_andBatikAcceptsIt() throws IOException {
    check("choices", SvgRenderer.create().render(SampleJourneys.clickAndCollect()));
  }

  private static void check(String name, String svg) throws IOException {
    Files.createDirectories(RENDERED);
    Files.writeString(RENDERED.resolve(name + ".svg"), svg, UTF_8);
    Path golden = GOLDENS.resolve(name + ".svg");
    if (Boolean.getBoolean("cjm.updateGoldens")) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, svg, UTF_8);
    }
    assertThat(golden)
        .as("golden file %s (create it with -Dcjm.updateGoldens=true)", golden)
        .exists();
    String expected = Files.readString(golden, UTF_8);
    assertThat(svg).as("rendering of %s", name).isEqualTo(expected);
    byte[] png = Batik.render(expected);
    assertThat(png).as("PNG rendered by Batik from %s", golden).isNotEmpty();
    Files.write(RENDERED.resolve(name + ".batik.png"), png);
  }
}
