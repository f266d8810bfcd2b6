package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A journey map laid out: its size in pixels, the language of its words, its accessible title and
 * description, the font size most of its text has (so a writer can state it once), and its shapes
 * in painting order.
 *
 * <p>The shapes come in parts: the header and the lane frames, one part per stage (its band, its
 * stage-wide cards and a group per touchpoint), the emotion curve, the findings panel and the
 * legend. Every position is decided when the layout is made; a part's shapes are made only when the
 * part is asked for, so a writer that takes the parts one at a time never holds the shapes of the
 * whole map, only those of the part it is writing. Each call makes the part anew, the same shapes
 * every time.
 */
public record MapLayout(
    double width,
    double height,
    Locale language,
    String title,
    String description,
    double fontSize,
    ImmutableList<MapLayout.Part> parts) {
  /** Shapes of one part of the map, made when asked for. */
  @FunctionalInterface
  public interface Part {
    /** Adds the part's shapes, in painting order, to {@code out}. */
    void emit(List<Node> out);
  }

  /**
   * The layout of {@code journey}'s map, {@code width} by {@code height}, on a background as large:
   * its accessible title and description are the journey's own, else its title and a summary of its
   * {@code experienced} curve in the map's {@code words}. The full map and the overview both end
   * here.
   */
  static MapLayout of(
      Journey journey,
      ChromeText words,
      EmotionCurve experienced,
      double width,
      double height,
      double fontSize,
      Assembly assembly) {
    Rect background = new Rect(new Box(0, 0, width, height), 0, CssClass.BACKGROUND);
    return new MapLayout(
        width,
        height,
        words.language(),
        journey.accessibilityTitle().orElse(journey.title()),
        journey
            .accessibilityDescription()
            .orElseGet(() -> words.journeySummary(journey, experienced)),
        fontSize,
        assembly.parts(background));
  }

  /**
   * The most pixels either side of the map's root may state: 32,767, where librsvg and most other
   * rasterisers stop.
   */
  public static final double MAX_SIDE = 32_767;

  /**
   * The width the map's root states: its {@link #width}, unless a side of the map is longer than
   * {@link #MAX_SIDE}; then both sides are scaled down alike until neither is, so the map can still
   * be rasterised (and must be zoomed into to be read). The view box keeps the layout's units.
   */
  public double displayWidth() {
    return displayed(width);
  }

  /** The height the map's root states: its {@link #height}, scaled as {@link #displayWidth}. */
  public double displayHeight() {
    return displayed(height);
  }

  private double displayed(double side) {
    double longest = Math.max(width, height);
    return longest <= MAX_SIDE ? side : Math.max(1, Math.floor(side * MAX_SIDE / longest));
  }

  /**
   * The BCP 47 tag of the map's language, which its root states ({@code xml:lang}) so screen
   * readers pronounce and browsers hyphenate its words right, and so a map inlined in a page of
   * another language keeps its own.
   */
  public String languageTag() {
    return language.toLanguageTag();
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
