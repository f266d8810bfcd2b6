package dev.cjm.render.svg;

import com.google.common.collect.ImmutableList;
import dev.cjm.render.svg.internal.svg.Palette;
import java.util.Objects;
import java.util.Optional;

/**
 * The colours of a rendered map: {@link #LIGHT} (the default), {@link #DARK} and {@link
 * #HIGH_CONTRAST}. In each, every text meets the WCAG AA contrast ratio (4.5:1) against what it is
 * drawn on.
 */
public final class Theme {
  /** Dark text on white, soft stage colours; the default. */
  public static final Theme LIGHT = new Theme(Palette.light());

  /** Light text on a near-black background. */
  public static final Theme DARK = new Theme(Palette.dark());

  /** Black on white with strong borders, for low vision and for printing. */
  public static final Theme HIGH_CONTRAST = new Theme(Palette.highContrast());

  private static final ImmutableList<Theme> ALL = ImmutableList.of(LIGHT, DARK, HIGH_CONTRAST);

  private final Palette palette;

  private Theme(Palette palette) {
    this.palette = palette;
  }

  /** Every theme, light first. */
  public static ImmutableList<Theme> all() {
    return ALL;
  }

  /**
   * The theme with this name ({@code "light"}, {@code "dark"}, {@code "high-contrast"}), if any.
   */
  public static Optional<Theme> named(String name) {
    Objects.requireNonNull(name, "name is null; expected \"light\", \"dark\" or \"high-contrast\"");
    return ALL.stream().filter(theme -> theme.name().equals(name)).findFirst();
  }

  /** The theme's name, as in {@code "high-contrast"}; the map's root carries it as a class. */
  public String name() {
    return palette.name();
  }

  Palette palette() {
    return palette;
  }

  @Override
  public String toString() {
    return name();
  }
}
