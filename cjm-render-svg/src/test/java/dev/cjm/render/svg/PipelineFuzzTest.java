package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cjm.core.Channel;
import dev.cjm.core.InvalidJourneyException;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.OpportunityBuilder;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.StageBuilder;
import dev.cjm.core.TouchpointBuilder;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.testing.HostileText;
import java.util.List;

/**
 * The whole pipeline on whatever the fuzzer makes of the DSL: any sequence of calls with any text
 * (hostile samples, texts of the maximum length, raw fuzzer strings) and any number (NaN, infinite,
 * off the scale) either fails to build with an {@link InvalidJourneyException} that lists its
 * problems, or builds a journey that the standard gap analysis analyses, the renderer draws (any
 * theme and options, with or without the report) as well-formed SVG holding only the renderer's own
 * markup, and Mermaid writes and reads back to a fixed point.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this runs the saved inputs in {@code PipelineFuzzTestInputs} as
 * regression tests.
 */
class PipelineFuzzTest {
  private static final GapAnalysis ANALYSIS = GapAnalysis.standard();
  private static final List<String> IDS = List.of("s0", "s1", "t0", "t1", "b0", "b1", "o0");

  @FuzzTest(maxDuration = "2m")
  void pipeline_anyUseOfTheDsl_isRejectedOrGoesThroughSafely(FuzzedDataProvider data) {
    Calls calls = new Calls(data);
    JourneyBuilder journey = Journey.builder(calls.text());
    int steps = data.consumeInt(0, 24);
    for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
      calls.journeyCall(journey);
    }
    Journey built;
    try {
      built = journey.build();
    } catch (InvalidJourneyException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    }

    GapReport report = ANALYSIS.analyze(built);
    SvgRenderer renderer =
        SvgRenderer.builder()
            .theme(data.pickValue(Theme.all()))
            .touchpointWidth(data.consumeInt(120, 800))
            .fontSize(data.consumeInt(8, 32))
            .maxLines(data.consumeInt(0, 4))
            .legend(data.consumeBoolean())
            .build();
    String svg = data.consumeBoolean() ? renderer.render(built, report) : renderer.render(built);
    List<String> titles = RenderedMarkup.checkAndReadTitles(svg);
    assertThat(titles.get(0))
        .isEqualTo(RenderedMarkup.asParsed(built.accessibilityTitle().orElse(built.title())));

    String mermaid = MermaidJourney.format(built);
    String again = MermaidJourney.format(MermaidJourney.parse(mermaid));
    assertThat(MermaidJourney.format(MermaidJourney.parse(again))).isEqualTo(again);
  }

  /** DSL calls chosen and filled in by the fuzzer's data. */
  private static final class Calls {
    private final FuzzedDataProvider data;

    Calls(FuzzedDataProvider data) {
      this.data = data;
    }

    String text() {
      return switch (data.consumeInt(0, 7)) {
        case 0 -> data.pickValue(HostileText.INVALID);
        case 1 -> data.consumeInt(0, 15) == 0 ? data.pickValue(HostileText.HUGE) : "Huge? No";
        case 2, 3 -> data.pickValue(HostileText.SAMPLES);
        default -> data.consumeString(40);
      };
    }

    String id() {
      return data.consumeBoolean() ? data.pickValue(IDS) : text();
    }

    double score() {
      return data.consumeBoolean() ? data.consumeInt(-4, 4) / 2.0 : data.consumeDouble();
    }

    void journeyCall(JourneyBuilder journey) {
      switch (data.consumeInt(0, 11)) {
        case 0 -> journey.description(text());
        case 1 ->
            journey.persona(
                text(),
                p -> {
                  for (int i = data.consumeInt(0, 5); i > 0; i--) {
                    switch (data.consumeInt(0, 5)) {
                      case 0 -> p.description(text());
                      case 1 -> p.goal(text());
                      case 2 -> p.need(text());
                      case 3 -> p.expectation(text());
                      case 4 -> p.frustration(text());
                      default -> p.quote(text());
                    }
                  }
                });
        case 2, 3, 4 -> journey.stage(text(), this::stage);
        case 5 -> journey.opportunity(text(), this::opportunity);
        case 6 -> journey.accessibilityTitle(text());
        case 7 -> journey.accessibilityDescription(text());
        case 8 -> journey.state(data.pickValue(Journey.State.values()));
        case 9 -> journey.editTouchpoint(id(), this::touchpoint);
        case 10 -> journey.removeBarrier(id());
        default -> journey.title(text());
      }
    }

    void stage(StageBuilder stage) {
      for (int i = data.consumeInt(0, 8); i > 0 && data.remainingBytes() > 0; i--) {
        switch (data.consumeInt(0, 7)) {
          case 0 -> stage.id(id());
          case 1 -> stage.phase(data.pickValue(Phase.values()));
          case 2 -> stage.goal(text());
          case 3, 4 -> stage.touchpoint(text(), this::touchpoint);
          case 5 -> stage.barrier(text(), b -> b.id(id()).severity(Severity.CRITICAL));
          case 6 -> stage.opportunity(text(), this::opportunity);
          default ->
              stage.metric(
                  text(),
                  m -> {
                    m.value(data.consumeDouble());
                    if (data.consumeBoolean()) {
                      m.target(data.consumeDouble()).unit(text());
                    }
                  });
        }
      }
    }

    void touchpoint(TouchpointBuilder touchpoint) {
      for (int i = data.consumeInt(0, 10); i > 0 && data.remainingBytes() > 0; i--) {
        switch (data.consumeInt(0, 12)) {
          case 0 -> touchpoint.id(id());
          case 1 -> touchpoint.channel(data.pickValue(List.of(Channel.WEB, Channel.PHONE)));
          case 2 -> touchpoint.channel(text());
          case 3 -> touchpoint.owner(text());
          case 4 -> touchpoint.actor(text());
          case 5 -> touchpoint.doing(text());
          case 6 -> touchpoint.thinking(text());
          case 7 -> touchpoint.feeling(text());
          case 8 -> touchpoint.emotion(score(), text());
          case 9 -> touchpoint.expectedEmotion(score());
          case 10 ->
              touchpoint.barrier(
                  text(),
                  b ->
                      b.id(id())
                          .severity(data.pickValue(Severity.values()))
                          .frequency(data.consumeDouble()));
          case 11 -> touchpoint.opportunity(text(), this::opportunity);
          default -> touchpoint.removeBarrier(id());
        }
      }
    }

    void opportunity(OpportunityBuilder opportunity) {
      if (data.consumeBoolean()) {
        opportunity.id(id());
      }
      for (int i = data.consumeInt(0, 2); i > 0; i--) {
        opportunity.addresses(id());
      }
      if (data.consumeBoolean()) {
        opportunity.impact(data.pickValue(Level.values())).effort(data.pickValue(Level.values()));
      }
    }
  }
}
