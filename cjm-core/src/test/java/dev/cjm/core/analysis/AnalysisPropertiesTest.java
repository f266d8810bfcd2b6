package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.testing.RandomJourneys;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties that hold for every valid journey, checked on random ones. */
class AnalysisPropertiesTest {
  private static final Gen<Journey> JOURNEYS = RandomJourneys.standard().journeys();

  @Test
  void analyze_anyValidJourney_terminatesAndIsDeterministic() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              GapReport first = GapAnalysis.standard().analyze(journey);
              GapReport second = GapAnalysis.standard().analyze(journey);

              assertThat(second.findings()).isEqualTo(first.findings());
              assertThat(second.toMarkdown()).isEqualTo(first.toMarkdown());
              assertThat(second.toText()).isEqualTo(first.toText());
              assertThat(first.findings())
                  .isSortedAccordingTo(Comparator.comparing(Finding::severity));
              assertThat(first.countsBySeverity().values().stream().mapToInt(i -> i).sum())
                  .isEqualTo(first.findings().size());
              JourneyPaths paths = JourneyPaths.of(journey);
              assertThat(first.findings())
                  .allSatisfy(
                      f -> {
                        assertThat(paths.position(f.path())).isLessThan(Integer.MAX_VALUE);
                        // the fast lookup by subject agrees with the lookup by path
                        assertThat(paths.position(f.subjectId(), f.path()))
                            .isEqualTo(paths.position(f.path()));
                        // and so does the position the rule's context gave the finding
                        assertThat(f.position()).isEqualTo(paths.position(f.path()));
                      });
            });
  }
}
