package dev.cjm.examples.cli;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.render.svg.SvgRenderer;
import dev.cjm.render.svg.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code cjm render}: a journey file as an SVG map, for people who want the picture. */
@Command(
    name = "render",
    description = "Renders a journey file as an SVG map (to standard output unless -o is given).")
final class RenderCommand implements Callable<Integer> {
  @Mixin
  @SuppressWarnings("NullAway.Init") // set by picocli
  private JourneyInput input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<out.svg>",
      description = "The SVG file to write.")
  private @Nullable Path output;

  @Option(
      names = "--report",
      description = "Analyse the journey and mark its pain points on the map, with a panel.")
  private boolean report;

  @Option(
      names = "--findings-list",
      description = "Also list every finding in the panel (implies --report).")
  private boolean findingsList;

  @Option(names = "--overview", description = "The one-slide overview instead of the full map.")
  private boolean overview;

  @Option(
      names = "--locale",
      paramLabel = "<language>",
      converter = Locales.class,
      description = "The language of the map's words (en, pl, …); the journey's unless given.")
  private @Nullable Locale locale;

  @Option(
      names = "--theme",
      paramLabel = "<theme>",
      converter = ThemeName.class,
      description = "light (the default), dark or high-contrast.")
  private @Nullable Theme theme;

  @Spec
  @SuppressWarnings("NullAway.Init") // set by picocli
  private CommandSpec spec;

  @Override
  public Integer call() {
    Journey journey = input.journey();
    SvgRenderer.Builder renderer =
        SvgRenderer.builder().overview(overview).findingsList(findingsList);
    if (locale != null) {
      renderer.locale(locale);
    }
    if (theme != null) {
      renderer.theme(theme);
    }
    SvgRenderer svg = renderer.build();
    JourneyFiles.write(
        output,
        spec.commandLine().getOut(),
        out -> {
          if (report || findingsList) {
            svg.render(journey, GapAnalysis.standard().analyze(journey), out);
          } else {
            svg.render(journey, out);
          }
        });
    return Cjm.OK;
  }

  /** Reads {@code --theme}: a theme's name. */
  static final class ThemeName implements ITypeConverter<Theme> {
    @Override
    public Theme convert(String name) {
      return Theme.named(name)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + name + "' is not a theme; expected light, dark or high-contrast"));
    }
  }
}
