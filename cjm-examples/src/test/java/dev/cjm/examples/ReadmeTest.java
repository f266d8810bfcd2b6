package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.assertions.CjmAssertions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README shows code that compiles and does what the README says. */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICKSTART =
      Path.of("src", "main", "java", "dev", "cjm", "examples", "Quickstart.java");
  private static final Path GALLERY_ASSERTIONS_TEST =
      Path.of("src", "test", "java", "dev", "cjm", "examples", "GalleryAssertionsTest.java");

  @Test
  void readme_quickstartIsTheCompiledQuickstartClassWordForWord() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String source = Files.readString(QUICKSTART, StandardCharsets.UTF_8);

    String compiled =
        dedent(between(source, "// quickstart:start\n", "    // quickstart:pause"))
            + "\n"
            + dedent(between(source, "// quickstart:resume\n", "    // quickstart:end"));
    String shown =
        between(readme, "<!-- quickstart:start -->\n```java\n", "```\n<!-- quickstart:end -->");

    assertThat(shown).isEqualTo(compiled);
  }

  @Test
  void quickstart_printsWhatItsCommentsSay() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "checkout",
            "-2.0",
            "Anna",
            "Checkout, critical",
            "show-delivery-cost-on-the-product-page");
  }

  @Test
  void readme_testingExampleIsTheGalleryAssertionsTestWordForWord() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String source = Files.readString(GALLERY_ASSERTIONS_TEST, StandardCharsets.UTF_8);

    String shown =
        between(readme, "<!-- testing:start -->\n```java\n", "```\n<!-- testing:end -->");

    assertThat(shown)
        .isEqualTo(between(source, "// readme:testing:start\n", "// readme:testing:end\n"));
  }

  @Test
  void readme_showsTheFailureOfAnAssertionAsItIs() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    GapReport cafe = GapAnalysis.standard().analyze(CafeLoyalty.journey());

    Throwable failure =
        catchThrowable(() -> CjmAssertions.assertThat(cafe).hasNoPainPointAbove(Priority.MEDIUM));

    String shown =
        between(
            readme,
            "<!-- testing-failure:start -->\n```text\n",
            "```\n<!-- testing-failure:end -->");
    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(shown).isEqualTo(failure.getMessage() + "\n");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("marker %s", start).isNotNegative();
    int to = text.indexOf(end, from + start.length());
    assertThat(to).as("marker %s", end).isNotNegative();
    return text.substring(from + start.length(), to);
  }

  private static String dedent(String block) {
    List<String> lines = Arrays.asList(block.split("\n", -1));
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(line -> line.isBlank() ? "" : line.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
