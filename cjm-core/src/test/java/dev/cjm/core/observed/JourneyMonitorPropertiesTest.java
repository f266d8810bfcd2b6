package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.testing.ObservedCases;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The monitor is a mergeable summary: however the cases are split among monitors and in whatever
 * order those are merged, the summary is the same; its bytes and its Java serialisation give it
 * back unchanged; and for one case it says what that case's {@link DeviationReport} says.
 */
class JourneyMonitorPropertiesTest {
  private static final List<String> HOTLINE =
      List.of("Called the hotline 0", "Called the hotline 1");

  /** One observed journey of the steps (see {@link ObservedCases#observed}). */
  static ObservedJourney observed(String id, List<Touchpoint> plan, List<Integer> steps) {
    return ObservedCases.observed(id, plan, HOTLINE, steps);
  }

  private static Gen<List<List<Integer>>> caseSteps() {
    return lists()
        .of(lists().of(integers().between(0, 23)).ofSizeBetween(0, 12))
        .ofSizeBetween(0, 12);
  }

  private static List<ObservedJourney> cases(Journey journey, List<List<Integer>> steps) {
    List<ObservedJourney> cases = new ArrayList<>();
    for (int j = 0; j < steps.size(); j++) {
      cases.add(observed("customer-" + j, journey.allTouchpoints(), steps.get(j)));
    }
    return cases;
  }

  private static JourneyMonitor folded(Journey journey, List<ObservedJourney> cases) {
    JourneyMonitor monitor = JourneyMonitor.of(journey);
    cases.forEach(monitor::add);
    return monitor;
  }

  @Test
  void anySplitMergedInAnyOrder_givesTheSameSummary() {
    qt().withExamples(200)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys().map(PlanChoices::sometimes),
            caseSteps(),
            integers().all())
        .checkAssert(
            (journey, steps, seed) -> {
              List<ObservedJourney> cases = cases(journey, steps);
              Random random = new Random(seed);
              List<JourneyMonitor> parts = new ArrayList<>();
              int from = 0;
              while (from < cases.size()) {
                int to = from + 1 + random.nextInt(cases.size() - from);
                parts.add(folded(journey, cases.subList(from, to)));
                from = to;
              }
              parts.add(JourneyMonitor.of(journey)); // an empty part merges as nothing
              Collections.shuffle(parts, random);
              // Merged as a random tree: pairs merged into one until one is left.
              while (parts.size() > 1) {
                JourneyMonitor left = parts.remove(random.nextInt(parts.size()));
                JourneyMonitor right = parts.remove(random.nextInt(parts.size()));
                parts.add(left.merge(right));
              }

              JourneyMonitor whole = folded(journey, cases);
              assertThat(parts.get(0).summary()).isEqualTo(whole.summary());
              assertThat(parts.get(0)).isEqualTo(whole);
            });
  }

  @Test
  void bytesAndJavaSerialisation_giveTheMonitorBack() {
    qt().withExamples(100)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys().map(PlanChoices::sometimes),
            caseSteps())
        .checkAssert(
            (journey, steps) -> {
              JourneyMonitor monitor = folded(journey, cases(journey, steps));

              JourneyMonitor fromBytes = JourneyMonitor.fromBytes(monitor.toBytes());
              JourneyMonitor deserialised = javaRoundTrip(monitor);

              assertThat(fromBytes).isEqualTo(monitor);
              assertThat(fromBytes.summary()).isEqualTo(monitor.summary());
              assertThat(deserialised.summary()).isEqualTo(monitor.summary());
            });
  }

  @Test
  void oneCase_saysWhatItsDeviationReportSays() {
    qt().withExamples(200)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys().map(PlanChoices::sometimes),
            lists().of(integers().between(0, 23)).ofSizeBetween(0, 16))
        .checkAssert(
            (journey, steps) -> {
              List<Touchpoint> plan = journey.allTouchpoints();
              ObservedJourney one = observed("customer", plan, steps);
              DeviationReport report = DeviationReport.of(journey, one);

              ObservedSummary summary = folded(journey, List.of(one)).summary();

              for (int i = 0; i < plan.size(); i++) {
                String id = plan.get(i).id();
                ObservedSummary.TouchpointStats stats = summary.touchpoints().get(i);
                assertThat(!stats.optional() && stats.stepReached() == 0)
                    .as("%s missing", id)
                    .isEqualTo(has(report, Deviation.Type.MISSING, id));
                assertThat(stats.reached() == 0)
                    .as("%s met", id)
                    .isEqualTo(
                        one.occurrences().stream().noneMatch(o -> id.equals(o.plannedIdOrNull())));
                assertThat(stats.failed() == 1)
                    .as("%s failing", id)
                    .isEqualTo(has(report, Deviation.Type.FAILING, id));
              }
              Set<String> adHocNames = new HashSet<>();
              report.deviations(Deviation.Type.AD_HOC).forEach(d -> adHocNames.add(d.touchpoint()));
              Set<String> placeNames = new HashSet<>();
              summary.adHoc().forEach(place -> placeNames.add(place.name()));
              assertThat(placeNames).isEqualTo(adHocNames);
              assertThat(summary.paths())
                  .singleElement()
                  .satisfies(path -> assertThat(path.steps()).hasSize(one.occurrences().size()));
            });
  }

  private static boolean has(DeviationReport report, Deviation.Type type, String touchpoint) {
    return report.deviations(type).stream().anyMatch(d -> d.touchpoint().equals(touchpoint));
  }

  private static JourneyMonitor javaRoundTrip(JourneyMonitor monitor) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(monitor);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (JourneyMonitor) in.readObject();
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
