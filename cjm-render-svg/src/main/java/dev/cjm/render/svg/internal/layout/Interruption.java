package dev.cjm.render.svg.internal.layout;

import java.util.concurrent.CancellationException;

/**
 * Where a render stops when its thread is interrupted: the layout checks before each lane of each
 * band (the overview's before its stages, touchpoints, curve, and list and legend), and the writer
 * before each part of the map (a stage, the curve, the panel), so a render cancelled by its caller
 * (a request timed out, an executor shut down) ends within one of them. It throws what {@code
 * GapAnalysis.analyze} throws on an interrupted thread, a {@link CancellationException}, and leaves
 * the thread's interrupt flag set.
 */
public final class Interruption {
  private Interruption() {}

  /**
   * Throws a {@link CancellationException} naming {@code where} the render stopped ("before part 3
   * of 12") if the current thread has been interrupted.
   */
  public static void check(String where) {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the render of the map was interrupted " + where);
    }
  }
}
