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
    Finding.Builder builder =
        Finding.builder("acme.rule", FindingSeverity.INFO)
            .message("Many facts.")
            .fact("gap", "1")
            .fact("b", "2")
            .fact("gap", "3");
    Finding few = builder.build();
    for (int i = 0; i < 40; i++) { // beyond the scan, into the hash index
      builder.fact("fact " + i, String.valueOf(i));
    }
    builder.fact("fact 3", "again").fact("b", "again");
    Finding many = builder.build();

    assertThat(few.facts()).containsExactly(entry("gap", "3"), entry("b", "2"));
    assertThat(many.facts()).hasSize(42).containsEntry("fact 3", "again");
    assertThat(many.facts().keySet()).startsWith("gap", "b", "fact 0").endsWith("fact 39");
    assertThat(many.facts().get("b")).isEqualTo("again");
    assertThat(few.facts()).hasSize(2); // building again does not change what was built
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
  void equals_comparesFactsInOrder() {
    Finding.Builder ab = Finding.builder("acme.rule", FindingSeverity.INFO).message("m");
    Finding.Builder ba = Finding.builder("acme.rule", FindingSeverity.INFO).message("m");
    Finding first = ab.fact("a", "1").fact("b", "2").build();
    Finding second = ba.fact("b", "2").fact("a", "1").build();
    Finding same =
        Finding.builder("acme.rule", FindingSeverity.INFO)
            .message("m")
            .fact("a", "1")
            .fact("b", "2")
            .build();

    assertThat(first).isNotEqualTo(second).isEqualTo(same).hasSameHashCodeAs(same);
  }

  @Test
  void builder_needsAMessage() {
    assertThatThrownBy(() -> Finding.builder("acme.rule", FindingSeverity.INFO).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a finding of rule acme.rule needs a message; call message(...)");
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
