package dev.cjm.core.analysis;

import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedSummary;
import java.util.OptionalDouble;

/**
 * A standard rule on observed data whose measure is a share: of the {@link #basis} at a touchpoint
 * (the cases reaching it, the waits after it), how many {@link #count} counts (failed, ended there,
 * waited long). Its message says the share, the count and the basis; the pain point's summary the
 * share and the basis.
 */
abstract class ObservedShareRule extends ObservedRule {
  @Override
  final OptionalDouble measure(Touchpoint touchpoint, ObservedSummary.TouchpointStats stats) {
    long basis = basis(stats);
    return basis == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(stats) / basis);
  }

  @Override
  final Phrase message(
      Touchpoint touchpoint, ObservedSummary.TouchpointStats stats, double measure) {
    return Phrase.words(
        "finding." + id(),
        Phrase.quoted(touchpoint.name()),
        Phrase.percent(measure),
        count(count(stats)),
        count(basis(stats)));
  }

  @Override
  final Phrase evidence(ObservedSummary.TouchpointStats stats, double measure) {
    return Phrase.words("observed.evidence." + id(), Phrase.percent(measure), count(basis(stats)));
  }
}
