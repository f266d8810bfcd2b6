package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.render.svg.internal.layout.Annotations;
import dev.cjm.render.svg.internal.layout.Comparison;
import dev.cjm.render.svg.internal.layout.FindingNote;
import dev.cjm.render.svg.internal.layout.Group;
import dev.cjm.render.svg.internal.layout.LayoutOptions;
import dev.cjm.render.svg.internal.layout.MapCheckNote;
import dev.cjm.render.svg.internal.layout.MapLayout;
import dev.cjm.render.svg.internal.layout.MapLayouter;
import dev.cjm.render.svg.internal.layout.Node;
import dev.cjm.render.svg.internal.layout.Observed;
import dev.cjm.render.svg.internal.layout.OverviewLayouter;
import dev.cjm.render.svg.internal.layout.PainPointNote;
import dev.cjm.render.svg.internal.layout.Text;
import dev.cjm.render.svg.internal.svg.Palette;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text of every theme meets WCAG 2 AA: a contrast ratio of at least 4.5:1 against what it is
 * drawn on (https://www.w3.org/TR/WCAG21/#contrast-minimum).
 */
class ContrastTest {
  private static final double AA = 4.5;
  private static final double NON_TEXT_AA = 3;

  @Test
  void everyTextOfEveryTheme_meetsWcagAaContrastWithItsBackground() {
    List<Text> texts = new ArrayList<>();
    for (Journey journey :
        List.of(
            SampleJourneys.polish(),
            SampleJourneys.longTexts(),
            SampleJourneys.manyTouchpoints(),
            SampleJourneys.small())) {
      collect(layoutWithEveryKindOfNote(journey).nodes(), texts);
    }
    // The overview's texts: the same surfaces, its list of pain points to fix first.
    Journey slide = SampleJourneys.slideSized();
    collect(
        new OverviewLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
            .layout(
                slide,
                Annotations.of(GapAnalysis.standard().analyze(slide), false, Locale.ENGLISH),
                Locale.ENGLISH)
            .nodes(),
        texts);
    for (Theme theme : Theme.all()) {
      // The sheet of a map with a report: the theme's rules and the priorities' colours.
      Palette palette = theme.palette().withPainPoints();
      for (Text text : texts) {
        String foreground = palette.fillOf(text.cssClass()).orElseThrow();
        String background = palette.fillOf(text.surface()).orElseThrow();
        assertThat(contrast(foreground, background))
            .as(
                "%s theme: contrast of .%s (%s) on %s (%s), text %s",
                theme, text.cssClass(), foreground, text.surface(), background, text.lines())
            .isGreaterThanOrEqualTo(AA);
      }
    }
  }

  /**
   * The texts a comparison with the current state adds (the "new" and "changed" badges, the stages'
   * lines of removed touchpoints, the legend's entries) meet AA in every theme, as do the rest.
   */
  @Test
  void everyTextOfAComparisonMap_meetsWcagAa_inEveryTheme() {
    JourneyDiff diff = ComparisonJourneys.diff();
    List<Text> texts = new ArrayList<>();
    for (Locale language : List.of(Locale.ENGLISH, SampleJourneys.POLISH)) {
      collect(
          new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
              .layout(diff.future(), Annotations.NONE, language, Comparison.of(diff))
              .nodes(),
          texts);
    }
    assertThat(texts)
        .extracting(Text::surface)
        .contains("cjm-change-badge cjm-change-added", "cjm-change-badge cjm-change-changed");
    assertThat(texts).extracting(Text::cssClass).contains("cjm-text cjm-removed-touchpoints");
    for (Theme theme : Theme.all()) {
      Palette palette = theme.palette().withComparison();
      for (Text text : texts) {
        String foreground = palette.fillOf(text.cssClass()).orElseThrow();
        String background = palette.fillOf(text.surface()).orElseThrow();
        assertThat(contrast(foreground, background))
            .as(
                "%s theme: contrast of .%s (%s) on %s (%s), text %s",
                theme, text.cssClass(), foreground, text.surface(), background, text.lines())
            .isGreaterThanOrEqualTo(AA);
      }
    }
  }

  /**
   * The texts of a planned map with its observed cases (the bars' figures, the long waits, the
   * ad-hoc steps, "+N more", the legend's entries) meet AA in every theme, in English and Polish,
   * also wrapped into bands; and the overlay's graphics (the observed curve and its squares, the
   * bars' fills, the ad-hoc diamonds, the long waits' mark) stand out at 3:1 from both lane shades.
   */
  @Test
  void everyTextAndGraphicOfAnObservedMap_meetsWcagAa_inEveryTheme() {
    Journey plan = ObservedJourneys.plan();
    Observed observed = Observed.of(plan, ObservedJourneys.summary());
    List<Text> texts = new ArrayList<>();
    for (Locale language : List.of(Locale.ENGLISH, SampleJourneys.POLISH)) {
      for (int columns : List.of(24, 2)) {
        collect(
            new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard(), columns)
                .layout(plan, Annotations.NONE, language, Comparison.NONE, observed)
                .nodes(),
            texts);
      }
    }
    assertThat(texts).extracting(Text::surface).anyMatch(s -> s.contains("cjm-lane-observed"));
    for (Theme theme : Theme.all()) {
      Palette palette = theme.palette().withObserved();
      for (Text text : texts) {
        String foreground = palette.fillOf(text.cssClass()).orElseThrow();
        String background = palette.fillOf(text.surface()).orElseThrow();
        assertThat(contrast(foreground, background))
            .as(
                "%s theme: contrast of .%s (%s) on %s (%s), text %s",
                theme, text.cssClass(), foreground, text.surface(), background, text.lines())
            .isGreaterThanOrEqualTo(AA);
      }
      for (String lane : List.of("cjm-lane-even", "cjm-lane-odd")) {
        String background = palette.fillOf(lane).orElseThrow();
        String curve = strokeOf(palette, "cjm-emotion-observed");
        assertThat(contrast(curve, background))
            .as("%s theme: the observed curve (%s) on %s", theme, curve, lane)
            .isGreaterThanOrEqualTo(NON_TEXT_AA);
        for (String graphic :
            List.of(
                "cjm-emotion-observed-marker",
                "cjm-observed-reached",
                "cjm-observed-failed",
                "cjm-observed-ended",
                "cjm-observed-ad-hoc-marker",
                "cjm-observed-long-wait")) {
          String fill = palette.fillOf(graphic).orElseThrow();
          assertThat(contrast(fill, background))
              .as("%s theme: .%s (%s) on %s (%s)", theme, graphic, fill, lane, background)
              .isGreaterThanOrEqualTo(NON_TEXT_AA);
        }
      }
    }
  }

  @Test
  void rankNumeral_onTheMarkerOfEveryPriority_meetsWcagAa_inEveryTheme() {
    List<Text> texts = new ArrayList<>();
    collect(layoutWithEveryKindOfNote(SampleJourneys.small()).nodes(), texts);
    List<Text> numerals =
        texts.stream().filter(t -> t.surface().startsWith("cjm-pain-point-marker ")).toList();
    Set<String> markers = new TreeSet<>();
    numerals.forEach(t -> markers.add(t.surface()));
    assertThat(markers)
        .containsExactly(
            "cjm-pain-point-marker cjm-priority-critical",
            "cjm-pain-point-marker cjm-priority-high",
            "cjm-pain-point-marker cjm-priority-low",
            "cjm-pain-point-marker cjm-priority-medium");
    for (Theme theme : Theme.all()) {
      Palette palette = theme.palette().withPainPoints();
      for (Text numeral : numerals) {
        String marker = palette.fillOf(numeral.surface()).orElseThrow();
        assertThat(contrast(palette.fillOf(numeral.cssClass()).orElseThrow(), marker))
            .as("%s theme: rank %s on %s (%s)", theme, numeral.lines(), numeral.surface(), marker)
            .isGreaterThanOrEqualTo(AA);
      }
    }
  }

  /**
   * The map of {@code journey} with a pain point of every priority on its first touchpoint, its
   * first stage and the journey as a whole, a map check of every priority and a finding of every
   * severity.
   */
  private static MapLayout layoutWithEveryKindOfNote(Journey journey) {
    String touchpoint = journey.allTouchpoints().get(0).id();
    String stage = journey.stages().get(0).id();
    List<PainPointNote> painPoints = new ArrayList<>();
    List<MapCheckNote> mapChecks = new ArrayList<>();
    // Critical on the touchpoint, high on the stage, medium and low on the journey as a whole.
    List<String> subjects = List.of(touchpoint, stage, "", "");
    for (Priority priority : Priority.values()) {
      int rank = painPoints.size() + 1;
      painPoints.add(
          new PainPointNote(
              rank,
              priority,
              subjects.get(rank - 1),
              "pain point " + rank,
              Optional.empty(),
              "summary"));
      mapChecks.add(new MapCheckNote(priority, "map check of priority " + priority));
    }
    List<FindingNote> findings = new ArrayList<>();
    for (FindingSeverity severity : FindingSeverity.values()) {
      findings.add(new FindingNote(severity, "Checkout", "finding of severity " + severity));
    }
    return new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
        .layout(journey, Annotations.of(painPoints, 3, mapChecks, findings));
  }

  @Test
  void everyChannelColour_carriesItsBadgeText_atWcagAa_andDiffersFromTheOthers_inEveryTheme() {
    for (Theme theme : Theme.all()) {
      Palette palette = theme.palette();
      String text = palette.fillOf("cjm-on-accent").orElseThrow();
      Set<String> colours = new TreeSet<>();
      for (int i = 0; i < Palette.CHANNEL_COLOURS; i++) {
        String pill = palette.fillOf("cjm-channel cjm-channel-" + i).orElseThrow();
        colours.add(pill);
        assertThat(contrast(text, pill))
            .as("%s theme: text %s on channel colour %s (%s)", theme, text, i, pill)
            .isGreaterThanOrEqualTo(AA);
      }
      assertThat(colours).as("%s theme's channel colours", theme).hasSize(Palette.CHANNEL_COLOURS);
    }
  }

  @Test
  void everyBadgeOfAMapOfManyChannels_includingOnesTheUserColoured_meetsWcagAa() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Palette.CHANNEL_COLOURS + 2; i++) {
      names.add("channel " + i);
    }
    names.add("Web");
    Journey journey =
        Journey.builder("Many channels")
            .stage(
                "Only",
                s -> names.forEach(n -> s.touchpoint("At " + n, t -> t.channel(Channel.of(n)))))
            .build();
    ImmutableMap<Channel, String> own =
        ImmutableMap.of(Channel.of("channel 0"), "#ffe066", Channel.WEB, "#0a2540");
    LayoutOptions options = new LayoutOptions(200, LayoutOptions.DEFAULT.lanes(), 12, 0, true, own);
    List<Text> texts = new ArrayList<>();
    collect(
        new MapLayouter(options, FontMetrics.standard()).layout(journey, Annotations.NONE).nodes(),
        texts);
    for (Theme theme : Theme.all()) {
      Palette palette = theme.palette().withChannelColours(own.values().asList());
      for (Text text : texts) {
        String foreground = palette.fillOf(text.cssClass()).orElseThrow();
        String background = palette.fillOf(text.surface()).orElseThrow();
        assertThat(contrast(foreground, background))
            .as(
                "%s theme: %s (%s) on %s (%s)",
                theme, text.lines(), foreground, text.surface(), background)
            .isGreaterThanOrEqualTo(AA);
      }
    }
  }

  @Test
  void textOnAnyColour_isWhiteOrBlack_andMeetsWcagAa() {
    for (int r = 0; r <= 255; r += 15) {
      for (int g = 0; g <= 255; g += 15) {
        for (int b = 0; b <= 255; b += 15) {
          String colour = String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
          String text = Palette.textOn(colour);
          assertThat(text).isIn("#ffffff", "#000000");
          assertThat(contrast(text, colour))
              .as("text %s on %s", text, colour)
              .isGreaterThanOrEqualTo(AA);
        }
      }
    }
    assertThat(Palette.textOn("#ffe066")).isEqualTo("#000000");
    assertThat(Palette.textOn("#0a2540")).isEqualTo("#ffffff");
  }

  /**
   * The graphics that carry meaning without words stand out from what they are drawn on at 3:1, the
   * WCAG AA ratio for non-text contrast (https://www.w3.org/TR/WCAG21/#non-text-contrast): the
   * hatching of a shortfall and the line of an exceeded gap against the emotion lane, a metric's
   * target tick against its card and its bar's track.
   */
  @Test
  void meaningfulGraphics_meetWcagAaNonTextContrast_inEveryTheme() {
    for (Theme theme : Theme.all()) {
      Palette palette = theme.palette();
      for (String lane : List.of("cjm-lane-even", "cjm-lane-odd")) {
        String background = palette.fillOf(lane).orElseThrow();
        for (String graphic : List.of("cjm-emotion-hatch", "cjm-emotion-gap-line-exceeded")) {
          String stroke = strokeOf(palette, graphic);
          assertThat(contrast(stroke, background))
              .as("%s theme: .%s (%s) on %s (%s)", theme, graphic, stroke, lane, background)
              .isGreaterThanOrEqualTo(NON_TEXT_AA);
        }
      }
      String tick = palette.fillOf("cjm-bar-target").orElseThrow();
      for (String under : List.of("cjm-card", "cjm-bar-track")) {
        String background = palette.fillOf(under).orElseThrow();
        assertThat(contrast(tick, background))
            .as("%s theme: the target tick (%s) on %s (%s)", theme, tick, under, background)
            .isGreaterThanOrEqualTo(NON_TEXT_AA);
      }
    }
  }

  private static String strokeOf(Palette palette, String cssClass) {
    String stroke = "";
    for (Palette.Rule rule : palette.rules()) {
      String own = rule.stroke();
      if (rule.cssClass().equals(cssClass) && own != null) {
        stroke = own;
      }
    }
    assertThat(stroke).as("stroke of .%s", cssClass).isNotEmpty();
    return stroke;
  }

  @Test
  void contrast_followsTheWcagFormula() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49); // just fails AA
    assertThat(Palette.contrast("#777777", "#ffffff")).isEqualTo(contrast("#777777", "#ffffff"));
  }

  private static void collect(List<Node> nodes, List<Text> out) {
    for (Node node : nodes) {
      if (node instanceof Text text) {
        out.add(text);
      } else if (node instanceof Group group) {
        collect(group.children(), out);
      }
    }
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1).toLowerCase(Locale.ROOT), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
