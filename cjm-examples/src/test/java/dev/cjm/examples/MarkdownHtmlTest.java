package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gallery page shows the reports' Markdown as HTML: headings, paragraphs, lists, tables. */
class MarkdownHtmlTest {

  @Test
  void render_turnsHeadingsParagraphsAndListsIntoHtml() {
    String html =
        html("## Gap analysis: Shoes\n\n2 findings: 1 error,\n1 warning.\n\n- `late-fee` (high)\n");

    assertThat(html)
        .isEqualTo(
            """
            <h3>Gap analysis: Shoes</h3>
            <p>2 findings: 1 error, 1 warning.</p>
            <ul>
            <li><code>late-fee</code> (high)</li>
            </ul>
            """);
  }

  @Test
  void render_turnsAPipeTableIntoATableWithNumbersAlignedRight() {
    String html = html("| rule | findings |\n|---|---:|\n| `emotion.low-point` | 2 |\n");

    assertThat(html)
        .isEqualTo(
            """
            <table>
            <thead>
            <tr><th>rule</th><th class="number">findings</th></tr>
            </thead>
            <tbody>
            <tr><td><code>emotion.low-point</code></td><td class="number">2</td></tr>
            </tbody>
            </table>
            """);
  }

  @Test
  void cells_splitOnlyAtPipesThatAreNeitherEscapedNorInCode() {
    assertThat(MarkdownHtml.cells("| a \\| b | `x` | |")).containsExactly("a \\| b", "`x`", "");
  }

  @Test
  void inline_removesBackslashEscapesAndEscapesTheRestForXml() {
    StringBuilder out = new StringBuilder();

    MarkdownHtml.inline("a \\| b \\<script\\> & \\`not code\\` `<i>` \\q", out);

    assertThat(out.toString())
        .isEqualTo("a | b &lt;script&gt; &amp; `not code` <code>&lt;i&gt;</code> \\q");
  }

  @Test
  void inline_turnsDoubleAsterisksIntoStrongText() {
    StringBuilder out = new StringBuilder();

    MarkdownHtml.inline("Show the fee **(quick win)** \\*not\\*", out);

    assertThat(out.toString()).isEqualTo("Show the fee <strong>(quick win)</strong> *not*");
  }

  @Test
  void render_keepsTextThatIsNoMarkdownAsAParagraph() {
    assertThat(html("####### seven\n#no space")).isEqualTo("<p>####### seven #no space</p>\n");
  }

  private static String html(String markdown) {
    StringBuilder out = new StringBuilder();
    MarkdownHtml.render(markdown, 1, out);
    return out.toString();
  }
}
