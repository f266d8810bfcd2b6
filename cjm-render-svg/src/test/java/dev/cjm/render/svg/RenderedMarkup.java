package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Barrier;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.TextWrapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the renderer writes, and nothing else: the elements and attributes it uses, and user text
 * that reads back as text. A check that no user text can form markup.
 */
final class RenderedMarkup {
  private RenderedMarkup() {}

  /** Every element the renderer writes. */
  static final Set<String> ELEMENTS =
      Set.of(
          "svg", "title", "desc", "style", "g", "rect", "text", "tspan", "path", "circle", "line");

  /** Every attribute the renderer writes. */
  static final Set<String> ATTRIBUTES =
      Set.of(
          "xmlns",
          "version",
          "width",
          "height",
          "viewBox",
          "xml:lang",
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

  /**
   * Parses {@code svg} (failing if it is not well-formed XML) and checks that it holds only the
   * renderer's own elements and attributes; returns the text of every {@code <title>}, in order.
   */
  static List<String> checkAndReadTitles(String svg) {
    Document document = SvgDocuments.parse(svg);
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    Set<String> elements = new TreeSet<>();
    Set<String> attributes = new TreeSet<>();
    List<Node> styleParents = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Element element : SvgDocuments.elements(document)) {
      elements.add(element.getLocalName());
      for (int a = 0; a < element.getAttributes().getLength(); a++) {
        attributes.add(element.getAttributes().item(a).getNodeName());
      }
      if (element.getLocalName().equals("style")) {
        styleParents.add(element.getParentNode());
      }
      if (element.getLocalName().equals("title")) {
        titles.add(element.getTextContent());
      }
    }
    assertThat(elements).as("the elements written").isSubsetOf(ELEMENTS);
    assertThat(attributes).as("the attributes written").isSubsetOf(ATTRIBUTES);
    assertThat(styleParents)
        .as("the parents of <style>")
        .allSatisfy(parent -> assertThat(parent).isSameAs(document.getDocumentElement()));
    return titles;
  }

  /**
   * The text a parser reads back: composed (Unicode Normalization Form C, as the writer writes
   * text), and what XML 1.0 cannot carry is U+FFFD; nothing else changes.
   */
  static String asParsed(String given) {
    String text = Normalizer.normalize(given, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
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

  /** The tooltip of a stage: its name, phase and goal. */
  static String stageTitle(Stage stage) {
    StringBuilder text = new StringBuilder("Stage: ").append(stage.name());
    stage.phase().ifPresent(p -> text.append(" (").append(p.englishName()).append(')'));
    stage.goal().ifPresent(g -> text.append(". Goal: ").append(g));
    return asTooltip(text.toString());
  }

  /** The tooltip of a touchpoint: every word of it, in the renderer's order. */
  static String touchpointTitle(Touchpoint t) {
    StringBuilder text = new StringBuilder("Touchpoint: ").append(t.name());
    t.channel().ifPresent(c -> text.append(". Channel: ").append(c.name()));
    t.owner().ifPresent(o -> text.append(". Owner: ").append(o));
    if (!t.actors().isEmpty()) {
      text.append(". With: ").append(String.join(", ", t.actors()));
    }
    t.doing().ifPresent(d -> text.append(". Doing: ").append(d));
    t.thinking().ifPresent(d -> text.append(". Thinking: ").append(d));
    t.feeling().ifPresent(d -> text.append(". Feeling: ").append(d));
    t.emotion().ifPresent(e -> text.append(". Emotion: ").append(e));
    t.expectedEmotion().ifPresent(e -> text.append(". Expected emotion: ").append(e));
    for (Barrier b : t.barriers()) {
      text.append(". Barrier (").append(b.severity().label()).append("): ").append(b.description());
    }
    for (Opportunity o : t.opportunities()) {
      text.append(". Opportunity: ").append(o.description());
    }
    return asTooltip(text.toString());
  }

  /** A tooltip as a parser reads it back: cut after 1,000 characters, then as {@link #asParsed}. */
  static String asTooltip(String text) {
    return asParsed(TextWrapper.tooltip(text));
  }
}
