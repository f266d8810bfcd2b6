package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.diff.JourneyDiff;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method of the renderer given null gives a {@link NullPointerException} naming the
 * parameter, before it writes anything; no method returns null.
 */
@SuppressWarnings("NullAway") // passes null on purpose
class PublicApiTest {
  private static final Journey JOURNEY = SampleJourneys.small();
  private static final GapReport REPORT = GapAnalysis.standard().analyze(JOURNEY);
  private static final SvgRenderer RENDERER = SvgRenderer.create();
  private static final JourneyDiff DIFF = ComparisonJourneys.diff();

  @Test
  void render_nullJourneyReportOrOutput_namesTheParameter(@TempDir Path directory) {
    Path file = directory.resolve("map.svg");
    StringWriter out = new StringWriter();

    assertNullPointerExceptionNaming(() -> RENDERER.render((Journey) null), "journey");
    assertNullPointerExceptionNaming(() -> RENDERER.render((Journey) null, out), "journey");
    assertNullPointerExceptionNaming(() -> RENDERER.render(JOURNEY, (Appendable) null), "out");
    assertNullPointerExceptionNaming(() -> RENDERER.render((Journey) null, REPORT), "journey");
    assertNullPointerExceptionNaming(() -> RENDERER.render(JOURNEY, (GapReport) null), "report");
    assertNullPointerExceptionNaming(() -> RENDERER.render((Journey) null, REPORT, out), "journey");
    assertNullPointerExceptionNaming(
        () -> RENDERER.render(JOURNEY, (GapReport) null, out), "report");
    assertNullPointerExceptionNaming(() -> RENDERER.render(JOURNEY, REPORT, null), "out");
    assertNullPointerExceptionNaming(() -> RENDERER.render((Journey) null, file), "journey");
    assertNullPointerExceptionNaming(() -> RENDERER.render(JOURNEY, (Path) null), "file");
    assertThat(out.toString()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void renderComparison_nullDiffReportOrOutput_namesTheParameter(@TempDir Path directory) {
    Path file = directory.resolve("map.svg");
    StringWriter out = new StringWriter();

    assertNullPointerExceptionNaming(() -> RENDERER.render((JourneyDiff) null), "diff");
    assertNullPointerExceptionNaming(() -> RENDERER.render((JourneyDiff) null, out), "diff");
    assertNullPointerExceptionNaming(() -> RENDERER.render(DIFF, (Appendable) null), "out");
    assertNullPointerExceptionNaming(() -> RENDERER.render((JourneyDiff) null, REPORT), "diff");
    assertNullPointerExceptionNaming(() -> RENDERER.render(DIFF, (GapReport) null), "futureReport");
    assertNullPointerExceptionNaming(
        () -> RENDERER.render((JourneyDiff) null, REPORT, out), "diff");
    assertNullPointerExceptionNaming(
        () -> RENDERER.render(DIFF, (GapReport) null, out), "futureReport");
    assertNullPointerExceptionNaming(() -> RENDERER.render(DIFF, REPORT, null), "out");
    assertNullPointerExceptionNaming(() -> RENDERER.render((JourneyDiff) null, file), "diff");
    assertNullPointerExceptionNaming(() -> RENDERER.render(DIFF, (Path) null), "file");
    assertThat(out.toString()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void builderAndThemes_nullArguments_nameTheParameter() {
    assertNullPointerExceptionNaming(() -> SvgRenderer.builder().theme(null), "theme");
    assertNullPointerExceptionNaming(() -> SvgRenderer.builder().lanes((Lane[]) null), "lanes");
    assertNullPointerExceptionNaming(() -> SvgRenderer.builder().lanes(Lane.DOING, null), "lanes");
    assertNullPointerExceptionNaming(
        () -> SvgRenderer.builder().lanes((Collection<Lane>) null), "lanes");
    assertNullPointerExceptionNaming(() -> SvgRenderer.builder().fontFamily(null), "font family");
    assertNullPointerExceptionNaming(() -> SvgRenderer.builder().locale(null), "locale");
    assertNullPointerExceptionNaming(() -> Theme.named(null), "name");
    assertNullPointerExceptionNaming(
        () -> Lane.valueOf(null), "Name"); // the JDK's message for every enum
  }

  @Test
  void renderToAFile_aNullJourney_leavesAnExistingFileAsItWas(@TempDir Path directory)
      throws IOException {
    Path file = Files.writeString(directory.resolve("map.svg"), "the map of last week");

    assertNullPointerExceptionNaming(() -> RENDERER.render((Journey) null, file), "journey");

    assertThat(file).hasContent("the map of last week");
    assertThat(directory).isDirectoryContaining(path -> path.equals(file));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void renderToAFile_writesTheSameBytesAsToAString_andLeavesNoPartialFileBehind(
      @TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("map.svg"), "an older map");

    RENDERER.render(JOURNEY, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(RENDERER.render(JOURNEY));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void renderComparison_toAFileAStringOrAWriter_givesTheSameBytes(@TempDir Path directory)
      throws IOException {
    Path file = Files.writeString(directory.resolve("map.svg"), "an older map");
    StringWriter out = new StringWriter();
    StringWriter annotated = new StringWriter();
    GapReport futureReport = GapAnalysis.standard().analyze(DIFF.future());

    RENDERER.render(DIFF, file);
    RENDERER.render(DIFF, out);
    RENDERER.render(DIFF, futureReport, annotated);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(RENDERER.render(DIFF));
    assertThat(out.toString()).isEqualTo(RENDERER.render(DIFF));
    assertThat(annotated.toString()).isEqualTo(RENDERER.render(DIFF, futureReport));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void renderToAFile_intoAMissingDirectory_failsWithoutCreatingAnything(@TempDir Path directory) {
    Path file = directory.resolve("missing").resolve("map.svg");

    assertThatThrownBy(() -> RENDERER.render(JOURNEY, file)).isInstanceOf(IOException.class);
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void publicMethods_neverReturnNull() {
    SvgRenderer renderer = SvgRenderer.builder().build();

    assertThat(renderer.theme()).isNotNull();
    assertThat(renderer.lanes()).isNotNull().doesNotContainNull();
    assertThat(renderer.toBuilder()).isNotNull();
    assertThat(renderer.toString()).isNotNull();
    assertThat(renderer.render(JOURNEY)).isNotNull();
    assertThat(renderer.render(JOURNEY, REPORT)).isNotNull();
    assertThat(renderer.render(DIFF)).isNotNull();
    assertThat(renderer.render(DIFF, REPORT)).isNotNull();
    assertThat(Theme.named("light")).isNotNull();
    assertThat(Theme.named("no such theme")).isNotNull().isEmpty();
    assertThat(Theme.all()).isNotNull().doesNotContainNull();
  }

  /**
   * Asserts that the call throws a {@link NullPointerException} whose message names the parameter.
   */
  private static void assertNullPointerExceptionNaming(ThrowingCallable call, String parameter) {
    assertThatNullPointerException().isThrownBy(call).withMessageContaining(parameter);
  }
}
