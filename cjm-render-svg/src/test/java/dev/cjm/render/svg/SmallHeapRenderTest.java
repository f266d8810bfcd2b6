package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendering at the documented limits holds in a small heap: each of {@link
 * SmallHeapRenderScenarios} (texts of 50,000 lines, 3 million short lines, the most touchpoints, a
 * million findings, each with its gap report) runs in a JVM of its own with {@code -Xmx256m} and
 * ends without an {@code OutOfMemoryError}.
 */
class SmallHeapRenderTest {
  static Stream<String> scenarios() {
    return SmallHeapRenderScenarios.NAMES.stream();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_rendersInA256MegabyteHeap(String scenario)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            SmallHeapRenderScenarios.class.getName(),
            scenario);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean ended = process.waitFor(3, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(ended).as("ended within 3 minutes").isTrue();
    assertThat(output).as("output of %s", scenario).startsWith("OK " + scenario + ": ");
    assertThat(process.exitValue()).isZero();
  }
}
