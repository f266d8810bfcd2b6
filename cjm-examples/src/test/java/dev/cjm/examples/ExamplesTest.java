package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Persona;
import dev.cjm.core.Phase;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples are maps a CX team would write: a persona with goals, needs, expectations,
 * frustrations and a quote; several channels; a scenario and an emotion at every touchpoint;
 * barriers with ids and severities; opportunities that address them, with impact and effort; and
 * metrics with targets. Each builds, and each analyses without exception.
 */
class ExamplesTest {
  private static final ImmutableMap<String, Journey> EXAMPLES =
      ImmutableMap.of(
          "running shoes", RunningShoes.journey(),
          "B2B software", B2bSoftwarePurchase.journey(),
          "café loyalty", CafeLoyalty.journey(),
          "support call", SupportCall.journey(),
          "bank account, current", BankAccountFutureState.journey(),
          "click and collect", ClickAndCollect.journey());

  @Test
  void everyExample_hasAFullPersona() {
    EXAMPLES.forEach(
        (name, journey) -> {
          Persona persona = journey.persona().orElseThrow();
          assertThat(persona.goals()).as(name).isNotEmpty();
          assertThat(persona.needs()).as(name).isNotEmpty();
          assertThat(persona.expectations()).as(name).isNotEmpty();
          assertThat(persona.frustrations()).as(name).isNotEmpty();
          assertThat(persona.quote()).as(name).isPresent();
          assertThat(persona.description()).as(name).isPresent();
        });
  }

  @Test
  void everyExample_usesSeveralChannelsAndScoresEveryTouchpoint() {
    EXAMPLES.forEach(
        (name, journey) -> {
          assertThat(journey.allTouchpoints().stream().map(Touchpoint::channel).distinct())
              .as(name)
              .hasSizeGreaterThanOrEqualTo(4)
              .doesNotContain(Optional.empty());
          for (Touchpoint touchpoint : journey.allTouchpoints()) {
            String where = name + ", " + touchpoint.id();
            assertThat(touchpoint.doing()).as(where).isPresent();
            assertThat(touchpoint.emotion()).as(where).isPresent();
            assertThat(touchpoint.owner()).as(where).isPresent();
          }
          assertThat(journey.allTouchpoints().stream().filter(t -> t.thinking().isPresent()))
              .as(name)
              .hasSizeGreaterThan(journey.allTouchpoints().size() / 2);
          assertThat(journey.allTouchpoints().stream().filter(t -> t.expectedEmotion().isPresent()))
              .as(name)
              .hasSizeGreaterThan(journey.allTouchpoints().size() / 2);
        });
  }

  @Test
  void everyExample_hasBarriersAddressedByRatedOpportunities() {
    EXAMPLES.forEach(
        (name, journey) -> {
          assertThat(journey.allBarriers()).as(name).hasSizeGreaterThanOrEqualTo(3);
          assertThat(journey.allBarriers().stream().map(Barrier::severity).distinct())
              .as("%s: barriers of different severities", name)
              .hasSizeGreaterThanOrEqualTo(2);
          for (Opportunity opportunity : journey.allOpportunities()) {
            assertThat(opportunity.impact()).as(name + ", " + opportunity.id()).isPresent();
            assertThat(opportunity.effort()).as(name + ", " + opportunity.id()).isPresent();
          }
          long addressed =
              journey.allBarriers().stream()
                  .filter(
                      b ->
                          journey.allOpportunities().stream()
                              .anyMatch(o -> o.addresses().contains(b.id())))
                  .count();
          assertThat(addressed).as(name).isGreaterThanOrEqualTo(3);
        });
  }

  @Test
  void everyExample_measuresStagesAgainstTargets() {
    EXAMPLES.forEach(
        (name, journey) -> {
          ImmutableList<Metric> metrics =
              journey.stages().stream()
                  .flatMap(s -> s.metrics().stream())
                  .collect(ImmutableList.toImmutableList());
          assertThat(metrics).as(name).hasSizeGreaterThanOrEqualTo(2);
          assertThat(metrics).as(name).allMatch(m -> m.target().isPresent());
        });
  }

  @Test
  void everyExample_analysesIntoAReportWithFindingsAndRankedOpportunities() {
    EXAMPLES.forEach(
        (name, journey) -> {
          GapReport report = Examples.analyze(journey);
          assertThat(report.findings()).as(name).isNotEmpty();
          assertThat(report.rankedOpportunities()).as(name).isNotEmpty();
          assertThat(report.toMarkdown()).as(name).contains(journey.title());
          assertThat(report.emotionSummary()).as(name).hasSameSizeAs(journey.stages());
        });
  }

  @Test
  void everyMain_printsTheOutlineAndTheGapReport() {
    assertThat(printed(RunningShoes::main))
        .contains("Marta, the weekend runner", "Gap analysis of \"Buying running shoes online\"");
    assertThat(printed(B2bSoftwarePurchase::main)).contains("barrier.widespread");
    assertThat(printed(CafeLoyalty::main))
        .contains("Doświadczenie po zakupie", "bariera [wysoka]", "możliwość: ", "Analiza luk mapy")
        .doesNotContain("barrier [", "opportunity: ", "Gap analysis");
    assertThat(printed(SupportCall::main)).contains("barrier [critical]", "Gap analysis");
    assertThat(printed(BankAccountFutureState::main))
        .contains("# Current state", "# Future state", "barriers resolved");
    assertThat(printed(ClickAndCollect::main))
        .contains(
            "Observed journeys of \"Click and collect at a DIY store\": 400 cases observed",
            "Planned vs actual for \"Click and collect at a DIY store\": ");
  }

  @Test
  void cafeLoyalty_isWrittenWithTheSevenPolishStagesInTheirStandardOrder() {
    Journey cafe = CafeLoyalty.journey();

    assertThat(cafe.stages())
        .extracting(Stage::name)
        .containsExactly(
            "Świadomość",
            "Rozważanie",
            "Decyzja",
            "Zakup",
            "Doświadczenie po zakupie",
            "Lojalność",
            "Promocja");
    assertThat(cafe.stages())
        .extracting(stage -> Phase.fromName(stage.name()).orElseThrow())
        .containsExactly(Phase.values());
    assertThat(Examples.analyze(cafe).findingsOf("lifecycle.missing-phase")).isEmpty();
  }

  @Test
  void supportCall_showsBrokenPromisesAndGapsInContactAcrossPhoneEmailAndStore() {
    Journey support = SupportCall.journey();

    assertThat(support.barrier("broken-callback")).isPresent();
    assertThat(support.barrier("silence")).isPresent();
    assertThat(support.allTouchpoints().stream().map(t -> t.channel().orElseThrow().name()))
        .contains("Phone", "E-mail", "Store");
    assertThat(Examples.analyze(support).hasErrors()).isTrue();
  }

  @Test
  void bankAccount_futureStateResolvesEveryBarrierOfTheCurrentState() {
    JourneyDiff diff = BankAccountFutureState.diff();

    assertThat(diff.future().state()).isEqualTo(Journey.State.FUTURE);
    assertThat(diff.current().state()).isEqualTo(Journey.State.CURRENT);
    assertThat(diff.resolvedBarriers())
        .extracting(Barrier::id)
        .containsExactly("fee-table-pdf", "branch-visit", "paper-contract", "slow-card");
    assertThat(diff.future().allBarriers()).isEmpty();
    assertThat(diff.touchpointEmotions()).allMatch(change -> change.delta().orElse(0) > 0);
    assertThat(Examples.analyze(diff.future()).hasErrors()).isFalse();
  }

  @Test
  void clickAndCollect_readsTheSameFourHundredOrdersFromItsGeneratedLogEveryTime() {
    ImmutableList<ObservedJourney> orders = ClickAndCollect.observed();

    assertThat(orders).hasSize(ClickAndCollect.ORDERS).isEqualTo(ClickAndCollect.observed());
    assertThat(orders.get(0).id()).isEqualTo("c0000000");
    assertThat(ClickAndCollect.eventLog())
        .startsWith("case,time,activity,outcome,score,channel\n")
        .isEqualTo(ClickAndCollect.eventLog());
    assertThat(ClickAndCollect.summary().toMarkdown())
        .isEqualTo(ClickAndCollect.summary().toMarkdown());
  }

  @Test
  void clickAndCollect_summaryOfTheLogFile_isThatOfTheLogInMemory_andShowsEveryKindOfDeparture(
      @TempDir Path directory) throws IOException {
    Path log = directory.resolve("events.csv");
    ClickAndCollect.writeEventLog(log);

    ObservedSummary summary = ClickAndCollect.summary(log);

    assertThat(summary).isEqualTo(ClickAndCollect.summary());
    assertThat(summary.cases()).isEqualTo(ClickAndCollect.ORDERS);
    List<ObservedSummary.TouchpointStats> steps = summary.touchpoints();
    // Every order comes in through one of the three entry points.
    assertThat(steps.subList(0, 3).stream().mapToLong(ObservedSummary.TouchpointStats::reached))
        .allMatch(reached -> reached > 100)
        .hasSize(3);
    assertThat(steps.subList(0, 3).stream().mapToLong(t -> t.reached()).sum())
        .isEqualTo(ClickAndCollect.ORDERS);
    // The optional review request: half of the 0.88^6 = 46 % who get that far.
    assertThat(steps.get(steps.size() - 1).reachedShare()).isBetween(0.15, 0.32);
    assertThat(steps).allMatch(t -> t.failed() > 0);
    assertThat(summary.adHoc())
        .extracting(ObservedSummary.AdHocPlace::name)
        .containsOnly(EventLogGenerator.DETOUR);
    assertThat(summary.longWaits()).isNotEmpty();
    assertThat(ClickAndCollect.deviations().journeys()).isEqualTo(ClickAndCollect.ORDERS);
  }

  @Test
  void clickAndCollect_choicesOfThePlan_areNotCalledMissing() {
    DeviationSummary summary = ClickAndCollect.deviations();
    Map<String, DeviationSummary.TouchpointDeviations> byId =
        summary.touchpoints().stream()
            .collect(Collectors.toMap(DeviationSummary.TouchpointDeviations::id, t -> t));

    // Each order comes in through one entry point and skips the other two: none is missing.
    for (String entry : List.of("facebook-ad", "google-search", "price-comparison-site")) {
      assertThat(java.util.Objects.requireNonNull(byId.get(entry)).missing()).as(entry).isZero();
    }
    // About half of those who pick up never answer the review request, which the plan makes
    // optional: not missing either.
    List<ObservedSummary.TouchpointStats> steps = ClickAndCollect.summary().touchpoints();
    ObservedSummary.TouchpointStats pickup = steps.get(steps.size() - 2);
    ObservedSummary.TouchpointStats review = steps.get(steps.size() - 1);
    assertThat(List.of(pickup.id(), review.id())).containsExactly("pickup", "review-request");
    assertThat(review.reached()).isLessThan(pickup.reached() * 7 / 10);
    assertThat(java.util.Objects.requireNonNull(byId.get("review-request")).missing()).isZero();
  }

  @Test
  void mermaidImport_readsTheTeamsDiagramIntoAFullJourney() {
    Journey journey = MermaidImport.journey();

    assertThat(journey.title()).isEqualTo("Weekly grocery delivery");
    assertThat(journey.accessibilityTitle()).contains("Ola's weekly grocery delivery");
    assertThat(journey.accessibilityDescription())
        .hasValueSatisfying(d -> assertThat(d).contains("diary study"));
    assertThat(journey.persona()).map(Persona::name).contains("Ola");
    assertThat(journey.stages())
        .extracting(Stage::name)
        .containsExactly("Świadomość", "Decision", "Purchase", "Post-purchase", "Loyalty");
    assertThat(journey.allTouchpoints()).hasSize(10);
    assertThat(journey.touchpoint("delivery-arrives-40-minutes-late").orElseThrow().emotion())
        .map(e -> e.score())
        .contains(-2.0);
    assertThat(journey.touchpoint("courier-calls-about-a-substitution").orElseThrow().actors())
        .containsExactly("Courier");
    assertThat(Examples.analyze(journey).findings()).isNotEmpty();
  }

  private static String printed(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
