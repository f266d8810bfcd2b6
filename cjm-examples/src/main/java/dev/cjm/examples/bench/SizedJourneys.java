package dev.cjm.examples.bench;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.observed.ObservedJourney;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Journeys of a given size for the benchmarks, the same on every run: every touchpoint has a
 * channel, an owner, a scenario and emotions; every third has a barrier that an opportunity
 * addresses; every stage has a metric. Texts are of realistic length.
 */
public final class SizedJourneys {
  private static final Channel[] CHANNELS = {
    Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE, Channel.STORE, Channel.SMS
  };

  private static final List<Severity> SEVERITIES =
      List.of(Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL);
  private static final List<Level> LEVELS = List.of(Level.LOW, Level.MEDIUM, Level.HIGH);

  private SizedJourneys() {}

  /** A builder for {@code stages} stages of {@code touchpoints} touchpoints each. */
  public static JourneyBuilder builder(int stages, int touchpoints) {
    JourneyBuilder journey =
        Journey.builder("Benchmark journey " + stages + " × " + touchpoints)
            .persona(
                "Anna",
                p ->
                    p.description("Amateur runner who shops on her phone")
                        .goal("Find shoes that fit without visiting a store")
                        .expectation("Free returns"));
    for (int s = 0; s < stages; s++) {
      int stage = s;
      journey.stage(
          "Stage " + stage,
          st -> {
            st.goal("Get through stage " + stage + " without friction");
            for (int t = 0; t < touchpoints; t++) {
              int n = stage * touchpoints + t;
              st.touchpoint(
                  "Touchpoint " + n + " of the journey",
                  tp -> {
                    tp.channel(CHANNELS[n % CHANNELS.length])
                        .owner("Team " + (n % 7))
                        .doing("Does step " + n + " and reads what the page says about it")
                        .thinking("Is this the right place for step " + n + "?")
                        .feeling("Somewhat unsure")
                        .emotion(((n * 7) % 9) / 2.0 - 2)
                        .expectedEmotion(1);
                    if (n % 3 == 0) {
                      tp.barrier(
                          "Information for step " + n + " is hard to find on a phone",
                          b -> b.id("barrier-" + n).severity(SEVERITIES.get(n % 4)));
                      tp.opportunity(
                          "Show the information of step " + n + " up front",
                          o ->
                              o.id("opportunity-" + n)
                                  .addresses("barrier-" + n)
                                  .impact(LEVELS.get(n % 3))
                                  .effort(LEVELS.get((n + 1) % 3)));
                    }
                  });
            }
            st.metric("Conversion", m -> m.value(0.02 + stage / 1000.0).target(0.03).unit("%"));
          });
    }
    return journey;
  }

  /** {@code count} observed journeys of the journey, with deviations, from a fixed seed. */
  public static List<ObservedJourney> observed(Journey journey, int count) {
    Random random = new Random(20261122);
    List<String> ids = journey.allTouchpoints().stream().map(t -> t.id()).toList();
    List<ObservedJourney> observed = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ObservedJourney.Builder one = ObservedJourney.builder("customer-" + i);
      for (int k = 0; k < ids.size(); k++) {
        int roll = random.nextInt(100);
        if (roll < 5) {
          continue; // missing
        }
        if (roll < 8 && k + 1 < ids.size()) {
          one.planned(ids.get(k + 1)); // out of sequence
        }
        if (roll < 10) {
          one.adHoc("Calls the hotline");
        }
        if (roll < 13) {
          one.planned(ids.get(k), o -> o.failed().emotion(-2));
        } else {
          one.planned(ids.get(k));
        }
      }
      observed.add(one.build());
    }
    return observed;
  }
}
