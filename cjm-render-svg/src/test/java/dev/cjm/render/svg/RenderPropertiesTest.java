package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Any valid journey, whatever its text, renders to well-formed SVG with its text intact. */
class RenderPropertiesTest {
  private static final Set<String> ELEMENTS =
      Set.of(
          "svg", "title", "desc", "style", "g", "rect", "text", "tspan", "path", "circle", "line");

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
        .forAll(JourneyGenerators.journeys(), JourneyGenerators.renderers())
        .checkAssert(
            (journey, renderer) -> {
              String svg = renderer.render(journey);
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
        .forAll(JourneyGenerators.journeys(), JourneyGenerators.renderers())
        .checkAssert(
            (journey, renderer) -> assertThat(Batik.render(renderer.render(journey))).isNotEmpty());
  }
}
