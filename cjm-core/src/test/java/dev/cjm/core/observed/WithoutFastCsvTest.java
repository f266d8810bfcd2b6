package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * FastCSV is optional: the model, the gap analysis, deviations and the monitor run with Guava
 * alone, and only reading an event log asks for it, by name. Checked in a class loader that sees
 * the JDK's boot modules, cjm-core and Guava, and nothing else (the platform class loader would
 * find the test's own modules, FastCSV among them).
 */
class WithoutFastCsvTest {
  /** Runs in the class loader without FastCSV. */
  public static final class Probe implements Supplier<String> {
    public Probe() {}

    @Override
    public String get() {
      Journey journey =
          Journey.builder("Click and collect")
              .stage("Order", s -> s.touchpoint("Basket", t -> t.emotion(-1)))
              .build();
      int findings = GapAnalysis.standard().analyze(journey).findings().size();
      ObservedJourney anna = ObservedJourney.builder("anna").planned("basket").build();
      DeviationSummary.of(journey, ImmutableList.of(anna));
      long reached = JourneyMonitor.of(journey).add(anna).summary().touchpoints().get(0).reached();
      String csvError;
      try {
        EventLog.builder().build().read(journey, new StringReader("case,time,activity\n"));
        csvError = "read without FastCSV";
      } catch (IllegalStateException e) {
        csvError = e.getMessage();
      }
      return findings + " findings, reached " + reached + "; " + csvError;
    }
  }

  @Test
  void theModelAndAnalysisRunWithoutFastCsv_andTheImportSaysWhatItNeeds() throws Exception {
    URL[] path = {
      location(Journey.class), // cjm-core
      location(Probe.class), // cjm-core's tests, for the probe
      location(ImmutableList.class), // Guava
      location(com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class)
    };
    try (URLClassLoader alone = new URLClassLoader(path, null)) {
      assertThatThrownBy(() -> alone.loadClass("de.siegmar.fastcsv.reader.CsvReader"))
          .isInstanceOf(ClassNotFoundException.class);

      @SuppressWarnings("unchecked")
      Supplier<String> probe =
          (Supplier<String>) alone.loadClass(Probe.class.getName()).getConstructor().newInstance();

      assertThat(probe.get())
          .endsWith(
              "reached 1; reading an event log needs FastCSV (de.siegmar:fastcsv 4.0.0 or later)"
                  + " on the class or module path; add it to your dependencies");
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
