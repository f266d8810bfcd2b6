package dev.cjm.render.svg.internal.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cjm.core.Barrier;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Persona;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.render.svg.ComparisonJourneys;
import dev.cjm.render.svg.JourneyGenerators;
import dev.cjm.render.svg.ObservedJourneys;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.layout.Annotations;
import dev.cjm.render.svg.internal.layout.Comparison;
import dev.cjm.render.svg.internal.layout.Observed;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A map's default id is a hash of everything the map shows, walked field by field: the same map
 * always gets the same id, on any JDK and in any locale, and two maps that differ in anything, a
 * letter, an id, an optional flag, a "one of" group, a compared state, observed cases, get
 * different ones.
 */
class MapIdTest {
  private static final Journey CHOICES =
      Journey.builder("Click and collect")
          .stage(
              "Awareness",
              s ->
                  s.oneOf("entry", e -> e.touchpoint("Facebook ad").touchpoint("Google search"))
                      .touchpoint("Newsletter", t -> t.channel(Channel.EMAIL).emotion(1)))
          .stage("Advocacy", s -> s.touchpoint("Review request", t -> t.optional()))
          .build();

  private static String idOf(Journey journey) {
    return new MapId().journey(journey).scope().mapId();
  }

  @Test
  void theSameJourney_getsTheSameId_differentJourneysDifferentOnes() {
    qt().withExamples(300)
        .forAll(JourneyGenerators.journeys(), JourneyGenerators.journeys())
        .checkAssert(
            (a, b) -> {
              assertThat(idOf(a.toBuilder().build())).isEqualTo(idOf(a));
              if (!a.equals(b)) {
                assertThat(idOf(a)).as("the ids of two different journeys").isNotEqualTo(idOf(b));
              }
            });
  }

  @Test
  void oneLetter_anId_theOptionalFlag_andTheOneOfGroup_eachChangeTheId() {
    List<UnaryOperator<Journey>> edits =
        List.of(
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.doing("Reads it")).build(),
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.doing("Reads it.")).build(),
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.id("mail")).build(),
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.optional()).build(),
            j -> j.toBuilder().editTouchpoint("review-request", t -> t.required()).build(),
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.emotion(1, "glad")).build(),
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.emotion(1.01)).build(),
            j -> j.toBuilder().locale(Locale.forLanguageTag("pl")).build(),
            j -> j.toBuilder().editTouchpoint("newsletter", t -> t.oneOf("entry")).build(),
            j ->
                Journey.builder("Click and collect")
                    .stage(
                        "Awareness",
                        s ->
                            s.oneOf(
                                    "start",
                                    e -> e.touchpoint("Facebook ad").touchpoint("Google search"))
                                .touchpoint("Newsletter", t -> t.channel(Channel.EMAIL).emotion(1)))
                    .stage("Advocacy", s -> s.touchpoint("Review request", t -> t.optional()))
                    .build());
    Set<String> ids = new HashSet<>();
    ids.add(idOf(CHOICES));
    for (UnaryOperator<Journey> edit : edits) {
      Journey edited = edit.apply(CHOICES);
      assertThat(edited).isNotEqualTo(CHOICES);
      ids.add(idOf(edited));
    }
    assertThat(ids).hasSize(edits.size() + 1);
  }

  @Test
  void theText_isFedWithItsLength_soMovingABoundaryChangesTheId() {
    Journey ab = Journey.builder("ab").stage("c", s -> s.touchpoint("d")).build();
    Journey a = Journey.builder("a").stage("bc", s -> s.id("c").touchpoint("d")).build();

    assertThat(new MapId().text("ab").text("c").scope().mapId())
        .isNotEqualTo(new MapId().text("a").text("bc").scope().mapId());
    assertThat(idOf(ab)).isNotEqualTo(idOf(a));
  }

  @Test
  void theReport_theComparison_andTheObservedCases_eachChangeTheId() {
    Journey future = ComparisonJourneys.future();
    Journey plan = ObservedJourneys.plan();
    Annotations report =
        Annotations.of(GapAnalysis.standard().analyze(future), false, Locale.ENGLISH);
    Annotations withFindings =
        Annotations.of(GapAnalysis.standard().analyze(future), true, Locale.ENGLISH);
    Comparison comparison =
        Comparison.of(JourneyDiff.between(ComparisonJourneys.current(), future));
    Observed observed = Observed.of(plan, ObservedJourneys.summary());

    List<String> ids =
        List.of(
            full(future, Annotations.NONE, Comparison.NONE, Observed.NONE),
            full(future, report, Comparison.NONE, Observed.NONE),
            full(future, withFindings, Comparison.NONE, Observed.NONE),
            full(future, Annotations.NONE, comparison, Observed.NONE),
            full(plan, Annotations.NONE, Comparison.NONE, Observed.NONE),
            full(plan, Annotations.NONE, Comparison.NONE, observed));

    assertThat(new HashSet<>(ids)).hasSize(ids.size());
  }

  private static String full(
      Journey journey, Annotations annotations, Comparison comparison, Observed observed) {
    return new MapId()
        .journey(journey)
        .annotations(annotations)
        .comparison(comparison)
        .observed(observed)
        .scope()
        .mapId();
  }

  @Test
  void theId_isTheSameInEveryLocale_andPinned() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("en", "tr", "pl", "ar-EG", "th-TH-u-nu-thai", "hi-IN")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        // Pinned: a JDK or a locale that hashed another way would give every map a new id.
        assertThat(idOf(CHOICES)).as("in %s", tag).isEqualTo("cjm-76399be6");
        assertThat(idOf(SampleJourneys.polishInPolish())).as("in %s", tag).isEqualTo(POLISH_ID);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static final String POLISH_ID = "cjm-9e8043c6";

  /**
   * The model's attributes as this test knows them: a new one fails here until {@link MapId} feeds
   * it too (and this list names it), so no part of a journey is left out of its map's id.
   */
  @Test
  void everyAttributeOfTheModel_isOneTheIdIsMadeOf() {
    assertThat(attributes(Journey.class))
        .containsExactlyInAnyOrder(
            "title",
            "description",
            "accessibilityTitle",
            "accessibilityDescription",
            "persona",
            "stages",
            "opportunities",
            "state",
            "locale");
    assertThat(attributes(Persona.class))
        .containsExactlyInAnyOrder(
            "name", "description", "goals", "needs", "expectations", "frustrations", "quote");
    assertThat(attributes(Stage.class))
        .containsExactlyInAnyOrder(
            "id", "name", "phase", "goal", "touchpoints", "barriers", "opportunities", "metrics");
    assertThat(attributes(Touchpoint.class))
        .containsExactlyInAnyOrder(
            "id",
            "name",
            "channel",
            "owner",
            "actors",
            "doing",
            "thinking",
            "feeling",
            "emotion",
            "expectedEmotion",
            "barriers",
            "opportunities",
            "optional",
            "oneOf");
    assertThat(attributes(Barrier.class))
        .containsExactlyInAnyOrder("id", "description", "severity", "frequency");
    assertThat(attributes(Opportunity.class))
        .containsExactlyInAnyOrder("id", "description", "addresses", "impact", "effort");
    assertThat(attributes(Metric.class))
        .containsExactlyInAnyOrder("name", "value", "target", "unit", "higherIsBetter");
  }

  /**
   * The attributes of an Immutables value type: the final fields of its generated class (lazy
   * values such as {@code allTouchpoints()}, worked out from the attributes, are not final).
   */
  private static List<String> attributes(Class<?> type) {
    return Arrays.stream(immutableOf(type).getDeclaredFields())
        .filter(f -> Modifier.isFinal(f.getModifiers()) && !Modifier.isStatic(f.getModifiers()))
        .map(Field::getName)
        .toList();
  }

  private static Class<?> immutableOf(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated class for " + type, e);
    }
  }
}
