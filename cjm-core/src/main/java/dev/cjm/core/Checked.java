package dev.cjm.core;

import org.jspecify.annotations.Nullable;

/** Unwraps values that the checks of a build have already found present. */
final class Checked {
  private Checked() {}

  static <T> T present(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("a checked value is missing; the build's checks let it through");
    }
    return value;
  }
}
