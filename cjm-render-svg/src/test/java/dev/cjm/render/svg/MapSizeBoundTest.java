package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Limits;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No side of a map's root is longer than 32,767 px, where librsvg and most rasterisers stop, for
 * any journey within the limits: long journeys wrap into bands, and a map still larger states a
 * width and height scaled down alike while its view box keeps the layout's units.
 */
class MapSizeBoundTest {
  private static final double MAX_SIDE = 32_767;
  private static final Pattern ROOT =
      Pattern.compile(
          "<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\" viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

  /**
   * The width, height and view box of the root of the map {@code renderer} draws of {@code
   * journey}.
   */
  private static double[] root(SvgRenderer renderer, Journey journey) throws IOException {
    StringBuilder head = new StringBuilder();
    renderer.render(journey, new FirstCharacters(head, 4_000));
    Matcher root = ROOT.matcher(head);
    assertThat(root.find()).as("the root element in %s", head).isTrue();
    return new double[] {
      Double.parseDouble(root.group(1)),
      Double.parseDouble(root.group(2)),
      Double.parseDouble(root.group(3)),
      Double.parseDouble(root.group(4))
    };
  }

  /** Keeps the first characters of a document and lets the rest go, so no test holds a huge map. */
  private record FirstCharacters(StringBuilder kept, int most) implements Appendable {
    @Override
    public Appendable append(CharSequence text) {
      return append(text, 0, text.length());
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
      int room = Math.max(0, most - kept.length());
      kept.append(text, start, Math.min(end, start + room));
      return this;
    }

    @Override
    public Appendable append(char c) {
      return kept.length() < most ? kept.append(c) : this;
    }
  }

  /** {@code stages} stages of {@code perStage} touchpoints each, with emotions and doing. */
  private static Journey journey(int stages, int perStage) {
    JourneyBuilder journey = Journey.builder(stages + " × " + perStage);
    for (int s = 0; s < stages; s++) {
      int stage = s;
      journey.stage(
          "Stage " + s,
          st -> {
            for (int t = 0; t < perStage; t++) {
              int n = t;
              st.touchpoint(
                  "Step " + stage + "." + n, tp -> tp.emotion(n % 5 - 2).doing("Does " + n));
            }
          });
    }
    return journey.build();
  }

  /** One touchpoint with {@code count} barriers, stacked in its one cell. */
  private static Journey stackedCell(int count) {
    return Journey.builder("A cell of many barriers")
        .stage(
            "Only",
            s ->
                s.touchpoint(
                    "Crowded",
                    t -> {
                      for (int b = 0; b < count; b++) {
                        t.barrier("Barrier " + b);
                      }
                    }))
        .build();
  }

  static Stream<Arguments> longJourneys() {
    SvgRenderer wrapped = SvgRenderer.create();
    SvgRenderer oneRow = SvgRenderer.builder().maxColumnsPerRow(Integer.MAX_VALUE).build();
    return Stream.of(
        Arguments.of("200 touchpoints in one stage", journey(1, 200), wrapped),
        Arguments.of("1,000 stages", journey(Limits.MAX_STAGES, 1), wrapped),
        Arguments.of("10,000 touchpoints", journey(100, 100), wrapped),
        Arguments.of("10,000 touchpoints in one row", journey(100, 100), oneRow),
        Arguments.of("2,000 barriers in one cell", stackedCell(2_000), wrapped));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("longJourneys")
  void render_anyJourneyWithinTheLimits_statesNoSideLongerThan32767(
      String name, Journey journey, SvgRenderer renderer) throws IOException {
    double[] root = root(renderer, journey);
    double width = root[0];
    double height = root[1];
    assertThat(width).isLessThanOrEqualTo(MAX_SIDE).isPositive();
    assertThat(height).isLessThanOrEqualTo(MAX_SIDE).isPositive();
    // Scaled alike, if at all (each side to a whole pixel): the map keeps its proportions.
    double scale = Math.max(width, height) / Math.max(root[2], root[3]);
    assertThat(scale).isLessThanOrEqualTo(1);
    assertThat(width).isCloseTo(root[2] * scale, offset(1.0));
    assertThat(height).isCloseTo(root[3] * scale, offset(1.0));
  }

  @Test
  void render_200TouchpointsInOneStage_wrapIntoBands_andNeedNoScaling() throws IOException {
    double[] root = root(SvgRenderer.create(), journey(1, 200));
    assertThat(root[0]).isEqualTo(root[2]).isEqualTo(24 + 128 + 24 * 200 + 24);
    assertThat(root[1]).isEqualTo(root[3]).isLessThan(MAX_SIDE);
  }

  @Test
  void maxColumnsPerRow_belowOne_isRefused_withWhatWouldBeRight() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().maxColumnsPerRow(0))
        .withMessage("max columns per row 0 is out of range: expected 1 or more (24 by default)");
  }

  @Test
  void maxColumnsPerRow_isKeptByToBuilder_andShownByToString() {
    SvgRenderer renderer = SvgRenderer.builder().maxColumnsPerRow(6).build();
    assertThat(renderer.toBuilder().build().toString()).contains("maxColumnsPerRow=6");
    assertThat(SvgRenderer.create().toString()).contains("maxColumnsPerRow=24");
  }
}
