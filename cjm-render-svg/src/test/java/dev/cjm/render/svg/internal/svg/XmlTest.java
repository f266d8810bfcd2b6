package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class XmlTest {
  @Test
  void text_escapesMarkupCharacters() {
    assertThat(text("<script>alert('x') & \"y\"</script> ]]>"))
        .isEqualTo("&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt; ]]&gt;");
  }

  @Test
  void text_escapesAnEntityOnlyOnce() {
    assertThat(text("&amp;")).isEqualTo("&amp;amp;");
  }

  @Test
  void text_replacesCharactersXmlCannotCarry() {
    assertThat(text("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
  }

  @Test
  void text_replacesDelAndC1Controls() {
    assertThat(text("a\u007Fb\u0085c\u009F")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
  }

  @Test
  void text_replacesUnpairedSurrogates_andKeepsPairs() {
    assertThat(text("x\uD800y\uDC00z\uD83D\uDE00")).isEqualTo("x\uFFFDy\uFFFDz\uD83D\uDE00");
    assertThat(text("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
    assertThat(text("end\uD800")).isEqualTo("end\uFFFD");
  }

  @Test
  void text_keepsLineBreaksAndTabs_inContent_andWritesCarriageReturnAsAReference() {
    assertThat(text("a\tb\nc\rd")).isEqualTo("a\tb\nc&#13;d");
  }

  @Test
  void text_writesTheRenderersOwnSymbols_asReferences_andKeepsOtherScripts() {
    assertThat(text("\u22122 \u2022 Zakup\u2026 \u5B8C\u6210 \u00e9"))
        .isEqualTo("&#8722;2 &#8226; Zakup&#8230; \u5B8C\u6210 \u00e9");
    assertThat(attribute("\u2212")).isEqualTo("&#8722;");
  }

  @Test
  void attribute_escapesQuotesAndWhiteSpaceThatParsersWouldNormalise() {
    assertThat(attribute("\"a\"\tb\nc<")).isEqualTo("&quot;a&quot;&#9;b&#10;c&lt;");
  }

  private static String text(String text) {
    StringBuilder out = new StringBuilder();
    try {
      Xml.text(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String attribute(String text) {
    StringBuilder out = new StringBuilder();
    try {
      Xml.attribute(text, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
