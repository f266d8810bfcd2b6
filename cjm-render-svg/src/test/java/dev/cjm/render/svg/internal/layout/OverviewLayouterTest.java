package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.render.svg.JourneyGenerators;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overview is a slide: 1,920 pixels wide for up to about 15 touchpoints and no taller than a
 * 16:9 slide, no text under 14 pixels or outside its box, every touchpoint in it, each pain point's
 * marker on its own touchpoint or stage, the first few listed; more touchpoints make it wider,
 * never cramped.
 */
class OverviewLayouterTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");
  private final FontMetrics metrics = FontMetrics.standard();

  private MapLayout overview(Journey journey, Locale language) {
    Annotations report = Annotations.of(GapAnalysis.standard().analyze(journey), false, language);
    return new OverviewLayouter(LayoutOptions.DEFAULT, metrics).layout(journey, report, language);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "pl"})
  void fifteenTouchpoints_fitASlide_1920Wide_andAt_most1080Tall(String tag) {
    Journey journey = SampleJourneys.slideSized();
    assertThat(journey.allTouchpoints()).hasSize(15);

    MapLayout layout = overview(journey, Locale.forLanguageTag(tag));

    assertThat(layout.width()).isEqualTo(OverviewLayouter.SLIDE_WIDTH);
    assertThat(layout.height()).isLessThanOrEqualTo(OverviewLayouter.SLIDE_HEIGHT);
  }

  @Test
  void noText_isSmallerThan14Pixels() {
    MapLayout layout = overview(SampleJourneys.slideSized(), POLISH);

    assertThat(Shapes.of(layout, Text.class))
        .isNotEmpty()
        .allSatisfy(
            text ->
                assertThat(text.font().size())
                    .as("the size of \"%s\"", text.lines().get(0))
                    .isGreaterThanOrEqualTo(OverviewLayouter.SMALLEST_TEXT));
  }

  @Test
  void longNames_wrapWithinTheirColumns_toAtMostThreeLines_noTextOutsideItsBox() {
    Journey journey = SampleJourneys.slideSized();
    MapLayout layout = overview(journey, POLISH);

    MapLayoutPropertiesTest.assertTextsInTheirBoxes_andCardsApart(layout);
    for (Group touchpoint : touchpointGroups(layout).values()) {
      Text name = nameOf(touchpoint);
      assertThat(name.lines()).hasSizeLessThanOrEqualTo(OverviewLayouter.NAME_LINES);
    }
    String longName = "Rejestracja w aplikacji tylko numerem telefonu i kodem SMS, bez hasła";
    Touchpoint longest =
        journey.allTouchpoints().stream()
            .filter(t -> t.name().equals(longName))
            .findFirst()
            .orElseThrow();
    Text cut = nameOf(group(touchpointGroups(layout), Ids.of("touchpoint", longest.id())));
    assertThat(cut.lines()).hasSize(OverviewLayouter.NAME_LINES);
    assertThat(cut.lines().get(OverviewLayouter.NAME_LINES - 1)).endsWith("…");
    assertThat(cut.tooltip()).isEqualTo(longName);
  }

  @Test
  void everyTouchpoint_isInTheOverview_inItsColumn_withItsChannelBadge() {
    Journey journey = SampleJourneys.slideSized();
    MapLayout layout = overview(journey, POLISH);

    Map<String, Group> groups = touchpointGroups(layout);
    List<Touchpoint> touchpoints = journey.allTouchpoints();
    assertThat(groups).hasSize(touchpoints.size());
    double column = (OverviewLayouter.SLIDE_WIDTH - 2 * Grid.MARGIN - labelWidth()) / 15;
    for (int i = 0; i < touchpoints.size(); i++) {
      Touchpoint touchpoint = touchpoints.get(i);
      Group group = group(groups, Ids.of("touchpoint", touchpoint.id()));
      Box card = Shapes.of(group, Rect.class).get(0).box();
      double left = Grid.MARGIN + labelWidth() + i * column;
      assertThat(card.x()).isBetween(left, left + Grid.INSET + 1e-6);
      assertThat(card.right()).isLessThanOrEqualTo(left + column);
      assertThat(Shapes.of(group, Rect.class))
          .as("the channel badge of %s", touchpoint.name())
          .anyMatch(r -> Shapes.hasClass(r.cssClass(), "cjm-channel"));
    }
  }

  @Test
  void painPointMarkers_sitOnTheirOwnTouchpointOrStage_andTheListShowsTheFirstFew() {
    Journey journey = SampleJourneys.slideSized();
    Annotations report = Annotations.of(GapAnalysis.standard().analyze(journey), false, POLISH);
    MapLayout layout =
        new OverviewLayouter(LayoutOptions.DEFAULT, metrics).layout(journey, report, POLISH);

    assertThat(report.painPoints()).hasSizeGreaterThan(OverviewLayouter.FIX_FIRST_MAX);
    Map<String, Group> groups = new HashMap<>();
    for (Group group : Shapes.of(layout, Group.class)) {
      if (group.id() != null) {
        groups.put(group.id(), group);
      }
    }
    int onTheMap = 0;
    for (PainPointNote note : report.painPoints()) {
      if (note.subjectId().isEmpty()) {
        continue;
      }
      boolean isStage = journey.stages().stream().anyMatch(s -> s.id().equals(note.subjectId()));
      Group owner = group(groups, Ids.of(isStage ? "stage" : "touchpoint", note.subjectId()));
      Box card = Shapes.of(owner, Rect.class).get(0).box();
      List<Group> markers =
          Shapes.of(owner, Group.class).stream()
              .filter(g -> Shapes.hasClass(g.cssClass(), "cjm-pain-point"))
              .filter(g -> g.title() != null && g.title().startsWith("Punkt bólu " + note.rank()))
              .toList();
      assertThat(markers).as("the marker of pain point %s", note.rank()).hasSize(1);
      Box disc = Shapes.of(markers.get(0), Rect.class).get(0).box();
      assertThat(card.contains(disc)).as("marker %s on its card %s", disc, card).isTrue();
      onTheMap++;
    }
    assertThat(onTheMap).isPositive();
    Group list = group(groups, Ids.REPORT_PANEL);
    List<Text> texts = Shapes.of(list, Text.class);
    assertThat(texts.get(0).lines()).containsExactly("Najpierw napraw");
    int shown = Math.min(OverviewLayouter.FIX_FIRST_MAX, Math.max(3, report.fixFirst()));
    assertThat(texts.get(texts.size() - 1).lines().get(0))
        .isEqualTo(
            (report.painPoints().size() - shown) + " kolejnych punktów bólu na pełnej mapie");
  }

  @Test
  void moreTouchpoints_keepColumns120Wide_andTheOverviewGrowsWider() {
    JourneyBuilder builder = Journey.builder("Forty steps");
    for (int s = 0; s < 4; s++) {
      int stage = s;
      builder.stage(
          "Stage " + s,
          st -> {
            for (int t = 0; t < 10; t++) {
              int step = t;
              st.touchpoint(
                  "Step " + stage + "." + t + " with a name long enough to be cut short",
                  tp ->
                      tp.channel(Channel.WEB)
                          .emotion(-1)
                          .expectedEmotion(1)
                          .barrier(
                              "Slow step " + stage + "." + step, b -> b.severity(Severity.HIGH)));
            }
          });
    }
    MapLayout layout = overview(builder.build(), Locale.ENGLISH);

    assertThat(layout.width())
        .isEqualTo(2 * Grid.MARGIN + labelWidth() + 40 * OverviewLayouter.MIN_COLUMN_WIDTH);
    MapLayoutPropertiesTest.assertTextsInTheirBoxes_andCardsApart(layout);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "pl"})
  void anyJourney_keepsItsTextsInTheirBoxes_noneUnder14Pixels(String tag) {
    Locale language = Locale.forLanguageTag(tag);
    qt().withExamples(200)
        .forAll(JourneyGenerators.journeys())
        .checkAssert(
            journey -> {
              MapLayout layout = overview(journey, language);
              MapLayoutPropertiesTest.assertTextsInTheirBoxes_andCardsApart(layout);
              assertThat(layout.width()).isGreaterThanOrEqualTo(OverviewLayouter.SLIDE_WIDTH);
              for (Text text : Shapes.of(layout, Text.class)) {
                assertThat(text.font().size())
                    .isGreaterThanOrEqualTo(OverviewLayouter.SMALLEST_TEXT);
              }
              assertThat(touchpointGroups(layout)).hasSize(journey.allTouchpoints().size());
            });
  }

  @Test
  void anInterruptedThread_stopsTheOverview_withACancellationException_theFlagKept() {
    Journey journey = SampleJourneys.slideSized();
    Annotations report =
        Annotations.of(GapAnalysis.standard().analyze(journey), false, Locale.ENGLISH);
    OverviewLayouter layouter = new OverviewLayouter(LayoutOptions.DEFAULT, metrics);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> layouter.layout(journey, report, Locale.ENGLISH))
          .isInstanceOf(CancellationException.class)
          .hasMessage(
              "the render of the map was interrupted while laying out the stages of the"
                  + " overview");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(touchpointGroups(layouter.layout(journey, report, Locale.ENGLISH))).hasSize(15);
  }

  @Test
  void namesBreakBetweenWords_andAWordTooWideForTheColumn_betweenLettersWithAHyphen() {
    Journey journey = SampleJourneys.slideSized();
    MapLayout layout = overview(journey, POLISH);

    int hyphenated = 0;
    for (Touchpoint touchpoint : journey.allTouchpoints()) {
      Text name = nameOf(group(touchpointGroups(layout), Ids.of("touchpoint", touchpoint.id())));
      if (name.tooltip() != null) {
        continue; // cut short: its last line ends with an ellipsis
      }
      // Lines joined back: a hyphen at a line's end was put there, the other breaks were spaces.
      StringBuilder joined = new StringBuilder();
      for (String line : name.lines()) {
        if (line.endsWith("-")) {
          joined.append(line, 0, line.length() - 1);
          hyphenated++;
        } else {
          joined.append(line).append(' ');
        }
      }
      assertThat(joined.toString().strip()).isEqualTo(touchpoint.name());
    }
    assertThat(hyphenated).as("words broken with a hyphen, as Porównywarka").isPositive();
  }

  /** The group {@code id} of {@code groups}, which must be there. */
  private static Group group(Map<String, Group> groups, String id) {
    Group group = groups.get(id);
    assertThat(group).as("the group %s", id).isNotNull();
    return Objects.requireNonNull(group);
  }

  /** The overview's label column: room for the emotion scale. */
  private static double labelWidth() {
    return 2 * OverviewLayouter.SMALLEST_TEXT + 12;
  }

  private static Map<String, Group> touchpointGroups(MapLayout layout) {
    Map<String, Group> groups = new HashMap<>();
    for (Group group : Shapes.of(layout, Group.class)) {
      if (Shapes.hasClass(group.cssClass(), "cjm-touchpoint") && group.id() != null) {
        groups.put(group.id(), group);
      }
    }
    return groups;
  }

  /** The name of the touchpoint of {@code group}: the text in its card in the label font. */
  private static Text nameOf(Group group) {
    return Shapes.of(group, Text.class).stream()
        .filter(t -> t.font().bold() && t.font().size() > OverviewLayouter.SMALLEST_TEXT)
        .filter(t -> Shapes.hasClass(t.surface(), "cjm-touchpoint-card"))
        .findFirst()
        .orElseThrow();
  }
}
