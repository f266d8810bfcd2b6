package dev.cjm.render.svg.internal.svg;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes a map to a file, for {@code SvgRenderer.render(journey, path)}: the map is written whole
 * to a new file beside the one it is for, then put in its place, so a render that fails leaves an
 * existing file as it was. How it is put in place follows vim's {@code backupcopy=auto}:
 *
 * <ul>
 *   <li>A new file, or an existing one of the writer's own with no other hard link, is replaced by
 *       the new file in one atomic move: a reader sees the old map or the new one, never part of
 *       one. An existing file's permissions are given to the new one first.
 *   <li>A file with other hard links, or owned by another user, is written in place, its contents
 *       replaced by the new file's: it keeps its inode, its links, its owner and its permissions. A
 *       reader may see the map half-copied for that moment, and a full disk can leave it so.
 *   <li>A symbolic link is followed, as far as it leads: its target gets the map, and the link
 *       stays a link.
 *   <li>A read-only file (one the writer could not write, or that no one may) is refused with an
 *       {@link AccessDeniedException} before anything is rendered, as is a directory.
 * </ul>
 *
 * <p>The new file's name is short ({@code .cjm-1f2e3d4c.tmp}), so any name the file system takes
 * for the map (255 bytes on most) can be written beside it.
 */
public final class MapFile {
  /** Where the symbolic links followed end, beyond which the path is refused (Linux: 40). */
  private static final int MAX_LINKS = 40;

  private MapFile() {}

  /** What goes into the file: the map, written to a {@link Writer}. */
  @FunctionalInterface
  public interface Contents {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes to {@code file} in UTF-8 what {@code contents} writes, as the class describes. */
  public static void write(Path file, Contents contents) throws IOException {
    Path target = linkTarget(file);
    boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (exists) {
      checkWritable(target);
    }
    Path partial = createPartial(target);
    try {
      try (Writer writer =
          Files.newBufferedWriter(partial, UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
        contents.writeTo(writer);
      }
      if (exists && !replaceable(target, partial)) {
        try (OutputStream out =
            Files.newOutputStream(
                target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          Files.copy(partial, out);
        }
      } else {
        if (exists) {
          copyPermissions(target, partial);
        }
        move(partial, target);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Where {@code file} leads: itself, or the end of the symbolic links it is. */
  private static Path linkTarget(Path file) throws IOException {
    Path path = file;
    for (int links = 0; Files.isSymbolicLink(path); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(
            file.toString(), null, "more than " + MAX_LINKS + " symbolic links in a row");
      }
      path = path.resolveSibling(Files.readSymbolicLink(path));
    }
    return path;
  }

  /** Refuses a directory and a read-only file: the map must not replace either. */
  private static void checkWritable(Path target) throws IOException {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(
          target.toString(), null, "is a directory; expected a file such as journey.svg");
    }
    if (!Files.isWritable(target) || writableByNoOne(target)) {
      throw new AccessDeniedException(
          target.toString(),
          null,
          "the file is read-only, so the map was not written; make it writable or choose"
              + " another path");
    }
  }

  /**
   * True if {@code target}'s POSIX permissions let no one write it (root could, but should not).
   */
  private static boolean writableByNoOne(Path target) throws IOException {
    PosixFileAttributeView posix = posixView(target);
    if (posix == null) {
      return false;
    }
    Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
    return !permissions.contains(PosixFilePermission.OWNER_WRITE)
        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
  }

  /**
   * A new, empty file beside {@code target}, hidden, with a short random name, and the permissions
   * a new file gets there (not those of {@code Files.createTempFile}, private to the owner).
   */
  private static Path createPartial(Path target) throws IOException {
    while (true) {
      String name =
          String.format(Locale.ROOT, ".cjm-%08x.tmp", ThreadLocalRandom.current().nextInt());
      try {
        return Files.createFile(target.resolveSibling(name));
      } catch (FileAlreadyExistsException taken) {
        // Another render's; one in four billion. Draw again.
      }
    }
  }

  /**
   * True if moving the new file onto {@code target} loses nothing: {@code target} has no other hard
   * link, and the new file has the same owner. Where the file system cannot tell, it is assumed.
   */
  private static boolean replaceable(Path target, Path partial) throws IOException {
    try {
      Object links = Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
      if (links instanceof Integer count && count > 1) {
        return false;
      }
    } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
      // No link count here (Windows): nothing to keep.
    }
    try {
      return Files.getOwner(target).equals(Files.getOwner(partial));
    } catch (UnsupportedOperationException noOwners) {
      return true;
    }
  }

  /** Gives {@code partial} the POSIX permissions of {@code target}, where there are any. */
  private static void copyPermissions(Path target, Path partial) throws IOException {
    PosixFileAttributeView from = posixView(target);
    PosixFileAttributeView to = posixView(partial);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  private static @Nullable PosixFileAttributeView posixView(Path path) {
    return Files.getFileAttributeView(
        path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
  }

  /** Moves {@code partial} onto {@code target}, atomically where the file system can. */
  private static void move(Path partial, Path target) throws IOException {
    try {
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
