package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Journey;
import dev.cjm.render.svg.SampleJourneys;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The languages the layout's tests run in: English and Polish, whose words are longer. */
final class Languages {
  private Languages() {}

  /**
   * Each sample of {@code samples} (a name and a journey) twice: in English and in Polish, named
   * so.
   */
  static Stream<Arguments> inEnglishAndPolish(Stream<Arguments> samples) {
    return samples.flatMap(
        sample -> {
          String name = (String) sample.get()[0];
          Journey journey = (Journey) sample.get()[1];
          return Stream.of(
              Arguments.of(name + ", en", journey.toBuilder().locale(Locale.ENGLISH).build()),
              Arguments.of(
                  name + ", pl", journey.toBuilder().locale(SampleJourneys.POLISH).build()));
        });
  }
}
