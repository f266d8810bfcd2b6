package dev.cjm.core.mermaid;

import static dev.cjm.core.internal.Figures.count;
import static dev.cjm.core.mermaid.MermaidText.decode;
import static dev.cjm.core.mermaid.MermaidText.entityEnd;
import static dev.cjm.core.mermaid.MermaidText.isSpace;
import static dev.cjm.core.mermaid.MermaidText.isSpaceOrNewline;
import static dev.cjm.core.mermaid.MermaidText.keywordEnd;
import static dev.cjm.core.mermaid.MermaidText.trimEnd;
import static dev.cjm.core.mermaid.MermaidText.trimStart;

import dev.cjm.core.InvalidJourneyException;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Limits;
import dev.cjm.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a Mermaid {@code journey} diagram, statement by statement, in one forward pass
 * with no regular expressions and no recursion: every loop moves forward through the text, so time
 * is linear in its length and the stack depth is constant.
 */
final class JourneyParser {
  /** The title of a diagram that has none; the model requires one. */
  static final String UNTITLED = "Untitled journey";

  private static final String STATEMENTS =
      "a task (Name: score: actors), title, accTitle:, accDescr:, accDescr {, section or a %%"
          + " comment";

  private final String text;
  private final int length;
  private boolean journeySeen;
  private @Nullable String title;
  private @Nullable String accessibilityTitle;
  private @Nullable String accessibilityDescription;
  private final List<Section> sections = new ArrayList<>();
  private int tasks;

  private static final class Section {
    final String name;
    final List<Task> tasks = new ArrayList<>();

    Section(String name) {
      this.name = name;
    }
  }

  private static final class Task {
    final String name;
    final int score;
    final List<String> actors;

    Task(String name, int score, List<String> actors) {
      this.name = name;
      this.score = score;
      this.actors = actors;
    }
  }

  private JourneyParser(String text) {
    this.text = text;
    this.length = text.length();
  }

  static Journey parse(String source) {
    return new JourneyParser(normalize(source)).run();
  }

  /**
   * Drops a leading byte order mark and turns CR LF and lone CR into LF, as Mermaid does; lines and
   * columns stay those of the original text.
   */
  static String normalize(String source) {
    int start = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? 1 : 0;
    if (source.indexOf('\r') < 0) {
      return source.substring(start);
    }
    StringBuilder out = new StringBuilder(source.length());
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private Journey run() {
    checkUnicode();
    int i = skipFrontMatter();
    while (i < length) {
      i = statement(i);
    }
    if (!journeySeen) {
      throw error(
          length,
          "not a journey diagram",
          length,
          "the keyword journey (after optional front matter, directives and comments)");
    }
    return build();
  }

  private void checkUnicode() {
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(i, "invalid Unicode (unpaired surrogate)", i + 1, "a complete surrogate pair");
      }
    }
  }

  /** Skips a front matter block ({@code ---} lines around YAML) at the very start. */
  private int skipFrontMatter() {
    if (!isFence(0)) {
      return 0;
    }
    int i = lineEnd(0) + 1;
    while (i < length) {
      if (isFence(i)) {
        return lineEnd(i) + 1;
      }
      i = lineEnd(i) + 1;
    }
    throw error(0, "front matter not closed", 3, "a line --- closing the front matter");
  }

  private boolean isFence(int lineStart) {
    if (!text.startsWith("---", lineStart)) {
      return false;
    }
    int end = lineEnd(lineStart);
    return trimEnd(text, lineStart + 3, end) == lineStart + 3;
  }

  // The end of the line last searched: statements that end mid-line (a directive, an accDescr
  // block) start the next statement on the same line, and must not scan the line again, or a
  // long line of them would cost time quadratic in its length.
  private int cachedLineStart = -1;
  private int cachedLineEnd = -1;

  private int lineEnd(int from) {
    if (from >= cachedLineStart && from <= cachedLineEnd) {
      return cachedLineEnd;
    }
    int end = text.indexOf('\n', from);
    cachedLineStart = from;
    cachedLineEnd = end < 0 ? length : end;
    return cachedLineEnd;
  }

  /** Reads the statement starting at or after {@code start}; returns where the next one starts. */
  private int statement(int start) {
    int end = lineEnd(start);
    int i = start;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    if (i == end) {
      return end + 1;
    }
    char c = text.charAt(i);
    if (text.startsWith("%%{", i)) {
      return skipDirective(i);
    }
    if (text.startsWith("%%", i) || (c != '}' && text.startsWith("%%", i + 1) && i + 1 < end)) {
      return end + 1; // a comment
    }
    if (c == '#' && entityEnd(text, i, end) < 0) {
      return end + 1; // a comment
    }
    int keyword = keywordEnd(text, i, end, "journey");
    if (!journeySeen) {
      if (keyword < 0) {
        throw error(
            i,
            "not a journey diagram",
            end,
            "the keyword journey (after optional front matter, directives and comments)");
      }
      journeySeen = true;
      return keyword;
    }
    if (keyword >= 0) {
      throw error(i, "second journey keyword", keyword, STATEMENTS);
    }
    if ((keyword = keywordEnd(text, i, end, "title")) >= 0) {
      return title(keyword + 1, end);
    }
    if ((keyword = keywordEnd(text, i, end, "acctitle")) >= 0) {
      if (text.charAt(keyword) == ':') {
        accessibilityTitle = oneLineValue(keyword + 1, end);
        return end + 1;
      }
      throw error(keyword, "accTitle without a colon", keyword + 1, "accTitle: followed by text");
    }
    if ((keyword = keywordEnd(text, i, end, "accdescr")) >= 0) {
      if (text.charAt(keyword) == ':') {
        accessibilityDescription = oneLineValue(keyword + 1, end);
        return end + 1;
      }
      return descriptionBlock(i, keyword + 1);
    }
    if ((keyword = keywordEnd(text, i, end, "section")) >= 0) {
      return section(keyword + 1, end);
    }
    return task(i, end);
  }

  private int skipDirective(int start) {
    int close = text.indexOf("}%%", start + 3);
    if (close < 0) {
      throw error(start, "directive not closed", start + 3, "}%% closing the %%{ directive");
    }
    return close + 3;
  }

  private int title(int from, int end) {
    int stop = valueEnd(from, end, false);
    int valueStart = trimStart(text, from, stop);
    int valueEnd = trimEnd(text, valueStart, stop);
    if (valueStart == valueEnd) {
      throw error(valueStart, "empty title", stop, "the journey's title after title");
    }
    String value = checkLength(decode(text, valueStart, valueEnd, false), valueStart, "title");
    if (isBlank(value)) {
      throw error(valueStart, "blank title", valueEnd, "a title with some visible text");
    }
    title = value;
    return end + 1;
  }

  /** The text of accTitle: and accDescr:, to the end of the line; blank means none. */
  private @Nullable String oneLineValue(int from, int end) {
    int valueStart = trimStart(text, from, end);
    int valueEnd = trimEnd(text, valueStart, end);
    String value =
        checkLength(decode(text, valueStart, valueEnd, false), valueStart, "accessibility text");
    return isBlank(value) ? null : value;
  }

  /** {@code accDescr { … }}, over any number of lines; Mermaid drops the indentation of each. */
  private int descriptionBlock(int keywordStart, int from) {
    int close = text.indexOf('}', from);
    if (close < 0) {
      throw error(
          keywordStart, "accDescr { not closed", from, "a } ending the accessibility description");
    }
    int valueStart = trimStart(text, from, close);
    int valueEnd = trimEnd(text, valueStart, close);
    StringBuilder collapsed = new StringBuilder(valueEnd - valueStart);
    for (int i = valueStart; i < valueEnd; i++) {
      char c = text.charAt(i);
      collapsed.append(c);
      if (c == '\n') {
        while (i + 1 < valueEnd && isSpaceOrNewline(text.charAt(i + 1))) {
          i++;
        }
      }
    }
    String raw = collapsed.toString();
    String value = checkLength(decode(raw, 0, raw.length(), false), valueStart, "description");
    accessibilityDescription = isBlank(value) ? null : value;
    return close + 1;
  }

  private int section(int from, int end) {
    int stop = valueEnd(from, end, true);
    if (stop < end && text.charAt(stop) == ':') {
      throw error(
          stop,
          "colon in a section name",
          stop + 1,
          "the end of the section line (write #58; for a colon in a name)");
    }
    int nameStart = trimStart(text, from, stop);
    int nameEnd = trimEnd(text, nameStart, stop);
    String name = checkLength(decode(text, nameStart, nameEnd, true), nameStart, "section name");
    if (isBlank(name)) {
      throw error(nameStart, "empty section name", Math.max(nameEnd, stop), "a section name");
    }
    if (sections.size() == Limits.MAX_STAGES) {
      throw error(
          nameStart,
          "more than " + count(Limits.MAX_STAGES) + " sections (Limits.MAX_STAGES)",
          nameEnd,
          "at most " + count(Limits.MAX_STAGES) + " sections; split the diagram");
    }
    sections.add(new Section(name));
    return end + 1;
  }

  private int task(int start, int end) {
    int colon = valueEnd(start, end, true);
    if (colon == end || text.charAt(colon) != ':') {
      throw error(start, "unknown statement", colon, STATEMENTS);
    }
    int nameEnd = trimEnd(text, start, colon);
    if (nameEnd == start) {
      throw error(start, "missing task name", colon + 1, "a task name before the colon");
    }
    String name = checkLength(decode(text, start, nameEnd, true), start, "task name");
    if (isBlank(name)) {
      throw error(start, "blank task name", nameEnd, "a task name with some visible text");
    }
    if (++tasks > Limits.MAX_TOUCHPOINTS) {
      throw error(
          start,
          "more than " + count(Limits.MAX_TOUCHPOINTS) + " tasks (Limits.MAX_TOUCHPOINTS)",
          nameEnd,
          "at most " + count(Limits.MAX_TOUCHPOINTS) + " tasks; split the diagram");
    }
    if (sections.isEmpty()) {
      throw error(
          start,
          "task before any section",
          nameEnd,
          "a section line (section Name) before the first task");
    }
    int dataEnd = valueEnd(colon + 1, end, false);
    int secondColon = indexOf(':', colon + 1, dataEnd);
    int score = score(colon + 1, secondColon < 0 ? dataEnd : secondColon);
    List<String> actors = new ArrayList<>();
    if (secondColon >= 0) {
      int thirdColon = indexOf(':', secondColon + 1, dataEnd);
      actors(secondColon + 1, thirdColon < 0 ? dataEnd : thirdColon, actors);
      if (thirdColon >= 0) {
        int rest = trimStart(text, thirdColon + 1, dataEnd);
        for (int k = rest; k < dataEnd; k++) {
          if (text.charAt(k) != ':' && !isSpace(text.charAt(k))) {
            throw error(
                thirdColon,
                "text after the actors",
                dataEnd,
                "the end of the task line after the actors (write #58; for a colon in a name)");
          }
        }
      }
    }
    sections.get(sections.size() - 1).tasks.add(new Task(name, score, actors));
    return end + 1;
  }

  private int score(int from, int to) {
    int start = trimStart(text, from, to);
    int end = trimEnd(text, start, to);
    if (start == end) {
      throw error(start, "missing score", to, "a whole number from 1 to 5 after the task's colon");
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw error(start, "score is not a whole number", end, "a whole number from 1 to 5");
      }
      value = Math.min(value * 10 + (c - '0'), 1000);
    }
    if (value < 1 || value > 5) {
      throw error(
          start,
          "score off the scale",
          end,
          "a whole number from 1 to 5 (cjm reads 1..5 as the emotions -2..+2)");
    }
    return value;
  }

  private void actors(int from, int to, List<String> actors) {
    int i = from;
    while (i <= to) {
      int comma = indexOf(',', i, to);
      int pieceEnd = comma < 0 ? to : comma;
      int start = trimStart(text, i, pieceEnd);
      int end = trimEnd(text, start, pieceEnd);
      String actor = checkLength(decode(text, start, end, true), start, "actor");
      if (!isBlank(actor)) {
        actors.add(actor); // empty entries, as in "Task: 5:" or "A, , B", are no actors
      }
      i = pieceEnd + 1;
    }
  }

  /**
   * Where the text of a statement that started before {@code from} ends: at the line's end, at a
   * {@code #} that starts a comment, or (if {@code colonEnds}) at a colon. A semicolon there is an
   * error, as in Mermaid.
   */
  private int valueEnd(int from, int end, boolean colonEnds) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '#') {
        int entity = entityEnd(text, i, end);
        if (entity < 0) {
          return i;
        }
        i = entity;
        continue;
      }
      if (c == ';') {
        throw error(
            i,
            "semicolon outside accTitle and accDescr",
            i + 1,
            "#59; for a semicolon in a name, or the end of the line");
      }
      if (c == ':' && colonEnds) {
        return i;
      }
      i++;
    }
    return end;
  }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The text, when it is within {@link Limits#MAX_TEXT_LENGTH}; otherwise an error at start. */
  private String checkLength(String value, int start, String what) {
    if (value.length() > Limits.MAX_TEXT_LENGTH) {
      throw error(
          start,
          what + " of " + count(value.length()) + " characters (Limits.MAX_TEXT_LENGTH)",
          start,
          "a " + what + " of at most " + count(Limits.MAX_TEXT_LENGTH) + " characters");
    }
    return value;
  }

  private static boolean isBlank(String value) {
    return Texts.isBlank(value);
  }

  private Journey build() {
    JourneyBuilder journey = Journey.builder(title == null ? UNTITLED : title);
    if (accessibilityTitle != null) {
      journey.accessibilityTitle(accessibilityTitle);
    }
    if (accessibilityDescription != null) {
      journey.accessibilityDescription(accessibilityDescription);
    }
    String persona = persona(sections);
    if (persona != null) {
      journey.persona(persona);
    }
    IdAllocator ids = new IdAllocator();
    for (Section section : sections) {
      String stageId = ids.next("stage", section.name);
      List<String> touchpointIds = new ArrayList<>();
      section.tasks.forEach(task -> touchpointIds.add(ids.next("touchpoint", task.name)));
      journey.stage(
          section.name,
          stage -> {
            stage.id(stageId);
            for (int k = 0; k < section.tasks.size(); k++) {
              Task task = section.tasks.get(k);
              String touchpointId = touchpointIds.get(k);
              stage.touchpoint(
                  task.name,
                  touchpoint -> {
                    touchpoint.id(touchpointId).emotion(task.score - 3);
                    List<String> actors =
                        persona == null ? task.actors : task.actors.subList(1, task.actors.size());
                    actors.forEach(touchpoint::actor);
                  });
            }
          });
    }
    try {
      return journey.build();
    } catch (InvalidJourneyException e) {
      // The parser checks every limit it can place (lengths, sections, tasks); what remains is the
      // size of the journey as a whole (Limits.MAX_TEXTS, MAX_TOTAL_TEXT_LENGTH, an id over the
      // length limit), reported at the end of the diagram.
      throw error(
          length,
          "diagram too large for one journey: " + e.problems().get(0).message(),
          length,
          "a smaller diagram within the Limits of a journey");
    }
  }

  /**
   * The persona: the first actor of every task, when the diagram has tasks and every one of them
   * names the same first actor; otherwise none.
   */
  static @Nullable String persona(List<Section> sections) {
    String persona = null;
    for (Section section : sections) {
      for (Task task : section.tasks) {
        if (task.actors.isEmpty()) {
          return null;
        }
        String first = task.actors.get(0);
        if (persona == null) {
          persona = first;
        } else if (!persona.equals(first)) {
          return null;
        }
      }
    }
    return persona;
  }

  /** An error at {@code position}, with the text from there to {@code offendingEnd}. */
  private MermaidSyntaxException error(
      int position, String problem, int offendingEnd, String expected) {
    return error(text, position, problem, offendingEnd, expected);
  }

  /**
   * An error at {@code position} of {@code text}, with its line and column (in code points) and the
   * text from there to {@code offendingEnd} (at most 1,000 characters).
   */
  static MermaidSyntaxException error(
      CharSequence text, int position, String problem, int offendingEnd, String expected) {
    int length = text.length();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position && i < length; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int at = Math.min(position, length);
    int column = 1 + Character.codePointCount(text, lineStart, at);
    int end = Math.min(Math.max(offendingEnd, at), Math.min(length, at + 1000));
    return new MermaidSyntaxException(
        line, column, problem, text.subSequence(at, end).toString(), expected);
  }
}
