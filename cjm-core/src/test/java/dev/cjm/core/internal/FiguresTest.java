package dev.cjm.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiguresTest {
  /**
   * The oracle: the JDK's formatter (which rounds a double's shortest decimal form half up) with
   * trailing zeros dropped and no sign for zero.
   */
  private static String formatted(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }

  private static String signed(double value) {
    String text = formatted(value, 2);
    return value > 0 && !text.equals("0") ? "+" + text : text;
  }

  /** The oracle for shares: the formatter on the share as written times exactly 100. */
  private static String percented(double share) {
    if (!Double.isFinite(share)) {
      return share + "%";
    }
    BigDecimal percent = new BigDecimal(Double.toString(share)).multiply(BigDecimal.valueOf(100));
    String text = String.format(Locale.ROOT, "%.1f", percent).replaceAll("\\.0$", "");
    return (text.equals("-0") ? "0" : text) + "%";
  }

  /**
   * Whole and fractional values, ties at every number of decimals, the neighbours of every whole
   * hundredth from -5 to 5 (those from -4 to 4 are in a table), huge and tiny ones.
   */
  private static List<Double> values() {
    List<Double> values = new ArrayList<>();
    for (int k = -500; k <= 500; k++) {
      double hundredths = k / 100.0;
      values.add(Math.nextDown(Math.nextDown(hundredths)));
      values.add(Math.nextDown(hundredths));
      values.add(Math.nextUp(hundredths));
      values.add(Math.nextUp(Math.nextUp(hundredths)));
    }
    for (int k = -20_000; k <= 20_000; k++) {
      values.add(k / 1000.0);
      values.add(k / 10_000.0);
      values.add(k / 7.0);
      values.add(k / 100.0 + 0.005);
    }
    double[] extremes = {
      0.0,
      -0.0,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      1e-300,
      Double.MIN_NORMAL,
      1e15 + 0.125,
      -1e15 - 0.125,
      1e22,
      Math.nextUp(1e22),
      1e300,
      Double.MAX_VALUE,
      -Double.MAX_VALUE
    };
    for (double extreme : extremes) {
      values.add(extreme);
    }
    return values;
  }

  @Test
  void score_showsTheSignAndAtMostTwoDecimals() {
    assertThat(Figures.score(1)).isEqualTo("+1");
    assertThat(Figures.score(-2)).isEqualTo("-2");
    assertThat(Figures.score(0.5)).isEqualTo("+0.5");
    assertThat(Figures.score(4.0 / 3)).isEqualTo("+1.33");
    assertThat(Figures.score(-0.001)).isEqualTo("0");
    assertThat(Figures.score(0.001)).isEqualTo("0");
    assertThat(Figures.score(-0.0)).isEqualTo("0");
  }

  @Test
  void amount_dropsTrailingZerosAndTheSignOfZero() {
    assertThat(Figures.amount(1.5)).isEqualTo("1.5");
    assertThat(Figures.amount(-0.25)).isEqualTo("-0.25");
    assertThat(Figures.amount(2.0)).isEqualTo("2");
    assertThat(Figures.amount(0.05)).isEqualTo("0.05");
    assertThat(Figures.amount(-0.001)).isEqualTo("0");
    assertThat(Figures.amount(-0.0)).isEqualTo("0");
    assertThat(Figures.amount(4.0 / 3)).isEqualTo("1.33");
  }

  @Test
  void metric_keepsThreeDecimalsSoAMetricReadsAsWritten() {
    assertThat(Figures.metric(1.125)).isEqualTo("1.125");
    assertThat(Figures.metric(0.021)).isEqualTo("0.021");
    assertThat(Figures.metric(120_000)).isEqualTo("120000");
    assertThat(Figures.metric(1_234_567.891)).isEqualTo("1234567.891");
    assertThat(Figures.metric(2.0 / 3)).isEqualTo("0.667");
    for (int k = -2_000_000; k <= 2_000_000; k++) {
      String asWritten = BigDecimal.valueOf(k, 3).stripTrailingZeros().toPlainString();
      assertThat(Figures.metric(k / 1000.0)).isEqualTo(asWritten);
    }
  }

  @Test
  void metricWithUnit_closesUpSignsAndScales_andSpacesWords() {
    assertThat(Figures.metric(2.1, Optional.of("%"))).isEqualTo("2.1%");
    assertThat(Figures.metric(0.5, Optional.of("‰"))).isEqualTo("0.5‰");
    assertThat(Figures.metric(21, Optional.of("°C"))).isEqualTo("21°C");
    assertThat(Figures.metric(2.9, Optional.of("/5"))).isEqualTo("2.9/5");
    assertThat(Figures.metric(4.5, Optional.of("min"))).isEqualTo("4.5 min");
    assertThat(Figures.metric(120_000, Optional.of("osób"))).isEqualTo("120000 osób");
    assertThat(Figures.metric(31, Optional.empty())).isEqualTo("31");
  }

  @Test
  void everyKindRoundsTheDecimalAsWrittenHalfUp() {
    assertThat(Figures.score(0.125)).isEqualTo("+0.13");
    assertThat(Figures.score(-0.125)).isEqualTo("-0.13");
    // 1.005 is stored as 1.00499999999999989..., written as 1.005
    assertThat(Figures.amount(1.005)).isEqualTo("1.01");
    assertThat(Figures.amount(2.675)).isEqualTo("2.68");
    // the map's cards rounded these half to even, to 0.012 and 2.012
    assertThat(Figures.metric(0.0125)).isEqualTo("0.013");
    assertThat(Figures.metric(2.0125)).isEqualTo("2.013");
    assertThat(Figures.metric(-1.0005)).isEqualTo("-1.001");
    // 0.0045 × 100 is 0.44999999999999996 in double arithmetic
    assertThat(Figures.percent(0.0045)).isEqualTo("0.5%");
  }

  @Test
  void scoresAmountsAndMetricsAgreeWithTheFormatterOnManyValues() {
    for (double value : values()) {
      assertThat(Figures.score(value)).as("score %s", value).isEqualTo(signed(value));
      assertThat(Figures.amount(value)).as("amount %s", value).isEqualTo(formatted(value, 2));
      assertThat(Figures.metric(value)).as("metric %s", value).isEqualTo(formatted(value, 3));
    }
  }

  @Test
  void scoresAmountsAndMetricsAgreeWithTheFormatterOnAnyDouble() {
    qt().withExamples(20_000)
        .forAll(doubles().any())
        .check(
            value ->
                Figures.score(value).equals(signed(value))
                    && Figures.amount(value).equals(formatted(value, 2))
                    && Figures.metric(value).equals(formatted(value, 3)));
    qt().withExamples(20_000)
        .forAll(doubles().between(-2e9, 2e9))
        .check(
            value ->
                Figures.score(value).equals(signed(value))
                    && Figures.amount(value).equals(formatted(value, 2))
                    && Figures.metric(value).equals(formatted(value, 3)));
    qt().withExamples(20_000)
        .forAll(integers().between(-1_000_000, 1_000_000))
        .check(k -> Figures.metric(k / 1000.0 + 0.0005).equals(formatted(k / 1000.0 + 0.0005, 3)));
  }

  @Test
  void percent_keepsOneDecimal() {
    assertThat(Figures.percent(0.37)).isEqualTo("37%");
    assertThat(Figures.percent(0.125)).isEqualTo("12.5%");
    assertThat(Figures.percent(1.0 / 3)).isEqualTo("33.3%");
    assertThat(Figures.percent(1)).isEqualTo("100%");
    assertThat(Figures.percent(-0.0001)).isEqualTo("0%");
    assertThat(Figures.percent(-0.0)).isEqualTo("0%");
  }

  @Test
  void percent_agreesWithTheFormatterOnEveryShareOfTwoThousandJourneysAndAnyDouble() {
    for (int journeys : new int[] {1, 3, 7, 1000, 1024, 2000}) {
      for (int count = 0; count <= journeys; count++) {
        double share = (double) count / journeys;
        assertThat(Figures.percent(share)).as("%s/%s", count, journeys).isEqualTo(percented(share));
      }
    }
    for (double value : values()) {
      assertThat(Figures.percent(value)).as("percent %s", value).isEqualTo(percented(value));
    }
    qt().withExamples(20_000)
        .forAll(doubles().any())
        .check(share -> Figures.percent(share).equals(percented(share)));
    qt().withExamples(20_000)
        .forAll(doubles().between(-1e7, 1e7))
        .check(share -> Figures.percent(share).equals(percented(share)));
  }

  @Test
  void count_groupsThousands() {
    assertThat(Figures.count(0)).isEqualTo("0");
    assertThat(Figures.count(999)).isEqualTo("999");
    assertThat(Figures.count(10_000)).isEqualTo("10,000");
    assertThat(Figures.count(-1_234_567)).isEqualTo("-1,234,567");
  }

  @Test
  void notANumberAndTheInfinitiesAreWrittenAsJavaWritesThem() {
    for (double odd :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      String java = Double.toString(odd);
      assertThat(Figures.score(odd)).isEqualTo(java);
      assertThat(Figures.amount(odd)).isEqualTo(java);
      assertThat(Figures.metric(odd)).isEqualTo(java);
      assertThat(Figures.percent(odd)).isEqualTo(java + "%");
    }
  }
}
