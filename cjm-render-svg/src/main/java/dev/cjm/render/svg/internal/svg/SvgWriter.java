package dev.cjm.render.svg.internal.svg;

import dev.cjm.render.svg.internal.layout.Box;
import dev.cjm.render.svg.internal.layout.Circle;
import dev.cjm.render.svg.internal.layout.Group;
import dev.cjm.render.svg.internal.layout.Interruption;
import dev.cjm.render.svg.internal.layout.Line;
import dev.cjm.render.svg.internal.layout.MapLayout;
import dev.cjm.render.svg.internal.layout.Node;
import dev.cjm.render.svg.internal.layout.PathShape;
import dev.cjm.render.svg.internal.layout.Point;
import dev.cjm.render.svg.internal.layout.Rect;
import dev.cjm.render.svg.internal.layout.Text;
import dev.cjm.render.svg.internal.text.TextWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link MapLayout} as a standalone SVG document: an accessible root ({@code role="img"},
 * {@code aria-labelledby} its {@code <title>} and {@code <desc>}), the theme's style sheet, then
 * every shape in order, one part of the layout at a time. Serialisation only: every position, class
 * and text comes from the layout.
 *
 * <p>Safe to inline beside other maps in one HTML page: the root carries the map's id ({@link
 * MapScope}), every rule of the style sheet applies inside it alone, and every id (and reference to
 * one) starts with it. The font family is a rule of the sheet too, so a page's CSS for text cannot
 * replace the fonts the map was measured for.
 */
public final class SvgWriter {
  /**
   * The fonts the map is measured for, first (Helvetica, Arial and Liberation Sans share their
   * metrics), then fonts for East Asian and other scripts, then the generic family.
   */
  public static final String DEFAULT_FONT_FAMILY =
      "Helvetica, Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'Noto Sans CJK JP',"
          + " 'Noto Sans CJK KR', 'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei',"
          + " 'Malgun Gothic', 'DejaVu Sans', sans-serif";

  /**
   * How the document is written, beyond the layout and its colours: the map's scope (its id), the
   * font family list of its text and whether it starts with an XML declaration (a standalone file
   * does; a map inlined in HTML does without).
   */
  public record Options(MapScope scope, String fontFamily, boolean xmlDeclaration) {}

  /** The document as it is written; passed on to the output a few thousand characters a time. */
  private final OutputBuffer svg;

  /** The map's id, which scopes its rules and prefixes its ids. */
  private final MapScope scope;

  /** The root's font size in hundredths: a text of another size gets its own attribute. */
  private final long defaultFontSize;

  private SvgWriter(Appendable out, double defaultFontSize, MapScope scope) {
    this.svg = new OutputBuffer(out);
    this.defaultFontSize = Numbers.hundredths(defaultFontSize);
    this.scope = scope;
  }

  /**
   * Writes {@code layout} painted with {@code palette} as {@code options} say, handing the text to
   * {@code out} as it is written, in pieces of at most {@value OutputBuffer#SIZE} characters: the
   * document is never held in memory whole (unless {@code out} holds it). A piece given to an
   * Appendable other than a Writer or a StringBuilder is a view of the buffer, valid during the
   * call.
   */
  public static void write(MapLayout layout, Palette palette, Options options, Appendable out)
      throws IOException {
    SvgWriter writer = new SvgWriter(out, layout.fontSize(), options.scope());
    writer.document(layout, palette, options);
    writer.svg.flush();
  }

  /**
   * {@code layout} painted with {@code palette} as one String. The text is kept in chunks as it is
   * written and joined once at the end, into a String of exactly its size: no builder for the whole
   * document grows, copies itself or widens to two bytes a character on the way.
   */
  public static String toString(MapLayout layout, Palette palette, Options options) {
    Chunks chunks = new Chunks();
    try {
      write(layout, palette, options, chunks);
    } catch (IOException e) {
      throw new UncheckedIOException("chunks in memory do not throw", e);
    }
    return String.join("", chunks.chunks);
  }

  /** Keeps what it is given as Strings, to be joined once. */
  private static final class Chunks implements Appendable {
    private final List<String> chunks = new ArrayList<>();

    @Override
    public Appendable append(CharSequence text) {
      chunks.add(text.toString());
      return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
      chunks.add(text.subSequence(start, end).toString());
      return this;
    }

    @Override
    public Appendable append(char c) {
      chunks.add(String.valueOf(c));
      return this;
    }
  }

  private void document(MapLayout layout, Palette palette, Options options) throws IOException {
    if (options.xmlDeclaration()) {
      svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .number(layout.displayWidth())
        .append("\" height=\"")
        .number(layout.displayHeight())
        .append("\" viewBox=\"0 0 ")
        .number(layout.width())
        .append(' ')
        .number(layout.height())
        .append('"');
    svg.append(" id=\"").append(scope.mapId()).append('"');
    svg.append(" xml:lang=\"");
    Xml.attribute(layout.languageTag(), svg);
    svg.append('"');
    String titleId = scope.id(TITLE_ID);
    String descId = scope.id(DESC_ID);
    svg.append(" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append(' ')
        .append(descId)
        .append('"')
        .append(" class=\"cjm-map cjm-theme-")
        .append(palette.name())
        .append("\" font-family=\"");
    Xml.attribute(options.fontFamily(), svg);
    svg.append("\" font-size=\"").number(layout.fontSize()).append("\">\n");
    svg.append("<title id=\"").append(titleId).append("\">");
    Xml.text(layout.title(), svg);
    svg.append("</title>\n");
    svg.append("<desc id=\"").append(descId).append("\">");
    Xml.text(layout.description(), svg);
    svg.append("</desc>\n");
    styleSheet(palette, options.fontFamily());
    // One part at a time: only the shapes of the part being written are held.
    List<Node> shapes = new ArrayList<>();
    int parts = layout.parts().size();
    for (int i = 0; i < parts; i++) {
      MapLayout.Part part = layout.parts().get(i);
      Interruption.check("before part " + (i + 1) + " of " + parts + " of the map was written");
      shapes.clear();
      part.emit(shapes);
      for (Node shape : shapes) {
        node(shape);
      }
    }
    svg.append("</svg>\n");
  }

  /** The ids of the map's {@code <title>} and {@code <desc>}, before the map's id scopes them. */
  private static final String TITLE_ID = "cjm-title";

  private static final String DESC_ID = "cjm-desc";

  /**
   * The theme's whole style sheet, every rule scoped to this map ({@code #<map id> .cjm-card}), and
   * first the font family, for the map and everything in it. It comes before the first shape, so it
   * cannot wait to see which classes the shapes use; its few dozen rules are a few kilobytes.
   *
   * <p>The font rule outweighs the page's rules, so the text keeps the metrics it was measured
   * with: it names the map's id, which a page rule without an id ({@code text { font-family: serif
   * }}) cannot match, and says it again {@code !important}, which no rule that is not itself
   * important can match. librsvg (2.54) drops a font family marked important and keeps the first.
   * The root's {@code font-family} attribute says the same for renderers that read no CSS.
   */
  private void styleSheet(Palette palette, String fontFamily) throws IOException {
    String root = "#" + scope.mapId();
    svg.append("<style type=\"text/css\">\n");
    svg.append(root).append(',').append(root).append(" *{font-family:");
    Xml.text(fontFamily, svg);
    svg.append(";font-family:");
    Xml.text(fontFamily, svg);
    svg.append(" !important}\n");
    for (Palette.Rule rule : palette.rules()) {
      svg.append(scope.selector(rule.cssClass())).append('{');
      String separator = "";
      if (rule.fill() != null) {
        svg.append("fill:").append(scope.references(rule.fill()));
        separator = ";";
      }
      if (rule.stroke() != null) {
        svg.append(separator)
            .append("stroke:")
            .append(scope.references(rule.stroke()))
            .append(";stroke-width:")
            .number(rule.strokeWidth());
        separator = ";";
      }
      if (!rule.extra().isEmpty()) {
        svg.append(separator).append(scope.references(rule.extra()));
      }
      svg.append("}\n");
    }
    svg.append("</style>\n");
  }

  private void node(Node node) throws IOException {
    if (node instanceof Group group) {
      group(group);
    } else if (node instanceof Rect rect) {
      rect(rect);
    } else if (node instanceof Text text) {
      text(text);
    } else if (node instanceof PathShape path) {
      path(path);
    } else if (node instanceof Circle circle) {
      circle(circle);
    } else if (node instanceof Line line) {
      line(line);
    } else {
      throw new IllegalArgumentException("unknown shape " + node);
    }
  }

  // Each element is written as its markup reads, its attributes in order.

  private void group(Group group) throws IOException {
    svg.append("<g");
    if (group.id() != null) {
      svg.append(" id=\"");
      Xml.attribute(scope.id(group.id()), svg);
      svg.append('"');
    }
    cssClass(group.cssClass());
    svg.append(">\n");
    title(group.title());
    for (Node child : group.children()) {
      node(child);
    }
    svg.append("</g>\n");
  }

  /** Writes a tooltip, cut to {@link TextWrapper#MAX_TOOLTIP_LENGTH} characters if longer. */
  private void title(@Nullable String title) throws IOException {
    if (title != null) {
      svg.append("<title>");
      Xml.text(TextWrapper.tooltip(title), svg);
      svg.append("</title>\n");
    }
  }

  private void rect(Rect rect) throws IOException {
    Box box = rect.box();
    svg.append("<rect x=\"")
        .number(box.x())
        .append("\" y=\"")
        .number(box.y())
        .append("\" width=\"")
        .number(box.width())
        .append("\" height=\"")
        .number(box.height())
        .append('"');
    if (rect.radius() > 0) {
      svg.append(" rx=\"").number(rect.radius()).append('"');
    }
    cssClass(rect.cssClass());
    svg.append("/>\n");
  }

  private void text(Text text) throws IOException {
    if (text.tooltip() != null) {
      svg.append("<g class=\"cjm-truncated\">\n");
      title(text.tooltip());
    }
    svg.append("<text x=\"").number(text.x()).append("\" y=\"").number(text.y()).append('"');
    cssClass(text.cssClass());
    if (Numbers.hundredths(text.font().size()) != defaultFontSize) {
      svg.append(" font-size=\"").number(text.font().size()).append('"');
    }
    if (text.font().bold()) {
      svg.append(" font-weight=\"bold\"");
    }
    switch (text.anchor()) {
      case START -> {}
      case MIDDLE -> svg.append(" text-anchor=\"middle\"");
      case END -> svg.append(" text-anchor=\"end\"");
    }
    svg.append('>');
    if (text.lines().size() == 1) {
      Xml.text(text.lines().get(0), svg);
    } else {
      double lineHeight = text.font().lineHeight();
      for (int i = 0; i < text.lines().size(); i++) {
        svg.append("<tspan x=\"")
            .number(text.x())
            .append("\" y=\"")
            .number(text.y() + i * lineHeight)
            .append("\">");
        Xml.text(text.lines().get(i), svg);
        svg.append("</tspan>");
      }
    }
    svg.append("</text>\n");
    if (text.tooltip() != null) {
      svg.append("</g>\n");
    }
  }

  private void path(PathShape path) throws IOException {
    svg.append("<path d=\"");
    String separator = "";
    for (PathShape.Segment segment : path.segments()) {
      svg.append(separator);
      separator = " ";
      svg.append(
          switch (segment.kind()) {
            case MOVE -> 'M';
            case LINE -> 'L';
            case CUBIC -> 'C';
            case CLOSE -> 'Z';
          });
      String pointSeparator = "";
      for (Point point : segment.points()) {
        svg.append(pointSeparator).number(point.x()).append(',').number(point.y());
        pointSeparator = " ";
      }
    }
    svg.append('"');
    cssClass(path.cssClass());
    svg.append("/>\n");
  }

  private void circle(Circle circle) throws IOException {
    svg.append("<circle cx=\"")
        .number(circle.centre().x())
        .append("\" cy=\"")
        .number(circle.centre().y())
        .append("\" r=\"")
        .number(circle.radius())
        .append('"');
    cssClass(circle.cssClass());
    if (circle.title() == null) {
      svg.append("/>\n");
    } else {
      svg.append('>');
      title(circle.title());
      svg.append("</circle>\n");
    }
  }

  private void line(Line line) throws IOException {
    svg.append("<line x1=\"")
        .number(line.from().x())
        .append("\" y1=\"")
        .number(line.from().y())
        .append("\" x2=\"")
        .number(line.to().x())
        .append("\" y2=\"")
        .number(line.to().y())
        .append('"');
    cssClass(line.cssClass());
    svg.append("/>\n");
  }

  /** Writes the class attribute, its list of classes escaped like any other value. */
  private void cssClass(String cssClass) throws IOException {
    svg.append(" class=\"");
    Xml.attribute(cssClass, svg);
    svg.append('"');
  }
}
