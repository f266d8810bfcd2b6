package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Any valid journey, whatever its text, renders to well-formed SVG with its text intact. */
class RenderPropertiesTest {
  private static final Set<String> ELEMENTS =
      Set.of(
          "svg", "title", "desc", "style", "g", "rect", "text", "tspan", "path", "circle", "line");

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

  private static Gen<String> texts() {
    Gen<String> hostile = Generate.pick(HOSTILE);
    Gen<String> random = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 40);
    Gen<String> astral = strings().betweenCodePoints(0x10000, 0x10FFFF).ofLengthBetween(0, 4);
    Gen<String> piece = hostile.mix(random, 50).mix(astral, 10);
    return lists().of(piece).ofSizeBetween(1, 3).map(parts -> String.join(" ", parts));
  }

  /** A journey built from generated texts and numbers: 1 to 3 stages of 0 to 3 touchpoints. */
  private static Gen<Journey> journeys() {
    return lists()
        .of(texts())
        .ofSize(12)
        .zip(lists().of(integers().between(0, 99)).ofSize(12), RenderPropertiesTest::journey);
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

  /** The text a parser reads back: what XML 1.0 cannot carry is U+FFFD, nothing else changes. */
  private static String asParsed(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7F && c <= 0x9F)
          || Character.isSurrogate(c)
          || c == '\uFFFE'
          || c == '\uFFFF') {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    // An XML parser reads a literal carriage return (and CR LF) as a line feed; the writer
    // escapes it, so it survives.
    return out.toString();
  }

  @Test
  void render_anyValidJourney_isWellFormed_andEveryTextComesBackExactlyAsGiven() {
    qt().withExamples(150)
        .forAll(journeys())
        .checkAssert(
            journey -> {
              String svg = SvgRenderer.create().render(journey);
              Document document = SvgDocuments.parse(svg);
              List<String> titles = new ArrayList<>();
              for (Element element : SvgDocuments.elements(document)) {
                assertThat(ELEMENTS).contains(element.getLocalName());
                for (int a = 0; a < element.getAttributes().getLength(); a++) {
                  assertThat(element.getAttributes().item(a).getNodeName())
                      .isIn(
                          "xmlns",
                          "version",
                          "width",
                          "height",
                          "viewBox",
                          "role",
                          "aria-labelledby",
                          "class",
                          "font-family",
                          "id",
                          "type",
                          "x",
                          "y",
                          "rx",
                          "font-size",
                          "font-weight",
                          "text-anchor",
                          "d",
                          "cx",
                          "cy",
                          "r",
                          "x1",
                          "y1",
                          "x2",
                          "y2");
                }
                if (element.getLocalName().equals("title")) {
                  titles.add(element.getTextContent());
                }
              }
              assertThat(titles.get(0)).isEqualTo(asParsed(journey.title()));
              for (var touchpoint : journey.allTouchpoints()) {
                assertThat(titles)
                    .contains(
                        asParsed(
                            "Touchpoint: "
                                + touchpoint.name()
                                + ". Channel: "
                                + touchpoint.channel().orElseThrow().name()
                                + ". Doing: "
                                + touchpoint.doing().orElseThrow()
                                + ". Thinking: "
                                + touchpoint.thinking().orElseThrow()
                                + touchpoint.emotion().map(e -> ". Emotion: " + e).orElse("")
                                + touchpoint
                                    .expectedEmotion()
                                    .map(e -> ". Expected emotion: " + e)
                                    .orElse("")
                                + touchpoint.barriers().stream()
                                    .map(
                                        b ->
                                            ". Barrier ("
                                                + b.severity().label()
                                                + "): "
                                                + b.description())
                                    .reduce("", String::concat)
                                + touchpoint.opportunities().stream()
                                    .map(o -> ". Opportunity: " + o.description())
                                    .reduce("", String::concat)));
              }
            });
  }

  @Test
  void render_anyValidJourney_isAcceptedByBatik() {
    qt().withExamples(20)
        .forAll(journeys())
        .checkAssert(
            journey -> assertThat(Batik.render(SvgRenderer.create().render(journey))).isNotEmpty());
  }
}
