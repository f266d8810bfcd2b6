package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.Priority;
import dev.cjm.render.svg.internal.layout.Annotations;
import dev.cjm.render.svg.internal.layout.FindingNote;
import dev.cjm.render.svg.internal.layout.Group;
import dev.cjm.render.svg.internal.layout.LayoutOptions;
import dev.cjm.render.svg.internal.layout.MapCheckNote;
import dev.cjm.render.svg.internal.layout.MapLayout;
import dev.cjm.render.svg.internal.layout.MapLayouter;
import dev.cjm.render.svg.internal.layout.Node;
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
  void contrast_followsTheWcagFormula() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49); // just fails AA
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
