package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Opportunity;
import dev.cjm.core.OpportunityBuilder;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.render.svg.JourneyGenerators;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the journey, the options and the language of the map's words, no text leaves its box and
 * no card overlaps another, with the journey's gap report marked and listed in full.
 */
class MapLayoutPropertiesTest {
  private static final double EPSILON = 1e-6;
  private final FontMetrics metrics = FontMetrics.standard();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "pl"})
  void layout_anyJourneyAtAnySize_keepsTextsInTheirBoxes_andCardsApart(String tag) {
    Locale language = Locale.forLanguageTag(tag);
    qt().withExamples(300)
        .forAll(
            JourneyGenerators.journeys(),
            integers().between(120, 400),
            integers().between(8, 32),
            integers().between(0, 3))
        .checkAssert(
            (journey, width, size, lines) -> {
              LayoutOptions options =
                  new LayoutOptions(
                      width, ImmutableSet.copyOf(EnumSet.allOf(LaneKind.class)), size, lines, true);
              Annotations report =
                  Annotations.of(GapAnalysis.standard().analyze(journey), true, language);
              MapLayout layout =
                  new MapLayouter(options, metrics).layout(journey, report, language);
              assertTextsInTheirBoxes_andCardsApart(layout);
            });
  }

  /**
   * Wrapped into bands of a few columns (one to six, so most journeys wrap and stages split), the
   * same holds: no text leaves its box and no card overlaps another.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "pl"})
  void layout_anyJourneyWrappedIntoBands_keepsTextsInTheirBoxes_andCardsApart(String tag) {
    Locale language = Locale.forLanguageTag(tag);
    qt().withExamples(200)
        .forAll(
            JourneyGenerators.journeys(),
            integers().between(1, 6),
            integers().between(120, 400),
            integers().between(8, 32))
        .checkAssert(
            (journey, columns, width, size) -> {
              LayoutOptions options =
                  new LayoutOptions(
                      width, ImmutableSet.copyOf(EnumSet.allOf(LaneKind.class)), size, 0, true);
              Annotations report =
                  Annotations.of(GapAnalysis.standard().analyze(journey), true, language);
              MapLayout layout =
                  new MapLayouter(options, metrics, columns).layout(journey, report, language);
              assertTextsInTheirBoxes_andCardsApart(layout);
            });
  }

  /**
   * Whatever barriers opportunities address, before or after them, at touchpoints, stages or the
   * journey, and whatever their texts (Polish, CJK, one long word): each opportunity that has a
   * place sits in the column of its first barrier, the journey's own that address nothing or
   * barriers in several places sit in the journey's row, and every card stays in the lane, apart
   * from the others, its text inside it; also when the map wraps into bands of one to four columns.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "pl"})
  void layout_opportunitiesAddressingBarriersAnywhere_sitInTheColumnOfTheFirst(String tag) {
    Locale language = Locale.forLanguageTag(tag);
    qt().withExamples(200)
        .forAll(
            longs().all(),
            integers().between(120, 400),
            integers().between(8, 32),
            integers().between(0, 3))
        .checkAssert(
            (seed, width, size, lines) -> {
              Random random = new Random(seed);
              Journey journey = journeyOfOpportunities(random);
              int columns = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(4);
              LayoutOptions options =
                  new LayoutOptions(
                      width, ImmutableSet.copyOf(EnumSet.allOf(LaneKind.class)), size, lines, true);
              MapLayout layout =
                  new MapLayouter(options, metrics, columns)
                      .layout(journey, Annotations.NONE, language);
              assertTextsInTheirBoxes_andCardsApart(layout);
              assertOpportunitiesInTheColumnsOfTheirBarriers(journey, layout);
            });
  }

  private static void assertOpportunitiesInTheColumnsOfTheirBarriers(
      Journey journey, MapLayout layout) {
    if (journey.allOpportunities().isEmpty()) {
      return; // no lane of opportunities
    }
    Map<String, Group> groups = new HashMap<>();
    for (Group group : Shapes.of(layout, Group.class)) {
      if (group.id() != null) {
        groups.put(group.id(), group);
      }
    }
    List<Box> lanes = // one in each band of a wrapped map
        Shapes.of(layout, Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-lane-opportunities"))
            .map(Rect::box)
            .toList();
    Set<String> inJourneyRow = new HashSet<>();
    Group journeyRow = groups.get(Ids.JOURNEY_OPPORTUNITIES);
    if (journeyRow != null) {
      Shapes.of(journeyRow, Group.class).forEach(g -> inJourneyRow.add(g.id()));
    }
    Map<String, String> placeOfBarrier = new HashMap<>();
    for (Stage stage : journey.stages()) {
      stage.barriers().forEach(b -> placeOfBarrier.put(b.id(), stage.id()));
      for (Touchpoint touchpoint : stage.touchpoints()) {
        touchpoint.barriers().forEach(b -> placeOfBarrier.put(b.id(), touchpoint.id()));
      }
    }
    for (Opportunity opportunity : journey.allOpportunities()) {
      String id = Ids.of("opportunity", opportunity.id());
      Box card = cardOf(groups, id);
      assertThat(lanes).as("a lane holding %s", card).anyMatch(lane -> lane.contains(card));
      List<Barrier> addressed = new ArrayList<>(journey.allBarriers());
      addressed.removeIf(b -> !opportunity.addresses().contains(b.id()));
      Set<String> places = new HashSet<>();
      addressed.forEach(b -> places.add(placeOfBarrier.get(b.id())));
      boolean ofJourney = journey.opportunities().contains(opportunity);
      assertThat(inJourneyRow.contains(id))
          .as("%s in the journey's row", opportunity.id())
          .isEqualTo(ofJourney && places.size() != 1);
      if (!addressed.isEmpty() && !inJourneyRow.contains(id)) {
        Box first = cardOf(groups, Ids.of("barrier", addressed.get(0).id()));
        assertThat(card.x())
            .as("%s from the left of %s", card, first)
            .isCloseTo(first.x(), offset(EPSILON));
        assertThat(card.right())
            .as("%s to the right of %s", card, first)
            .isCloseTo(first.right(), offset(EPSILON));
      }
    }
  }

  /** The box of the card of the group {@code id}: its first rectangle. */
  private static Box cardOf(Map<String, Group> groups, String id) {
    Group group = groups.get(id);
    assertThat(group).as("the group %s", id).isNotNull();
    return Shapes.of(Objects.requireNonNull(group), Rect.class).get(0).box();
  }

  private static final List<Level> LEVELS = List.of(Level.LOW, Level.MEDIUM, Level.HIGH);

  /** Texts to try: Polish, Japanese, Arabic, one long word, a long sentence, one letter. */
  private static final List<String> TEXTS =
      List.of(
          "Rejestracja w aplikacji tylko numerem telefonu",
          "Zażółć gęślą jaźń – źdźbło",
          "注文履歴から同じ商品をワンタップで再注文できるようにする",
          "مراجعة الطلب قبل الدفع",
          "Ubezpieczenieodpowiedzialnościcywilnejprzewoźnikadrogowego",
          "The customer cannot see the delivery date until the very last step of the checkout, "
              + "so she leaves to compare it elsewhere",
          "x");

  private static String text(Random random) {
    String text = TEXTS.get(random.nextInt(TEXTS.size()));
    return random.nextInt(4) == 0 ? text + " " + text + " " + text : text;
  }

  /**
   * A journey of up to four stages of up to three touchpoints, with barriers at touchpoints and
   * stages, and opportunities at every level addressing any of them, before or after, or none.
   */
  private static Journey journeyOfOpportunities(Random random) {
    int stages = 1 + random.nextInt(4);
    int[][] touchpointBarriers = new int[stages][];
    int[] stageBarriers = new int[stages];
    int barriers = 0;
    for (int s = 0; s < stages; s++) {
      touchpointBarriers[s] = new int[random.nextInt(4)];
      for (int t = 0; t < touchpointBarriers[s].length; t++) {
        touchpointBarriers[s][t] = random.nextInt(3);
        barriers += touchpointBarriers[s][t];
      }
      stageBarriers[s] = random.nextInt(2);
      barriers += stageBarriers[s];
    }
    int barrierCount = barriers;
    int[] next = {0, 0}; // the next barrier's and the next opportunity's number
    JourneyBuilder journey = Journey.builder(text(random));
    for (int s = 0; s < stages; s++) {
      int stage = s;
      journey.stage(
          text(random),
          st -> {
            st.id("s" + stage);
            for (int t = 0; t < touchpointBarriers[stage].length; t++) {
              int touchpoint = t;
              st.touchpoint(
                  text(random),
                  tp -> {
                    tp.id("t" + stage + "-" + touchpoint).emotion(random.nextInt(5) - 2);
                    for (int b = 0; b < touchpointBarriers[stage][touchpoint]; b++) {
                      tp.barrier(text(random), barrier -> barrier.id("b" + next[0]++));
                    }
                    opportunities(random, barrierCount, next, tp::opportunity);
                  });
            }
            for (int b = 0; b < stageBarriers[stage]; b++) {
              st.barrier(text(random), barrier -> barrier.id("b" + next[0]++));
            }
            opportunities(random, barrierCount, next, st::opportunity);
          });
    }
    opportunities(random, barrierCount, next, journey::opportunity);
    return journey.build();
  }

  /** Adds up to two opportunities through {@code add}, each addressing up to three barriers. */
  private static void opportunities(
      Random random,
      int barrierCount,
      int[] next,
      BiConsumer<String, Consumer<OpportunityBuilder>> add) {
    int count = random.nextInt(3);
    for (int o = 0; o < count; o++) {
      List<String> addresses = new ArrayList<>();
      int addressed = barrierCount == 0 ? 0 : random.nextInt(4);
      for (int a = 0; a < addressed; a++) {
        String barrier = "b" + random.nextInt(barrierCount);
        if (!addresses.contains(barrier)) {
          addresses.add(barrier);
        }
      }
      Level impact = LEVELS.get(random.nextInt(LEVELS.size()));
      Level effort = LEVELS.get(random.nextInt(LEVELS.size()));
      String id = "o" + next[1]++;
      add.accept(
          text(random),
          opportunity ->
              opportunity
                  .id(id)
                  .addresses(addresses.toArray(String[]::new))
                  .impact(impact)
                  .effort(effort));
    }
  }

  /**
   * No text leaves the map or its card, no line is wider than its box, no card overlaps another.
   */
  static void assertTextsInTheirBoxes_andCardsApart(MapLayout layout) {
    FontMetrics metrics = FontMetrics.standard();
    Map<String, List<Box>> cardsByClass = new HashMap<>();
    List<Box> cards = new ArrayList<>();
    for (Rect rect : Shapes.of(layout, Rect.class)) {
      cardsByClass.computeIfAbsent(rect.cssClass(), c -> new ArrayList<>()).add(rect.box());
      if (Shapes.hasClass(rect.cssClass(), "cjm-card")
          || Shapes.hasClass(rect.cssClass(), "cjm-stage-band")) {
        cards.add(rect.box());
      }
    }
    Box map = new Box(0, 0, layout.width(), layout.height());
    for (Text text : Shapes.of(layout, Text.class)) {
      assertThat(map.contains(text.area())).as("text %s in the map %s", text.area(), map).isTrue();
      for (String line : text.lines()) {
        assertThat(metrics.width(line, text.font()))
            .as("the width of \"%s\" in its box %s", line, text.area())
            .isLessThanOrEqualTo(text.area().width() + EPSILON);
      }
      if (Shapes.hasClass(text.surface(), "cjm-card")) {
        assertThat(cardsByClass.getOrDefault(text.surface(), List.of()))
            .as("the cards of class %s around text %s", text.surface(), text.area())
            .anyMatch(card -> card.inset(4).contains(text.area()));
      }
    }
    cards.sort(Comparator.comparingDouble(Box::x));
    for (int i = 0; i < cards.size(); i++) {
      Box card = cards.get(i);
      for (int j = i + 1; j < cards.size() && cards.get(j).x() < card.right(); j++) {
        assertThat(card.overlaps(cards.get(j))).as("%s overlaps %s", card, cards.get(j)).isFalse();
      }
    }
  }
}
