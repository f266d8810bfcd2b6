package dev.cjm.core.mermaid;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.StageBuilder;
import dev.cjm.core.TouchpointBuilder;
import dev.cjm.core.internal.Texts;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random valid journeys for property tests, with names made of the pieces Mermaid's grammar finds
 * hardest: its reserved characters, entity codes, line break tags, keywords and white space at the
 * edges, next to ordinary words in several scripts.
 */
final class JourneyGenerator {
  private JourneyGenerator() {}

  private static final List<String> PIECES =
      List.of(
          "Tea",
          "make",
          "Zoë",
          "Świadomość",
          "お茶",
          "\uD83D\uDE00",
          "1",
          "-",
          "_",
          "'",
          " ",
          "  ",
          ":",
          "#",
          ";",
          ",",
          "%",
          "%%",
          "{",
          "}",
          "<br>",
          "<BR />",
          "<",
          ">",
          "/",
          "&",
          "\n",
          "\t",
          "\r",
          "\u0000",
          "\u0085",
          "\u00A0",
          "\u2028",
          "#58;",
          "#35;",
          "#quot;",
          "#x;",
          "&#58;",
          "title ",
          "section ",
          "journey",
          "accTitle:",
          "accDescr {",
          "accDescr:",
          "---",
          "%%{",
          "}%%");

  private static final List<Double> SCORES =
      List.of(-2.0, -1.5, -1.0, -0.5, -0.4, 0.0, 0.25, 0.5, 1.0, 1.49, 1.5, 2.0);

  /** A non-blank text made of one to four pieces. */
  static Gen<String> texts() {
    Gen<String> piece = Generate.pick(PIECES);
    return in -> {
      int count = Generate.range(1, 4).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append(piece.generate(in));
      }
      return Texts.isBlank(text) ? "x" + text : text.toString();
    };
  }

  /** A valid journey: up to four stages of up to four touchpoints, with the optional parts. */
  static Gen<Journey> journeys() {
    return JourneyGenerator::journey;
  }

  private static Journey journey(RandomnessSource in) {
    Gen<String> texts = texts();
    Gen<Boolean> coin = Generate.booleans();
    JourneyBuilder journey = Journey.builder(texts.generate(in));
    if (coin.generate(in)) {
      journey.accessibilityTitle(texts.generate(in));
    }
    if (coin.generate(in)) {
      journey.accessibilityDescription(texts.generate(in));
    }
    if (coin.generate(in)) {
      journey.persona(texts.generate(in));
    }
    if (coin.generate(in)) {
      journey.description(texts.generate(in)); // not expressible in Mermaid
    }
    int stages = Generate.range(0, 4).generate(in);
    int[] touchpointNumber = {0};
    for (int s = 0; s < stages; s++) {
      String stageId = "s" + s;
      String stageName = texts.generate(in);
      int touchpoints = Generate.range(0, 4).generate(in);
      journey.stage(
          stageName,
          stage -> {
            stage.id(stageId);
            for (int t = 0; t < touchpoints; t++) {
              touchpoint(in, stage, "t" + touchpointNumber[0]++);
            }
          });
    }
    return journey.build();
  }

  private static void touchpoint(RandomnessSource in, StageBuilder stage, String id) {
    Gen<String> texts = texts();
    Gen<Boolean> coin = Generate.booleans();
    String name = texts.generate(in);
    stage.touchpoint(
        name,
        touchpoint -> {
          touchpoint.id(id);
          if (coin.generate(in)) {
            touchpoint.emotion(Generate.pick(SCORES).generate(in));
          }
          int actors = Generate.range(0, 3).generate(in);
          for (int a = 0; a < actors; a++) {
            touchpoint.actor(texts.generate(in));
          }
          extras(in, touchpoint, id);
        });
  }

  /** Parts Mermaid cannot express, sometimes: they must not disturb what it can. */
  private static void extras(RandomnessSource in, TouchpointBuilder touchpoint, String id) {
    if (Generate.booleans().generate(in)) {
      touchpoint
          .channel(Channel.WEB)
          .expectedEmotion(1)
          .barrier("Slow page", b -> b.id(id + "-slow-page"));
    }
  }
}
