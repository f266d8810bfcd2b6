package dev.cjm.examples.cli;

import com.google.common.base.Throwables;
import dev.cjm.core.Journey;
import dev.cjm.core.json.DocumentProblem;
import dev.cjm.core.json.InvalidDocumentException;
import dev.cjm.core.mermaid.MermaidSyntaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reading journey files and writing the command line's outputs, with every failure turned into an
 * {@link InputError} that names the file, and the line and column of each problem the parsers
 * report ({@code journey.yaml:12:14: /stages/0/touchpoints/1/emotion: …}).
 */
final class JourneyFiles {
  private JourneyFiles() {}

  /**
   * Reads the journey in {@code file}, in {@code format} or, when that is null, the format of the
   * file's extension.
   *
   * @throws InputError if the file cannot be read or is not a valid journey
   */
  static Journey read(Path file, @Nullable JourneyFormat format) {
    if (Files.isDirectory(file)) {
      throw new InputError(file + ": a folder, not a journey file");
    }
    JourneyFormat chosen = format != null ? format : formatOf(file);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return chosen.parse(reader);
    } catch (InvalidDocumentException e) {
      if (causedByBadBytes(e)) {
        // The YAML reader reports the file's bad bytes as a problem of the document.
        throw new InputError(notUtf8(file));
      }
      throw new InputError(problems(file, e));
    } catch (MermaidSyntaxException e) {
      throw new InputError(problem(file, e));
    } catch (UncheckedIOException e) {
      // An UncheckedIOException always has its IOException as cause.
      throw new InputError(cannotRead(file, Objects.requireNonNull(e.getCause())));
    } catch (IOException e) {
      throw new InputError(cannotRead(file, e));
    }
  }

  /** True if the exception comes from bytes that are not UTF-8. */
  private static boolean causedByBadBytes(Exception e) {
    return Throwables.getCausalChain(e).stream()
        .anyMatch(cause -> cause instanceof CharacterCodingException);
  }

  /** The format of a file's extension, or an error listing the extensions cjm knows. */
  private static JourneyFormat formatOf(Path file) {
    return JourneyFormat.ofFile(file)
        .orElseThrow(
            () ->
                new InputError(
                    file
                        + ": unknown journey file type; expected a file ending in "
                        + JourneyFormat.allExtensions()
                        + ", or --input-format json, yaml or mermaid"));
  }

  /** A document's problems, one line each, under a line that counts them. */
  private static String problems(Path file, InvalidDocumentException e) {
    int count = e.problems().size();
    StringBuilder message =
        new StringBuilder(file.toString())
            .append(": not a valid journey document, ")
            .append(count)
            .append(count == 1 ? " problem:" : " problems:");
    for (DocumentProblem problem : e.problems()) {
      message
          .append('\n')
          .append(place(file, problem.line(), problem.column()))
          .append(problem.pointer().isEmpty() ? "/" : problem.pointer())
          .append(": ")
          .append(problem.message());
    }
    return message.toString();
  }

  /** A Mermaid syntax error: its place, then its message without the place it starts with. */
  private static String problem(Path file, MermaidSyntaxException e) {
    String message = String.valueOf(e.getMessage());
    String place = String.format(Locale.ROOT, "line %d, column %d: ", e.line(), e.column());
    if (message.startsWith(place)) {
      message = message.substring(place.length());
    }
    return file
        + ": not a valid Mermaid journey diagram:\n"
        + place(file, e.line(), e.column())
        + message;
  }

  /** {@code file:line:column: }, the place editors and CI logs link to. */
  private static String place(Path file, int line, int column) {
    return String.format(Locale.ROOT, "%s:%d:%d: ", file, line, column);
  }

  private static String notUtf8(Path file) {
    return file + ": not UTF-8 text; save the journey file as UTF-8";
  }

  private static String cannotRead(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return file + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return file + ": not allowed to read it";
    }
    if (e instanceof CharacterCodingException) {
      return notUtf8(file);
    }
    return file + ": cannot read it: " + e.getMessage();
  }

  /** A destination of output: a file given with {@code -o}, or standard output. */
  interface Output {
    void write(Writer writer) throws IOException;
  }

  /**
   * Writes output to {@code file} as UTF-8, or to {@code standardOutput} when the file is null.
   *
   * @throws InputError if the file cannot be written
   */
  static void write(@Nullable Path file, Writer standardOutput, Output output) {
    if (file == null) {
      try {
        output.write(standardOutput);
        standardOutput.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      output.write(writer);
    } catch (NoSuchFileException e) {
      throw new InputError(file + ": cannot write it: its folder does not exist");
    } catch (AccessDeniedException e) {
      throw new InputError(file + ": cannot write it: not allowed");
    } catch (IOException e) {
      throw new InputError(file + ": cannot write it: " + e.getMessage());
    }
  }
}
