package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableSet;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.render.svg.JourneyGenerators;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
              Map<String, List<Box>> cardsByClass = new HashMap<>();
              List<Box> cards = new ArrayList<>();
              for (Rect rect : Shapes.of(layout, Rect.class)) {
                cardsByClass
                    .computeIfAbsent(rect.cssClass(), c -> new ArrayList<>())
                    .add(rect.box());
                if (Shapes.hasClass(rect.cssClass(), "cjm-card")
                    || Shapes.hasClass(rect.cssClass(), "cjm-stage-band")) {
                  cards.add(rect.box());
                }
              }
              Box map = new Box(0, 0, layout.width(), layout.height());
              for (Text text : Shapes.of(layout, Text.class)) {
                assertThat(map.contains(text.area()))
                    .as("text %s in the map %s", text.area(), map)
                    .isTrue();
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
                  assertThat(card.overlaps(cards.get(j)))
                      .as("%s overlaps %s", card, cards.get(j))
                      .isFalse();
                }
              }
            });
  }
}
