package dev.cjm.core.mermaid;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cjm.core.internal.Figures.count;

import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads and writes Mermaid {@code journey} diagrams, the text format for user journeys that GitHub,
 * GitLab and many Markdown tools render. For teams that keep journeys in Markdown and want cjm's
 * validation, gap analysis and maps, and for putting a cjm journey into any Markdown page.
 *
 * <p>Reading maps a section to a {@link dev.cjm.core.Stage}, a task to a {@link
 * dev.cjm.core.Touchpoint} with the emotion score − 3 and the task's actors, and the first actor,
 * when every task names it first, to the persona. Writing maps back, rounding emotions to the
 * nearest score 1..5, and says in {@code %%} comments what Mermaid cannot express. A journey not in
 * English has its locale written in a comment Mermaid ignores and cjm reads back, {@code %%
 * cjm-locale: pl}; so is a plan's choice, before its task: {@code %% cjm: optional}, {@code %% cjm:
 * one-of entry}. The module's README gives the whole mapping.
 */
public final class MermaidJourney {
  private MermaidJourney() {}

  /**
   * Reads a Mermaid {@code journey} diagram into a valid journey. Time is linear in the length of
   * the text, and no text makes it hang or overflow the stack. A diagram longer than {@link
   * Limits#MAX_MERMAID_LENGTH} characters, or one whose journey would be over the other {@link
   * Limits}, is rejected with a {@link MermaidSyntaxException} naming the limit.
   *
   * @throws MermaidSyntaxException if the text is not a journey diagram cjm can read, with the line
   *     and column of the first error, what was found there and what was expected
   */
  public static Journey parse(String mermaid) {
    checkNotNull(mermaid, "parse(null): pass the text of a Mermaid journey diagram");
    if (mermaid.length() > Limits.MAX_MERMAID_LENGTH) {
      throw tooLong(mermaid);
    }
    return JourneyParser.parse(mermaid);
  }

  /**
   * Reads a Mermaid {@code journey} diagram from {@code reader} (to its end, without closing it).
   * It reads no more than {@link Limits#MAX_MERMAID_LENGTH} characters and one more, so a reader of
   * endless text gets the same {@link MermaidSyntaxException} as a text over the limit.
   *
   * @throws MermaidSyntaxException as {@link #parse(String)} does
   * @throws UncheckedIOException if the reader fails
   */
  public static Journey parse(Reader reader) {
    checkNotNull(reader, "parse(null): pass a reader of a Mermaid journey diagram");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > Limits.MAX_MERMAID_LENGTH) {
          throw tooLong(text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the Mermaid journey diagram", e);
    }
    return JourneyParser.parse(text.toString());
  }

  /**
   * The error for a diagram over the limit, placed at its first character over the limit and
   * showing the text from there.
   */
  private static MermaidSyntaxException tooLong(CharSequence text) {
    int limit = Limits.MAX_MERMAID_LENGTH;
    return MermaidScanner.error(
        text,
        limit,
        "diagram longer than " + count(limit) + " characters (Limits.MAX_MERMAID_LENGTH)",
        text.length(),
        "a diagram of at most " + count(limit) + " characters; split it into several journeys");
  }

  /**
   * Writes a journey as a Mermaid {@code journey} diagram, ending with a line feed. Everything
   * Mermaid can express is written so that {@link #parse(String)} reads it back; what it cannot
   * (barriers, opportunities, channels, expected emotions, …) is named in {@code %%} comments.
   *
   * <p>Ids are not written: {@link #parse(String)} derives them from the names as the DSL does (a
   * given id that differs is named in a comment), and does not count them as texts of the journey,
   * so a journey within the {@link Limits} reads back within them.
   *
   * @throws IllegalArgumentException if the diagram would be longer than {@link
   *     Limits#MAX_MERMAID_LENGTH} characters, which {@link #parse(String)} would reject (a journey
   *     near the text limits whose texts need many entity codes, such as names full of {@code #}),
   *     with its length and the limit
   */
  public static String format(Journey journey) {
    checkNotNull(journey, "format(null): pass a journey");
    return JourneyWriter.write(journey);
  }
}
