package dev.cjm.examples;

// readme:testing:start
import static dev.cjm.core.assertions.CjmAssertions.assertThat;

import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.diff.JourneyDiff;
import org.junit.jupiter.api.Test;

class GalleryAssertionsTest {
  @Test
  void theCafesFirstFix_isTheOrderAtTheTill() {
    GapReport report = GapAnalysis.standard().analyze(CafeLoyalty.journey());

    assertThat(report)
        .hasTopPainPointAt("zamowienie-przy-kasie")
        .hasPriority(Priority.CRITICAL)
        .hasBarrier("niespojna-komunikacja");
    assertThat(report).hasFinding("emotion.expectation-gap").at("zamowienie-przy-kasie");
  }

  @Test
  void theBanksFutureState_resolvesEveryBarrierOfOpeningAnAccount() {
    JourneyDiff diff =
        JourneyDiff.between(BankAccountFutureState.journey(), BankAccountFutureState.future());

    assertThat(diff)
        .resolves("fee-table-pdf", "branch-visit", "paper-contract", "slow-card")
        .delivers("remote-onboarding", "fee-summary", "virtual-card")
        .improvesEmotionAt("id-check");
    assertThat(GapAnalysis.standard().analyze(BankAccountFutureState.future()))
        .hasNoProblems()
        .hasNoPainPointAbove(Priority.LOW);
  }
}
// readme:testing:end
