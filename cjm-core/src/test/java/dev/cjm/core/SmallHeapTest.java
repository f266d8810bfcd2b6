package dev.cjm.core;

import dev.cjm.core.testing.SmallHeap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented {@link Limits} hold in a small heap: each of {@link SmallHeapScenarios} (every
 * operation of cjm-core on the worst input within the limits, and just over them) runs in a JVM of
 * its own with {@code -Xmx256m} and ends without an {@code OutOfMemoryError}. Each prints its peak
 * heap and times, the figures of the README's limits table.
 */
class SmallHeapTest {
  static Stream<String> scenarios() {
    return SmallHeapScenarios.SCENARIOS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void scenario_runsInA256MegabyteHeap(String scenario) {
    System.out.println(SmallHeap.run(SmallHeapScenarios.class, scenario));
  }
}
