package dev.cjm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.examples.cli.CjmTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Command line" section shows what the commands print: its examples are run here and
 * their output compared word for word. The README runs them from the repository's root, the tests
 * from cjm-examples, so paths are given relative to each.
 */
class CjmReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String COMMAND = "$ ./mvnw -q test-compile exec:java@cli -Dexec.args=\"";

  @Test
  void readme_showsWhatCheckPrintsForTheGroceryDiagram() throws IOException {
    String diagram = "src/main/resources/dev/cjm/examples/grocery-delivery.mmd";

    Run run = CjmTest.cjm("check", diagram, "--max-priority", "medium");

    assertThat(
            between(readme(), "<!-- cli-check:start -->\n```text\n", "```\n<!-- cli-check:end -->"))
        .isEqualTo(
            COMMAND
                + "check cjm-examples/"
                + diagram
                + " --max-priority medium\"\n"
                + run.out().replace(diagram, "cjm-examples/" + diagram)
                + "$ echo $?\n"
                + run.status()
                + "\n");
  }

  @Test
  void readme_showsWhatCheckPrintsForItsInvalidFile(@TempDir Path folder) throws IOException {
    String example = between(readme(), "<!-- cli-error:start -->\n", "<!-- cli-error:end -->");
    String yaml = between(example, "```yaml\n", "```\n");
    Path file = Files.writeString(folder.resolve("journey.yaml"), yaml, StandardCharsets.UTF_8);

    Run run = CjmTest.cjm("check", file);

    assertThat(between(example, "```text\n", "```\n"))
        .isEqualTo(
            COMMAND
                + "check journey.yaml\"\n"
                + run.err().replace(file.toString(), "journey.yaml")
                + "$ echo $?\n"
                + run.status()
                + "\n");
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("README has %s", start).isNotNegative();
    int to = text.indexOf(end, from + start.length());
    assertThat(to).as("README has %s after %s", end, start).isNotNegative();
    return text.substring(from + start.length(), to);
  }
}
