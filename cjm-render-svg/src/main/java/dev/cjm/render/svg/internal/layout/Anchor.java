package dev.cjm.render.svg.internal.layout;

/** Where a text line sits relative to its x: starting there, centred on it, or ending there. */
public enum Anchor {
  START,
  MIDDLE,
  END
}
