package dev.cjm.render.svg;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators: valid journeys full of hostile and international text, and renderers
 * with any options.
 */
@SuppressWarnings("exports") // QuickTheories is on the test class path only
public final class JourneyGenerators {
  private JourneyGenerators() {}

  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "]]>",
          "<![CDATA[x]]>",
          "\"quoted\" 'single'",
          "&amp; &lt; &#x41;",
          "a\u0000b\u0001c\u0008d\u000Be\u001F",
          "\u007F\u0085\u009F",
          "\uFFFE\uFFFF",
          "tab\tnew\nline\rcarriage",
          "x".repeat(300),
          "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller",
          "Zażółć gęślą jaźń",
          "תשלום באתר",
          "قلق بشأن التوصيل",
          "電車の中でスマートフォンの広告を見る",
          "😊👍🏽👨‍👩‍👧",
          "e\u0301\u0301\u0301",
          "\u202Eright-to-left override",
          "</text></g><g onload=\"x\">",
          " ");

  static Gen<String> texts() {
    Gen<String> hostile = Generate.pick(HOSTILE);
    Gen<String> random = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 40);
    Gen<String> astral = strings().betweenCodePoints(0x10000, 0x10FFFF).ofLengthBetween(0, 4);
    Gen<String> piece = hostile.mix(random, 50).mix(astral, 10);
    return lists().of(piece).ofSizeBetween(1, 3).map(parts -> String.join(" ", parts));
  }

  /** A journey built from generated texts and numbers: 1 to 3 stages of 0 to 3 touchpoints. */
  public static Gen<Journey> journeys() {
    return lists()
        .of(texts())
        .ofSize(12)
        .zip(lists().of(integers().between(0, 99)).ofSize(12), JourneyGenerators::journey);
  }

  private static Journey journey(List<String> text, List<Integer> n) {
    JourneyBuilder builder = Journey.builder("J " + text.get(0));
    if (n.get(0) % 2 == 0) {
      builder.persona(
          "P " + text.get(1), p -> p.goal("G " + text.get(2)).quote("Q " + text.get(3)));
    }
    int stages = 1 + n.get(1) % 3;
    int made = 0;
    for (int s = 0; s < stages; s++) {
      int touchpoints = n.get(2 + s) % 4;
      int first = made;
      int stage = s;
      builder.stage(
          "S " + text.get(4 + s),
          st -> {
            st.id("s-" + stage);
            if (n.get(5) % 3 == 0) {
              st.metric("M " + text.get(7), m -> m.value(n.get(6)).target(50).unit("%"));
            }
            for (int i = first; i < first + touchpoints; i++) {
              int k = i;
              int v = n.get(k % 12);
              st.touchpoint(
                  "T " + text.get((8 + k) % 12),
                  t -> {
                    t.id("t-" + k).channel(Channel.of("C " + text.get((9 + k) % 12)));
                    t.doing(text.get((10 + k) % 12) + ".").thinking("? " + text.get((11 + k) % 12));
                    if (v % 4 != 0) {
                      t.emotion((v % 41) / 10.0 - 2);
                    }
                    if (v % 3 == 0) {
                      t.expectedEmotion((v % 5) - 2);
                    }
                    if (v % 5 == 0) {
                      t.barrier(
                          "B " + text.get(k % 12),
                          b -> b.id("b-" + k).severity(v % 2 == 0 ? Severity.HIGH : Severity.LOW));
                      t.opportunity(
                          "O " + text.get((k + 1) % 12),
                          o ->
                              o.id("o-" + k)
                                  .addresses("b-" + k)
                                  .impact(Level.HIGH)
                                  .effort(Level.LOW));
                    }
                  });
            }
          });
      made += touchpoints;
    }
    return builder.build();
  }

  /** Renderers with any theme, column width, font size, line limit and set of lanes. */
  public static Gen<SvgRenderer> renderers() {
    Gen<Theme> themes = Generate.pick(Theme.all());
    Gen<List<Lane>> lanes = lists().of(Generate.enumValues(Lane.class)).ofSizeBetween(0, 8);
    return integers()
        .between(120, 400)
        .zip(
            integers().between(8, 32),
            integers().between(0, 3),
            (width, size, lines) ->
                SvgRenderer.builder().touchpointWidth(width).fontSize(size).maxLines(lines))
        .zip(
            themes,
            lanes,
            integers().between(0, 1),
            (builder, theme, chosen, all) ->
                (all == 1 ? builder : builder.lanes(chosen)).theme(theme).build());
  }
}
