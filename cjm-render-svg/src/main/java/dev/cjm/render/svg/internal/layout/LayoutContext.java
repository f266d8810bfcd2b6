package dev.cjm.render.svg.internal.layout;

import dev.cjm.render.svg.internal.text.FontMetrics;

/**
 * What every part of the layout works with: the options, the metrics that measure text, the fonts
 * scaled to the options' size, and the words the map adds to the journey's own.
 */
record LayoutContext(LayoutOptions options, FontMetrics metrics, Fonts fonts, ChromeText words) {
  static LayoutContext of(LayoutOptions options, FontMetrics metrics, ChromeText words) {
    return new LayoutContext(options, metrics, Fonts.scaled(options.fontSize()), words);
  }
}
