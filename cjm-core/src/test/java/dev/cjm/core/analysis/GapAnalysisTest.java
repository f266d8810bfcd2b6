package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Channel;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Configuring an analysis: which rules run, at what severity, with which thresholds. */
class GapAnalysisTest {
  static final Journey UNOWNED =
      Journey.builder("Shoes")
          .persona("Anna", p -> p.goal("Shoes that fit"))
          .stage("Purchase", s -> s.touchpoint("Checkout", t -> t.emotion(1)))
          .build();

  /** A custom rule: every journey needs a touchpoint in the delivery channel. */
  static final class NoDeliveryRule implements GapRule {
    @Override
    public String id() {
      return "acme.no-delivery";
    }

    @Override
    public FindingSeverity defaultSeverity() {
      return FindingSeverity.ERROR;
    }

    @Override
    public String description() {
      return "a journey with no touchpoint in the delivery channel";
    }

    @Override
    public List<Finding> check(Journey journey, RuleContext context) {
      boolean delivered =
          journey.allTouchpoints().stream()
              .anyMatch(t -> t.channel().equals(Optional.of(Channel.DELIVERY)));
      return delivered
          ? List.of()
          : List.of(context.journeyFinding().message("Nothing is ever delivered.").build());
    }
  }

  /** A custom rule that only keeps the emotion curve its context gives it. */
  static final class CurveReader implements GapRule {
    private final String id;
    private final List<EmotionCurve> curves = new ArrayList<>();

    CurveReader(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public FindingSeverity defaultSeverity() {
      return FindingSeverity.INFO;
    }

    @Override
    public String description() {
      return "reads the emotion curve";
    }

    @Override
    public List<Finding> check(Journey journey, RuleContext context) {
      curves.add(context.emotionCurve());
      return List.of();
    }
  }

  @Test
  void emotionCurve_isTheJourneysExperiencedCurve_madeOncePerAnalysis() {
    CurveReader first = new CurveReader("acme.first");
    CurveReader second = new CurveReader("acme.second");
    GapAnalysis analysis = GapAnalysis.none().with(first).with(second);

    analysis.analyze(UNOWNED);
    analysis.analyze(UNOWNED);

    assertThat(first.curves)
        .hasSize(2)
        .allSatisfy(c -> assertThat(c).isEqualTo(EmotionCurve.of(UNOWNED)));
    assertThat(second.curves.get(0)).isSameAs(first.curves.get(0));
    assertThat(second.curves.get(1)).isSameAs(first.curves.get(1)).isNotSameAs(first.curves.get(0));
  }

  @Test
  void standard_runsTheTwentyRulesOfTheReadme() {
    assertThat(GapAnalysis.standard().rules())
        .extracting(GapRule::id)
        .containsExactly(
            "emotion.expectation-gap",
            "emotion.low-point",
            "emotion.sharp-drop",
            "emotion.unexplained-negative",
            "emotion.not-recorded",
            "barrier.unaddressed",
            "barrier.widespread",
            "opportunity.unlinked",
            "stage.no-touchpoints",
            "lifecycle.missing-phase",
            "lifecycle.out-of-order",
            "channel.broken-handover",
            "channel.single-channel-stage",
            "touchpoint.no-owner",
            "metric.off-target",
            "persona.no-goals",
            "observed.long-waits",
            "observed.failures",
            "observed.drop-off",
            "observed.emotion-below-plan");
  }

  @Test
  void without_switchesARuleOff() {
    assertThat(GapAnalysis.standard().analyze(UNOWNED).findingsOf("touchpoint.no-owner"))
        .hasSize(1);

    GapReport report = GapAnalysis.standard().without("touchpoint.no-owner").analyze(UNOWNED);

    assertThat(report.findingsOf("touchpoint.no-owner")).isEmpty();
    assertThat(report.countsByRule()).doesNotContainKey("touchpoint.no-owner");
  }

  @Test
  void without_rejectsAnUnknownIdSuggestingTheClosest() {
    assertThatThrownBy(() -> GapAnalysis.standard().without("touchpoint.no-owners"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "no rule with id \"touchpoint.no-owners\" in this analysis; did you mean"
                + " \"touchpoint.no-owner\"?");
  }

  @Test
  void severity_overridesEveryFindingOfTheRule() {
    GapReport report =
        GapAnalysis.standard()
            .severity("touchpoint.no-owner", FindingSeverity.ERROR)
            .analyze(UNOWNED);

    assertThat(report.findingsOf("touchpoint.no-owner"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(FindingSeverity.ERROR);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void threshold_rejectsValuesThatMakeNoSense() {
    GapAnalysis analysis = GapAnalysis.standard();

    assertThatThrownBy(() -> analysis.threshold("emotion.sharp-drop", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "threshold of emotion.sharp-drop (the fall in emotion between consecutive scored"
                + " touchpoints that is sharp) is -1.0: expected a finite number above 0 and at"
                + " most 4 (default 2)");
    assertThatThrownBy(() -> analysis.threshold("emotion.expectation-gap", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is NaN: expected a finite number above 0 and at most 4");
    assertThatThrownBy(() -> analysis.threshold("emotion.expectation-gap", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> analysis.threshold("channel.single-channel-stage", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a finite number from 2 to 1000");
  }

  @Test
  void threshold_rejectsARuleWithoutOne() {
    assertThatThrownBy(() -> GapAnalysis.standard().threshold("touchpoint.no-owner", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule touchpoint.no-owner has no threshold; rules with one: [emotion.expectation-gap,"
                + " emotion.sharp-drop, barrier.widespread, channel.broken-handover,"
                + " channel.single-channel-stage, metric.off-target, observed.long-waits,"
                + " observed.failures, observed.drop-off, observed.emotion-below-plan]");
  }

  @Test
  void threshold_isRememberedAndDefaultsOtherwise() {
    GapAnalysis analysis = GapAnalysis.standard().threshold("emotion.sharp-drop", 1.5);

    assertThat(analysis.thresholdOf("emotion.sharp-drop")).hasValue(1.5);
    assertThat(analysis.thresholdOf("emotion.expectation-gap")).hasValue(1.0);
    assertThat(analysis.thresholdOf("touchpoint.no-owner")).isEmpty();
    assertThat(GapAnalysis.standard().thresholdOf("emotion.sharp-drop")).hasValue(2.0);
  }

  @Test
  void configuring_leavesTheOriginalAnalysisUnchanged() {
    GapAnalysis standard = GapAnalysis.standard();
    standard.without("touchpoint.no-owner").severity("persona.no-goals", FindingSeverity.INFO);

    assertThat(standard.rules()).hasSize(20);
    assertThat(standard.severityOverride("persona.no-goals")).isEmpty();
  }

  @Test
  void with_addsACustomRuleWhoseFindingsJoinTheReport() {
    GapReport report = GapAnalysis.standard().with(new NoDeliveryRule()).analyze(UNOWNED);

    assertThat(report.findings().get(0).ruleId()).isEqualTo("acme.no-delivery");
    assertThat(report.findings().get(0).message()).isEqualTo("Nothing is ever delivered.");
    assertThat(report.countsByRule()).containsEntry("acme.no-delivery", 1);
  }

  @Test
  void with_rejectsASecondRuleWithTheSameId() {
    GapAnalysis analysis = GapAnalysis.none().with(new NoDeliveryRule());

    assertThatThrownBy(() -> analysis.with(new NoDeliveryRule()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rule with id \"acme.no-delivery\" is already in the analysis; use"
                + " without(\"acme.no-delivery\") first to replace it");
  }

  @Test
  void analyze_rejectsAFindingThatClaimsAnotherRule() {
    GapRule impostor =
        new GapRule() {
          @Override
          public String id() {
            return "acme.impostor";
          }

          @Override
          public FindingSeverity defaultSeverity() {
            return FindingSeverity.INFO;
          }

          @Override
          public String description() {
            return "claims to be another rule";
          }

          @Override
          public List<Finding> check(Journey journey, RuleContext context) {
            return List.of(
                Finding.builder("touchpoint.no-owner", FindingSeverity.INFO).message("x").build());
          }
        };

    assertThatThrownBy(() -> GapAnalysis.none().with(impostor).analyze(UNOWNED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "gap rule acme.impostor returned a finding of rule touchpoint.no-owner");
  }

  @Test
  void ruleContext_findingRejectsAnUnknownSubject() {
    GapRule careless =
        new GapRule() {
          @Override
          public String id() {
            return "acme.careless";
          }

          @Override
          public FindingSeverity defaultSeverity() {
            return FindingSeverity.INFO;
          }

          @Override
          public String description() {
            return "names a subject the journey does not have";
          }

          @Override
          public List<Finding> check(Journey journey, RuleContext context) {
            return List.of(context.finding("nowhere").message("x").build());
          }
        };

    assertThatThrownBy(() -> GapAnalysis.none().with(careless).analyze(UNOWNED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gap rule acme.careless failed on journey \"Shoes\"")
        .cause()
        .hasMessage("the journey has no stage, touchpoint, barrier or opportunity \"nowhere\"");
  }
}
