package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.json.JourneyJson;
import dev.cjm.core.json.JourneyYaml;
import dev.cjm.core.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery's journeys as files: each is written as YAML beside its map, reads back equal, and
 * its JSON document and gap report conform to the schemas cjm-core ships.
 */
class GalleryDocumentsTest {

  static Schema schema(String name) {
    try (InputStream in = JourneyJson.class.getResourceAsStream(name)) {
      assertThat(in).as("schema %s in cjm-core's jar", name).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void write_writesEachJourneyAsYamlThatReadsBackEqual(@TempDir Path directory) throws IOException {
    Gallery.write(directory);

    for (Gallery.Entry entry : Gallery.entries()) {
      Path yaml = directory.resolve(entry.name() + ".yaml");
      assertThat(yaml).content(StandardCharsets.UTF_8).startsWith("cjmFormat: 1\ntitle: ");
      try (var reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
        assertThat(JourneyYaml.parse(reader)).as(entry.name()).isEqualTo(entry.journey());
      }
    }
  }

  @Test
  void everyGalleryJourneyAndReport_conformsToTheShippedSchemas() {
    Schema journeySchema = schema("journey.schema.json");
    Schema reportSchema = schema("gap-report.schema.json");

    for (Gallery.Entry entry : Gallery.entries()) {
      String json = JourneyJson.format(entry.journey());
      List<Error> errors = journeySchema.validate(json, InputFormat.JSON);
      assertThat(errors).as("%s against journey.schema.json", entry.name()).isEmpty();
      assertThat(JourneyJson.parse(json)).isEqualTo(entry.journey());

      GapReport report = entry.report();
      assertThat(reportSchema.validate(ReportJson.format(report), InputFormat.JSON))
          .as("%s's report against gap-report.schema.json", entry.name())
          .isEmpty();
    }
  }

  @Test
  void theGallerysDiffAndDeviations_conformToTheShippedSchemas() {
    assertThat(
            schema("journey-diff.schema.json")
                .validate(ReportJson.format(BankAccountFutureState.diff()), InputFormat.JSON))
        .isEmpty();
    assertThat(
            schema("deviation-summary.schema.json")
                .validate(ReportJson.format(ClickAndCollect.deviations()), InputFormat.JSON))
        .isEmpty();
  }
}
