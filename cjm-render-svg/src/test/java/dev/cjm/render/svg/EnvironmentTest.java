package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.core.testing.HostileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same journey gives the same bytes on any machine: the SVG (with and without its gap report,
 * in every theme), the report as Markdown and as text, and the Mermaid text are identical under
 * every default locale (all categories: decimal commas, Arabic, Thai and Devanagari digits, the
 * Turkish dotless i, the Japanese imperial calendar) and every default time zone (from UTC−10 to
 * UTC+14, and +05:45) to what they are under {@link Locale#ROOT} and UTC.
 *
 * <p>The third part of "any machine" is the JDK: CI runs the whole suite on JDK 17 and JDK 25
 * against the same golden files ({@link GoldenFilesTest}), so output that differs between JDKs
 * fails there.
 */
class EnvironmentTest {
  private static final List<String> LOCALES =
      List.of(
          "de-DE",
          "tr-TR",
          "ar-SA",
          "th-TH",
          "ja-JP-u-ca-japanese",
          "th-TH-u-nu-thai",
          "ar-SA-u-nu-arab",
          "hi-IN-u-nu-deva",
          "fa-IR");
  private static final List<String> ZONES =
      List.of("Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu");

  private Locale savedLocale = Locale.getDefault();
  private Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
  private Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
  private TimeZone savedZone = TimeZone.getDefault();

  @BeforeEach
  void save() {
    savedLocale = Locale.getDefault();
    savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    savedZone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(savedLocale);
    Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
    TimeZone.setDefault(savedZone);
  }

  static Stream<Arguments> environments() {
    return LOCALES.stream().flatMap(l -> ZONES.stream().map(z -> Arguments.of(l, z)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("environments")
  void everyOutput_underAnyDefaultLocaleAndTimeZone_isTheSameAsUnderRootAndUtc(
      String locale, String zone) {
    setEnvironment(Locale.ROOT, "UTC");
    List<String> expected = outputs();

    setEnvironment(Locale.forLanguageTag(locale), zone);

    List<String> actual = outputs();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("output %s", i).isEqualTo(expected.get(i));
    }
  }

  private static void setEnvironment(Locale locale, String zone) {
    Locale.setDefault(locale); // sets the FORMAT and DISPLAY categories too
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(locale);
  }

  /** Every output of every journey, in a fixed order. */
  private static List<String> outputs() {
    List<String> outputs = new ArrayList<>();
    for (Journey journey :
        List.of(
            SampleJourneys.polish(),
            SampleJourneys.international(),
            SampleJourneys.edgeCases(),
            figures(),
            hostile())) {
      GapReport report = GapAnalysis.standard().analyze(journey);
      outputs.add(report.toMarkdown());
      outputs.add(report.toText());
      outputs.add(MermaidJourney.format(journey));
      for (Theme theme : Theme.all()) {
        SvgRenderer renderer = SvgRenderer.builder().theme(theme).maxLines(3).build();
        outputs.add(renderer.render(journey));
        outputs.add(renderer.render(journey, report));
      }
    }
    return outputs;
  }

  /** Figures a locale would format its own way: fractions, thousands, shares, negative zero. */
  private static Journey figures() {
    return Journey.builder("Figures: İstanbul, ıi, Iİ")
        .persona("Işıl", p -> p.goal("Pay in 3 instalments").need("1,234.5 km"))
        .stage(
            "Purchase",
            s ->
                s.touchpoint(
                        "Checkout",
                        t ->
                            t.channel(Channel.WEB)
                                .emotion(-1.25, "irritated")
                                .expectedEmotion(0.75)
                                .barrier(
                                    "Fee shown late",
                                    b -> b.id("fee").severity(Severity.HIGH).frequency(0.375)))
                    .touchpoint("Receipt", t -> t.channel(Channel.EMAIL).emotion(-0.0))
                    .metric(
                        "Revenue",
                        m -> m.value(1234567.891).target(2000000).unit("PLN").higherIsBetter())
                    .metric("Drop-off", m -> m.value(0.125).target(0.1).unit("%").lowerIsBetter()))
        .opportunity(
            "Show the fee early", o -> o.addresses("fee").impact(Level.HIGH).effort(Level.LOW))
        .build();
  }

  /** One touchpoint per hostile sample, with fractional scores. */
  private static Journey hostile() {
    JourneyBuilder journey = Journey.builder("Hostile samples");
    journey.stage(
        "All",
        s -> {
          for (int i = 0; i < HostileText.SAMPLES.size(); i++) {
            String text = HostileText.SAMPLES.get(i);
            double score = (i % 17) / 4.0 - 2;
            String id = "t" + i;
            s.touchpoint(text, t -> t.id(id).doing(text).emotion(score));
          }
        });
    return journey.build();
  }
}
