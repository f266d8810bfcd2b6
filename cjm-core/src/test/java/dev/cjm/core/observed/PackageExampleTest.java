package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example in package-info.java compiles and runs: it is the body of {@link #example} word for
 * word (as the formatter lays it out here: compared without white space), which this test checks,
 * then runs.
 */
class PackageExampleTest {
  private static final Path SOURCES =
      Path.of("src", "main", "java", "dev", "cjm", "core", "observed");
  private static final Path TESTS =
      Path.of("src", "test", "java", "dev", "cjm", "core", "observed");

  static void example(Journey plannedJourney, Reader csv) {
    // example:start
    ObservedJourney anna =
        ObservedJourney.builder("customer-17")
            .planned("instagram-ad")
            .planned("checkout", o -> o.failed().emotion(-2))
            .build();
    System.out.println(DeviationReport.of(plannedJourney, anna).toText());

    EventLog log =
        EventLog.builder()
            .caseId("case")
            .timestamp("time")
            .activity("activity")
            .outcome("outcome")
            .sortedByCase()
            .build();
    JourneyMonitor monitor = JourneyMonitor.of(plannedJourney);
    try (EventLog.Cases cases = log.read(plannedJourney, csv)) {
      cases.forEachRemaining(monitor::add);
    }
    System.out.println(monitor.summary().toMarkdown());
    // example:end
  }

  @Test
  void thePackageExample_isThisTestsExample_andRuns() throws IOException {
    String packageInfo =
        Files.readString(SOURCES.resolve("package-info.java"), StandardCharsets.UTF_8);
    List<String> documented =
        packageInfo
            .substring(packageInfo.indexOf("{@code") + 7, packageInfo.indexOf("}</pre>"))
            .lines()
            .map(line -> line.replaceFirst("^ \\* ?", ""))
            .filter(line -> !line.isBlank())
            .collect(Collectors.toList());
    String test =
        Files.readString(TESTS.resolve("PackageExampleTest.java"), StandardCharsets.UTF_8);
    List<String> compiled =
        test.substring(test.indexOf("// example:start") + 17, test.indexOf("    // example:end"))
            .lines()
            .map(line -> line.replaceFirst("^    ", ""))
            .filter(line -> !line.isBlank())
            .collect(Collectors.toList());

    assertThat(String.join("", documented).replaceAll("\\s+", ""))
        .isEqualTo(String.join("", compiled).replaceAll("\\s+", ""));

    Journey plan =
        Journey.builder("Buying shoes")
            .stage("Purchase", s -> s.touchpoint("Instagram ad").touchpoint("Checkout"))
            .build();
    example(
        plan,
        new StringReader("case,time,activity,outcome\nc1,2026-05-01T10:00:00Z,Instagram ad,ok\n"));
  }
}
