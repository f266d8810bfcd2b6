package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What cjm refuses to read, and how it says so: every error names the line and column (counted from
 * 1, in code points), what it found there and what it expected instead.
 */
class MermaidJourneyErrorTest {

  private static MermaidSyntaxException errorOf(String text) {
    MermaidSyntaxException error =
        catchThrowableOfType(MermaidSyntaxException.class, () -> MermaidJourney.parse(text));
    assertThat(error).as("parse(%s) should fail", text).isNotNull();
    return error;
  }

  private static void assertError(String text, int line, int column, String message) {
    MermaidSyntaxException error = errorOf(text);
    assertThat(error.line()).as("line").isEqualTo(line);
    assertThat(error.column()).as("column").isEqualTo(column);
    assertThat(error).hasMessage(message);
  }

  @Test
  void parse_emptyText_isNotAJourney() {
    assertError(
        "",
        1,
        1,
        "line 1, column 1: not a journey diagram: expected the keyword journey (after optional"
            + " front matter, directives and comments), but found nothing");
  }

  @Test
  void parse_otherDiagramType_isNotAJourney() {
    MermaidSyntaxException error = errorOf("%% flow\ngraph TD\n  A-->B\n");

    assertThat(error)
        .hasMessage(
            "line 2, column 1: not a journey diagram: expected the keyword journey (after optional"
                + " front matter, directives and comments), but found \"graph TD\"");
    assertThat(error.problem()).isEqualTo("not a journey diagram");
    assertThat(error.offendingText()).isEqualTo("graph TD");
    assertThat(error.expected())
        .isEqualTo("the keyword journey (after optional front matter, directives and comments)");
  }

  @Test
  void parse_statementBeforeJourney_isNotAJourney() {
    assertError(
        "  title Too early\njourney\n",
        1,
        3,
        "line 1, column 3: not a journey diagram: expected the keyword journey (after optional"
            + " front matter, directives and comments), but found \"title Too early\"");
  }

  @Test
  void parse_secondJourneyKeyword_isRejected() {
    assertError(
        "journey\n  section S\n  Journey\n",
        3,
        3,
        "line 3, column 3: second journey keyword: expected a task (Name: score: actors), title,"
            + " accTitle:, accDescr:, accDescr {, section or a %% comment, but found \"Journey\"");
  }

  @Test
  void parse_unknownKeyword_isRejected() {
    assertError(
        "journey\n  subtitle Morning\n",
        2,
        3,
        "line 2, column 3: unknown statement: expected a task (Name: score: actors), title,"
            + " accTitle:, accDescr:, accDescr {, section or a %% comment, but found"
            + " \"subtitle Morning\"");
  }

  @Test
  void parse_taskBeforeAnySection_isRejected() {
    assertError(
        "journey\n  title Day\n  Make tea: 5: Me\n",
        3,
        3,
        "line 3, column 3: task before any section: expected a section line (section Name) before"
            + " the first task, but found \"Make tea\"");
  }

  @Test
  void parse_missingScore_isRejected() {
    assertError(
        "journey\nsection S\n  Make tea:\n",
        3,
        12,
        "line 3, column 12: missing score: expected a whole number from 1 to 5 after the task's"
            + " colon, but found nothing");
    assertError(
        "journey\nsection S\n  Make tea:  : Me\n",
        3,
        14,
        "line 3, column 14: missing score: expected a whole number from 1 to 5 after the task's"
            + " colon, but found nothing");
  }

  @Test
  void parse_scoreThatIsNotAWholeNumber_isRejected() {
    assertError(
        "journey\nsection S\nMake tea: five: Me\n",
        3,
        11,
        "line 3, column 11: score is not a whole number: expected a whole number from 1 to 5, but"
            + " found \"five\"");
    assertError(
        "journey\nsection S\nMake tea: 3.5\n",
        3,
        11,
        "line 3, column 11: score is not a whole number: expected a whole number from 1 to 5, but"
            + " found \"3.5\"");
    assertError(
        "journey\nsection S\nMake tea: -1\n",
        3,
        11,
        "line 3, column 11: score is not a whole number: expected a whole number from 1 to 5, but"
            + " found \"-1\"");
  }

  @Test
  void parse_scoreOffTheScale_isRejected() {
    assertError(
        "journey\nsection S\nMake tea: 7: Me\n",
        3,
        11,
        "line 3, column 11: score off the scale: expected a whole number from 1 to 5 (cjm reads"
            + " 1..5 as the emotions -2..+2), but found \"7\"");
    assertError(
        "journey\nsection S\nMake tea: 0\n",
        3,
        11,
        "line 3, column 11: score off the scale: expected a whole number from 1 to 5 (cjm reads"
            + " 1..5 as the emotions -2..+2), but found \"0\"");
    assertError(
        "journey\nsection S\nT: 99999999999999999999\n",
        3,
        4,
        "line 3, column 4: score off the scale: expected a whole number from 1 to 5 (cjm reads"
            + " 1..5 as the emotions -2..+2), but found \"99999999999999999999\"");
  }

  @Test
  void parse_columns_countCodePoints() {
    assertError(
        "journey\nsection S\n\uD83D\uDE00\uD83D\uDE00: 9\n",
        3,
        5,
        "line 3, column 5: score off the scale: expected a whole number from 1 to 5 (cjm reads"
            + " 1..5 as the emotions -2..+2), but found \"9\"");
  }

  @Test
  void parse_textAfterTheActors_isRejected() {
    assertError(
        "journey\nsection S\nMake tea: 5: Me: at 8:00\n",
        3,
        16,
        "line 3, column 16: text after the actors: expected the end of the task line after the"
            + " actors (write #58; for a colon in a name), but found \": at 8:00\"");
  }

  @Test
  void parse_semicolon_isRejectedOutsideAccessibilityTexts() {
    assertError(
        "journey\nsection S\nMake tea; relax: 5\n",
        3,
        9,
        "line 3, column 9: semicolon outside accTitle and accDescr: expected #59; for a semicolon"
            + " in a name, or the end of the line, but found \";\"");
  }

  @Test
  void parse_colonInSectionName_isRejected() {
    assertError(
        "journey\nsection Morning: 7 to 9\n",
        2,
        16,
        "line 2, column 16: colon in a section name: expected the end of the section line (write"
            + " #58; for a colon in a name), but found \":\"");
  }

  @Test
  void parse_emptyOrBlankNames_areRejected() {
    assertError(
        "journey\nsection   \n",
        2,
        11,
        "line 2, column 11: empty section name: expected a section name, but found nothing");
    assertError(
        "journey\nsection <br>\n",
        2,
        9,
        "line 2, column 9: empty section name: expected a section name, but found \"<br>\"");
    assertError(
        "journey\ntitle  # a comment\n",
        2,
        8,
        "line 2, column 8: empty title: expected the journey's title after title, but found"
            + " nothing");
    assertError(
        "journey\ntitle #160;\n",
        2,
        7,
        "line 2, column 7: blank title: expected a title with some visible text, but found"
            + " \"#160;\"");
    assertError(
        "journey\nsection S\n  : 5\n",
        3,
        3,
        "line 3, column 3: missing task name: expected a task name before the colon, but found"
            + " \":\"");
    assertError(
        "journey\nsection S\n#32;<br>: 5\n",
        3,
        1,
        "line 3, column 1: blank task name: expected a task name with some visible text, but found"
            + " \"#32;<br>\"");
  }

  @Test
  void parse_accTitleWithoutColon_isRejected() {
    assertError(
        "journey\naccTitle { x }\n",
        2,
        10,
        "line 2, column 10: accTitle without a colon: expected accTitle: followed by text, but"
            + " found \"{\"");
  }

  @Test
  void parse_unclosedBlocks_areRejectedWhereTheyOpen() {
    assertError(
        "journey\n  accDescr {\n  never closed\n",
        2,
        3,
        "line 2, column 3: accDescr { not closed: expected a } ending the accessibility"
            + " description, but found \"accDescr {\"");
    assertError(
        "---\ntitle: x\njourney\n",
        1,
        1,
        "line 1, column 1: front matter not closed: expected a line --- closing the front matter,"
            + " but found \"---\"");
    assertError(
        "%%{init: {}\njourney\n",
        1,
        1,
        "line 1, column 1: directive not closed: expected }%% closing the %%{ directive, but found"
            + " \"%%{\"");
  }

  @Test
  void parse_badLocaleTag_isRejectedWithItsLine() {
    assertError(
        "journey\n  title T\n  %% cjm-locale: polish!\n",
        3,
        18,
        "line 3, column 18: invalid locale tag: expected a language tag (BCP 47) such as en, pl or"
            + " pt-BR after cjm-locale:, but found \"polish!\"");
    assertError(
        "journey\n%% cjm-locale: und-PL\n",
        2,
        16,
        "line 2, column 16: locale tag without a language: expected a language tag (BCP 47) such"
            + " as en, pl or pt-BR after cjm-locale:, but found \"und-PL\"");
    assertError(
        "journey\n%% cjm-locale:\n",
        2,
        15,
        "line 2, column 15: missing locale tag: expected a language tag (BCP 47) such as en, pl or"
            + " pt-BR after cjm-locale:, but found nothing");
  }

  @Test
  void parse_unpairedSurrogate_isRejected() {
    assertError(
        "journey\ntitle A\uD800B\n",
        2,
        8,
        "line 2, column 8: invalid Unicode (unpaired surrogate): expected a complete surrogate"
            + " pair, but found \"\\uD800\"");
  }

  @Test
  void parse_windowsLineEndings_countLinesLikeLineFeeds() {
    assertError(
        "journey\r\nsection S\r\rT: 6\r\n",
        4,
        4,
        "line 4, column 4: score off the scale: expected a whole number from 1 to 5 (cjm reads"
            + " 1..5 as the emotions -2..+2), but found \"6\"");
  }

  @Test
  void syntaxException_isAnIllegalArgumentException() {
    assertThat(errorOf("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void syntaxException_keepsAtMost200CharactersOfOffendingText() {
    MermaidSyntaxException error = errorOf("journey\nsection S\n" + "x".repeat(5000) + "\n");

    assertThat(error.offendingText()).hasSize(200);
    assertThat(error.getMessage()).hasSizeLessThan(400);
  }

  @Test
  void parse_failingReader_throwsUncheckedIoException() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> MermaidJourney.parse(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not read the Mermaid journey diagram")
        .hasRootCauseMessage("disk gone");
  }
}
