package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The opportunities lane as a reader reads the map, down the columns: each opportunity under the
 * barriers it addresses, the journey's own that address nothing (or barriers in several places) in
 * a row of their own.
 */
class OpportunityLaneTest {
  private static final double EPSILON = 1e-6;

  /**
   * Three stages: "Browse" (touchpoints "Search" and "Product page", a barrier on each, and a stage
   * barrier), "Buy" (touchpoint "Checkout", a barrier) and "Wait" (no touchpoint).
   */
  private static JourneyBuilder journey() {
    return Journey.builder("Opportunities")
        .stage(
            "Browse",
            s ->
                s.touchpoint(
                        "Search",
                        t -> t.emotion(0).barrier("Results are poor", b -> b.id("poor-results")))
                    .touchpoint(
                        "Product page",
                        t ->
                            t.emotion(-1)
                                .barrier("No delivery date", b -> b.id("no-date"))
                                .opportunity("Better photos", o -> o.id("photos")))
                    .barrier("Prices change between visits", b -> b.id("prices"))
                    .opportunity("A price promise", o -> o.id("promise")))
        .stage(
            "Buy",
            s ->
                s.touchpoint(
                    "Checkout", t -> t.emotion(-2).barrier("Card declined", b -> b.id("declined"))))
        .stage("Wait", s -> s.goal("Receive the parcel"));
  }

  private static MapLayout layout(Journey journey) {
    return new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
        .layout(journey, Annotations.NONE, Locale.ENGLISH);
  }

  /** The box of the card of the element {@code id} of {@code kind} ("opportunity", "barrier"). */
  private static Box card(MapLayout layout, String kind, String id) {
    Group group = group(layout, Ids.of(kind, id)).orElseThrow();
    return Shapes.of(group, Rect.class).get(0).box();
  }

  private static Optional<Group> group(MapLayout layout, String id) {
    return Shapes.of(layout, Group.class).stream().filter(g -> id.equals(g.id())).findFirst();
  }

  private static boolean sameColumn(Box card, Box other) {
    return Math.abs(card.x() - other.x()) < EPSILON
        && Math.abs(card.right() - other.right()) < EPSILON;
  }

  /** Every line of text inside the group {@code id}. */
  private static List<String> lines(MapLayout layout, String id) {
    List<String> lines = new ArrayList<>();
    for (Text text : Shapes.of(group(layout, id).orElseThrow(), Text.class)) {
      lines.addAll(text.lines());
    }
    return lines;
  }

  @Test
  void journeysOpportunity_addressingOneBarrier_sitsInTheColumnOfThatBarrier() {
    MapLayout layout =
        layout(
            journey()
                .opportunity("Retry the card", o -> o.id("retry").addresses("declined"))
                .build());

    assertThat(
            sameColumn(card(layout, "opportunity", "retry"), card(layout, "barrier", "declined")))
        .isTrue();
    assertThat(group(layout, Ids.JOURNEY_OPPORTUNITIES)).isEmpty();
  }

  @Test
  void opportunityAddressingAStagesBarrier_spansThatStage() {
    MapLayout layout =
        layout(
            journey().opportunity("Fixed prices", o -> o.id("fixed").addresses("prices")).build());

    assertThat(sameColumn(card(layout, "opportunity", "fixed"), card(layout, "barrier", "prices")))
        .isTrue();
  }

  @Test
  void touchpointsOpportunity_addressingABarrierElsewhere_movesToThatBarrier() {
    Journey journey =
        journey()
            .stage(
                "Return",
                s ->
                    s.touchpoint(
                        "Return form",
                        t ->
                            t.opportunity(
                                "Faster checkout", o -> o.id("fast").addresses("declined"))))
            .build();

    MapLayout layout = layout(journey);

    assertThat(sameColumn(card(layout, "opportunity", "fast"), card(layout, "barrier", "declined")))
        .isTrue();
  }

  @Test
  void opportunityWithoutBarriers_sitsInTheColumnOfItsTouchpointOrStage() {
    MapLayout layout = layout(journey().build());

    Box photos = card(layout, "opportunity", "photos");
    Box promise = card(layout, "opportunity", "promise");

    assertThat(sameColumn(photos, card(layout, "barrier", "no-date"))).isTrue();
    assertThat(sameColumn(promise, card(layout, "barrier", "prices"))).isTrue();
    assertThat(promise.y()).isGreaterThan(photos.bottom());
  }

  @Test
  void opportunityAddressingBarriersInSeveralPlaces_sitsAtTheFirst_andNamesTheOthers() {
    Journey journey =
        journey()
            .stage(
                "Return",
                s ->
                    s.touchpoint(
                        "Return form",
                        t ->
                            t.opportunity(
                                "One account for everything",
                                o -> o.id("account").addresses("declined", "no-date", "prices"))))
            .build();

    MapLayout layout = layout(journey);

    assertThat(
            sameColumn(card(layout, "opportunity", "account"), card(layout, "barrier", "no-date")))
        .isTrue();
    assertThat(String.join(" ", lines(layout, Ids.of("opportunity", "account"))))
        .contains("Also addresses: Browse; Checkout");
  }

  @Test
  void alsoAddresses_isInTheMapsLanguage() {
    Journey journey =
        journey()
            .stage(
                "Return",
                s ->
                    s.touchpoint(
                        "Return form",
                        t ->
                            t.opportunity(
                                "Jedno konto",
                                o -> o.id("konto").addresses("declined", "no-date"))))
            .build();

    MapLayout layout =
        new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
            .layout(journey, Annotations.NONE, SampleJourneys.POLISH);

    assertThat(String.join(" ", lines(layout, Ids.of("opportunity", "konto"))))
        .contains("Dotyczy też: Checkout");
  }

  @Test
  void journeysOpportunities_addressingNothingOrSpreadBarriers_goInARowOfTheirOwn() {
    Journey journey =
        journey()
            .opportunity("A loyalty programme", o -> o.id("loyalty"))
            .opportunity("One design system", o -> o.id("design").addresses("no-date", "declined"))
            .build();

    MapLayout layout = layout(journey);

    Group row = group(layout, Ids.JOURNEY_OPPORTUNITIES).orElseThrow();
    List<String> rowText = new ArrayList<>();
    Shapes.of(row, Text.class).forEach(t -> rowText.addAll(t.lines()));
    assertThat(rowText).contains("For the whole journey");
    List<String> inRow = new ArrayList<>();
    Shapes.of(row, Group.class).forEach(g -> inRow.add(g.id()));
    assertThat(inRow)
        .containsExactly(Ids.of("opportunity", "design"), Ids.of("opportunity", "loyalty"));
    Box lastInColumns = card(layout, "opportunity", "promise");
    assertThat(card(layout, "opportunity", "loyalty").y()).isGreaterThan(lastInColumns.bottom());
  }

  @Test
  void opportunitiesInOneColumn_stackBestRankedFirst_thenInJourneyOrder() {
    Journey journey =
        journey()
            .opportunity("Slow fix", o -> o.id("slow").addresses("declined").effort(Level.HIGH))
            .opportunity("Plain fix", o -> o.id("plain").addresses("declined"))
            .opportunity(
                "Quick win",
                o -> o.id("quick").addresses("declined").impact(Level.HIGH).effort(Level.LOW))
            .opportunity("Another plain fix", o -> o.id("plain2").addresses("declined"))
            .build();

    MapLayout layout = layout(journey);

    Box quick = card(layout, "opportunity", "quick");
    Box plain = card(layout, "opportunity", "plain");
    Box plain2 = card(layout, "opportunity", "plain2");
    Box slow = card(layout, "opportunity", "slow");
    assertThat(quick.bottom()).isLessThan(plain.y());
    assertThat(plain.bottom()).isLessThan(plain2.y());
    assertThat(plain2.bottom()).isLessThan(slow.y());
  }

  @Test
  void laneHeight_followsTheTallestColumn() {
    JourneyBuilder builder = journey();
    for (int i = 0; i < 5; i++) {
      int n = i;
      builder.opportunity("Fix " + n, o -> o.id("fix-" + n).addresses("declined"));
    }
    MapLayout layout = layout(builder.build());

    Rect lane =
        Shapes.of(layout, Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-lane-opportunities"))
            .findFirst()
            .orElseThrow();
    Box last = card(layout, "opportunity", "fix-4");
    assertThat(lane.box().bottom()).isCloseTo(last.bottom() + Grid.INSET, offset(EPSILON));
  }
}
