package dev.cjm.core.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Writing journeys as Mermaid diagrams: what is written, how text is kept, what is left out. */
class MermaidJourneyFormatTest {

  @Test
  void format_journey_writesHeaderSectionsTasksAndWhatWasLeftOut() {
    Journey journey =
        Journey.builder("Buying running shoes online")
            .accessibilityTitle("Shoe journey")
            .accessibilityDescription("How Anna buys shoes")
            .persona("Anna", p -> p.goal("Find shoes that fit").expectation("Free returns"))
            .stage(
                "Awareness",
                s -> s.touchpoint("Instagram ad", t -> t.channel(Channel.SOCIAL_MEDIA).emotion(1)))
            .stage(
                "Purchase",
                s ->
                    s.phase(Phase.PURCHASE)
                        .metric("Conversion", 0.02)
                        .touchpoint(
                            "Checkout",
                            t ->
                                t.channel(Channel.WEB)
                                    .owner("E-commerce team")
                                    .actor("Courier")
                                    .emotion(-2, "frustrated")
                                    .expectedEmotion(1)
                                    .barrier(
                                        "Delivery cost appears only at the last step",
                                        b -> b.id("late-delivery-cost").severity(Severity.HIGH))))
            .opportunity(
                "Show delivery cost on the product page",
                o -> o.addresses("late-delivery-cost").impact(Level.HIGH).effort(Level.LOW))
            .build();

    assertThat(MermaidJourney.format(journey))
        .isEqualTo(
            """
            journey
              title Buying running shoes online
              accTitle: Shoe journey
              accDescr: How Anna buys shoes
              %% left out of the journey: the persona's 1 goal, 1 expectation; 1 journey opportunity
              section Awareness
                %% left out of task "Instagram ad": channel
                Instagram ad: 4: Anna
              section Purchase
                %% left out of section "Purchase": phase; 1 metric
                %% left out of task "Checkout": emotion word; expected emotion +1; channel; owner; 1 barrier
                Checkout: 1: Anna, Courier
            """);
  }

  @Test
  void format_parsedDocumentationExample_isTheCanonicalText() {
    assertThat(MermaidJourney.format(MermaidJourney.parse(MermaidJourneyParseTest.MY_WORKING_DAY)))
        .isEqualTo(
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
            """);
  }

  @Test
  void format_emotions_roundToTheNearestScoreWithHalvesUp() {
    Journey journey =
        Journey.builder("Rounding")
            .stage(
                "S",
                s ->
                    s.touchpoint("a", t -> t.emotion(-2))
                        .touchpoint("b", t -> t.emotion(-1.5))
                        .touchpoint("c", t -> t.emotion(-0.5))
                        .touchpoint("d", t -> t.emotion(-0.4))
                        .touchpoint("e", t -> t.emotion(0.5))
                        .touchpoint("f", t -> t.emotion(1.49))
                        .touchpoint("g", t -> t.emotion(2))
                        .touchpoint("h"))
            .build();

    assertThat(MermaidJourney.format(journey))
        .isEqualTo(
            """
            journey
              title Rounding
              section S
                a: 1
                %% left out of task "b": emotion -1.5 rounded to score 2
                b: 2
                %% left out of task "c": emotion -0.5 rounded to score 3
                c: 3
                %% left out of task "d": emotion -0.4 rounded to score 3
                d: 3
                %% left out of task "e": emotion +0.5 rounded to score 4
                e: 4
                %% left out of task "f": emotion +1.49 rounded to score 4
                f: 4
                g: 5
                %% left out of task "h": no emotion recorded, written as score 3 (neutral)
                h: 3
            """);
  }

  @Test
  void scoreOf_mapsTheEmotionScaleOntoOneToFive() {
    assertThat(JourneyWriter.scoreOf(Emotion.of(-2))).isEqualTo(1);
    assertThat(JourneyWriter.scoreOf(Emotion.of(-1.5))).isEqualTo(2);
    assertThat(JourneyWriter.scoreOf(Emotion.of(-0.5000001))).isEqualTo(2);
    assertThat(JourneyWriter.scoreOf(Emotion.of(0.49999999999999994))).isEqualTo(3);
    assertThat(JourneyWriter.scoreOf(Emotion.of(1.5))).isEqualTo(5);
    assertThat(JourneyWriter.scoreOf(Emotion.of(2))).isEqualTo(5);
  }

  @Test
  void format_reservedCharacters_areWrittenAsEntityCodesAndReadBackAsTheSameText() {
    Journey journey =
        Journey.builder("Price: #1; best")
            .accessibilityTitle(" spaced; #tag ")
            .stage(
                "Step 1: pay; #2",
                s ->
                    s.touchpoint(
                            "Checkout: card, cash\nor voucher",
                            t -> t.emotion(0).actor("Clerk, senior").actor("Bot: 2"))
                        .touchpoint("title of the book", t -> t.emotion(0))
                        .touchpoint("50%% off <br> here", t -> t.emotion(0))
                        .touchpoint("tab\there\r\u0000", t -> t.emotion(0)))
            .build();

    String text = MermaidJourney.format(journey);

    assertThat(text)
        .isEqualTo(
            """
            journey
              title Price: #35;1#59; best
              accTitle: #32;spaced#59; #35;tag#32;
              section Step 1#58; pay#59; #35;2
                Checkout#58; card, cash<br>or voucher: 3: Clerk#44; senior, Bot#58; 2
                #116;itle of the book: 3
                50#37;#37; off #60;br> here: 3
                tab#9;here#13;#0;: 3
            """);
    Journey back = MermaidJourney.parse(text);
    assertThat(back.title()).isEqualTo(journey.title());
    assertThat(back.accessibilityTitle()).isEqualTo(journey.accessibilityTitle());
    assertThat(back.stages().get(0).name()).isEqualTo("Step 1: pay; #2");
    assertThat(back.allTouchpoints())
        .extracting(Touchpoint::name)
        .containsExactlyElementsOf(
            journey.allTouchpoints().stream().map(Touchpoint::name).toList());
    assertThat(back.allTouchpoints().get(0).actors()).containsExactly("Clerk, senior", "Bot: 2");
  }

  @Test
  void format_multiLineDescription_usesABlockThatKeepsLinesAndIndentation() {
    Journey journey =
        Journey.builder("Described")
            .accessibilityDescription("First line\n  indented {x}\n\nafter a blank line")
            .build();

    String text = MermaidJourney.format(journey);

    assertThat(text)
        .isEqualTo(
            """
            journey
              title Described
              accDescr {
                First line
                #32; indented {x#125;
                #10;after a blank line
              }
            """);
    assertThat(MermaidJourney.parse(text).accessibilityDescription())
        .isEqualTo(journey.accessibilityDescription());
  }

  @Test
  void format_localeOtherThanEnglish_isACommentAfterTheTitle() {
    Journey brazilian =
        Journey.builder("Compras online")
            .locale(Locale.forLanguageTag("pt-BR"))
            .accessibilityTitle("Compras")
            .stage("S", s -> s.touchpoint("T", t -> t.emotion(0)))
            .build();

    assertThat(MermaidJourney.format(brazilian))
        .isEqualTo(
            """
            journey
              title Compras online
              %% cjm-locale: pt-BR
              accTitle: Compras
              section S
                T: 3
            """);
    assertThat(MermaidJourney.format(brazilian.toBuilder().locale(Locale.ENGLISH).build()))
        .doesNotContain("cjm-locale");
  }

  @Test
  void format_personaWithoutTasks_andGivenIds_areNamedInComments() {
    Journey journey =
        Journey.builder("Ids")
            .description("Not in Mermaid")
            .state(Journey.State.FUTURE)
            .persona("Anna")
            .stage("Visit", s -> s.id("stage-one").goal("Look around"))
            .build();

    assertThat(MermaidJourney.format(journey))
        .isEqualTo(
            """
            journey
              title Ids
              %% left out of the journey: description; persona "Anna" (no task to name it in); state future
              section Visit
                %% left out of section "Visit": id "stage-one"; goal
            """);
  }
}
