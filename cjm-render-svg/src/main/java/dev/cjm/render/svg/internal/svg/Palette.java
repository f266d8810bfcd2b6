package dev.cjm.render.svg.internal.svg;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The colours of a theme, as the rules of the map's style sheet: one rule per class, in order
 * (later rules win, as in CSS). Colours are six-digit hex, the only form every SVG renderer reads.
 *
 * <p>The colours of the four priorities (pain-point markers, priority badges and their legend) are
 * rules of their own, added by {@link #withPainPoints()} to the sheet of a map that shows a gap
 * report; a map without one keeps the sheet it always had. Likewise the rules of a future state
 * compared with its current state (the faint current curve, the "new" and "changed" badges) are
 * added by {@link #withComparison()}, those of a planned map carrying observed cases (the observed
 * curve, the bars, the ad-hoc and long-wait marks) by {@link #withObserved()}, and those of a plan
 * with choices (the dashed border of an optional touchpoint, the "one of" bracket) by {@link
 * #withChoices()}.
 */
public final class Palette {
  private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

  /**
   * How many colours channel badges are painted in ({@code cjm-channel-0} to {@code
   * cjm-channel-15}): the well-known channels have the first twelve, a custom channel any of them.
   */
  public static final int CHANNEL_COLOURS = 16;

  /** The text colours a channel colour set by the user may carry: white, else black. */
  private static final List<String> TEXT_ON_OWN_COLOUR = List.of("#ffffff", "#000000");

  /** The WCAG AA contrast ratio for text. */
  private static final double AA = 4.5;

  /** One rule of the style sheet: a class and how it paints. */
  public record Rule(
      String cssClass,
      @Nullable String fill,
      @Nullable String stroke,
      double strokeWidth,
      String extra) {
    /** Checks that colours are hex. */
    public Rule {
      if (fill != null && !fill.equals("none") && !HEX.matcher(fill).matches()) {
        throw new IllegalArgumentException(
            "fill " + fill + " of ." + cssClass + ": expected #rrggbb");
      }
      if (stroke != null && !HEX.matcher(stroke).matches()) {
        throw new IllegalArgumentException(
            "stroke " + stroke + " of ." + cssClass + ": expected #rrggbb");
      }
    }
  }

  private final String name;
  private final ImmutableList<Rule> rules;
  private final ImmutableList<Rule> painPointRules;
  private final ImmutableList<Rule> comparisonRules;
  private final ImmutableList<Rule> observedRules;
  private final ImmutableList<Rule> choiceRules;

  private Palette(
      String name,
      List<Rule> rules,
      List<Rule> painPointRules,
      List<Rule> comparisonRules,
      List<Rule> observedRules,
      List<Rule> choiceRules) {
    this.name = name;
    this.rules = ImmutableList.copyOf(rules);
    this.painPointRules = ImmutableList.copyOf(painPointRules);
    this.comparisonRules = ImmutableList.copyOf(comparisonRules);
    this.observedRules = ImmutableList.copyOf(observedRules);
    this.choiceRules = ImmutableList.copyOf(choiceRules);
  }

  /** The theme's name ("light"). */
  public String name() {
    return name;
  }

  /** The rules, in style-sheet order. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * This palette with the colours of the four priorities added at the end of its sheet ({@code
   * cjm-priority-critical} to {@code cjm-priority-low}), for a map that marks pain points; the same
   * palette if they are there already.
   */
  public Palette withPainPoints() {
    if (painPointRules.isEmpty()) {
      return this;
    }
    return new Palette(
        name,
        ImmutableList.<Rule>builder().addAll(rules).addAll(painPointRules).build(),
        List.of(),
        comparisonRules,
        observedRules,
        choiceRules);
  }

  /**
   * This palette with the rules of a future state compared with its current state added at the end
   * of its sheet: the current state's faint curve and its markers ({@code cjm-emotion-current},
   * {@code cjm-emotion-current-marker}) and the touchpoints' change badges ({@code
   * cjm-change-added}, its text {@code cjm-change-added-text}, {@code cjm-change-changed}); the
   * same palette if they are there already.
   */
  public Palette withComparison() {
    if (comparisonRules.isEmpty()) {
      return this;
    }
    return new Palette(
        name,
        ImmutableList.<Rule>builder().addAll(rules).addAll(comparisonRules).build(),
        painPointRules,
        List.of(),
        observedRules,
        choiceRules);
  }

  /**
   * This palette with the rules of a planned map that carries observed cases added at the end of
   * its sheet: the observed emotion curve and its square markers ({@code cjm-emotion-observed},
   * {@code cjm-emotion-observed-marker}), the reached, failed and ended-here bars ({@code
   * cjm-observed-reached}, {@code cjm-observed-failed}, {@code cjm-observed-ended}), the ad-hoc
   * steps' markers ({@code cjm-observed-ad-hoc-marker}) and the long waits' mark ({@code
   * cjm-observed-long-wait}); the same palette if they are there already.
   */
  public Palette withObserved() {
    if (observedRules.isEmpty()) {
      return this;
    }
    return new Palette(
        name,
        ImmutableList.<Rule>builder().addAll(rules).addAll(observedRules).build(),
        painPointRules,
        comparisonRules,
        List.of(),
        choiceRules);
  }

  /**
   * This palette with the rules of a plan with choices added at the end of its sheet: the dashed
   * border of an optional touchpoint's card ({@code cjm-optional}) and the bracket over the
   * alternatives of a "one of" group ({@code cjm-one-of}); the same palette if they are there
   * already.
   */
  public Palette withChoices() {
    if (choiceRules.isEmpty()) {
      return this;
    }
    return new Palette(
        name,
        ImmutableList.<Rule>builder().addAll(rules).addAll(choiceRules).build(),
        painPointRules,
        comparisonRules,
        observedRules,
        List.of());
  }

  /**
   * This palette with the colours a user set for channels, in order, added at the end of its sheet:
   * the {@code i}th paints the pill {@code cjm-channel-own-i} and its text {@code
   * cjm-channel-own-text-i} (white or black, see {@link #textOn(String)}); the same palette if
   * there are none.
   */
  public Palette withChannelColours(List<String> colours) {
    if (colours.isEmpty()) {
      return this;
    }
    List<Rule> own = new ArrayList<>(rules);
    for (int i = 0; i < colours.size(); i++) {
      String colour = colours.get(i);
      own.add(new Rule("cjm-channel-own-" + i, colour, null, 0, ""));
      own.add(new Rule("cjm-channel-own-text-" + i, textOn(colour), null, 0, ""));
    }
    return new Palette(name, own, painPointRules, comparisonRules, observedRules, choiceRules);
  }

  /**
   * The text colour for a label on {@code colour} ({@code #rrggbb}): white if it meets the WCAG AA
   * contrast ratio of 4.5:1 there, else black. One of the two always does (every colour contrasts
   * at least 4.58:1 with one of them), so any colour can carry a label.
   */
  public static String textOn(String colour) {
    for (String text : TEXT_ON_OWN_COLOUR) {
      if (contrast(text, colour) >= AA) {
        return text;
      }
    }
    throw new IllegalArgumentException(
        "colour " + colour + ": neither white nor black text reaches 4.5:1 on it");
  }

  /** The WCAG 2 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
  }

  private static double linear(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /**
   * The fill an element with these classes (separated by spaces) gets: that of the last rule in the
   * sheet that matches one of them and sets a fill.
   */
  public Optional<String> fillOf(String classes) {
    List<String> own = List.of(classes.split(" "));
    String fill = null;
    for (Rule rule : rules) {
      if (rule.fill() != null && own.contains(rule.cssClass())) {
        fill = rule.fill();
      }
    }
    return Optional.ofNullable(fill);
  }

  /** The colours of one theme, from which its rules are made. */
  private static final class Colours {
    String background = "#ffffff";
    String laneEven = "#ffffff";
    String laneOdd = "#f6f8fa";
    String text = "#1f2328";
    String muted = "#59636e";
    String onAccent = "#ffffff";
    String card = "#ffffff";
    String border = "#d1d9e0";
    double borderWidth = 1;
    String thinking = "#f5f3ff";
    String feeling = "#fdf2f8";
    String[] bands = {"#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe", "#ccfbf1"};
    @Nullable String bandStroke;
    String[] barrierTints = {"#fefce8", "#fff7ed", "#fef2f2", "#fee2e2"};
    String[] stripes = {"#ca8a04", "#ea580c", "#dc2626", "#7f1d1d"};
    String opportunity = "#ecfdf5";
    String opportunityBorder = "#a7f3d0";
    String quickWin = "#047857";
    String level = "#e5e7eb";
    // Twelve hues for the well-known channels, in their order, then four more; each carries
    // white text at 4.5:1 or more, and all sixteen differ in hue or lightness.
    String[] channels = {
      "#1d4ed8", "#6d28d9", "#0f766e", "#be185d", "#047857", "#b45309", "#4338ca", "#0e7490",
      "#a21caf", "#15803d", "#9f1239", "#57534e", "#b91c1c", "#3f6212", "#475569", "#854d0e"
    };
    String[] emotions = {"#dc2626", "#f97316", "#eab308", "#84cc16", "#16a34a"};
    String curve = "#1f2328";
    double curveWidth = 2.5;
    String expected = "#6366f1";
    // Felt below expected: a red tint, hatched in a red that stands out from the lane at 3:1 or
    // more (the WCAG AA ratio for graphics); felt above expected: a plain green tint.
    String shortfall = "#f87171";
    String shortfallHatch = "#b91c1c";
    String exceeded = "#22c55e";
    String exceededLine = "#15803d";
    String gapOpacity = "0.3";
    String grid = "#e5e7eb";
    String baseline = "#8c959f";
    String avatar = "#4f46e5";
    String[] findings = {"#57606a", "#b45309", "#b91c1c"};
    // Critical, high, medium, low: each carries a white rank numeral at 4.5:1 or more.
    String[] priorities = {"#7f1d1d", "#c2410c", "#a16207", "#57606a"};
    String barOn = "#16a34a";
    String barOff = "#dc2626";
    String track = "#e5e7eb";
    // The part of a lower-is-better metric's bar up to its target, when the rest is over it.
    String barWithin = "#afb8c1";
    // The observed cases: the mean emotion's curve, the reached and ended-here bars, the ad-hoc
    // steps' markers; each stands out from the lanes at 3:1 or more (WCAG AA for graphics).
    String observed = "#c2410c";
    String reached = "#1d4ed8";
    String ended = "#8a6100";
    String adHoc = "#7c3aed";
  }

  /** Dark text on white and soft tints; the default. */
  public static Palette light() {
    return build("light", new Colours());
  }

  /** Light text on a near-black background. */
  public static Palette dark() {
    Colours c = new Colours();
    c.background = "#0d1117";
    c.laneEven = "#0d1117";
    c.laneOdd = "#151b23";
    c.text = "#e6edf3";
    c.muted = "#9198a1";
    c.card = "#1c2128";
    c.border = "#3d444d";
    c.thinking = "#221d35";
    c.feeling = "#2a1a24";
    c.bands = new String[] {"#1e3a5f", "#14432a", "#4d3510", "#5a1a3c", "#3b2470", "#134e4a"};
    c.barrierTints = new String[] {"#2b2811", "#33220f", "#3a1717", "#4c1111"};
    c.stripes = new String[] {"#eab308", "#f97316", "#ef4444", "#fca5a5"};
    c.opportunity = "#0f2e22";
    c.opportunityBorder = "#1f6f4f";
    c.level = "#30363d";
    c.curve = "#e6edf3";
    c.expected = "#a5b4fc";
    c.shortfallHatch = "#f87171";
    c.exceededLine = "#4ade80";
    c.grid = "#30363d";
    c.baseline = "#6e7681";
    c.findings = new String[] {"#57606a", "#b45309", "#b91c1c"};
    // Brighter than the light theme's critical, which would sink into the dark cards.
    c.priorities = new String[] {"#b91c1c", "#c2410c", "#a16207", "#57606a"};
    c.barOn = "#22c55e";
    c.barOff = "#ef4444";
    c.track = "#30363d";
    c.barWithin = "#6e7681";
    c.observed = "#fb923c";
    c.reached = "#60a5fa";
    c.ended = "#d4a72c";
    c.adHoc = "#a78bfa";
    return build("dark", c);
  }

  /** Black on white with strong borders and saturated accents, for low vision. */
  public static Palette highContrast() {
    Colours c = new Colours();
    c.laneOdd = "#ffffff";
    c.text = "#000000";
    c.muted = "#1a1a1a";
    c.border = "#000000";
    c.borderWidth = 1.5;
    c.thinking = "#ffffff";
    c.feeling = "#ffffff";
    c.bands = new String[] {"#ffffff", "#ffffff", "#ffffff", "#ffffff", "#ffffff", "#ffffff"};
    c.bandStroke = "#000000";
    c.barrierTints = new String[] {"#ffffff", "#ffffff", "#ffffff", "#ffffff"};
    c.stripes = new String[] {"#7a5c00", "#b34700", "#c00000", "#000000"};
    c.opportunity = "#ffffff";
    c.opportunityBorder = "#000000";
    c.quickWin = "#000000";
    c.level = "#ffffff";
    // The same hues as the other themes, darkened to carry white text at 7:1 or more.
    c.channels =
        new String[] {
          "#1b4acf", "#6d28d9", "#0c635c", "#aa1553", "#036449", "#8f4207", "#4338ca", "#0b6178",
          "#9519a1", "#106630", "#9f1239", "#57534e", "#ad1a1a", "#3f6212", "#475569", "#824b0d"
        };
    c.emotions = new String[] {"#c00000", "#d45500", "#7a6a00", "#3d7a00", "#006400"};
    c.curve = "#000000";
    c.curveWidth = 3;
    c.expected = "#0033cc";
    c.shortfall = "#c00000";
    c.shortfallHatch = "#c00000";
    c.exceeded = "#006400";
    c.exceededLine = "#006400";
    c.gapOpacity = "0.2";
    c.grid = "#767676";
    c.baseline = "#000000";
    c.avatar = "#000000";
    c.findings = new String[] {"#333333", "#8a4500", "#c00000"};
    c.priorities = new String[] {"#c00000", "#8a4500", "#7a5c00", "#333333"};
    c.barOn = "#006400";
    c.barOff = "#c00000";
    c.track = "#dddddd";
    c.barWithin = "#767676";
    c.observed = "#8a3300";
    c.reached = "#0033cc";
    c.ended = "#5c4400";
    c.adHoc = "#5b21b6";
    return build("high-contrast", c);
  }

  private static Palette build(String name, Colours c) {
    List<Rule> r = new ArrayList<>();
    r.add(new Rule("cjm-background", c.background, null, 0, ""));
    r.add(new Rule("cjm-lane-even", c.laneEven, null, 0, ""));
    r.add(new Rule("cjm-lane-odd", c.laneOdd, null, 0, ""));
    r.add(new Rule("cjm-stage-divider", null, c.border, 1, ""));
    r.add(new Rule("cjm-persona", c.card, c.border, c.borderWidth, ""));
    r.add(new Rule("cjm-avatar", c.avatar, null, 0, ""));
    for (int i = 0; i < c.bands.length; i++) {
      r.add(
          new Rule(
              "cjm-stage-band-" + i, c.bands[i], c.bandStroke, c.bandStroke == null ? 0 : 2, ""));
    }
    r.add(new Rule("cjm-card", c.card, c.border, c.borderWidth, ""));
    r.add(new Rule("cjm-thinking", c.thinking, null, 0, ""));
    r.add(new Rule("cjm-feeling", c.feeling, null, 0, ""));
    String[] severities = {"low", "medium", "high", "critical"};
    for (int i = 0; i < severities.length; i++) {
      r.add(new Rule("cjm-barrier-" + severities[i], c.barrierTints[i], null, 0, ""));
      r.add(new Rule("cjm-stripe-" + severities[i], c.stripes[i], null, 0, ""));
    }
    r.add(new Rule("cjm-opportunity-card", c.opportunity, c.opportunityBorder, c.borderWidth, ""));
    r.add(new Rule("cjm-quick-win", c.quickWin, null, 0, ""));
    r.add(new Rule("cjm-level", c.level, c.border, 1, ""));
    for (int i = 0; i < c.channels.length; i++) {
      r.add(new Rule("cjm-channel-" + i, c.channels[i], null, 0, ""));
    }
    r.add(new Rule("cjm-emotion-grid", "none", c.grid, 1, ""));
    r.add(new Rule("cjm-emotion-baseline", "none", c.baseline, 1, "stroke-dasharray:4 3"));
    r.add(new Rule("cjm-emotion-shortfall", c.shortfall, null, 0, "fill-opacity:" + c.gapOpacity));
    r.add(new Rule("cjm-emotion-exceeded", c.exceeded, null, 0, "fill-opacity:" + c.gapOpacity));
    r.add(new Rule("cjm-emotion-hatch", "none", c.shortfallHatch, 1, ""));
    r.add(new Rule("cjm-emotion-gap-line", "none", c.shortfallHatch, 2, "stroke-dasharray:2 2"));
    r.add(
        new Rule(
            "cjm-emotion-gap-line-exceeded",
            "none",
            c.exceededLine,
            2,
            "stroke-dasharray:6 2 1 2"));
    r.add(new Rule("cjm-emotion-expected", "none", c.expected, 2, "stroke-dasharray:6 4"));
    r.add(
        new Rule("cjm-emotion-experienced", "none", c.curve, c.curveWidth, "stroke-linecap:round"));
    r.add(new Rule("cjm-emotion-marker", null, c.background, 2, ""));
    String[] emotions = {"very-negative", "negative", "neutral", "positive", "very-positive"};
    for (int i = 0; i < emotions.length; i++) {
      r.add(new Rule("cjm-emotion-" + emotions[i], c.emotions[i], null, 0, ""));
    }
    r.add(new Rule("cjm-emotion-expected-marker", c.background, c.expected, 2, ""));
    r.add(new Rule("cjm-emotion-label", c.card, c.border, 1, ""));
    String[] findingSeverities = {"info", "warning", "error"};
    for (int i = 0; i < findingSeverities.length; i++) {
      r.add(new Rule("cjm-finding-" + findingSeverities[i], c.findings[i], null, 0, ""));
    }
    r.add(new Rule("cjm-bar-track", c.track, null, 0, ""));
    r.add(new Rule("cjm-bar-on", c.barOn, null, 0, ""));
    r.add(new Rule("cjm-bar-off", c.barOff, null, 0, ""));
    r.add(new Rule("cjm-bar-within", c.barWithin, null, 0, ""));
    r.add(new Rule("cjm-bar-target", c.text, null, 0, ""));
    r.add(new Rule("cjm-text", c.text, null, 0, ""));
    r.add(new Rule("cjm-title", c.text, null, 0, ""));
    r.add(new Rule("cjm-quote", c.text, null, 0, ""));
    r.add(new Rule("cjm-lane-label", c.text, null, 0, ""));
    r.add(new Rule("cjm-muted", c.muted, null, 0, ""));
    r.add(new Rule("cjm-on-accent", c.onAccent, null, 0, ""));
    List<Rule> painPoints = new ArrayList<>();
    String[] priorities = {"critical", "high", "medium", "low"};
    for (int i = 0; i < priorities.length; i++) {
      painPoints.add(new Rule("cjm-priority-" + priorities[i], c.priorities[i], null, 0, ""));
    }
    List<Rule> comparison = new ArrayList<>();
    // The current state's curve: the future curve's colour, faded, thinner and dotted, so it is
    // told apart from the future curve, the dashed expected curve and the dashed baseline.
    comparison.add(
        new Rule(
            "cjm-emotion-current",
            "none",
            c.curve,
            2,
            "stroke-opacity:0.5;stroke-dasharray:0.5 4.5;stroke-linecap:round"));
    comparison.add(
        new Rule("cjm-emotion-current-marker", c.background, c.curve, 1.5, "stroke-opacity:0.6"));
    // "new" in the map's colours inverted; "changed" outlined with a dashed line.
    comparison.add(new Rule("cjm-change-added", c.text, null, 0, ""));
    comparison.add(new Rule("cjm-change-added-text", c.background, null, 0, ""));
    comparison.add(new Rule("cjm-change-changed", c.card, c.text, 1, "stroke-dasharray:3 2"));
    List<Rule> observed = new ArrayList<>();
    // The observed curve: its own colour, dashed long and short, with square markers, so it is
    // told apart from the felt curve (solid, round markers) and the expected one (dashed, hollow
    // round markers) by more than its colour.
    observed.add(
        new Rule(
            "cjm-emotion-observed",
            "none",
            c.observed,
            2.5,
            "stroke-dasharray:9 3 2 3;stroke-linecap:butt"));
    observed.add(new Rule("cjm-emotion-observed-marker", c.observed, c.background, 1.5, ""));
    observed.add(new Rule("cjm-observed-reached", c.reached, null, 0, ""));
    observed.add(new Rule("cjm-observed-failed", c.barOff, null, 0, ""));
    observed.add(new Rule("cjm-observed-ended", c.ended, null, 0, ""));
    observed.add(new Rule("cjm-observed-ad-hoc-marker", c.adHoc, c.background, 1, ""));
    observed.add(new Rule("cjm-observed-long-wait", c.barOff, null, 0, ""));
    List<Rule> choices = new ArrayList<>();
    // An optional touchpoint's card: its border dashed; a "one of" group: a bracket over it.
    choices.add(new Rule("cjm-optional", null, c.muted, 1.5, "stroke-dasharray:5 3"));
    choices.add(new Rule("cjm-one-of", "none", c.muted, 1.5, ""));
    return new Palette(name, r, painPoints, comparison, observed, choices);
  }
}
