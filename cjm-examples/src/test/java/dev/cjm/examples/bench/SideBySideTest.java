package dev.cjm.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.examples.bench.SideBySide.Budget;
import dev.cjm.examples.bench.SideBySide.BuildLoader;
import dev.cjm.examples.bench.SideBySide.Rounds;
import dev.cjm.examples.bench.SideBySide.Side;
import dev.cjm.examples.bench.SideBySide.Timed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces of the side-by-side comparison, each without timing anything: its arguments, the order
 * and budget of its rounds (with sides that report set times), the median, the printed lines, and
 * the class loaders that keep two builds apart in one JVM.
 */
class SideBySideTest {
  /** The repository root: the tests run in the module's folder, after the build's compilation. */
  private static final Path ROOT = Path.of("..");

  @Test
  void run_takesItsArgumentsAsOneString_asExecPassesThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.run("  ../a   ../b 7x20 "))
        .withMessage(
            "expected: before-root after-root size benchmark [rounds] [round-ms]"
                + " [warm-up-rounds], e.g. ../cjm-before . 7x20 analyze; got [../a, ../b, 7x20]");
  }

  @Test
  void run_withGrowthFirst_comparesTwoSizesOfOneBuild() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.run("growth . 7x20 100x100"))
        .withMessage(
            "expected: growth root small-size large-size benchmark [rounds] [round-ms]"
                + " [warm-up-rounds], e.g. growth . 7x20 100x100 analyze; got [., 7x20, 100x100]");
  }

  @Test
  void compare_withMoreThanSevenArguments_saysWhatItExpects() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> SideBySide.compare(new String[] {"a", "b", "7x5", "x", "1", "2", "3", "4"}))
        .withMessageStartingWith("expected: before-root after-root size benchmark")
        .withMessageEndingWith("; got [a, b, 7x5, x, 1, 2, 3, 4]");
  }

  @Test
  void compare_withAFolderThatIsNoBuild_namesTheMissingClasses(@TempDir Path empty) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> SideBySide.compare(new String[] {empty.toString(), ".", "7x5", "analyze"}))
        .withMessage(
            empty.resolve("cjm-examples").resolve("target").resolve("classes")
                + " is missing; expected a build: ./mvnw -q -DskipTests package in "
                + empty);
  }

  @Test
  void growth_withASizeThatIsNoSize_saysWhatWouldDo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SideBySide.growth(new String[] {".", "7x20", "huge", "analyze"}))
        .withMessage("size is huge; expected stages x touchpoints per stage, e.g. 7x20");
  }

  @Test
  void touchpoints_ofASize_areStagesTimesTouchpointsPerStage() {
    assertThat(SideBySide.touchpoints("7x20")).isEqualTo(140);
    assertThat(SideBySide.touchpoints("100x100")).isEqualTo(10_000);
    for (String size : List.of("7", "7x", "x20", "0x20", "7x-1", "7x20x3", "7X20")) {
      assertThatIllegalArgumentException()
          .as(size)
          .isThrownBy(() -> SideBySide.touchpoints(size))
          .withMessage("size is " + size + "; expected stages x touchpoints per stage, e.g. 7x20");
    }
  }

  @Test
  void budget_takesTheOptionalArgumentsInOrder_andTheDefaultsForTheRest() {
    Budget defaults = new Budget(16, 500, 12);
    String[] required = {"before", "after", "7x20", "analyze"};

    assertThat(Budget.from(required, 4, defaults)).isEqualTo(defaults);
    assertThat(Budget.from(append(required, "3"), 4, defaults)).isEqualTo(new Budget(3, 500, 12));
    assertThat(Budget.from(append(required, "3", "20", "1"), 4, defaults))
        .isEqualTo(new Budget(3, 20, 1));
  }

  @Test
  void budget_withAnArgumentThatIsNoPositiveNumber_namesIt() {
    Budget defaults = new Budget(16, 500, 12);
    String[] required = {"before", "after", "7x20", "analyze"};

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Budget.from(append(required, "many"), 4, defaults))
        .withMessage("rounds is many; expected a positive whole number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Budget.from(append(required, "3", "0"), 4, defaults))
        .withMessage("round-ms is 0; expected a positive whole number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Budget.from(append(required, "3", "20", "-1"), 4, defaults))
        .withMessage("warm-up-rounds is -1; expected a positive whole number");
  }

  @Test
  void compare_checksTheBudgetBeforeLoadingAnyBuild(@TempDir Path empty) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                SideBySide.compare(
                    new String[] {empty.toString(), empty.toString(), "7x5", "analyze", "many"}))
        .withMessage("rounds is many; expected a positive whole number");
  }

  @Test
  void median_isTheMiddleValue_orTheMeanOfTheTwoInTheMiddle() {
    assertThat(SideBySide.median(new double[] {5})).isEqualTo(5);
    assertThat(SideBySide.median(new double[] {1, 2, 9})).isEqualTo(2);
    assertThat(SideBySide.median(new double[] {1, 2, 4, 9})).isEqualTo(3);
  }

  @Test
  void rounds_warmBothUpWithDoubleRounds_thenAlternateWhichGoesFirst() {
    List<String> calls = new ArrayList<>();
    Timed first = budget -> logCall(calls, "first", budget, 10);
    Timed second = budget -> logCall(calls, "second", budget, 5);

    Rounds.run(first, second, new Budget(3, 7, 2));

    assertThat(calls)
        .containsExactly(
            "first 14 ms",
            "second 14 ms",
            "first 14 ms",
            "second 14 ms",
            "first 7 ms",
            "second 7 ms",
            "second 7 ms",
            "first 7 ms",
            "first 7 ms",
            "second 7 ms");
  }

  @Test
  void rounds_giveTheRatiosOfEachRound_andEveryListSorted() {
    double[] firstTimes = {400, 100, 200};
    double[] secondTimes = {300, 90, 100};
    int[] round = {0, 0};
    Timed first = budget -> firstTimes[round[0]++];
    Timed second = budget -> secondTimes[round[1]++];

    Rounds rounds = Rounds.run(first, second, new Budget(3, 1, 0));

    assertThat(rounds.first).containsExactly(100, 200, 400);
    assertThat(rounds.second).containsExactly(90, 100, 300);
    assertThat(rounds.ratios).containsExactly(0.5, 0.75, 0.9);
  }

  @Test
  void compareLine_givesMediansFastestAndTheRangeOfTheRatios() {
    Rounds rounds =
        new Rounds(
            new double[] {100, 120.04, 130},
            new double[] {80, 90, 95.25},
            new double[] {0.7, 0.754, 0.8});

    assertThat(SideBySide.compareLine("analyze", "7x20", rounds))
        .isEqualTo(
            "analyze 7x20: before 120.0 µs (fastest 100.0), after 90.0 µs (fastest 80.0);"
                + " after/before 0.75 (0.70 to 0.80) over 3 rounds");
  }

  @Test
  void growthLine_givesTimesPerTouchpoint_andTheRatiosScaledToATouchpoint() {
    // 7x20 has 140 touchpoints, 14x20 twice as many: a ratio of 2 per call is 1 per touchpoint.
    Rounds rounds =
        new Rounds(new double[] {140, 280}, new double[] {280, 840}, new double[] {2, 3});

    assertThat(SideBySide.growthLine("analyze", "7x20", "14x20", rounds))
        .isEqualTo(
            "analyze 7x20 → 14x20: 1.500 µs → 2.000 µs per touchpoint (fastest 1.000 → 1.000);"
                + " growth per touchpoint 1.25× (1.00 to 1.50) over 2 rounds");
  }

  @Test
  void buildLoader_loadsCjmsClassesApart_andSharesEverythingElse() throws Exception {
    try (BuildLoader one = new BuildLoader(Side.classDirectories(ROOT));
        BuildLoader other = new BuildLoader(Side.classDirectories(ROOT))) {
      Class<?> journey = one.loadClass(Journey.class.getName());

      assertThat(journey).isNotSameAs(Journey.class);
      assertThat(journey.getClassLoader()).isSameAs(one);
      assertThat(other.loadClass(Journey.class.getName())).isNotSameAs(journey);
      assertThat(one.loadClass(Journey.class.getName())).isSameAs(journey);
      assertThat(one.loadClass(ImmutableList.class.getName())).isSameAs(ImmutableList.class);
    }
  }

  @Test
  void side_ofABenchmarkMethodThatIsNotThere_failsBeforeTimingAnything() {
    assertThatExceptionOfType(NoSuchMethodException.class)
        .isThrownBy(() -> new Side(ROOT, "7x5", "noSuchBenchmark"))
        .withMessageContaining("noSuchBenchmark");
  }

  @Test
  void side_ofAnEventLogBenchmark_isNamedWithItsClass_andSizedByItsCases() throws Exception {
    Side side = new Side(ROOT, "20", "EventLogBenchmark.importAndAggregate");

    assertThat(side.microsPerOp(1)).isPositive();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Side(ROOT, "7x20", "EventLogBenchmark.importOnly"))
        .withMessage("cases is 7x20; expected a positive whole number");
  }

  private static double logCall(List<String> calls, String side, long budgetNanos, double micros) {
    calls.add(side + " " + budgetNanos / 1_000_000 + " ms");
    return micros;
  }

  private static String[] append(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }
}
