package dev.cjm.render.svg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cjm.core.Journey;
import dev.cjm.core.diff.JourneyDiff;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render(journey, path)} replaces a map file as a user expects of a save: it keeps the
 * file's permissions and hard links, writes through a symbolic link, refuses a read-only file,
 * takes any name the file system takes, and never leaves a file half-written.
 */
class RenderToFileTest {
  private static final String OLD = "the old map";

  private final Journey journey = SampleJourneys.small();
  private final String map = SvgRenderer.create().render(journey);

  @TempDir Path dir;

  @Test
  void aPrivateFile_staysPrivate() throws IOException {
    assumePosix();
    Path file = Files.writeString(dir.resolve("map.svg"), OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    SvgRenderer.create().render(journey, file);

    assertThat(Files.readString(file, UTF_8)).isEqualTo(map);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aFileWithAHardLink_keepsItsInode_soTheLinkShowsTheNewMap() throws IOException {
    Path file = Files.writeString(dir.resolve("map.svg"), OLD);
    Path link = dir.resolve("published.svg");
    try {
      Files.createLink(link, file);
    } catch (UnsupportedOperationException | FileSystemException e) {
      assumeTrue(false, "no hard links here: " + e);
    }
    Object inode = Files.readAttributes(file, "basic:fileKey").get("fileKey");

    SvgRenderer.create().render(journey, file);

    assertThat(Files.readString(link, UTF_8)).isEqualTo(map);
    assertThat(Files.readAttributes(file, "basic:fileKey").get("fileKey")).isEqualTo(inode);
    assertThat(Files.isSameFile(file, link)).isTrue();
  }

  @Test
  void aSymbolicLink_staysALink_andItsTargetGetsTheMap() throws IOException {
    Path target =
        Files.writeString(Files.createDirectory(dir.resolve("maps")).resolve("a.svg"), OLD);
    Path link = dir.resolve("current.svg");
    try {
      Files.createSymbolicLink(link, Path.of("maps", "a.svg"));
    } catch (UnsupportedOperationException | FileSystemException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }

    SvgRenderer.create().render(JourneyDiff.between(journey, journey), link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target, UTF_8)).startsWith("<?xml").endsWith("</svg>\n");
    assertThat(partials()).isEmpty();
  }

  @Test
  void aReadOnlyFile_isRefused_andKept() throws IOException {
    assumePosix();
    Path file = Files.writeString(dir.resolve("map.svg"), OLD);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

    assertThatThrownBy(() -> SvgRenderer.create().render(journey, file))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("map.svg")
        .hasMessageContaining("read-only");
    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(partials()).isEmpty();
  }

  @Test
  void aDirectory_isRefused() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("map.svg"));

    assertThatThrownBy(() -> SvgRenderer.create().render(journey, directory))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("is a directory");
    assertThat(Files.isDirectory(directory)).isTrue();
  }

  @Test
  void aNameOfTheMostCharactersAFileSystemTakes_canBeWritten() throws IOException {
    for (int length : new int[] {224, 255}) {
      Path file = dir.resolve("m".repeat(length - 4) + ".svg");

      SvgRenderer.create().render(journey, file);
      SvgRenderer.create().render(journey, file); // and replaced

      assertThat(Files.readString(file, UTF_8)).isEqualTo(map);
    }
    assertThat(partials()).isEmpty();
  }

  @Test
  void anInterruptedRender_leavesTheFileAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("map.svg"), OLD);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> SvgRenderer.create().render(journey, file))
          .isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(Files.readString(file, UTF_8)).isEqualTo(OLD);
    assertThat(partials()).isEmpty();
  }

  /** The files beside the maps that are not maps: what a render left behind. */
  private Stream<Path> partials() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList().stream();
    }
  }

  private static void assumePosix() {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
  }
}
