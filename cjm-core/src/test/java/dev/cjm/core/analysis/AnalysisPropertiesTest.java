package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.testing.RandomJourneys;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
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
              assertThat(first.countsBySeverity().values().stream().mapToInt(i -> i).sum())
                  .isEqualTo(first.findings().size());
            });
  }

  @Test
  void analyze_anyValidJourney_readsInEveryShippedLanguage() {
    Locale polish = Locale.forLanguageTag("pl");
    qt().withExamples(200)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              GapReport report = GapAnalysis.standard().analyze(journey);

              for (Finding finding : report.findings()) {
                assertThat(finding.message(polish)).isNotBlank();
                assertThat(finding.message(Locale.ENGLISH)).isEqualTo(finding.message());
              }
              for (MapCheck check : report.mapChecks()) {
                assertThat(check.message(polish)).isNotBlank();
              }
              for (PainPoint painPoint : report.painPoints()) {
                assertThat(painPoint.summary(polish)).isNotBlank();
              }
              assertThat(report.toMarkdown(polish)).isEqualTo(report.toMarkdown(polish));
              assertThat(report.toText(polish)).isNotBlank();
            });
  }

  @Test
  void analyze_anyValidJourney_putsEveryFindingInOnePainPointOrOneMapCheck() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              GapReport report = GapAnalysis.standard().analyze(journey);

              List<Finding> inPainPoints =
                  report.painPoints().stream().flatMap(p -> p.findings().stream()).toList();
              List<Finding> inMapChecks =
                  report.mapChecks().stream().flatMap(c -> c.findings().stream()).toList();
              // A metric in a stage with no pain point makes none: it is listed on its own.
              List<Finding> metricsAlone =
                  report.metricsOffTarget().stream()
                      .filter(f -> report.painPointOf(f).isEmpty())
                      .toList();
              assertThat(
                      java.util.stream.Stream.concat(inPainPoints.stream(), metricsAlone.stream()))
                  .containsExactlyInAnyOrderElementsOf(
                      report.findings().stream()
                          .filter(f -> f.kind() == FindingKind.EXPERIENCE)
                          .toList());
              assertThat(inPainPoints)
                  .allSatisfy(f -> assertThat(report.painPointOf(f)).isPresent());
              assertThat(inMapChecks)
                  .containsExactlyInAnyOrderElementsOf(
                      report.findings().stream().filter(f -> f.kind() == FindingKind.MAP).toList());
              assertThat(report.mapChecks()).extracting(MapCheck::ruleId).doesNotHaveDuplicates();
              assertThat(report.painPoints())
                  .extracting(PainPoint::subjectId)
                  .doesNotHaveDuplicates();
            });
  }

  @Test
  void analyze_anyValidJourney_ranksPainPointsWorstFirstThenInJourneyOrder() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              JourneyOrder order = JourneyOrder.of(journey);

              List<PainPoint> painPoints = GapAnalysis.standard().analyze(journey).painPoints();

              for (int i = 0; i < painPoints.size(); i++) {
                PainPoint painPoint = painPoints.get(i);
                assertThat(painPoint.rank()).isEqualTo(i + 1);
                assertThat(painPoint.score()).isFinite().isNotNegative();
                assertThat(painPoint.priority()).isEqualTo(Priority.ofScore(painPoint.score()));
                assertThat(painPoint.findings()).isNotEmpty();
                assertThat(painPoint.summary()).isNotBlank();
                if (i > 0) {
                  PainPoint before = painPoints.get(i - 1);
                  assertThat(before.score()).isGreaterThanOrEqualTo(painPoint.score());
                  if (before.score() == painPoint.score()) {
                    assertThat(order.positionOf(before.path()))
                        .isLessThan(order.positionOf(painPoint.path()));
                  }
                }
              }
            });
  }

  @Test
  void analyze_anyValidJourney_listsFindingsBySeverityThenJourneyOrderThenRule() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              GapAnalysis analysis = GapAnalysis.standard();
              List<String> rules = analysis.rules().stream().map(GapRule::id).toList();
              JourneyOrder order = JourneyOrder.of(journey);

              GapReport report = analysis.analyze(journey);

              assertThat(report.findings())
                  .isSortedAccordingTo(
                      Comparator.comparing(Finding::severity)
                          .thenComparingInt(f -> order.positionOf(f.path()))
                          .thenComparingInt(f -> rules.indexOf(f.ruleId())));
              assertThat(report.findings())
                  .allSatisfy(
                      f -> {
                        assertThat(order.positionOf(f.path())).isLessThan(JourneyOrder.UNKNOWN);
                        // the path the rule's context filled in is the subject's, or in it
                        if (!f.path().isEmpty() && !f.path().equals("persona")) {
                          String subject = order.pathOf(f.subjectId()).orElseThrow();
                          assertThat(f.path())
                              .satisfiesAnyOf(
                                  path -> assertThat(path).isEqualTo(subject),
                                  path ->
                                      assertThat(path)
                                          .matches(Pattern.quote(subject) + "\\.metrics\\[\\d+]"));
                        }
                      });
            });
  }

  @Test
  void journeyOrder_anyValidJourney_agreesWithTheOrderOfTheJourneysLists() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              JourneyOrder order = JourneyOrder.of(journey);
              Function<String, Integer> position =
                  id -> order.positionOf(order.pathOf(id).orElseThrow());

              assertThat(journey.stages().stream().map(s -> position.apply(s.id())))
                  .isSorted()
                  .doesNotHaveDuplicates();
              assertThat(journey.allTouchpoints().stream().map(t -> position.apply(t.id())))
                  .isSorted()
                  .doesNotHaveDuplicates();
              assertThat(journey.allBarriers().stream().map(b -> position.apply(b.id())))
                  .isSorted()
                  .doesNotHaveDuplicates();
              assertThat(journey.allOpportunities().stream().map(o -> position.apply(o.id())))
                  .isSorted()
                  .doesNotHaveDuplicates();
              List<Stage> stages = journey.stages();
              for (int i = 0; i < stages.size(); i++) {
                int stage = position.apply(stages.get(i).id());
                int next =
                    i + 1 < stages.size()
                        ? position.apply(stages.get(i + 1).id())
                        : JourneyOrder.UNKNOWN;
                assertThat(stages.get(i).touchpoints())
                    .allSatisfy(
                        t -> assertThat(position.apply(t.id())).isStrictlyBetween(stage, next));
              }
            });
  }
}
