package dev.cjm.render.svg.internal.layout;

import dev.cjm.render.svg.internal.text.Font;

/** The fonts of the map, all scaled from one base size (12 px by default). */
record Fonts(
    Font title,
    Font body,
    Font small,
    Font smallBold,
    Font label,
    Font stageName,
    Font touchpointName,
    Font personaName) {

  static Fonts scaled(double base) {
    double k = base / 12;
    return new Fonts(
        new Font(22 * k, true),
        new Font(12 * k, false),
        new Font(10.5 * k, false),
        new Font(10.5 * k, true),
        new Font(12 * k, true),
        new Font(14 * k, true),
        new Font(13 * k, true),
        new Font(15 * k, true));
  }
}
