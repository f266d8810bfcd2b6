package dev.cjm.render.svg.internal.svg;

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
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link MapLayout} as a standalone SVG document: an accessible root ({@code role="img"},
 * {@code aria-labelledby} its {@code <title>} and {@code <desc>}), one style sheet, then every
 * shape in order. Serialisation only: every position, class and text comes from the layout.
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

  private final Appendable out;
  private final String defaultFontSize;

  private SvgWriter(Appendable out, double defaultFontSize) {
    this.out = out;
    this.defaultFontSize = Numbers.format(defaultFontSize);
  }

  /** Writes {@code layout} painted with {@code palette} in the font family given. */
  public static void write(MapLayout layout, Palette palette, String fontFamily, Appendable out)
      throws IOException {
    new SvgWriter(out, layout.fontSize()).document(layout, palette, fontFamily);
  }

  private void document(MapLayout layout, Palette palette, String fontFamily) throws IOException {
    String width = Numbers.format(layout.width());
    String height = Numbers.format(layout.height());
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"cjm-title cjm-desc\" class=\"cjm-map cjm-theme-")
        .append(palette.name())
        .append("\" font-family=\"");
    Xml.attribute(fontFamily, out);
    out.append("\" font-size=\"").append(Numbers.format(layout.fontSize()));
    out.append("\">\n<title id=\"cjm-title\">");
    Xml.text(layout.title(), out);
    out.append("</title>\n<desc id=\"cjm-desc\">");
    Xml.text(layout.description(), out);
    out.append("</desc>\n");
    styleSheet(palette, usedClasses(layout));
    for (Node node : layout.nodes()) {
      node(node);
    }
    out.append("</svg>\n");
  }

  /** Every class the shapes use, so the style sheet holds only the rules that apply. */
  private static Set<String> usedClasses(MapLayout layout) {
    Set<String> used = new HashSet<>();
    Deque<Node> pending = new ArrayDeque<>(layout.nodes());
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      String classes;
      if (node instanceof Group group) {
        pending.addAll(group.children());
        classes = group.cssClass();
      } else if (node instanceof Rect rect) {
        classes = rect.cssClass();
      } else if (node instanceof Text text) {
        classes = text.cssClass();
      } else if (node instanceof PathShape path) {
        classes = path.cssClass();
      } else if (node instanceof Circle circle) {
        classes = circle.cssClass();
      } else if (node instanceof Line line) {
        classes = line.cssClass();
      } else {
        throw new IllegalArgumentException("unknown shape " + node);
      }
      used.addAll(Arrays.asList(classes.split(" ")));
    }
    return used;
  }

  private void styleSheet(Palette palette, Set<String> used) throws IOException {
    out.append("<style type=\"text/css\">\n");
    for (Palette.Rule rule : palette.rules()) {
      if (!used.contains(rule.cssClass())) {
        continue;
      }
      out.append('.').append(rule.cssClass()).append('{');
      String separator = "";
      if (rule.fill() != null) {
        out.append("fill:").append(rule.fill());
        separator = ";";
      }
      if (rule.stroke() != null) {
        out.append(separator).append("stroke:").append(rule.stroke());
        out.append(";stroke-width:").append(Numbers.format(rule.strokeWidth()));
        separator = ";";
      }
      if (!rule.extra().isEmpty()) {
        out.append(separator).append(rule.extra());
      }
      out.append("}\n");
    }
    out.append("</style>\n");
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

  private void group(Group group) throws IOException {
    out.append("<g");
    if (group.id() != null) {
      attribute("id", group.id());
    }
    attribute("class", group.cssClass());
    out.append(">\n");
    title(group.title());
    for (Node child : group.children()) {
      node(child);
    }
    out.append("</g>\n");
  }

  private void title(@Nullable String title) throws IOException {
    if (title != null) {
      out.append("<title>");
      Xml.text(title, out);
      out.append("</title>\n");
    }
  }

  private void rect(Rect rect) throws IOException {
    out.append("<rect");
    number("x", rect.box().x());
    number("y", rect.box().y());
    number("width", rect.box().width());
    number("height", rect.box().height());
    if (rect.radius() > 0) {
      number("rx", rect.radius());
    }
    attribute("class", rect.cssClass());
    out.append("/>\n");
  }

  private void text(Text text) throws IOException {
    if (text.tooltip() != null) {
      out.append("<g class=\"cjm-truncated\">\n");
      title(text.tooltip());
    }
    out.append("<text");
    number("x", text.x());
    number("y", text.y());
    attribute("class", text.cssClass());
    String size = Numbers.format(text.font().size());
    if (!size.equals(defaultFontSize)) {
      out.append(" font-size=\"").append(size).append('"');
    }
    if (text.font().bold()) {
      out.append(" font-weight=\"bold\"");
    }
    switch (text.anchor()) {
      case START -> {}
      case MIDDLE -> out.append(" text-anchor=\"middle\"");
      case END -> out.append(" text-anchor=\"end\"");
    }
    out.append('>');
    if (text.lines().size() == 1) {
      Xml.text(text.lines().get(0), out);
    } else {
      double lineHeight = text.font().lineHeight();
      for (int i = 0; i < text.lines().size(); i++) {
        out.append("<tspan");
        number("x", text.x());
        number("y", text.y() + i * lineHeight);
        out.append('>');
        Xml.text(text.lines().get(i), out);
        out.append("</tspan>");
      }
    }
    out.append("</text>\n");
    if (text.tooltip() != null) {
      out.append("</g>\n");
    }
  }

  private void path(PathShape path) throws IOException {
    out.append("<path d=\"");
    String separator = "";
    for (PathShape.Segment segment : path.segments()) {
      out.append(separator);
      separator = " ";
      out.append(
          switch (segment.kind()) {
            case MOVE -> "M";
            case LINE -> "L";
            case CUBIC -> "C";
            case CLOSE -> "Z";
          });
      for (int i = 0; i < segment.points().size(); i++) {
        Point point = segment.points().get(i);
        out.append(i == 0 ? "" : " ")
            .append(Numbers.format(point.x()))
            .append(',')
            .append(Numbers.format(point.y()));
      }
    }
    out.append('"');
    attribute("class", path.cssClass());
    out.append("/>\n");
  }

  private void circle(Circle circle) throws IOException {
    out.append("<circle");
    number("cx", circle.centre().x());
    number("cy", circle.centre().y());
    number("r", circle.radius());
    attribute("class", circle.cssClass());
    if (circle.title() == null) {
      out.append("/>\n");
    } else {
      out.append(">");
      title(circle.title());
      out.append("</circle>\n");
    }
  }

  private void line(Line line) throws IOException {
    out.append("<line");
    number("x1", line.from().x());
    number("y1", line.from().y());
    number("x2", line.to().x());
    number("y2", line.to().y());
    attribute("class", line.cssClass());
    out.append("/>\n");
  }

  private void number(String name, double value) throws IOException {
    out.append(' ').append(name).append("=\"").append(Numbers.format(value)).append('"');
  }

  private void attribute(String name, String value) throws IOException {
    out.append(' ').append(name).append("=\"");
    Xml.attribute(value, out);
    out.append('"');
  }
}
