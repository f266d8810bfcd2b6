package dev.cjm.render.svg;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Journey;
import dev.cjm.core.testing.RandomJourneys;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators: valid journeys full of hostile and international text (from cjm-core's
 * shared {@link RandomJourneys}), and renderers with any options.
 */
@SuppressWarnings("exports") // QuickTheories is on the test class path only
public final class JourneyGenerators {
  private JourneyGenerators() {}

  /** Valid journeys of every size and shape, full of hostile text (the shared generator). */
  public static Gen<Journey> journeys() {
    return RandomJourneys.standard().journeys();
  }

  /** Renderers with any theme, column width, font size, line limit and set of lanes. */
  public static Gen<SvgRenderer> renderers() {
    Gen<Theme> themes = Generate.pick(Theme.all());
    Gen<List<Lane>> lanes = lists().of(Generate.enumValues(Lane.class)).ofSizeBetween(0, 8);
    return integers()
        .between(120, 400)
        .zip(
            integers().between(8, 32),
            integers().between(0, 3),
            (width, size, lines) ->
                SvgRenderer.builder().touchpointWidth(width).fontSize(size).maxLines(lines))
        .zip(
            themes,
            lanes,
            integers().between(0, 1),
            (builder, theme, chosen, all) ->
                (all == 1 ? builder : builder.lanes(chosen)).theme(theme).build());
  }
}
