package dev.cjm.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The cjm command line, for teams that keep journeys in files: renders a journey file (JSON, YAML
 * or Mermaid) as an SVG map, prints its gap report, checks it in CI, and converts Mermaid diagrams.
 * Run it from the repository's root after the build:
 *
 * <pre>{@code
 * ./mvnw -q test-compile exec:java@cli -Dexec.args="render journey.yaml --report -o map.svg"
 * ./mvnw -q test-compile exec:java@cli -Dexec.args="--help"
 * }</pre>
 *
 * <p>Exit status: 0 on success, 1 when {@code check} finds a pain point above its threshold, 2 on
 * bad input or a bad command line (the message, on standard error, names the file, line and
 * column), 3 on a bug in cjm (with its stack trace).
 */
@Command(
    name = "cjm",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Cjm.Version.class,
    description = "Customer journey maps as code: render, analyse and check journey files.",
    subcommands = {
      RenderCommand.class,
      AnalyzeCommand.class,
      CheckCommand.class,
      MermaidCommand.class
    },
    footer = {
      "",
      "Journey files: JSON (.json), YAML (.yaml, .yml) or Mermaid (.mmd, .mermaid).",
      "Exit status: 0 success; 1 check found a pain point above its threshold;",
      "2 bad input or command line; 3 a bug in cjm."
    })
public final class Cjm implements Runnable {
  /** Exit status of a command that did its work, and of a check that passed. */
  static final int OK = 0;

  /** Exit status of a check that found a pain point above its threshold. */
  static final int FOUND = 1;

  /** Exit status on bad input or a bad command line. */
  static final int BAD_INPUT = 2;

  /** Exit status on a bug in cjm. */
  static final int BUG = 3;

  @Spec
  @SuppressWarnings("NullAway.Init") // set by picocli
  private CommandSpec spec;

  private Cjm() {}

  /** Runs the command line with {@code args} and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line with {@code args}, writing to {@code out} and {@code err}, and returns
   * its exit status; for tests and for programs that embed the command line.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine =
        new CommandLine(new Cjm())
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(Cjm::badCommandLine)
            .setExecutionExceptionHandler(
                (exception, command, parseResult) -> failed(exception, command.getErr()));
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** A bad command line: what was wrong, and where to read how it should be. */
  private static int badCommandLine(ParameterException exception, String[] args) {
    PrintWriter err = exception.getCommandLine().getErr();
    err.println("cjm: " + exception.getMessage());
    err.println(
        "Try '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    return BAD_INPUT;
  }

  /** The exit status and message of a command that threw. */
  private static int failed(Exception exception, PrintWriter err) {
    if (exception instanceof InputError) {
      err.println("cjm: " + exception.getMessage());
      return BAD_INPUT;
    }
    err.println("cjm: internal error, please report it with the journey file:");
    exception.printStackTrace(err);
    return BUG;
  }

  /** Without a command: prints the usage. */
  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: expected render, analyze, check or mermaid");
  }

  /** The version of the build, from {@code version.properties} filled in by Maven. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Cjm.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"cjm " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
