package dev.cjm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.json.JourneyJson;
import dev.cjm.core.json.JourneyYaml;
import dev.cjm.core.json.ReportJson;
import dev.cjm.core.mermaid.MermaidJourney;
import dev.cjm.examples.B2bSoftwarePurchase;
import dev.cjm.examples.BankAccountFutureState;
import dev.cjm.examples.CafeLoyalty;
import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.MermaidImport;
import dev.cjm.examples.RunningShoes;
import dev.cjm.examples.SupportCall;
import dev.cjm.examples.TrainTicketGerman;
import dev.cjm.render.svg.SvgRenderer;
import dev.cjm.render.svg.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line on the gallery's journeys, written to files as cjm-core writes them: each
 * command prints what the library gives for the same journey, check's exit status follows its
 * threshold, and bad input exits with status 2 and a message naming the file, line and column.
 */
class CjmTest {
  @TempDir Path folder;

  /** What one run of the command line printed, and its exit status. */
  record Run(int status, String out, String err) {}

  static Run cjm(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
    int status = Cjm.run(new PrintWriter(out), new PrintWriter(err), strings);
    return new Run(status, out.toString(), err.toString());
  }

  static Stream<Arguments> galleryJourneys() {
    return Stream.<Supplier<Journey>>of(
            RunningShoes::journey,
            B2bSoftwarePurchase::journey,
            CafeLoyalty::journey,
            SupportCall::journey,
            BankAccountFutureState::journey,
            BankAccountFutureState::future,
            ClickAndCollect::journey,
            MermaidImport::journey,
            TrainTicketGerman::journey)
        .map(Supplier::get)
        .map(journey -> Arguments.of(journey.title(), journey));
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path yaml(Journey journey) {
    return write("journey.yaml", JourneyYaml.format(journey));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("galleryJourneys")
  void render_printsTheMapTheRendererDrawsOfTheJourneyInTheFile(String title, Journey journey) {
    Run run = cjm("render", yaml(journey));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(SvgRenderer.create().render(journey));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("galleryJourneys")
  void renderReport_writesTheMapWithThePainPointsToTheOutputFile(String title, Journey journey) {
    Path svg = folder.resolve("map.svg");

    Run run = cjm("render", yaml(journey), "--report", "-o", svg);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    GapReport report = GapAnalysis.standard().analyze(journey);
    assertThat(read(svg)).isEqualTo(SvgRenderer.create().render(journey, report));
  }

  @Test
  void render_takesTheLanguageThemeOverviewAndFindingsListOfTheRenderer() {
    Journey journey = RunningShoes.journey();
    SvgRenderer renderer =
        SvgRenderer.builder()
            .locale(Locale.forLanguageTag("pl"))
            .theme(Theme.DARK)
            .overview(true)
            .findingsList(true)
            .build();

    Run run =
        cjm(
            "render",
            yaml(journey),
            "--locale",
            "pl",
            "--theme",
            "dark",
            "--overview",
            "--findings-list");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(renderer.render(journey, GapAnalysis.standard().analyze(journey)))
        .contains("xml:lang=\"pl\"", "cjm-theme-dark");
  }

  @Test
  void render_readsJsonAndMermaidByTheirExtension_orAsTheInputFormatSays() {
    Journey journey = CafeLoyalty.journey();
    String map = SvgRenderer.create().render(journey);
    Journey fromMermaid = MermaidJourney.parse(MermaidJourney.format(journey));

    assertThat(cjm("render", write("cafe.json", JourneyJson.format(journey))).out()).isEqualTo(map);
    assertThat(cjm("render", write("cafe.txt", JourneyJson.format(journey))).status()).isEqualTo(2);
    assertThat(cjm("render", folder.resolve("cafe.txt"), "--input-format", "json").out())
        .isEqualTo(map);
    assertThat(cjm("render", write("cafe.mmd", MermaidJourney.format(journey))).out())
        .isEqualTo(SvgRenderer.create().render(fromMermaid));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("galleryJourneys")
  void analyze_printsTheGapReportAsTextMarkdownOrJson(String title, Journey journey) {
    Path file = yaml(journey);
    GapReport report = GapAnalysis.standard().analyze(journey);

    assertThat(cjm("analyze", file).out()).isEqualTo(report.toText());
    assertThat(cjm("analyze", file, "--format", "markdown").out()).isEqualTo(report.toMarkdown());
    assertThat(cjm("analyze", file, "--format", "json").out()).isEqualTo(ReportJson.format(report));
  }

  @Test
  void analyze_writesTheReportInTheLanguageAsked() {
    Journey kawiarnia = CafeLoyalty.journey();
    GapReport raport = GapAnalysis.standard().analyze(kawiarnia);

    Run run = cjm("analyze", yaml(kawiarnia), "--locale", "en", "--format", "markdown");

    assertThat(run.out())
        .isEqualTo(raport.toMarkdown(Locale.ENGLISH))
        .isNotEqualTo(raport.toMarkdown());
  }

  @Test
  void check_failsWithStatusOneListingEveryPainPointAboveTheDefaultHighPriority() {
    Path file = yaml(RunningShoes.journey());

    Run run = cjm("check", file);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(file + ": failed: 2 pain points above priority high:\n")
        .contains("\n  1. critical: Checkout (score 9), error: feel -2, expected +1;")
        .contains("\n  2. critical: Product page on mobile (score 6.38), error: ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_passesWithStatusZeroWhenNoPainPointIsAboveTheThreshold() {
    Path file = yaml(RunningShoes.journey());

    Run run = cjm("check", file, "--max-priority", "critical");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            file + ": passed: no pain point above priority critical (7 pain points in all)\n");
  }

  @Test
  void check_takesAScoreOrASeverityAsTheThreshold() {
    Path file = yaml(RunningShoes.journey());

    assertThat(cjm("check", file, "--max-priority", "9").status()).isZero();
    assertThat(cjm("check", file, "--max-priority", "6.5").out())
        .contains("failed: 1 pain point scoring above 6.5:", "Checkout (score 9)")
        .doesNotContain("Product page on mobile");
    assertThat(cjm("check", file, "--max-severity", "error").status()).isZero();
    assertThat(cjm("check", file, "--max-severity", "warning").out())
        .contains("failed: 2 pain points above severity warning:");
    assertThat(cjm("check", file, "--max-severity", "info").out())
        .contains("failed: 7 pain points above severity info:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--max-priority=urgent", "--max-priority=-1", "--max-severity=fatal"})
  void check_refusesAThresholdItDoesNotKnow_withStatusTwo(String threshold) {
    Run run = cjm("check", yaml(RunningShoes.journey()), threshold);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("cjm: Invalid value for option").contains("expected");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("galleryJourneys")
  void mermaidExport_writesTheDiagram_andImportReadsItBackAsYaml(String title, Journey journey) {
    Path mermaid = folder.resolve("journey.mmd");
    Path imported = folder.resolve("imported.yaml");

    assertThat(cjm("mermaid", "export", yaml(journey), "-o", mermaid).status()).isZero();
    assertThat(cjm("mermaid", "import", mermaid, "-o", imported).status()).isZero();

    assertThat(read(mermaid)).isEqualTo(MermaidJourney.format(journey));
    assertThat(JourneyYaml.parse(read(imported))).isEqualTo(MermaidJourney.parse(read(mermaid)));
  }

  @Test
  void mermaidImport_writesJsonWhenTheOutputFileSaysSo_andYamlToStandardOutput() {
    Path mermaid = write("journey.mmd", MermaidJourney.format(SupportCall.journey()));
    Journey journey = MermaidJourney.parse(read(mermaid));
    Path json = folder.resolve("journey.json");

    cjm("mermaid", "import", mermaid, "-o", json);

    assertThat(read(json)).isEqualTo(JourneyJson.format(journey));
    assertThat(cjm("mermaid", "import", mermaid).out()).isEqualTo(JourneyYaml.format(journey));
    assertThat(cjm("mermaid", "import", mermaid, "--output-format", "json").out())
        .isEqualTo(JourneyJson.format(journey));
    assertThat(cjm("mermaid", "import", mermaid, "-o", folder.resolve("x.svg")).status())
        .isEqualTo(2);
  }

  @Test
  void badDocument_listsEveryProblemWithFileLineAndColumn_onStandardErrorWithStatusTwo() {
    Path file =
        write(
            "journey.yaml",
            """
            cjmFormat: 1
            title: Buying running shoes online
            stages:
              - name: ""
                touchpoints:
                  - name: Checkout
                    emotoin: -2
            """);

    Run run = cjm("render", file);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0))
                  .isEqualTo("cjm: " + file + ": not a valid journey document, 2 problems:");
              assertThat(lines.get(1))
                  .isEqualTo(
                      file
                          + ":4:11: /stages/0/name: stage name is blank; give a non-blank stage"
                          + " name");
              assertThat(lines.get(2))
                  .startsWith(
                      file
                          + ":7:9: /stages/0/touchpoints/0/emotoin: unknown field \"emotoin\" at"
                          + " /stages/0/touchpoints/0; did you mean \"emotion\"?; known fields:");
            });
  }

  @Test
  void badMermaid_namesFileLineAndColumn() {
    Path file = write("journey.mmd", "journey\n  section Purchase\n    Pays: 9: Ola\n");

    Run run = cjm("analyze", file);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "cjm: "
                + file
                + ": not a valid Mermaid journey diagram:\n"
                + file
                + ":3:11: score off the scale: expected a whole number from 1 to 5 (cjm reads 1..5"
                + " as the emotions -2..+2), but found \"9\"\n");
  }

  @Test
  void filesThatCannotBeRead_areNamedWithWhatIsWrong_withoutStackTraces() throws IOException {
    Path missing = folder.resolve("missing.yaml");
    Path notUtf8 =
        Files.write(folder.resolve("latin1.yaml"), new byte[] {'t', ':', ' ', (byte) 0xE9});
    Path text = write("notes.txt", "title: x");

    assertThat(cjm("analyze", missing).err()).isEqualTo("cjm: " + missing + ": no such file\n");
    assertThat(cjm("analyze", notUtf8).err())
        .isEqualTo("cjm: " + notUtf8 + ": not UTF-8 text; save the journey file as UTF-8\n");
    assertThat(cjm("analyze", folder).err())
        .isEqualTo("cjm: " + folder + ": a folder, not a journey file\n");
    assertThat(cjm("analyze", text).err())
        .isEqualTo(
            "cjm: "
                + text
                + ": unknown journey file type; expected a file ending in .json, .yaml, .yml,"
                + " .mmd, .mermaid, or --input-format json, yaml or mermaid\n");
    assertThat(
            cjm("render", yaml(RunningShoes.journey()), "-o", folder.resolve("no/map.svg")).err())
        .isEqualTo(
            "cjm: "
                + folder.resolve("no/map.svg")
                + ": cannot write it: its folder does not exist\n");
    for (Path file : new Path[] {missing, notUtf8, folder, text}) {
      assertThat(cjm("check", file).status()).isEqualTo(2);
    }
  }

  @Test
  void badCommandLine_saysWhatWasWrongAndWhereHelpIs_withStatusTwo() {
    Run unknownOption = cjm("render", "journey.yaml", "--colour", "red");
    Run noCommand = cjm();
    Run badTheme = cjm("render", "journey.yaml", "--theme", "pink");

    assertThat(unknownOption.status()).isEqualTo(2);
    assertThat(unknownOption.err())
        .isEqualTo("cjm: Unknown options: '--colour', 'red'\nTry 'cjm render --help'.\n");
    assertThat(noCommand.status()).isEqualTo(2);
    assertThat(noCommand.err())
        .isEqualTo(
            """
            cjm: missing command: expected render, analyze, check or mermaid
            Try 'cjm --help'.
            """);
    assertThat(badTheme.err())
        .startsWith("cjm: Invalid value for option '--theme': 'pink' is not a theme;");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "render", "analyze", "check", "mermaid", "mermaid import", "mermaid export"})
  void everyCommand_hasHelp(String command) {
    String[] args = (command + " --help").trim().split(" ");

    Run run = cjm((Object[]) args);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith(("Usage: cjm " + command).trim() + " [-hV]")
        .contains("-h, --help", "Exit status: 0 success; 1 check found");
  }

  @Test
  void version_isTheBuildsVersion() {
    Run run = cjm("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).matches("cjm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }
}
