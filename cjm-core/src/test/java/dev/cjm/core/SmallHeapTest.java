package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented {@link Limits} hold in a small heap: each of {@link SmallHeapScenarios} (build,
 * analyse, Markdown and text reports, Mermaid both ways, at the limits and just over them) runs in
 * a JVM of its own with {@code -Xmx256m} and ends without an {@code OutOfMemoryError}.
 */
class SmallHeapTest {
  static Stream<String> scenarios() {
    return SmallHeapScenarios.NAMES.stream();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_runsInA256MegabyteHeap(String scenario) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(testClassPath());
    command.add(SmallHeapScenarios.class.getName());
    command.add(scenario);
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

  /** The class path of these tests: surefire puts cjm-core on the module path, the rest not. */
  private static String testClassPath() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.add(value);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
