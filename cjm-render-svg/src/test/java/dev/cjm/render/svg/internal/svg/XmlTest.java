package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class XmlTest {
  @Test
  void text_escapesMarkupCharacters() {
    assertThat(Xml.text("<script>alert('x') & \"y\"</script> ]]>"))
        .isEqualTo("&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt; ]]&gt;");
  }

  @Test
  void text_escapesAnEntityOnlyOnce() {
    assertThat(Xml.text("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void text_replacesCharactersXmlCannotCarry() {
    assertThat(Xml.text("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
  }

  @Test
  void text_replacesDelAndC1Controls() {
    assertThat(Xml.text("a\u007Fb\u0085c\u009F")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
  }

  @Test
  void text_replacesUnpairedSurrogates_andKeepsPairs() {
    assertThat(Xml.text("x\uD800y\uDC00z\uD83D\uDE00")).isEqualTo("x\uFFFDy\uFFFDz\uD83D\uDE00");
  }

  @Test
  void text_keepsLineBreaksAndTabs_inContent() {
    assertThat(Xml.text("a\tb\nc")).isEqualTo("a\tb\nc");
  }

  @Test
  void text_writesTheRenderersOwnSymbols_asReferences_andKeepsOtherScripts() throws IOException {
    assertThat(Xml.text("\u22122 \u2022 Zakup\u2026 \u5B8C\u6210 \u00e9"))
        .isEqualTo("&#8722;2 &#8226; Zakup&#8230; \u5B8C\u6210 \u00e9");
    StringBuilder out = new StringBuilder();
    Xml.attribute("\u2212", out);
    assertThat(out).hasToString("&#8722;");
  }

  @Test
  void attribute_escapesQuotesAndWhiteSpaceThatParsersWouldNormalise() throws IOException {
    StringBuilder out = new StringBuilder();
    Xml.attribute("\"a\"\tb\nc<", out);
    assertThat(out).hasToString("&quot;a&quot;&#9;b&#10;c&lt;");
  }
}
