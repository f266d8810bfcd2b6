package dev.cjm.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.render.svg.internal.layout.MapLayouter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline runs one way: the public package uses the internal ones, never the other way round.
 * Read from the compiled classes, whose constant pools name every class they use.
 */
class InternalDependenciesTest {
  /** A class of the public package, in the internal form a class file names it by. */
  private static final Pattern PUBLIC_CLASS =
      Pattern.compile("dev/cjm/render/svg/(?!internal/)[A-Za-z$]+");

  @Test
  void noInternalClass_usesAClassOfThePublicPackage() throws IOException, URISyntaxException {
    Path classes =
        Path.of(MapLayouter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path internal = classes.resolve("dev/cjm/render/svg/internal");
    List<String> uses = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(internal)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      Matcher matcher = PUBLIC_CLASS.matcher(bytes);
      while (matcher.find()) {
        uses.add(classes.relativize(file) + " uses " + matcher.group());
      }
    }

    assertThat(files).as("the internal classes").hasSizeGreaterThan(30);
    assertThat(uses).isEmpty();
  }
}
