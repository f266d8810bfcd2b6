package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gallery's journeys get no false claims (issue 16): each case a service designer found in the
 * gallery reports, pinned on the journey it was found in.
 */
class GalleryFindingsTest {
  private static final Journey SUPPORT = SupportCall.journey();
  private static final Journey B2B = B2bSoftwarePurchase.journey();
  private static final Journey CLICK_AND_COLLECT = ClickAndCollect.journey();
  private static final Journey BANK_FUTURE = BankAccountFutureState.future();
  private static final Journey CAFE = CafeLoyalty.journey();

  @Test
  void supportCall_hasABrokenHandOverAtTheStoreAfterTheEmailThoughTheEmotionStaysAtMinusTwo() {
    List<Finding> handovers =
        Examples.analyze(SUPPORT).findingsOf("channel.broken-handover").stream()
            .filter(f -> f.subjectId().equals(touchpointId(SUPPORT, "Service desk in the store")))
            .toList();

    assertThat(handovers)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.facts())
                  .containsEntry("from", touchpointId(SUPPORT, "Auto-reply"))
                  .containsEntry("from channel", "E-mail")
                  .containsEntry("to channel", "Store")
                  .containsEntry("felt", "-2");
              assertThat(finding.message())
                  .startsWith("Right after a change of channel, from E-mail")
                  .endsWith("customers feel -2 but expected +1.");
            });
  }

  @Test
  void supportCall_aRepairAfterThePurchase_isToldNothingAboutMissingPhases() {
    assertThat(Examples.analyze(SUPPORT).findingsOf("lifecycle.missing-phase")).isEmpty();
  }

  @Test
  void b2bAndClickAndCollect_areNotToldThatWhatFollowsThePurchaseIsLeftOut() {
    for (Journey journey : List.of(B2B, CLICK_AND_COLLECT)) {
      GapReport report = Examples.analyze(journey);

      assertThat(report.findings())
          .as(journey.title())
          .extracting(Finding::message)
          .noneMatch(message -> message.contains("after the purchase is left out"));
      assertThat(report.findingsOf("lifecycle.missing-phase"))
          .as(journey.title())
          .extracting(Finding::severity)
          .doesNotContain(FindingSeverity.ERROR, FindingSeverity.WARNING);
    }
    // click-and-collect still hears of the gaps inside its scope
    assertThat(Examples.analyze(CLICK_AND_COLLECT).findingsOf("lifecycle.missing-phase"))
        .extracting(Finding::message)
        .containsExactly(
            "The journey has no Decision stage between \"Consideration\" and \"Purchase\".",
            "The journey has no Loyalty stage between \"Post-purchase experience\" and"
                + " \"Advocacy\".");
  }

  @Test
  void customersWhoStillGetWhatTheyExpected_meetNoBrokenHandOver() {
    // click-and-collect: +1 on the web, 0 in the confirmation e-mail, 0 expected
    assertThat(Examples.analyze(CLICK_AND_COLLECT).findingsOf("channel.broken-handover"))
        .extracting(Finding::subjectId)
        .doesNotContain(touchpointId(CLICK_AND_COLLECT, "Order confirmation e-mail"));
    // the bank's future state: +2 in the app, +1 on the welcome call, 0 expected
    assertThat(Examples.analyze(BANK_FUTURE).findingsOf("channel.broken-handover"))
        .extracting(Finding::subjectId)
        .doesNotContain(touchpointId(BANK_FUTURE, "Welcome call"));
  }

  @Test
  void cafe_reportsNoSingleChannelStageOfOneTouchpoint() {
    List<String> flagged =
        Examples.analyze(CAFE).findingsOf("channel.single-channel-stage").stream()
            .map(Finding::subjectId)
            .toList();

    for (Stage stage : CAFE.stages()) {
      if (stage.touchpoints().size() < 2) {
        assertThat(flagged).as(stage.name()).doesNotContain(stage.id());
      }
    }
    // a stage of two touchpoints, both in the café itself, still is one
    assertThat(flagged).containsExactly(stageId(CAFE, "Zakup"));
  }

  @Test
  void addressedBarriersThatManyCustomersMeet_areWidespread() {
    assertThat(Examples.analyze(B2B).findingsOf("barrier.widespread"))
        .filteredOn(f -> f.subjectId().equals("no-price-range"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
              assertThat(finding.facts()).containsEntry("frequency", "90%");
              assertThat(finding.message())
                  .startsWith(
                      "The high barrier \"No price range anywhere on the site\" meets 90% of"
                          + " customers; it stays until \"Publish price ranges per fleet size\"");
            });
    assertThat(Examples.analyze(SUPPORT).findingsOf("barrier.widespread"))
        .filteredOn(f -> f.subjectId().equals("store-blind"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(FindingSeverity.ERROR);
              assertThat(finding.facts()).containsEntry("opportunities", "one-case-record");
            });
  }

  @Test
  void missedMetrics_weighByHowFarTheyMiss() {
    // 21 days against 7 is an error; 65% against 95% a warning
    assertThat(Examples.analyze(SUPPORT).findingsOf("metric.off-target"))
        .extracting(f -> f.facts().get("metric"), Finding::severity)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "Days from report to repair", FindingSeverity.ERROR),
            org.assertj.core.groups.Tuple.tuple(
                "Call-backs made on time", FindingSeverity.WARNING));
    // 22% against 25% is a warning
    assertThat(Examples.analyze(B2B).findingsOf("metric.off-target"))
        .filteredOn(f -> "Demo to close".equals(f.facts().get("metric")))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
              assertThat(finding.facts()).containsEntry("miss", "12%");
            });
    // 4.5 min against 3 misses by 50%: an error
    assertThat(Examples.analyze(CAFE).findingsOf("metric.off-target"))
        .filteredOn(f -> "Średni czas obsługi".equals(f.facts().get("metric")))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.severity()).isEqualTo(FindingSeverity.ERROR);
              assertThat(finding.message()).contains("4.5 min, 50% above its target of 3 min");
            });
  }

  private static String touchpointId(Journey journey, String name) {
    return journey.allTouchpoints().stream()
        .filter(touchpoint -> touchpoint.name().equals(name))
        .map(Touchpoint::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no touchpoint " + name + " in " + journey.title()));
  }

  private static String stageId(Journey journey, String name) {
    return journey.stages().stream()
        .filter(stage -> stage.name().equals(name))
        .map(Stage::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no stage " + name + " in " + journey.title()));
  }
}
