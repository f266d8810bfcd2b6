package dev.cjm.core.analysis.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingKind;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.GapRule;
import dev.cjm.core.analysis.JourneyOrder;
import dev.cjm.core.analysis.RuleContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's own rule, outside the analysis package: the example of the cjm-core README, written
 * against the public API alone, as the standard rules are.
 */
class CustomRuleTest {
  /** The README's rule. */
  static final class NoOwnerRule implements GapRule {
    @Override
    public String id() {
      return "acme.no-owner";
    }

    @Override
    public FindingSeverity defaultSeverity() {
      return FindingSeverity.WARNING;
    }

    @Override
    public String description() {
      return "a touchpoint nobody owns";
    }

    @Override
    public FindingKind kind() {
      return FindingKind.MAP; // about the map, not the experience: a map check
    }

    @Override
    public List<Finding> check(Journey journey, RuleContext context) {
      List<Finding> findings = new ArrayList<>();
      for (Touchpoint touchpoint : journey.allTouchpoints()) {
        if (touchpoint.owner().isEmpty()) {
          findings.add(
              context
                  .finding(touchpoint.id()) // subject and path filled in
                  .message("Nobody owns " + context.quote(touchpoint.name()) + ".")
                  .fact("stage", journey.stageOf(touchpoint.id()).orElseThrow().id())
                  .build());
        }
      }
      return findings;
    }
  }

  private static final Journey JOURNEY =
      Journey.builder("Shoes")
          .persona("Anna", p -> p.goal("Shoes that fit"))
          .stage("Awareness", s -> s.touchpoint("Instagram ad", t -> t.owner("Marketing")))
          .stage(
              "Purchase",
              s -> s.touchpoint("Checkout", t -> {}).metric("Conversion", m -> m.value(0.02)))
          .build();

  @Test
  void theReadmesRule_findsWhatItLooksFor_withTheSubjectsPath() {
    GapReport report = GapAnalysis.none().with(new NoOwnerRule()).analyze(JOURNEY);

    Finding finding = report.findings().get(0);
    assertThat(report.findings()).hasSize(1);
    assertThat(finding.subjectId()).isEqualTo("checkout");
    assertThat(finding.path()).isEqualTo("stages[1].touchpoints[0]");
    assertThat(finding.message()).isEqualTo("Nobody owns \"Checkout\".");
    assertThat(finding.facts()).containsExactly(entry("stage", "purchase"));
    assertThat(finding.kind()).isEqualTo(FindingKind.MAP);
    assertThat(report.painPoints()).isEmpty();
    assertThat(report.mapChecks())
        .singleElement()
        .satisfies(c -> assertThat(c.findings()).containsExactly(finding));
  }

  @Test
  void aRule_seesTheJourneyOrderTheReportIsListedIn() {
    List<Finding> found = new ArrayList<>();
    GapRule everywhere =
        new GapRule() {
          @Override
          public String id() {
            return "acme.everywhere";
          }

          @Override
          public FindingSeverity defaultSeverity() {
            return FindingSeverity.INFO;
          }

          @Override
          public String description() {
            return "one finding about each kind of subject, from the last to the first";
          }

          @Override
          public List<Finding> check(Journey journey, RuleContext context) {
            JourneyOrder order = context.journeyOrder();
            assertThat(order.positionOf(context.pathOf("checkout")))
                .isGreaterThan(order.positionOf(context.pathOf("purchase")));
            found.add(context.metricFinding(journey.stages().get(1), 0).message("Metric.").build());
            found.add(context.finding("checkout").message("Touchpoint.").build());
            found.add(context.finding("awareness").message("Stage.").build());
            found.add(context.personaFinding().message("Persona.").build());
            found.add(context.journeyFinding().message("Journey.").build());
            return found;
          }
        };

    GapReport report = GapAnalysis.none().with(everywhere).analyze(JOURNEY);

    assertThat(report.findings())
        .extracting(Finding::path)
        .containsExactly(
            "", "persona", "stages[0]", "stages[1].touchpoints[0]", "stages[1].metrics[0]");
    assertThat(report.findings()).containsExactlyInAnyOrderElementsOf(found);
  }
}
