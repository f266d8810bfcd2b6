package dev.cjm.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Opportunity;
import dev.cjm.render.svg.SvgRenderer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The gallery's maps as a service designer reads them, down the columns: each opportunity's card
 * lies in the column of the first barrier it addresses.
 */
class GalleryOpportunitiesTest {
  static Iterable<Gallery.Entry> entries() {
    return Gallery.entries();
  }

  private static Gallery.Entry entry(String name) {
    return Gallery.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void cafe_phoneOnlySignUp_sitsUnderTheTouchpointOfItsBarrier() throws Exception {
    Map cafe = Map.of(entry("cafe-loyalty"));

    Range card = cafe.card("Rejestracja w aplikacji tylko numerem telefonu");
    Range barrier = cafe.card("Rejestracja w aplikacji wymaga zbyt wielu danych");

    assertThat(card.within(barrier)).as("%s within %s", card, barrier).isTrue();
    assertThat(card.within(cafe.touchpoint("Zaproszenie do aplikacji"))).isTrue();
  }

  @Test
  void b2b_csvImportFix_sitsUnderOnboarding() throws Exception {
    Map b2b = Map.of(entry("b2b-software-purchase"));

    Range card =
        b2b.card("Import that recognises local date formats and shows the failing row with a fix");

    assertThat(
            card.within(
                b2b.card(
                    "CSV import rejects local date formats without saying which"
                        + " format it expects")))
        .as("%s under its barrier", card)
        .isTrue();
    assertThat(card.within(b2b.touchpoint("Route import")))
        .as("%s under Route import", card)
        .isTrue();
    assertThat(card.left()).isGreaterThan(b2b.touchpoint("Kick-off call").right());
    assertThat(card.right()).isLessThan(b2b.touchpoint("Support chat").left());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyOpportunityThatAddressesABarrier_liesInTheColumnOfTheFirst(Gallery.Entry entry)
      throws Exception {
    Map map = Map.of(entry);
    Journey journey = entry.journey();
    List<Barrier> barriers = journey.allBarriers();

    for (Opportunity opportunity : journey.allOpportunities()) {
      List<Barrier> addressed = new ArrayList<>(barriers);
      addressed.removeIf(b -> !opportunity.addresses().contains(b.id()));
      if (addressed.isEmpty() || journey.opportunities().contains(opportunity)) {
        continue; // the journey's own may go to the row for the whole journey
      }
      Range card = map.card(opportunity.description());
      Range first = map.card(addressed.get(0).description());
      assertThat(card.within(first))
          .as("%s (%s) within its first barrier's column %s", opportunity.id(), card, first)
          .isTrue();
    }
  }

  /** The left and right edges of a card. */
  private record Range(double left, double right) {
    boolean within(Range other) {
      return left >= other.left() - 1e-6 && right <= other.right() + 1e-6;
    }
  }

  /**
   * A rendered map, whose barriers' and opportunities' cards are found by the description their
   * groups' titles end with, and touchpoints' by their names.
   */
  private record Map(Document svg) {
    static Map of(Gallery.Entry entry) throws Exception {
      String svg = SvgRenderer.create().render(entry.journey(), entry.report());
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return new Map(
          factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(UTF_8))));
    }

    /** The x-range of the card of the one group whose title ends with {@code text}. */
    Range card(String text) {
      List<Range> found = new ArrayList<>();
      NodeList groups = svg.getElementsByTagNameNS("*", "g");
      for (int i = 0; i < groups.getLength(); i++) {
        Element group = (Element) groups.item(i);
        Element title = firstChild(group, "title");
        Element rect = firstChild(group, "rect");
        String name = title == null ? "" : title.getTextContent();
        if (rect != null && name.endsWith(": " + text) && isElementCard(rect)) {
          double x = Double.parseDouble(rect.getAttribute("x"));
          found.add(new Range(x, x + Double.parseDouble(rect.getAttribute("width"))));
        }
      }
      assertThat(found).as("the cards titled \"%s\"", text).hasSize(1);
      return found.get(0);
    }

    /**
     * True for the card of a barrier or an opportunity (a touchpoint's title names its barriers).
     */
    private static boolean isElementCard(Element rect) {
      String cssClass = rect.getAttribute("class");
      return cssClass.contains("barrier-card") || cssClass.contains("opportunity-card");
    }

    /** The x-range of the card of the touchpoint {@code name}: the group its name is written in. */
    Range touchpoint(String name) {
      List<Range> found = new ArrayList<>();
      NodeList texts = svg.getElementsByTagNameNS("*", "text");
      for (int i = 0; i < texts.getLength(); i++) {
        Element text = (Element) texts.item(i);
        Element rect = firstChild((Element) text.getParentNode(), "rect");
        if (lines(text).equals(name) && rect != null) {
          String cssClass = rect.getAttribute("class");
          if (cssClass.contains("touchpoint-card")) {
            double x = Double.parseDouble(rect.getAttribute("x"));
            found.add(new Range(x, x + Double.parseDouble(rect.getAttribute("width"))));
          }
        }
      }
      assertThat(found).as("the cards of touchpoint \"%s\"", name).hasSize(1);
      return found.get(0);
    }

    /** What {@code text} reads: its lines (its {@code tspan}s, if wrapped) joined by spaces. */
    private static String lines(Element text) {
      NodeList spans = text.getElementsByTagNameNS("*", "tspan");
      if (spans.getLength() == 0) {
        return text.getTextContent();
      }
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < spans.getLength(); i++) {
        lines.add(spans.item(i).getTextContent());
      }
      return String.join(" ", lines);
    }

    private static @Nullable Element firstChild(Element parent, String name) {
      for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element element && element.getLocalName().equals(name)) {
          return element;
        }
      }
      return null;
    }
  }
}
