package dev.cjm.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void median_isTheMiddleScore_orTheMeanOfTheTwoMiddleOnes() {
    assertThat(new Summary.Row("a", "7x5", List.of(9.0, 1.0, 5.0), OptionalDouble.empty()).median())
        .isEqualTo(5.0);
    assertThat(
            new Summary.Row("a", "7x5", List.of(4.0, 1.0, 2.0, 9.0), OptionalDouble.empty())
                .median())
        .isEqualTo(3.0);
  }

  @Test
  void table_listsMedianAndAllocationPerSize_andTheGrowthPerTouchpoint() {
    List<Summary.Row> rows =
        List.of(
            new Summary.Row("render", "100x100", List.of(200_000.0), OptionalDouble.of(150e6)),
            new Summary.Row(
                "render", "7x20", List.of(1_400.0, 1_000.0, 1_200.0), OptionalDouble.of(2.2e6)),
            new Summary.Row("analyze", "7x20", List.of(50.0), OptionalDouble.empty()));

    assertThat(Summary.table(rows))
        .isEqualTo(
            """
            | operation | 7x20 | 100x100 | growth per touchpoint, 7x20 → 100x100 | growth, fastest iterations |
            |---|---:|---:|---:|---:|
            | render | 1.20 (2.20 MB) | 200 (150 MB) | 2.33× | 2.80× |
            | analyze | 0.050 |  |  |  |

            median ms/op of the measured iterations (MB allocated per op); the last column \
            compares the fastest iteration of each size, which a busy host slows least
            """);
  }

  @Test
  void fastest_isTheLowestScore() {
    assertThat(
            new Summary.Row("a", "7x5", List.of(9.0, 1.5, 5.0), OptionalDouble.empty()).fastest())
        .isEqualTo(1.5);
  }

  @Test
  void touchpoints_ofASize_areStagesTimesTouchpointsPerStage() {
    assertThat(Summary.touchpoints("7x20")).isEqualTo(140);
    assertThat(Summary.touchpoints("100x100")).isEqualTo(10_000);
  }
}
