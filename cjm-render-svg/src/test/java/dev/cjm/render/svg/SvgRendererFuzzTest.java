package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cjm.core.InvalidJourneyException;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;

/**
 * Whatever journey the builder accepts, the renderer draws: no exception, well-formed SVG. Without
 * {@code JAZZER_FUZZ=1} this runs the saved inputs in {@code SvgRendererFuzzTestInputs}.
 */
class SvgRendererFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void render_anyJourneyTheBuilderAccepts_isWellFormedSvg(FuzzedDataProvider data) {
    JourneyBuilder builder = Journey.builder(data.consumeString(200));
    int stages = data.consumeInt(0, 4);
    for (int s = 0; s < stages; s++) {
      String stageName = data.consumeString(100);
      int touchpoints = data.consumeInt(0, 4);
      String[] names = new String[touchpoints];
      String[] texts = new String[touchpoints];
      double[] scores = new double[touchpoints];
      for (int t = 0; t < touchpoints; t++) {
        names[t] = data.consumeString(100);
        texts[t] = data.consumeString(400);
        scores[t] = data.consumeRegularDouble(-2, 2);
      }
      builder.stage(
          stageName,
          stage -> {
            for (int t = 0; t < touchpoints; t++) {
              int i = t;
              stage.touchpoint(
                  names[i],
                  tp -> {
                    tp.doing(texts[i]).emotion(scores[i]);
                    if (i % 2 == 1) {
                      tp.barrier(texts[i]);
                    }
                  });
            }
          });
    }
    Journey journey;
    try {
      journey = builder.build();
    } catch (InvalidJourneyException e) {
      return; // not a valid journey: the builder's business, tested in cjm-core
    }
    String svg = SvgRenderer.create().render(journey);
    assertThat(SvgDocuments.parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
  }
}
