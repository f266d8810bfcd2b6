package dev.cjm.core.observed;

import dev.cjm.core.Limits;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The pieces of {@link JourneyMonitor}'s byte form: texts and counts, checked when read. */
final class MonitorBytes {
  private MonitorBytes() {}

  /** A text: its length in UTF-8 bytes (an int), then the bytes. */
  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    // A text of Limits.MAX_TEXT_LENGTH characters takes at most 3 bytes each in UTF-8.
    int length = readCount(in, "text length", Limits.MAX_TEXT_LENGTH * 3);
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A count from 0 to {@code max}, or an error naming {@code what}. */
  static int readCount(DataInputStream in, String what, int max) throws IOException {
    int count = in.readInt();
    check(count >= 0 && count <= max, what + " out of range: " + count + ", expected 0 to " + max);
    return count;
  }

  static void check(boolean condition, String problem) throws IOException {
    if (!condition) {
      throw new IOException(problem);
    }
  }
}
