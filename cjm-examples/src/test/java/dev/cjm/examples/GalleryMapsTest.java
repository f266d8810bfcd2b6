package dev.cjm.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.render.svg.SvgRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.ErrorHandler;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every map of the gallery is an SVG that Apache Batik draws without a single warning. */
class GalleryMapsTest {
  /** The map shown at the top of the README; regenerate with {@code -Dcjm.updateGoldens=true}. */
  static final Path README_MAP = Path.of("readme", "running-shoes.svg");

  /** The first pain point's marker in each language of the gallery, up to its priority. */
  private static final Map<String, String> FIRST_MARKER =
      Map.of(
          "en", "Pain point 1, ",
          "pl", "Punkt bólu 1, priorytet ",
          "de", "Pain Point 1, Priorität ");

  /** The priorities' words in each language of the gallery, as its maps write them. */
  private static final Map<String, Map<String, String>> PRIORITIES =
      Map.of(
          "en", Map.of("critical", "critical", "high", "high", "medium", "medium", "low", "low"),
          "pl",
              Map.of("critical", "krytyczny", "high", "wysoki", "medium", "średni", "low", "niski"),
          "de",
              Map.of("critical", "kritisch", "high", "hoch", "medium", "mittel", "low", "niedrig"));

  @Test
  void everyGalleryMap_isWrittenAndBatikDrawsIt(@TempDir Path directory) throws IOException {
    Gallery.write(directory);

    for (Gallery.Entry entry : Gallery.entries()) {
      Path map = directory.resolve(entry.name() + ".svg");
      String svg = Files.readString(map, UTF_8);
      assertThat(svg).startsWith("<?xml");
      // The first pain point's marker, in the map's language: the café's is Polish, the train
      // journey's German.
      String firstMarker = FIRST_MARKER.get(entry.language());
      if (!entry.report().painPoints().isEmpty()) {
        String priority = entry.report().painPoints().get(0).priority().label();
        assertThat(svg)
            .contains(
                firstMarker + PRIORITIES.getOrDefault(entry.language(), Map.of()).get(priority));
      } else {
        assertThat(svg).doesNotContain(firstMarker);
      }
      assertThat(svg)
          .as("xml:lang of %s", entry.name())
          .contains("xml:lang=\"" + entry.language() + "\"");
      assertThat(batikPng(svg)).as("PNG of %s", entry.name()).isNotEmpty();
    }
    assertThat(Files.readString(directory.resolve("index.html"), UTF_8))
        .contains("<img src=\"running-shoes.svg\"");
  }

  /**
   * The café's and the bank's current state's overviews are written beside their maps, 1,920 wide,
   * in the map's language, shown on the page, and Batik draws them.
   */
  @Test
  void theOverviews_areWrittenAndShown_andBatikDrawsThem(@TempDir Path directory)
      throws IOException {
    Gallery.write(directory);

    String page = Files.readString(directory.resolve("index.html"), UTF_8);
    assertThat(Gallery.WITH_OVERVIEW).containsExactly("cafe-loyalty", "bank-account-current");
    for (Gallery.Entry entry : Gallery.entries()) {
      Path overview = directory.resolve(entry.name() + "-overview.svg");
      if (!entry.hasOverview()) {
        assertThat(overview).doesNotExist();
        continue;
      }
      String svg = Files.readString(overview, UTF_8);
      assertThat(svg)
          .contains(" width=\"1920\" ")
          .contains("xml:lang=\"" + entry.language() + "\"")
          .contains(FIRST_MARKER.get(entry.language()));
      assertThat(page).contains("<img src=\"" + entry.name() + "-overview.svg\"");
      assertThat(batikPng(svg)).as("PNG of the overview of %s", entry.name()).isNotEmpty();
    }
  }

  /**
   * The café map's panel lists its pain points and map checks compactly: well under half the height
   * of the full list of findings, which is what the panel showed before (650 px; 242 now).
   */
  @Test
  void cafeMap_panelOfPainPoints_isAFractionOfTheFullListOfFindings() {
    Gallery.Entry cafe =
        Gallery.entries().stream().filter(e -> e.name().equals("cafe-loyalty")).findFirst().get();

    double compact = panelHeight(SvgRenderer.create().render(cafe.journey(), cafe.report()));
    double everyFinding =
        panelHeight(
            SvgRenderer.builder().findingsList(true).build().render(cafe.journey(), cafe.report()));

    assertThat(compact).isLessThan(300).isLessThan(everyFinding / 2);
  }

  /** The height of the report panel's card in {@code svg}. */
  private static double panelHeight(String svg) {
    Matcher panel =
        Pattern.compile("height=\"([0-9.]+)\" rx=\"6\" class=\"cjm-card cjm-report-panel\"")
            .matcher(svg);
    assertThat(panel.find()).as("the report panel").isTrue();
    return Double.parseDouble(panel.group(1));
  }

  @Test
  void readmeMap_isTheCurrentRenderingOfTheRunningShoesExample() throws IOException {
    Gallery.Entry entry =
        Gallery.entries().stream().filter(e -> e.name().equals("running-shoes")).findFirst().get();
    String svg = SvgRenderer.create().render(entry.journey(), entry.report());

    if (Boolean.getBoolean("cjm.updateGoldens")) {
      Files.writeString(README_MAP, svg, UTF_8);
    }
    assertThat(README_MAP)
        .as("the README's picture is out of date: run the tests with -Dcjm.updateGoldens=true")
        .content(UTF_8)
        .isEqualTo(svg);
  }

  private static byte[] batikPng(String svg) {
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void error(TranscoderException e) throws TranscoderException {
            throw e;
          }

          @Override
          public void fatalError(TranscoderException e) throws TranscoderException {
            throw e;
          }

          @Override
          public void warning(TranscoderException e) throws TranscoderException {
            throw e;
          }
        });
    transcoder.addTranscodingHint(PNGTranscoder.KEY_MAX_WIDTH, 2000f);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    TranscoderInput input = new TranscoderInput(new StringReader(svg));
    input.setURI("file:///cjm-gallery.svg");
    try {
      transcoder.transcode(input, new TranscoderOutput(png));
    } catch (TranscoderException e) {
      throw new AssertionError("Batik rejects the SVG: " + e.getMessage(), e);
    }
    return png.toByteArray();
  }
}
