package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.base.Splitter;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maps inlined side by side in one HTML page keep to themselves: each map's style applies to that
 * map alone, no two maps share an id, each map is labelled by its own title and description, and
 * the page's CSS cannot change the font the map was measured for.
 */
class InlineMapsTest {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final SvgRenderer LIGHT = SvgRenderer.create();
  private static final SvgRenderer DARK = SvgRenderer.builder().theme(Theme.DARK).build();

  @Test
  void twoDifferentMaps_shareNoId_andEachStyleRuleAppliesInsideItsOwnMapOnly() {
    Journey sofa = SampleJourneys.polish();
    Journey shoes = SampleJourneys.small();
    List<List<String>> pairs =
        List.of(
            // A light and a dark map of different journeys.
            List.of(LIGHT.render(sofa), DARK.render(shoes, GapAnalysis.standard().analyze(shoes))),
            // Two different journeys in the same theme.
            List.of(LIGHT.render(shoes), LIGHT.render(SampleJourneys.longTexts())),
            // One journey in two themes: the shapes, and so the ids before scoping, are the same.
            List.of(LIGHT.render(sofa), DARK.render(sofa)),
            // One journey with and without its report.
            List.of(LIGHT.render(sofa), LIGHT.render(sofa, GapAnalysis.standard().analyze(sofa))),
            // One journey's full map and its overview.
            List.of(LIGHT.render(sofa), LIGHT.toBuilder().overview(true).build().render(sofa)));
    for (List<String> pair : pairs) {
      InlineMap first = InlineMap.of(pair.get(0));
      InlineMap second = InlineMap.of(pair.get(1));

      assertThat(first.mapId()).isNotEqualTo(second.mapId());
      assertThat(first.ids()).doesNotContainAnyElementsOf(second.ids());
      for (InlineMap map : List.of(first, second)) {
        assertThat(map.ids())
            .hasSizeGreaterThan(5)
            .allMatch(id -> id.startsWith(map.mapId() + "-"));
        assertThat(map.selectors())
            .as("the selectors of map %s", map.mapId())
            .hasSizeGreaterThan(50)
            .allMatch(s -> s.equals("#" + map.mapId()) || s.startsWith("#" + map.mapId() + " "));
        assertThat(map.references()).isNotEmpty().isSubsetOf(map.ids());
      }
    }
  }

  @Test
  void theMapIsLabelledByItsOwnTitleAndDescription() {
    Document document = SvgDocuments.parse(LIGHT.render(SampleJourneys.small()));
    Element root = document.getDocumentElement();
    String mapId = root.getAttribute("id");

    assertThat(mapId).matches("cjm-[0-9a-f]{8}");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo(mapId + "-title " + mapId + "-desc");
    assertThat(childNamed(root, "title").getAttribute("id")).isEqualTo(mapId + "-title");
    assertThat(childNamed(root, "desc").getAttribute("id")).isEqualTo(mapId + "-desc");
  }

  @Test
  void theSameMap_getsTheSameBytes_andADifferentMapAnotherId() {
    Journey sofa = SampleJourneys.polish();
    String map = LIGHT.render(sofa);

    assertThat(LIGHT.render(sofa)).isEqualTo(map);
    assertThat(SvgRenderer.builder().build().render(SampleJourneys.polish())).isEqualTo(map);
    assertThat(LIGHT.toBuilder().build().render(sofa)).isEqualTo(map);

    String mapId = InlineMap.of(map).mapId();
    Set<String> others = new HashSet<>();
    others.add(InlineMap.of(DARK.render(sofa)).mapId());
    others.add(InlineMap.of(LIGHT.render(SampleJourneys.polishInPolish())).mapId());
    others.add(InlineMap.of(LIGHT.toBuilder().touchpointWidth(240).build().render(sofa)).mapId());
    others.add(InlineMap.of(LIGHT.toBuilder().fontFamily("Inter").build().render(sofa)).mapId());
    others.add(InlineMap.of(LIGHT.render(sofa, GapAnalysis.standard().analyze(sofa))).mapId());
    assertThat(others).hasSize(5).doesNotContain(mapId);
  }

  @Test
  void mapId_namesTheMapAndStartsEveryIdInIt() {
    SvgRenderer renderer = SvgRenderer.builder().mapId("sofa_2024-q3").build();
    InlineMap map = InlineMap.of(renderer.render(SampleJourneys.polish()));

    assertThat(map.mapId()).isEqualTo("sofa_2024-q3");
    assertThat(map.ids())
        .contains("sofa_2024-q3-title", "sofa_2024-q3-desc", "sofa_2024-q3-stage-swiadomosc")
        .allMatch(id -> id.startsWith("sofa_2024-q3-"));
    assertThat(map.selectors()).allMatch(s -> s.startsWith("#sofa_2024-q3"));
    assertThat(renderer.toBuilder().build().render(SampleJourneys.polish()))
        .contains("sofa_2024-q3");
    assertThat(renderer.toString()).contains("mapId=sofa_2024-q3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1map", "-map", "map id", "map.v2", "mapa-źródło", "a:b", "a#b"})
  void mapId_thatIsNotAnXmlNameAndCssIdentifier_isRefusedSayingWhatWouldDo(String mapId) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().mapId(mapId))
        .withMessageContaining("map id \"" + mapId + "\"")
        .withMessageContaining("\"checkout-map\"");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void mapId_tooLongOrNull_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().mapId("m".repeat(65)))
        .withMessageContaining("has 65 characters: expected 1 to 64");
    assertThat(SvgRenderer.builder().mapId("m".repeat(64)).build()).isNotNull();
    assertThatNullPointerException()
        .isThrownBy(() -> SvgRenderer.builder().mapId(null))
        .withMessageContaining("map id is null");
  }

  @Test
  void xmlDeclaration_false_leavesOutTheDeclarationAndNothingElse() {
    Journey sofa = SampleJourneys.polish();
    String standalone = LIGHT.render(sofa);
    String inline = LIGHT.toBuilder().xmlDeclaration(false).build().render(sofa);

    assertThat(standalone).startsWith(DECLARATION + "<svg ");
    assertThat(inline).startsWith("<svg ");
    assertThat(DECLARATION + inline).isEqualTo(standalone);
    assertThat(SvgDocuments.parse(inline).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void aPageOfTwentyNineMaps_hasNoIdTwice_andEachMapIsLabelledByItsOwnTitle() {
    SvgRenderer.Builder inline = SvgRenderer.builder().xmlDeclaration(false);
    List<Journey> journeys =
        List.of(
            SampleJourneys.small(),
            SampleJourneys.polish(),
            SampleJourneys.polishInPolish(),
            SampleJourneys.longTexts(),
            SampleJourneys.edgeCases(),
            SampleJourneys.international(),
            SampleJourneys.longNamesWithPainPoints());
    StringBuilder page =
        new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Gallery")
            .append("</title></head><body>\n");
    List<String> titles = new ArrayList<>();
    int maps = 0;
    gallery:
    for (Theme theme : Theme.all()) {
      for (boolean withReport : new boolean[] {false, true}) {
        for (Journey journey : journeys) {
          if (maps == 29) {
            break gallery;
          }
          SvgRenderer renderer = inline.theme(theme).build();
          page.append("<section>")
              .append(
                  withReport
                      ? renderer.render(journey, GapAnalysis.standard().analyze(journey))
                      : renderer.render(journey))
              .append("</section>\n");
          titles.add(journey.accessibilityTitle().orElse(journey.title()));
          maps++;
        }
      }
    }
    page.append("</body></html>\n");

    Document document = SvgDocuments.parse(page.toString());
    List<String> ids = new ArrayList<>();
    List<Element> roots = new ArrayList<>();
    for (Element element : SvgDocuments.elements(document)) {
      if (element.hasAttribute("id")) {
        ids.add(element.getAttribute("id"));
      }
      if (element.getLocalName().equals("svg")) {
        roots.add(element);
      }
    }
    assertThat(roots).hasSize(29);
    assertThat(ids).hasSizeGreaterThan(29 * 10).doesNotHaveDuplicates();
    for (int i = 0; i < roots.size(); i++) {
      Element root = roots.get(i);
      String[] labels = root.getAttribute("aria-labelledby").split(" ");
      assertThat(labels)
          .containsExactly(root.getAttribute("id") + "-title", root.getAttribute("id") + "-desc");
      assertThat(childNamed(root, "title").getAttribute("id")).isEqualTo(labels[0]);
      assertThat(childNamed(root, "title").getTextContent()).isEqualTo(titles.get(i));
      assertThat(childNamed(root, "desc").getAttribute("id")).isEqualTo(labels[1]);
    }
  }

  @Test
  void thePagesCssForText_doesNotChangeTheMapsFont() {
    String map = LIGHT.render(SampleJourneys.small());
    String pageRule = "<style type=\"text/css\">text,tspan{font-family:serif}</style>\n";
    String onAPage =
        map.replace("<style type=\"text/css\">", pageRule + "<style type=\"text/css\">");
    // The same map without its font rule, as maps were before: the page's rule wins there.
    String unguarded =
        onAPage.replaceFirst("#cjm-[0-9a-f]{8},#cjm-[0-9a-f]{8} \\*\\{[^}]*\\}\n", "");
    assertThat(unguarded).isNotEqualTo(onAPage);

    byte[] alone = Batik.render(map);

    assertThat(Batik.render(onAPage)).isEqualTo(alone);
    assertThat(Batik.render(unguarded)).isNotEqualTo(alone);
  }

  @Test
  void theFontFamily_isARuleOfTheMapsStyle_andTheRootsAttribute() {
    SvgRenderer renderer = SvgRenderer.builder().mapId("shoes").fontFamily("Inter").build();
    String svg = renderer.render(SampleJourneys.small());
    Element root = SvgDocuments.parse(svg).getDocumentElement();
    String families = "Inter, Helvetica, Arial, 'Liberation Sans', ";

    assertThat(root.getAttribute("font-family")).startsWith(families);
    assertThat(styleOf(root))
        .startsWith("\n#shoes,#shoes *{font-family:" + families)
        .containsPattern("font-family:Inter, [^;}]*sans-serif !important}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Inter|Inter",
        "'Noto Sans', Inter|'Noto Sans', Inter",
        "\"Noto Sans\"|\"Noto Sans\"",
        "  Noto   Sans ,system-ui |Noto Sans, system-ui",
        "'inherit'|'inherit'",
        "Source Han Sans, 思源黑体|Source Han Sans, 思源黑体",
        "'Font, with a comma', serif|'Font, with a comma', serif",
        "\"O'Reilly Sans\", -apple-system|\"O'Reilly Sans\", -apple-system"
      })
  void fontFamily_takesACssListOfFamilyNames_quotedOrNot(String givenAndWritten) {
    String given = givenAndWritten.substring(0, givenAndWritten.indexOf('|'));
    String written = givenAndWritten.substring(givenAndWritten.indexOf('|') + 1);
    String svg = SvgRenderer.builder().fontFamily(given).build().render(SampleJourneys.small());

    assertThat(SvgDocuments.parse(svg).getDocumentElement().getAttribute("font-family"))
        .isEqualTo(
            written
                + ", Helvetica, Arial, 'Liberation Sans', 'Noto Sans CJK SC',"
                + " 'Noto Sans CJK JP', 'Noto Sans CJK KR', 'PingFang SC', 'Hiragino Sans',"
                + " 'Microsoft YaHei', 'Malgun Gothic', 'DejaVu Sans', sans-serif");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "inherit|\"inherit\" is a CSS keyword, not a font family",
        "Inter, INITIAL|\"INITIAL\" is a CSS keyword",
        "Inter, unset|\"unset\" is a CSS keyword",
        "'Inter|the quote of 'Inter is never closed",
        "Inter'|\"Inter'\" holds a stray quote",
        "'Inter' Sans|'Inter' Sans goes on after its closing quote",
        "Inter;|\"Inter;\" holds ';', which no family name may hold",
        "Inter}, Arial|\"Inter}\" holds '}'",
        "'In<ter'|the quoted name 'In<ter' holds '<'",
        "Inter,,Arial|a family name is missing",
        "Inter,|a family name is missing",
        "|a family name is missing",
        "   |a family name is missing",
        "''|the quoted name '' is empty",
        "1Password Sans|\"1Password\" is not a CSS identifier",
        "Inter !important|\"!important\" is not a CSS identifier"
      })
  void fontFamily_otherThanAFamilyList_isRefusedSayingWhatWasWrong(String givenAndFault) {
    String given = givenAndFault.substring(0, givenAndFault.indexOf('|'));
    String fault = givenAndFault.substring(givenAndFault.indexOf('|') + 1);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().fontFamily(given))
        .withMessageStartingWith("font family \"" + given + "\": ")
        .withMessageContaining(fault)
        .withMessageContaining("expected ")
        .withMessageEndingWith("(Inter, 'Noto Sans', sans-serif)");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void fontFamily_withAControlCharacterOrNull_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().fontFamily("In\u0000ter"))
        .withMessageContaining("the control character U+0000");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().fontFamily("'In\u0007ter'"))
        .withMessageContaining("the control character U+0007");
    assertThatNullPointerException()
        .isThrownBy(() -> SvgRenderer.builder().fontFamily(null))
        .withMessageContaining("font family is null");
  }

  /**
   * One rendered map as a page holding it sees it: its id, the ids in it, its style's selectors.
   */
  private record InlineMap(
      String mapId, Set<String> ids, List<String> selectors, Set<String> references) {
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

    static InlineMap of(String svg) {
      Element root = SvgDocuments.parse(svg).getDocumentElement();
      Set<String> ids = new HashSet<>();
      Set<String> references = new HashSet<>();
      for (Element element : SvgDocuments.elements(root.getOwnerDocument())) {
        if (element != root && element.hasAttribute("id")) {
          assertThat(ids.add(element.getAttribute("id"))).as("a new id").isTrue();
        }
        for (int a = 0; a < element.getAttributes().getLength(); a++) {
          String name = element.getAttributes().item(a).getNodeName();
          String value = element.getAttributes().item(a).getNodeValue();
          if (name.equals("aria-labelledby") || name.equals("aria-describedby")) {
            references.addAll(List.of(value.split(" ")));
          } else if (name.endsWith("href") && value.startsWith("#")) {
            references.add(value.substring(1));
          }
          references.addAll(urlReferences(value));
        }
      }
      String style = styleOf(root);
      references.addAll(urlReferences(style));
      return new InlineMap(root.getAttribute("id"), ids, selectorsOf(style), references);
    }

    private static List<String> urlReferences(String text) {
      List<String> found = new ArrayList<>();
      Matcher matcher = URL_REFERENCE.matcher(text);
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
      return found;
    }
  }

  /**
   * Every selector of the style sheet {@code css}, those of rules inside at-rules ({@code @media})
   * included: what stands before each opening brace that does not open an at-rule, split at commas.
   */
  static List<String> selectorsOf(String css) {
    List<String> selectors = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = css.indexOf('{', from);
      int close = css.indexOf('}', from);
      if (close >= 0 && (open < 0 || close < open)) { // the end of an at-rule's block
        from = close + 1;
        continue;
      }
      if (open < 0) {
        assertThat(css.substring(from)).as("the end of the style sheet").isBlank();
        return selectors;
      }
      String prelude = css.substring(from, open).strip();
      if (prelude.startsWith("@")) { // its rules are read as the others
        from = open + 1;
        continue;
      }
      selectors.addAll(Splitter.on(',').trimResults().splitToList(prelude));
      from = css.indexOf('}', open) + 1;
    }
  }

  @Test
  void selectorsOf_readsRulesInsideAtRulesToo() {
    assertThat(selectorsOf("#m .a{fill:#000000}\n@media print{#m .b,.c{fill:#ffffff}}\n"))
        .containsExactly("#m .a", "#m .b", ".c");
  }

  private static String styleOf(Element root) {
    return childNamed(root, "style").getTextContent();
  }

  private static Element childNamed(Element parent, String name) {
    for (org.w3c.dom.Node child = parent.getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element element && element.getLocalName().equals(name)) {
        return element;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
  }
}
