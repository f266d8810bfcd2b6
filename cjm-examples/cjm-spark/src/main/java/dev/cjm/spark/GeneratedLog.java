package dev.cjm.spark;

import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.EventLogGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated event log to try the Spark job on, for whoever has no log at hand: {@code
 * GeneratedLog FILE CASES [PLAN]} writes CASES cases of the gallery journey PLAN ({@code
 * click-and-collect} unless given) with {@link EventLogGenerator}'s known rates (15 % drop-off
 * after each step, 8 % failures, 10 % detours, 5 % long waits), seeded, in the columns the job
 * reads unless told otherwise.
 */
public final class GeneratedLog {
  private GeneratedLog() {}

  /**
   * Writes the log.
   *
   * @param args FILE CASES [PLAN]
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GeneratedLog FILE CASES [PLAN]");
      System.exit(2);
    }
    int cases;
    try {
      cases = Integer.parseInt(args[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "CASES is " + args[1] + "; give a number such as 10000", e);
    }
    String plan = args.length == 3 ? args[2] : "click-and-collect";
    EventLogGenerator generator =
        new EventLogGenerator(GalleryPlans.named(plan), 0.15, 0.08, 0.10, 0.05);
    Path file = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long events = generator.write(ClickAndCollect.SEED, cases, out);
      System.out.printf("%,d cases of %s, %,d events: %s%n", cases, plan, events, file);
    }
  }
}
