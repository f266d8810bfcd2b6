package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Limits;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading Mermaid journey diagrams: what each part of the syntax becomes in the model. */
class MermaidJourneyParseTest {

  /** The example of Mermaid's documentation (docs/syntax/userJourney.md). */
  static final String MY_WORKING_DAY =
      """
      journey
          title My working day
          section Go to work
            Make tea: 5: Me
            Go upstairs: 3: Me
            Do work: 1: Me, Cat
          section Go home
            Go downstairs: 5: Me
            Sit down: 5: Me
      """;

  @Test
  void parse_documentationExample_becomesStagesTouchpointsEmotionsAndPersona() {
    Journey journey = MermaidJourney.parse(MY_WORKING_DAY);

    assertThat(journey.title()).isEqualTo("My working day");
    assertThat(journey.persona()).map(p -> p.name()).contains("Me");
    assertThat(journey.stages())
        .extracting(Stage::id, Stage::name)
        .containsExactly(tuple("go-to-work", "Go to work"), tuple("go-home", "Go home"));
    assertThat(journey.allTouchpoints())
        .extracting(
            Touchpoint::id, Touchpoint::name, t -> t.emotion().orElseThrow(), t -> t.actors())
        .containsExactly(
            tuple("make-tea", "Make tea", Emotion.of(2), List.of()),
            tuple("go-upstairs", "Go upstairs", Emotion.of(0), List.of()),
            tuple("do-work", "Do work", Emotion.of(-2), List.of("Cat")),
            tuple("go-downstairs", "Go downstairs", Emotion.of(2), List.of()),
            tuple("sit-down", "Sit down", Emotion.of(2), List.of()));
    assertThat(journey.accessibilityTitle()).isEmpty();
    assertThat(journey.accessibilityDescription()).isEmpty();
  }

  /** The task example of Mermaid's parser tests: actor lists with and without spaces, empty. */
  @Test
  void parse_taskVariants_keepActorsInOrderAndIgnoreEmptyLists() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
            title Adding journey diagram functionality to mermaid
            section Documentation
            A task: 5: Alice, Bob, Charlie
            B task: 3:Bob, Charlie
            C task: 5
            D task: 5: Charlie, Alice
            E task: 5:
            section Another section
            P task: 5:
            Q task: 5:
            R task: 5:
            """);

    assertThat(journey.persona()).isEmpty();
    assertThat(journey.allTouchpoints())
        .extracting(Touchpoint::name, t -> t.emotion().orElseThrow().score(), Touchpoint::actors)
        .containsExactly(
            tuple("A task", 2.0, List.of("Alice", "Bob", "Charlie")),
            tuple("B task", 0.0, List.of("Bob", "Charlie")),
            tuple("C task", 2.0, List.of()),
            tuple("D task", 2.0, List.of("Charlie", "Alice")),
            tuple("E task", 2.0, List.of()),
            tuple("P task", 2.0, List.of()),
            tuple("Q task", 2.0, List.of()),
            tuple("R task", 2.0, List.of()));
    assertThat(journey.stages())
        .extracting(Stage::name)
        .containsExactly("Documentation", "Another section");
  }

  /** The accessibility example of Mermaid's parser tests: a block description over lines. */
  @Test
  void parse_accDescrBlock_dropsIndentationAndReadsOnAfterTheBrace() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
            accDescr {
                    A user journey for
                    family shopping
                  }title Adding journey diagram functionality to mermaid
            accTitle: Adding acc journey diagram functionality to mermaid
            section Order from website""");

    assertThat(journey.accessibilityDescription()).contains("A user journey for\nfamily shopping");
    assertThat(journey.title()).isEqualTo("Adding journey diagram functionality to mermaid");
    assertThat(journey.accessibilityTitle())
        .contains("Adding acc journey diagram functionality to mermaid");
    assertThat(journey.stages()).extracting(Stage::name).containsExactly("Order from website");
  }

  @Test
  void parse_accTitleAndOneLineAccDescr_keepTheRestOfTheLineTrimmed() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
                accTitle:   The title; with # signs  \s
                accDescr : A user journey for family shopping
                section Order from website
            """);

    assertThat(journey.accessibilityTitle()).contains("The title; with # signs");
    assertThat(journey.accessibilityDescription()).contains("A user journey for family shopping");
  }

  @Test
  void parse_emptyAccTitle_leavesItOut() {
    Journey journey = MermaidJourney.parse("journey\naccTitle:\naccDescr {  }\nsection S\n");

    assertThat(journey.accessibilityTitle()).isEmpty();
    assertThat(journey.accessibilityDescription()).isEmpty();
  }

  /** Mermaid's parser test of multi-line section titles. */
  @Test
  void parse_sectionLineBreakTags_becomeLineFeeds() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
            title Adding gantt diagram functionality to mermaid
            section Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5""");

    assertThat(journey.stages().get(0).name()).isEqualTo("Line1\nLine2\nLine3</br />Line4\nLine5");
  }

  @Test
  void parse_commentsBlankLinesIndentationAndWindowsLineEndings_areSkipped() {
    Journey journey =
        MermaidJourney.parse(
            """
                %% a comment before the diagram

                journey
                	%% a comment
                   title  Shopping \s
                # a hash comment

                SECTION Browse<CR>        Search: 4: Anna   # trailing comment
                  Compare:2:Anna,Bob
                """
                .replace("\n", "\r\n")
                .replace("<CR>", "\r"));

    assertThat(journey.title()).isEqualTo("Shopping");
    assertThat(journey.stages()).extracting(Stage::name).containsExactly("Browse");
    assertThat(journey.allTouchpoints())
        .extracting(Touchpoint::name, t -> t.emotion().orElseThrow().score(), Touchpoint::actors)
        .containsExactly(tuple("Search", 1.0, List.of()), tuple("Compare", -1.0, List.of("Bob")));
    assertThat(journey.persona()).map(p -> p.name()).contains("Anna");
  }

  @Test
  void parse_frontMatterAndDirectives_areSkipped() {
    Journey journey =
        MermaidJourney.parse(
            """
            ---
            title: Front matter is skipped
            config:
              theme: forest
            ---
            %%{init: {"theme": "dark",
                      "journey": {"useMaxWidth": false}}}%%
            journey
              title From the diagram
              section S
                T: 3
            """);

    assertThat(journey.title()).isEqualTo("From the diagram");
    assertThat(journey.allTouchpoints()).extracting(Touchpoint::name).containsExactly("T");
  }

  @Test
  void parse_keywordsInAnyCaseAndJourneyFollowedByAStatement() {
    Journey journey = MermaidJourney.parse("JOURNEY title Mixed case\nSection S\naccTITLE: a\n");

    assertThat(journey.title()).isEqualTo("Mixed case");
    assertThat(journey.accessibilityTitle()).contains("a");
  }

  @Test
  void parse_withoutTitle_usesThePlaceholderTitle() {
    Journey journey = MermaidJourney.parse("journey\nsection S\n  T: 3\n");

    assertThat(journey.title()).isEqualTo("Untitled journey");
  }

  @Test
  void parse_localeComment_setsTheJourneysLocale() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
              title Zakupy
              %% cjm-locale: pl
              section S
                T: 3
            """);

    assertThat(journey.locale()).isEqualTo(Locale.forLanguageTag("pl"));
    assertThat(journey.stages()).extracting(Stage::name).containsExactly("S");
  }

  @Test
  void parse_localeComment_anywhereInTheDiagramAnyCaseOfTag_lastOneWins() {
    Journey journey =
        MermaidJourney.parse("journey\n%%cjm-locale:de\nsection S\n  %%  cjm-locale:  pt-br \n");

    assertThat(journey.locale()).isEqualTo(Locale.forLanguageTag("pt-BR"));
  }

  @Test
  void parse_withoutLocaleComment_orWithOneBeforeTheKeyword_isEnglish() {
    assertThat(MermaidJourney.parse("journey\n%% locale: pl\ntitle T\n").locale())
        .isEqualTo(Locale.ENGLISH);
    assertThat(MermaidJourney.parse("%% cjm-locale: pl\njourney\ntitle T\n").locale())
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void parse_repeatedTitle_keepsTheLastLikeMermaid() {
    assertThat(MermaidJourney.parse("journey\ntitle A\ntitle B\n").title()).isEqualTo("B");
  }

  @Test
  void parse_entityCodes_standForTheirCharacters() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
              title Price#58; 10#8364; #35;1 #quot;best#quot; #unknown;
              section Pay#58; card#59; cash
                Enter code #58; 1#44;2: 2: Clerk#44; senior, Bot#58;2
                Literal #55296; and #99999999;, but #0;: 3
            """);

    assertThat(journey.title()).isEqualTo("Price: 10€ #1 \"best\" &unknown;");
    assertThat(journey.stages().get(0).name()).isEqualTo("Pay: card; cash");
    Touchpoint first = journey.allTouchpoints().get(0);
    assertThat(first.name()).isEqualTo("Enter code : 1,2");
    assertThat(first.actors()).containsExactly("Clerk, senior", "Bot:2");
    assertThat(journey.allTouchpoints().get(1).name())
        .isEqualTo("Literal #55296; and #99999999;, but \u0000");
  }

  @Test
  void parse_repeatedNames_becomeSeparateElementsWithSuffixedIds() {
    Journey journey =
        MermaidJourney.parse(
            """
            journey
              section Visit
                Browse: 4
                Browse: 2
              section Visit
                Browse: 3
                Visit: 3
              section !!!
                ???: 3
              section Stage 3
            """);

    assertThat(journey.stages())
        .extracting(Stage::id)
        .containsExactly("visit", "visit-2", "stage-3", "stage-3-2");
    assertThat(journey.allTouchpoints())
        .extracting(Touchpoint::id)
        .containsExactly("browse", "browse-2", "browse-3", "visit-3", "touchpoint-5");
  }

  @Test
  void parse_firstActorOfEveryTask_becomesThePersona() {
    Journey journey = MermaidJourney.parse("journey\nsection S\nA: 3: Me, Me\nB: 4: Me\n");

    assertThat(journey.persona()).map(p -> p.name()).contains("Me");
    assertThat(journey.allTouchpoints())
        .extracting(t -> List.copyOf(t.actors()))
        .containsExactly(List.of("Me"), List.of());
  }

  @Test
  void parse_firstActorsThatDiffer_orATaskWithoutActors_giveNoPersona() {
    Journey differ = MermaidJourney.parse("journey\nsection S\nA: 3: Me\nB: 4: me\n");
    Journey missing = MermaidJourney.parse("journey\nsection S\nA: 3: Me\nB: 4\n");
    Journey noTasks = MermaidJourney.parse("journey\nsection S\n");

    assertThat(differ.persona()).isEmpty();
    assertThat(differ.allTouchpoints().get(0).actors()).containsExactly("Me");
    assertThat(missing.persona()).isEmpty();
    assertThat(noTasks.persona()).isEmpty();
  }

  @Test
  void parse_emptySection_isAStageWithoutTouchpoints() {
    Journey journey = MermaidJourney.parse("journey\nsection Empty\nsection Full\nT: 1\n");

    assertThat(journey.stages().get(0).touchpoints()).isEmpty();
    assertThat(journey.stages().get(1).touchpoints()).hasSize(1);
  }

  @Test
  void parse_scoresOneToFive_becomeEmotionsMinusTwoToPlusTwo() {
    Journey journey = MermaidJourney.parse("journey\nsection S\nA: 1\nB: 2\nC: 3\nD: 4\nE: 05\n");

    assertThat(journey.allTouchpoints())
        .extracting(t -> t.emotion().map(Emotion::score))
        .containsExactly(
            Optional.of(-2.0),
            Optional.of(-1.0),
            Optional.of(0.0),
            Optional.of(1.0),
            Optional.of(2.0));
  }

  @Test
  void parse_reader_readsTheSameAsTheString() {
    assertThat(MermaidJourney.parse(new StringReader(MY_WORKING_DAY)))
        .isEqualTo(MermaidJourney.parse(MY_WORKING_DAY));
  }

  @Test
  void parse_byteOrderMark_isSkipped() {
    assertThat(MermaidJourney.parse("\uFEFFjourney\ntitle T\n").title()).isEqualTo("T");
  }

  @Test
  void parse_veryLongInput_isReadInLinearTimeWithoutStackOverflow() {
    StringBuilder text = new StringBuilder("journey\nsection S\n");
    for (int i = 0; i < Limits.MAX_TOUCHPOINTS - 1; i++) {
      text.append("Same task: 3: Me\n");
    }
    text.append("Last: 4: Me, ").append("x".repeat(Limits.MAX_TEXT_LENGTH)).append('\n');

    Journey journey = MermaidJourney.parse(text.toString());

    assertThat(journey.allTouchpoints()).hasSize(Limits.MAX_TOUCHPOINTS);
    assertThat(journey.allTouchpoints().get(9_998).id()).isEqualTo("same-task-9999");
  }

  @Test
  void parse_moreTasksThanTheLimit_isRejectedAtTheFirstTaskOverIt() {
    String text = "journey\nsection S\n" + "Task: 3\n".repeat(Limits.MAX_TOUCHPOINTS + 5);

    assertThatThrownBy(() -> MermaidJourney.parse(text))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3 + Limits.MAX_TOUCHPOINTS);
              assertThat(e.problem()).isEqualTo("more than 10,000 tasks (Limits.MAX_TOUCHPOINTS)");
              assertThat(e.expected()).isEqualTo("at most 10,000 tasks; split the diagram");
            });
  }

  @Test
  void parse_moreSectionsThanTheLimit_isRejectedAtTheFirstSectionOverIt() {
    String text = "journey\n" + "section S\n".repeat(Limits.MAX_STAGES + 1);

    assertThatThrownBy(() -> MermaidJourney.parse(text))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2 + Limits.MAX_STAGES);
              assertThat(e.column()).isEqualTo(9);
              assertThat(e.problem()).isEqualTo("more than 1,000 sections (Limits.MAX_STAGES)");
            });
  }

  @Test
  void parse_aNameLongerThanTheLimit_isRejectedWhereItStarts() {
    String name = "n".repeat(Limits.MAX_TEXT_LENGTH + 1);

    assertThatThrownBy(() -> MermaidJourney.parse("journey\nsection S\n  " + name + ": 3\n"))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.problem())
                  .isEqualTo("task name of 100,001 characters (Limits.MAX_TEXT_LENGTH)");
              assertThat(e.expected()).isEqualTo("a task name of at most 100,000 characters");
            });
    assertThatThrownBy(() -> MermaidJourney.parse("journey\ntitle " + name + "\n"))
        .hasMessageContaining("title of 100,001 characters");
    assertThatThrownBy(() -> MermaidJourney.parse("journey\nsection S\nT: 3: A, " + name))
        .hasMessageContaining("actor of 100,001 characters");
  }

  @Test
  void parse_aDiagramOverTheJourneysTextLimits_isRejectedWhereItCrossesThem() {
    // 8,000 tasks within every per-text limit, with 200 actors each: 1.6 million texts (the
    // journey allows 250,000) and 16 million characters of them (it allows 10 million).
    String actors = String.join(", ", Collections.nCopies(200, "actor-name"));
    String text =
        "journey\nsection S\n"
            + ("Task: 3: " + actors + "\n").repeat(Limits.MAX_MERMAID_LENGTH / 2_500);

    assertThatThrownBy(() -> MermaidJourney.parse(text))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("more than 250,000 texts (Limits.MAX_TEXTS)");
              // The section's name, then 200 texts a task (its name and 199 actors; the first,
              // perhaps the persona, is not counted): the 250,001st is on task 1,250, line 1,252.
              assertThat(e.line()).isEqualTo(1_252);
            });
  }

  @Test
  void parse_aDiagramLongerThanTheLimit_isRejectedBeforeParsing() {
    String text = "journey\n%%" + "c".repeat(Limits.MAX_MERMAID_LENGTH);

    assertThatThrownBy(() -> MermaidJourney.parse(text))
        .isInstanceOfSatisfying(
            MermaidSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(Limits.MAX_MERMAID_LENGTH - 8 + 1);
              assertThat(e.problem())
                  .isEqualTo(
                      "diagram longer than 20,000,000 characters (Limits.MAX_MERMAID_LENGTH)");
              assertThat(e.offendingText()).isEqualTo("c".repeat(10));
            });
  }

  @Test
  void parse_anEndlessReader_stopsReadingAtTheLimit() {
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, '\n');
            return length;
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> MermaidJourney.parse(endless))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessageContaining("Limits.MAX_MERMAID_LENGTH");
  }

  @Test
  void parse_aLongLineOfMidLineStatements_isScannedOnce() {
    // Directives and accDescr blocks end mid-line; the next statement starts on the same line.
    // Each of these one-line inputs took seconds when every statement scanned the rest of the
    // line again (1.6 MB of accDescr blocks: 2 s; 3.2 MB: 6 s); now each is one pass.
    String directives = "journey\n" + "%%{}%%".repeat(300_000) + "\ntitle Directives\n";
    String blocks = "journey\n" + "accDescr{}".repeat(300_000) + "\ntitle Blocks\n";

    assertThat(MermaidJourney.parse(directives).title()).isEqualTo("Directives");
    assertThat(MermaidJourney.parse(blocks).title()).isEqualTo("Blocks");
  }
}
