package dev.cjm.core.analysis.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import dev.cjm.core.analysis.Phrase;
import dev.cjm.core.analysis.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A user's own rule, outside the analysis package: the example of the cjm-core README, written
 * against the public API alone, as the standard rules are.
 */
class CustomRuleTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");

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
                  // acme.no-owner=Nobody owns {0}. in META-INF/cjm/words.properties
                  .message(Phrase.words("acme.no-owner", Phrase.quoted(touchpoint.name())))
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
    assertThat(finding.message(POLISH)).isEqualTo("Nikt nie odpowiada za punkt styku „Checkout”.");
    assertThat(finding.message(Locale.GERMAN)).isEqualTo(finding.message());
    assertThat(report.mapChecks().get(0).message(POLISH)).isEqualTo(finding.message(POLISH));
    assertThat(finding.facts()).containsExactly(entry("stage", "purchase"));
    assertThat(finding.kind()).isEqualTo(FindingKind.MAP);
    assertThat(report.painPoints()).isEmpty();
    assertThat(report.mapChecks())
        .singleElement()
        .satisfies(c -> assertThat(c.findings()).containsExactly(finding));
  }

  @Test
  void aRulesMessage_agreesWithItsNumberInEachLanguage() {
    Finding.Builder late = Finding.builder("acme.late-parcels", FindingSeverity.WARNING);
    Finding two =
        late.message(Phrase.plural("acme.late-parcels", 2, Phrase.quoted("Gdańsk"))).build();
    Finding five =
        late.message(Phrase.plural("acme.late-parcels", 5, Phrase.quoted("Gdańsk"))).build();
    Finding one =
        late.message(Phrase.plural("acme.late-parcels", 1, Phrase.quoted("Gdańsk"))).build();

    assertThat(one.message()).isEqualTo("1 parcel to \"Gdańsk\" arrived late.");
    assertThat(two.message()).isEqualTo("2 parcels to \"Gdańsk\" arrived late.");
    assertThat(one.message(POLISH)).isEqualTo("1 paczka do „Gdańsk” przyszła z opóźnieniem.");
    assertThat(two.message(POLISH)).isEqualTo("2 paczki do „Gdańsk” przyszły z opóźnieniem.");
    assertThat(five.message(POLISH)).isEqualTo("5 paczek do „Gdańsk” przyszło z opóźnieniem.");
  }

  @Test
  void aRule_mayGiveItsMessageInEachLanguageItself() {
    Finding finding =
        Finding.builder("acme.slow", FindingSeverity.INFO)
            .message(Locale.ENGLISH, "Slow.")
            .message(POLISH, "Wolno.")
            .build();
    Finding withDefault =
        Finding.builder("acme.slow", FindingSeverity.INFO)
            .message("Slow.")
            .message(POLISH, "Wolno.")
            .build();

    assertThat(finding.message()).isEqualTo("Slow.");
    assertThat(finding.message(Locale.forLanguageTag("pl-PL"))).isEqualTo("Wolno.");
    assertThat(finding.message(Locale.GERMAN)).isEqualTo("Slow.");
    assertThat(withDefault.message(POLISH)).isEqualTo("Wolno.");
    assertThat(withDefault.message(Locale.GERMAN)).isEqualTo("Slow.");
  }

  @Test
  void aMessageKeyNobodyGaveWords_failsWhenTheFindingIsBuilt_sayingWhereToAddThem() {
    Finding.Builder builder =
        Finding.builder("acme.rule", FindingSeverity.INFO)
            .message(Phrase.words("acme.no-such-key", "x"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no words under the key acme.no-such-key in English; add it to"
                + " META-INF/cjm/words.properties on the class path");
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
