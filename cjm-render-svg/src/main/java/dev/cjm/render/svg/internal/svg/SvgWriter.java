package dev.cjm.render.svg.internal.svg;

import com.google.common.collect.ImmutableList;
import dev.cjm.render.svg.internal.layout.Box;
import dev.cjm.render.svg.internal.layout.Circle;
import dev.cjm.render.svg.internal.layout.Group;
import dev.cjm.render.svg.internal.layout.Line;
import dev.cjm.render.svg.internal.layout.MapLayout;
import dev.cjm.render.svg.internal.layout.Node;
import dev.cjm.render.svg.internal.layout.PathShape;
import dev.cjm.render.svg.internal.layout.Point;
import dev.cjm.render.svg.internal.layout.Rect;
import dev.cjm.render.svg.internal.layout.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link MapLayout} as a standalone SVG document: an accessible root ({@code role="img"},
 * {@code aria-labelledby} its {@code <title>} and {@code <desc>}), the theme's style sheet, then
 * every shape in order, one part of the layout at a time. Serialisation only: every position, class
 * and text comes from the layout.
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

  /** The document as it is written; passed on to the output a few thousand characters a time. */
  private final OutputBuffer svg;

  private final long defaultFontSize;

  /**
   * Each class list of the document, escaped once: a map has a few dozen, each on hundreds of
   * shapes, and copying one is several times faster than checking it character by character again.
   */
  private final Map<String, char[]> escapedClasses = new HashMap<>(256);

  private SvgWriter(Appendable out, double defaultFontSize) {
    this.svg = new OutputBuffer(out);
    this.defaultFontSize = Numbers.hundredths(defaultFontSize);
  }

  /**
   * Writes {@code layout} painted with {@code palette} in the font family given, handing the text
   * to {@code out} as it is written, in pieces of at most {@value OutputBuffer#SIZE} characters:
   * the document is never held in memory whole (unless {@code out} holds it). A piece given to an
   * Appendable other than a Writer or a StringBuilder is a view of the buffer, valid during the
   * call.
   */
  public static void write(MapLayout layout, Palette palette, String fontFamily, Appendable out)
      throws IOException {
    SvgWriter writer = new SvgWriter(out, layout.fontSize());
    writer.document(layout, palette, fontFamily);
    writer.svg.flush();
  }

  /**
   * {@code layout} painted with {@code palette} as one String. The text is kept in chunks as it is
   * written and joined once at the end, into a String of exactly its size: no builder for the whole
   * document grows, copies itself or widens to two bytes a character on the way.
   */
  public static String toString(MapLayout layout, Palette palette, String fontFamily) {
    Chunks chunks = new Chunks();
    try {
      write(layout, palette, fontFamily, chunks);
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

  private void document(MapLayout layout, Palette palette, String fontFamily) throws IOException {
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
    svg.number(layout.width());
    svg.append("\" height=\"");
    svg.number(layout.height());
    svg.append("\" viewBox=\"0 0 ");
    svg.number(layout.width());
    svg.append(' ');
    svg.number(layout.height());
    svg.append("\" role=\"img\" aria-labelledby=\"cjm-title cjm-desc\" class=\"cjm-map cjm-theme-")
        .append(palette.name())
        .append("\" font-family=\"");
    Xml.attribute(fontFamily, svg);
    svg.append("\" font-size=\"");
    svg.number(layout.fontSize());
    svg.append("\">\n<title id=\"cjm-title\">");
    Xml.text(layout.title(), svg);
    svg.append("</title>\n<desc id=\"cjm-desc\">");
    Xml.text(layout.description(), svg);
    svg.append("</desc>\n");
    styleSheet(palette);
    // One part at a time: only the shapes of the part being written are held.
    List<Node> shapes = new ArrayList<>();
    for (MapLayout.Part part : layout.parts()) {
      shapes.clear();
      part.emit(shapes);
      for (int i = 0; i < shapes.size(); i++) {
        node(shapes.get(i));
      }
    }
    svg.append("</svg>\n");
  }

  /**
   * The theme's whole style sheet. It comes before the first shape, so it cannot wait to see which
   * classes the shapes use; its few dozen rules are a few kilobytes.
   */
  private void styleSheet(Palette palette) throws IOException {
    svg.append("<style type=\"text/css\">\n");
    for (Palette.Rule rule : palette.rules()) {
      svg.append('.').append(rule.cssClass()).append('{');
      String separator = "";
      if (rule.fill() != null) {
        svg.append("fill:").append(rule.fill());
        separator = ";";
      }
      if (rule.stroke() != null) {
        svg.append(separator).append("stroke:").append(rule.stroke());
        svg.append(";stroke-width:");
        svg.number(rule.strokeWidth());
        separator = ";";
      }
      if (!rule.extra().isEmpty()) {
        svg.append(separator).append(rule.extra());
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

  // Each element is written as its markup reads, constant text between the values in one piece,
  // kept as characters (see OutputBuffer#append(char[])).

  private static final char[] G_ID = markup("<g id=\"");
  private static final char[] CLASS = markup("\" class=\"");
  private static final char[] G_CLASS = markup("<g class=\"");
  private static final char[] START_TAG_END_LINE = markup("\">\n");
  private static final char[] G_END = markup("</g>\n");
  private static final char[] TITLE = markup("<title>");
  private static final char[] TITLE_END = markup("</title>\n");
  private static final char[] RECT_X = markup("<rect x=\"");
  private static final char[] Y = markup("\" y=\"");
  private static final char[] WIDTH = markup("\" width=\"");
  private static final char[] HEIGHT = markup("\" height=\"");
  private static final char[] RX = markup("\" rx=\"");
  private static final char[] G_TRUNCATED = markup("<g class=\"cjm-truncated\">\n");
  private static final char[] TEXT_X = markup("<text x=\"");
  private static final char[] FONT_SIZE = markup("\" font-size=\"");
  private static final char[] BOLD = markup(" font-weight=\"bold\"");
  private static final char[] ANCHOR_MIDDLE = markup(" text-anchor=\"middle\"");
  private static final char[] ANCHOR_END = markup(" text-anchor=\"end\"");
  private static final char[] TSPAN_X = markup("<tspan x=\"");
  private static final char[] START_TAG_END = markup("\">");
  private static final char[] TSPAN_END = markup("</tspan>");
  private static final char[] TEXT_END = markup("</text>\n");
  private static final char[] PATH_D = markup("<path d=\"");
  private static final char[] CIRCLE_CX = markup("<circle cx=\"");
  private static final char[] CY = markup("\" cy=\"");
  private static final char[] R = markup("\" r=\"");
  private static final char[] CIRCLE_END = markup("</circle>\n");
  private static final char[] LINE_X1 = markup("<line x1=\"");
  private static final char[] Y1 = markup("\" y1=\"");
  private static final char[] X2 = markup("\" x2=\"");
  private static final char[] Y2 = markup("\" y2=\"");
  private static final char[] EMPTY_END = markup("\"/>\n");

  private static char[] markup(String text) {
    return text.toCharArray();
  }

  private void group(Group group) throws IOException {
    if (group.id() != null) {
      svg.append(G_ID);
      Xml.attribute(group.id(), svg);
      svg.append(CLASS);
    } else {
      svg.append(G_CLASS);
    }
    cssClass(group.cssClass());
    svg.append(START_TAG_END_LINE);
    title(group.title());
    ImmutableList<Node> children = group.children();
    for (int i = 0; i < children.size(); i++) { // no iterator per group: groups nest
      node(children.get(i));
    }
    svg.append(G_END);
  }

  private void title(@Nullable String title) throws IOException {
    if (title != null) {
      svg.append(TITLE);
      Xml.text(title, svg);
      svg.append(TITLE_END);
    }
  }

  private void rect(Rect rect) throws IOException {
    Box box = rect.box();
    svg.append(RECT_X).number(box.x());
    svg.append(Y).number(box.y());
    svg.append(WIDTH).number(box.width());
    svg.append(HEIGHT).number(box.height());
    if (rect.radius() > 0) {
      svg.append(RX).number(rect.radius());
    }
    classAndEnd(rect.cssClass(), EMPTY_END);
  }

  private void text(Text text) throws IOException {
    if (text.tooltip() != null) {
      svg.append(G_TRUNCATED);
      title(text.tooltip());
    }
    svg.append(TEXT_X).number(text.x());
    svg.append(Y).number(text.y());
    svg.append(CLASS);
    cssClass(text.cssClass());
    if (Numbers.hundredths(text.font().size()) != defaultFontSize) {
      svg.append(FONT_SIZE).number(text.font().size());
    }
    svg.append('"');
    if (text.font().bold()) {
      svg.append(BOLD);
    }
    switch (text.anchor()) {
      case START -> {}
      case MIDDLE -> svg.append(ANCHOR_MIDDLE);
      case END -> svg.append(ANCHOR_END);
    }
    svg.append('>');
    if (text.lines().size() == 1) {
      Xml.text(text.lines().get(0), svg);
    } else {
      double lineHeight = text.font().lineHeight();
      for (int i = 0; i < text.lines().size(); i++) {
        svg.append(TSPAN_X).number(text.x());
        svg.append(Y).number(text.y() + i * lineHeight);
        svg.append(START_TAG_END);
        Xml.text(text.lines().get(i), svg);
        svg.append(TSPAN_END);
      }
    }
    svg.append(TEXT_END);
    if (text.tooltip() != null) {
      svg.append(G_END);
    }
  }

  private void path(PathShape path) throws IOException {
    svg.append(PATH_D);
    boolean first = true;
    for (PathShape.Segment segment : path.segments()) {
      if (!first) {
        svg.append(' ');
      }
      first = false;
      svg.append(
          switch (segment.kind()) {
            case MOVE -> 'M';
            case LINE -> 'L';
            case CUBIC -> 'C';
            case CLOSE -> 'Z';
          });
      for (int i = 0; i < segment.points().size(); i++) {
        Point point = segment.points().get(i);
        if (i > 0) {
          svg.append(' ');
        }
        svg.number(point.x()).append(',').number(point.y());
      }
    }
    classAndEnd(path.cssClass(), EMPTY_END);
  }

  private void circle(Circle circle) throws IOException {
    svg.append(CIRCLE_CX).number(circle.centre().x());
    svg.append(CY).number(circle.centre().y());
    svg.append(R).number(circle.radius());
    if (circle.title() == null) {
      classAndEnd(circle.cssClass(), EMPTY_END);
    } else {
      classAndEnd(circle.cssClass(), START_TAG_END);
      title(circle.title());
      svg.append(CIRCLE_END);
    }
  }

  private void line(Line line) throws IOException {
    svg.append(LINE_X1).number(line.from().x());
    svg.append(Y1).number(line.from().y());
    svg.append(X2).number(line.to().x());
    svg.append(Y2).number(line.to().y());
    classAndEnd(line.cssClass(), EMPTY_END);
  }

  /** Ends the attribute before, writes the class attribute, then {@code end}. */
  private void classAndEnd(String cssClass, char[] end) throws IOException {
    svg.append(CLASS);
    cssClass(cssClass);
    svg.append(end);
  }

  /** Writes a class list as an attribute value, escaped. */
  private void cssClass(String cssClass) throws IOException {
    char[] escaped = escapedClasses.get(cssClass);
    if (escaped == null) {
      StringBuilder value = new StringBuilder(cssClass.length());
      Xml.attribute(cssClass, value);
      escaped = value.toString().toCharArray();
      escapedClasses.put(cssClass, escaped);
    }
    svg.append(escaped);
  }
}
