package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same journey gives the same bytes whatever the default locale and time zone. */
class DeterminismTest {
  private Locale savedLocale;
  private TimeZone savedZone;

  @BeforeEach
  void save() {
    savedLocale = Locale.getDefault();
    savedZone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(savedLocale);
    TimeZone.setDefault(savedZone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "tr-TR", "ar", "ar-SA-u-nu-arab", "hi-IN", "fa-IR"})
  void render_underAnyDefaultLocaleAndTimeZone_givesTheSameBytesAsUnderRoot(String tag) {
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    String polish = SvgRenderer.create().render(SampleJourneys.polish());
    String international = SvgRenderer.create().render(SampleJourneys.international());

    Locale.setDefault(Locale.forLanguageTag(tag));
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
    assertThat(SvgRenderer.create().render(SampleJourneys.polish())).isEqualTo(polish);
    assertThat(SvgRenderer.create().render(SampleJourneys.international()))
        .isEqualTo(international);
  }
}
