package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey map laid out: its size in pixels, its accessible title and description, the font size
 * most of its text has (so a writer can state it once), and its shapes in painting order.
 *
 * <p>The shapes come in parts: the header and the lane frames, one part per stage (its band, its
 * stage-wide cards and a group per touchpoint), the emotion curve, the findings panel and the
 * legend. Every position is decided when the layout is made; a part's shapes are made only when the
 * part is asked for, so a writer that takes the parts one at a time never holds the shapes of the
 * whole map, only those of the part it is writing. Each call makes the part anew, the same shapes
 * every time.
 */
public final class MapLayout {
  /** Shapes of one part of the map, made when asked for. */
  @FunctionalInterface
  public interface Part {
    /** Adds the part's shapes, in painting order, to {@code out}. */
    void emit(List<Node> out);
  }

  private final double width;
  private final double height;
  private final String title;
  private final String description;
  private final double fontSize;
  private final ImmutableList<Part> parts;

  MapLayout(
      double width,
      double height,
      String title,
      String description,
      double fontSize,
      List<Part> parts) {
    this.width = width;
    this.height = height;
    this.title = title;
    this.description = description;
    this.fontSize = fontSize;
    this.parts = ImmutableList.copyOf(parts);
  }

  /** The width of the map in pixels. */
  public double width() {
    return width;
  }

  /** The height of the map in pixels. */
  public double height() {
    return height;
  }

  /** The map's accessible title. */
  public String title() {
    return title;
  }

  /** The map's accessible description. */
  public String description() {
    return description;
  }

  /** The font size most of the map's text has. */
  public double fontSize() {
    return fontSize;
  }

  /** The parts of the map in painting order; each makes its shapes when asked. */
  public ImmutableList<Part> parts() {
    return parts;
  }

  /** Every top-level shape of the map in painting order, all made at once (for inspection). */
  public ImmutableList<Node> nodes() {
    List<Node> out = new ArrayList<>();
    for (Part part : parts) {
      part.emit(out);
    }
    return ImmutableList.copyOf(out);
  }
}
