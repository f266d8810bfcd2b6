package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README compiles against cjm as it is: each block becomes the body of a
 * method whose parameters are the names the README's prose takes as given ({@code journey}, {@code
 * current}, {@code report}, {@code writer}, …), unless the block declares them itself. A block that
 * opens with its imports is a whole class of the examples' package, compiled as it is.
 */
class ReadmeCodeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern DECLARATION =
      Pattern.compile("(?m)^\\s*[A-Z][\\w.]*(?:<[^>]*>)?\\s+(\\w+)\\s*=");
  private static final String[][] GIVEN = {
    {"Journey", "journey"},
    {"Journey", "current"},
    {"Journey", "future"},
    {"GapReport", "report"},
    {"java.io.Writer", "writer"},
    {"String", "mermaidSource"},
  };

  @Test
  void everyJavaBlockOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      sources.add(source("ReadmeBlock" + sources.size(), block.group(1)));
    }
    assertThat(sources).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(3);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString(),
              "-proc:none",
              "-Xlint:all",
              "-Werror");
      boolean compiled = compiler.getTask(null, files, diagnostics, options, null, sources).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        errors.add(
            d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
      assertThat(errors).as("compiler messages").isEmpty();
      assertThat(compiled).isTrue();
    }
  }

  private static JavaFileObject source(String name, String block) {
    if (block.startsWith("import ")) {
      // A whole test class, shown with its imports: it is in the examples' package.
      return fileObject(name, "package dev.cjm.examples;\n\n" + block);
    }
    Set<String> declared = new LinkedHashSet<>();
    Matcher declaration = DECLARATION.matcher(block);
    while (declaration.find()) {
      declared.add(declaration.group(1));
    }
    List<String> parameters = new ArrayList<>();
    for (String[] given : GIVEN) {
      if (!declared.contains(given[1])) {
        parameters.add(given[0] + " " + given[1]);
      }
    }
    String code =
        "import dev.cjm.core.*;\n"
            + "import dev.cjm.core.analysis.*;\n"
            + "import dev.cjm.core.diff.*;\n"
            + "import dev.cjm.core.observed.*;\n"
            + "import dev.cjm.core.mermaid.*;\n"
            + "import dev.cjm.core.json.*;\n"
            + "import dev.cjm.render.svg.*;\n"
            + "import java.util.Locale;\n"
            + "@SuppressWarnings(\"unused\")\n"
            + "class "
            + name
            + " {\n  static void run("
            + String.join(", ", parameters)
            + ") throws Exception {\n"
            + block
            + "\n  }\n}\n";
    return fileObject(name, code);
  }

  private static JavaFileObject fileObject(String name, String code) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
