package dev.cjm.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side comparison of two builds, run on this build against itself, briefly. */
class SideBySideTest {
  /** The repository root: the tests run in the module's folder. */
  private static final String ROOT = "..";

  @Test
  void compare_runsBothBuildsInTurn_andGivesTheMedianRatioOfTheRounds() throws Exception {
    String line = SideBySide.compare(new String[] {ROOT, ROOT, "7x5", "analyze", "3", "20", "1"});

    assertThat(line)
        .matches(
            "analyze 7x5: before [0-9.]+ µs \\(fastest [0-9.]+\\), after [0-9.]+ µs"
                + " \\(fastest [0-9.]+\\); after/before [0-9.]+ \\([0-9.]+ to [0-9.]+\\)"
                + " over 3 rounds");
  }

  @Test
  void main_takesItsArgumentsAsOneString_asExecPassesThem() throws Exception {
    SideBySide.main(new String[] {" " + ROOT + "  " + ROOT + " 7x5 mermaidFormat 1 10 1 "});
  }

  @Test
  void compare_withTooFewArguments_saysWhatItExpects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.compare(new String[] {ROOT, "7x20"}))
        .withMessageContaining("expected: before-root after-root size benchmark");
  }

  @Test
  void compare_withAFolderThatIsNoBuild_namesTheMissingClasses(@TempDir Path empty) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> SideBySide.compare(new String[] {empty.toString(), ROOT, "7x5", "analyze"}))
        .withMessageContaining("cjm-examples")
        .withMessageContaining("is missing; expected a build");
  }

  @Test
  void compare_withRoundsThatAreNoNumber_saysWhatWouldDo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.compare(new String[] {ROOT, ROOT, "7x5", "analyze", "many"}))
        .withMessage("rounds is many; expected a positive whole number");
  }

  @Test
  void growth_runsTwoSizesOfOneBuildInTurn_andGivesTheMedianGrowthPerTouchpoint() throws Exception {
    String line = SideBySide.growth(new String[] {ROOT, "7x5", "7x20", "analyze", "3", "20", "1"});

    assertThat(line)
        .matches(
            "analyze 7x5 → 7x20: [0-9.]+ µs → [0-9.]+ µs per touchpoint \\(fastest [0-9.]+ →"
                + " [0-9.]+\\); growth per touchpoint [0-9.]+× \\([0-9.]+ to [0-9.]+\\) over 3"
                + " rounds");
  }

  @Test
  void main_withGrowthFirst_comparesTwoSizes() throws Exception {
    SideBySide.main(new String[] {"growth " + ROOT + " 7x5 7x20 mermaidFormat 1 10 1"});
  }

  @Test
  void growth_withTooFewArguments_saysWhatItExpects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.growth(new String[] {ROOT, "7x20", "100x100"}))
        .withMessageContaining("expected: growth root small-size large-size benchmark");
  }

  @Test
  void growth_withASizeThatIsNoSize_saysWhatWouldDo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.growth(new String[] {ROOT, "7x20", "huge", "analyze"}))
        .withMessage("size is huge; expected stages x touchpoints per stage, e.g. 7x20");
  }
}
