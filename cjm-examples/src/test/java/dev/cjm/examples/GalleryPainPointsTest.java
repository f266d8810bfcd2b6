package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingKind;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.MapCheck;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gallery's reports as a service designer reads them: one dip is one pain point, a severe
 * barrier shows even when an opportunity addresses it, one gap in the map is one entry, and the
 * reports speak of priorities and names, not severities and index paths.
 */
class GalleryPainPointsTest {
  static Iterable<Gallery.Entry> entries() {
    return Gallery.entries();
  }

  private static GapReport report(String name) {
    return Gallery.entries().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow()
        .report();
  }

  private static PainPoint painPointAt(GapReport report, String touchpointName) {
    return report.painPoints().stream()
        .filter(p -> p.name().equals(touchpointName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pain point at " + touchpointName));
  }

  @Test
  void oneEmotionDip_isOnePainPointWithEveryFindingAboutIt() {
    GapReport cafe = report("cafe-loyalty");

    assertThat(painPointAt(cafe, "Wizytówka w Mapach Google").findings())
        .extracting(Finding::ruleId)
        .contains(
            "emotion.expectation-gap",
            "emotion.low-point",
            "emotion.sharp-drop",
            "channel.broken-handover");
    assertThat(painPointAt(cafe, "Zamówienie przy kasie").findings())
        .extracting(Finding::ruleId)
        .contains("emotion.expectation-gap", "emotion.low-point", "emotion.sharp-drop");
    GapReport b2b = report("b2b-software-purchase");
    assertThat(painPointAt(b2b, "First invoice").findings()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(painPointAt(b2b, "Route import").findings()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyTouchpoint_hasAtMostOnePainPointAndNoMapCheckRestatesIt(Gallery.Entry entry) {
    GapReport report = entry.report();

    assertThat(report.painPoints()).extracting(PainPoint::subjectId).doesNotHaveDuplicates();
    for (MapCheck check : report.mapChecks()) {
      assertThat(check.findings()).allMatch(f -> f.kind() == FindingKind.MAP);
    }
    long metricsAlone =
        report.metricsOffTarget().stream().filter(f -> report.painPointOf(f).isEmpty()).count();
    assertThat(report.painPoints().stream().mapToInt(p -> p.findings().size()).sum() + metricsAlone)
        .isEqualTo(
            report.findings().stream().filter(f -> f.kind() == FindingKind.EXPERIENCE).count());
  }

  @Test
  void aSevereWidespreadBarrier_isAPainPointEvenWhenAnOpportunityAddressesIt() {
    // A barrier of the whole Consideration stage: the stage's own pain point, with its fix.
    PainPoint consideration = painPointAt(report("b2b-software-purchase"), "Consideration");
    assertThat(consideration.barriers())
        .extracting(b -> b.description())
        .contains("No price range anywhere on the site");
    assertThat(consideration.opportunities())
        .extracting(o -> o.description())
        .contains("Publish price ranges per fleet size");
    assertThat(consideration.findings()).extracting(Finding::ruleId).contains("barrier.widespread");

    PainPoint store = painPointAt(report("support-call"), "Service desk in the store");
    assertThat(store.barriers())
        .extracting(b -> b.description())
        .contains("Store staff have no access to service cases");
    assertThat(store.priority()).isEqualTo(Priority.CRITICAL);
  }

  @Test
  void touchpointsNobodyOwns_areOneMapCheck() {
    GapReport grocery = report("grocery-delivery");

    assertThat(grocery.mapChecks())
        .filteredOn(c -> c.ruleId().equals("touchpoint.no-owner"))
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.findings()).hasSize(10);
              assertThat(check.message()).startsWith("10 touchpoints have no owner");
            });
    assertThat(grocery.painPoints())
        .flatExtracting(PainPoint::findings)
        .extracting(Finding::ruleId)
        .doesNotContain("touchpoint.no-owner");
  }

  @Test
  void opportunities_areRankedByTheShareOfCustomersTheyRelieve() {
    // Both quick wins of the same impact and effort against a high barrier: 90% beats 70%.
    assertThat(report("b2b-software-purchase").rankedOpportunities())
        .extracting(r -> r.opportunity().description())
        .startsWith(
            "Publish price ranges per fleet size",
            "Three-field mobile form, enriched later from the CRM");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void reports_speakOfPrioritiesAndNames(Gallery.Entry entry) {
    String markdown = entry.report().toMarkdown();
    String text = entry.report().toText();

    // The headings in the map's language: the café is Polish, the train journey German.
    String fixFirst =
        switch (entry.language()) {
          case "pl" -> "Najpierw napraw";
          case "de" -> "Zuerst beheben";
          default -> "Fix first";
        };
    String painPoints =
        switch (entry.language()) {
          case "pl" -> "Punkty bólu";
          case "de" -> "Pain Points";
          default -> "Pain points";
        };

    assertThat(markdown).doesNotContain("stages[", "| error |", "| warning |", "| info |");
    assertThat(text).doesNotContain("stages[", "ERROR", "WARNING", "INFO ");
    if (!entry.report().painPoints().isEmpty()) {
      assertThat(markdown).contains("\n### " + fixFirst + "\n\n1. **");
      assertThat(markdown.indexOf("### " + fixFirst))
          .isLessThan(markdown.indexOf("### " + painPoints));
      assertThat(text).contains("\n" + fixFirst + ":\n  1. [");
    }
  }
}
