package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** A finding: rule, severity, subject, message and ordered facts. */
class FindingTest {
  @Test
  void builder_keepsFactsInTheOrderAdded() {
    Finding finding =
        Finding.builder("acme.rule", FindingSeverity.WARNING)
            .subject("checkout", "stages[1].touchpoints[0]")
            .message("Something is off.")
            .fact("z", "last letter")
            .fact("gap", 1.25)
            .fact("a", -0.0)
            .build();

    assertThat(finding.facts().keySet()).containsExactly("z", "gap", "a");
    assertThat(finding.facts()).containsEntry("gap", "1.25").containsEntry("a", "0");
    assertThat(finding)
        .hasToString("warning acme.rule at stages[1].touchpoints[0]: Something is off.");
  }

  @Test
  void builder_aFactGivenAgain_keepsItsFirstPlaceAndTakesTheNewValue() {
    Finding finding =
        Finding.builder("acme.rule", FindingSeverity.INFO)
            .message("Facts.")
            .fact("gap", "1")
            .fact("b", "2")
            .fact("gap", "3")
            .build();

    assertThat(finding.facts()).containsExactly(entry("gap", "3"), entry("b", "2"));
  }

  @Test
  void builder_changedAfterBuilding_leavesTheBuiltFindingAsItWas() {
    Finding.Builder builder =
        Finding.builder("acme.rule", FindingSeverity.INFO).message("Facts.").fact("gap", "1");
    Finding first = builder.build();
    Finding second = builder.fact("gap", "2").build();
    Finding third = builder.fact("more", "3").build();

    assertThat(first.facts()).containsExactly(entry("gap", "1"));
    assertThat(second.facts()).containsExactly(entry("gap", "2"));
    assertThat(third.facts()).containsExactly(entry("gap", "2"), entry("more", "3"));
    assertThat(second).isNotEqualTo(first).isNotEqualTo(third);
  }

  @Test
  void equals_comparesEveryPartAndTheFactsInOrder() {
    Finding finding = finding("acme.rule", "m").fact("a", "1").fact("b", "2").build();

    assertThat(finding)
        .isEqualTo(finding("acme.rule", "m").fact("a", "1").fact("b", "2").build())
        .hasSameHashCodeAs(finding("acme.rule", "m").fact("a", "1").fact("b", "2").build())
        .isNotEqualTo(finding("acme.rule", "m").fact("b", "2").fact("a", "1").build())
        .isNotEqualTo(finding("acme.rule", "m").fact("a", "1").fact("b", "3").build())
        .isNotEqualTo(finding("acme.rule", "m").fact("a", "1").build())
        .isNotEqualTo(finding("acme.other", "m").fact("a", "1").fact("b", "2").build())
        .isNotEqualTo(finding("acme.rule", "n").fact("a", "1").fact("b", "2").build())
        .isNotEqualTo(finding.withSeverity(FindingSeverity.ERROR))
        .isNotEqualTo(
            finding("acme.rule", "m").subject("x", "").fact("a", "1").fact("b", "2").build())
        .isNotEqualTo(
            finding("acme.rule", "m").path("stages[0]").fact("a", "1").fact("b", "2").build());
  }

  private static Finding.Builder finding(String ruleId, String message) {
    return Finding.builder(ruleId, FindingSeverity.INFO).message(message);
  }

  @Test
  void builder_needsAMessage() {
    assertThatThrownBy(() -> Finding.builder("acme.rule", FindingSeverity.INFO).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a finding of rule acme.rule needs a message: message(text), message(phrase) or"
                + " message(Locale.ENGLISH, text)");
    assertThatThrownBy(() -> Finding.builder("acme.rule", FindingSeverity.INFO).message(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message of a finding of rule acme.rule is blank");
    assertThatThrownBy(() -> Finding.builder("", FindingSeverity.INFO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule id is blank; give the rule a stable id");
  }

  @Test
  void withSeverity_changesOnlyTheSeverity() {
    Finding finding =
        Finding.builder("acme.rule", FindingSeverity.INFO).message("x").fact("k", "v").build();

    Finding error = finding.withSeverity(FindingSeverity.ERROR);

    assertThat(error.severity()).isEqualTo(FindingSeverity.ERROR);
    assertThat(error.facts()).isEqualTo(finding.facts());
    assertThat(error.withSeverity(FindingSeverity.INFO)).isEqualTo(finding);
  }

  @Test
  void threshold_rejectsADefaultOutsideItsOwnRange() {
    assertThatThrownBy(() -> Threshold.above("a drop", 0, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "default 0.0 of threshold (a drop) is outside its own range above 0 and at most 4");
  }
}
