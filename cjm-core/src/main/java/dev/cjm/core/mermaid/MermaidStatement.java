package dev.cjm.core.mermaid;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a Mermaid {@code journey} diagram, as {@link MermaidScanner} reads it for {@link
 * JourneyParser}: its syntax checked, its texts decoded (entity codes replaced, {@code <br>} read
 * as a line break where names have them). Statements carry no positions: every problem that has a
 * line and column (a task before any section, too many sections or tasks included) is found by the
 * scanner.
 */
sealed interface MermaidStatement {

  /** {@code title Text}: the journey's title; the last one wins. */
  record Title(String text) implements MermaidStatement {}

  /** {@code accTitle: Text}: the accessibility title, possibly blank. */
  record AccessibilityTitle(String text) implements MermaidStatement {}

  /** {@code accDescr: Text} or {@code accDescr { … }}: the accessibility description. */
  record AccessibilityDescription(String text) implements MermaidStatement {}

  /**
   * {@code %% cjm-locale: pl}: the journey's locale, a comment to Mermaid that cjm writes after the
   * title when the journey is not in English; the last one wins.
   */
  record LocaleComment(Locale locale) implements MermaidStatement {
    /** What follows {@code %%} (and optional white space) in the comment. */
    static final String MARKER = "cjm-locale:";
  }

  /**
   * {@code %% cjm: optional} or {@code %% cjm: one-of entry}: the choice the plan leaves at the
   * next task, a comment to Mermaid that cjm writes before the task; {@code group} is null for an
   * optional task.
   */
  record ChoiceComment(boolean optional, @Nullable String group) implements MermaidStatement {
    /** What follows {@code %%} (and optional white space) in the comment. */
    static final String MARKER = "cjm:";
  }

  /** {@code section Name}: starts a stage. */
  record Section(String name) implements MermaidStatement {}

  /**
   * {@code Name: score: actors}: a touchpoint of the last section (there is one), with its score
   * 1..5 and its actors, empty entries left out.
   */
  record Task(String name, int score, List<String> actors) implements MermaidStatement {}
}
