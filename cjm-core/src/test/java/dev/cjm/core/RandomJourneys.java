package dev.cjm.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible random journeys for property tests: every journey from one seed is the same. Texts
 * mix Latin, Polish, CJK, right-to-left and hostile characters (markup, quotes, control characters,
 * astral symbols); every valid journey uses every part of the model.
 */
public final class RandomJourneys {
  private static final String[] WORDS = {
    "Checkout",
    "Świadomość",
    "Łódź",
    "お茶を入れる",
    "注文",
    "Заказ",
    "הזמנה",
    "طلب",
    "Straße",
    "<script>alert(1)</script>",
    "]]>",
    "\"quoted\"",
    "'single'",
    "a&b",
    "tab\there",
    "line\nbreak",
    "nul\u0000",
    "bell\u0007",
    "🚀",
    "e\u0301",
    "x".repeat(300),
    "Doświadczenie po zakupie",
    "?",
    "—"
  };
  private static final Channel[] CHANNELS = {
    Channel.WEB,
    Channel.MOBILE_APP,
    Channel.EMAIL,
    Channel.PHONE,
    Channel.STORE,
    Channel.of("Kiosk")
  };

  private RandomJourneys() {}

  /** Random text of one to four words, valid Unicode, never blank. */
  static String text(Random random) {
    int words = 1 + random.nextInt(4);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  /** A name whose derived id is unique in the journey: a unique first word, then random text. */
  private static String name(Random random, int[] counter) {
    return "e" + counter[0]++ + "x " + text(random);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static double score(Random random) {
    return random.nextInt(5) == 0 ? random.nextInt(5) - 2 : random.nextDouble() * 4 - 2;
  }

  /** A valid journey: it builds, whatever the seed. */
  public static JourneyBuilder validBuilder(long seed) {
    Random random = new Random(seed);
    int[] counter = {0};
    List<String> barrierIds = new ArrayList<>();
    JourneyBuilder journey = Journey.builder(text(random));
    if (random.nextBoolean()) {
      journey.description(text(random));
    }
    if (random.nextBoolean()) {
      journey.persona(
          text(random),
          p -> {
            p.description(text(random)).goal(text(random)).need(text(random));
            p.expectation(text(random)).frustration(text(random)).quote(text(random));
          });
    }
    int stages = random.nextInt(5);
    for (int s = 0; s < stages; s++) {
      journey.stage(
          name(random, counter),
          stage -> {
            if (random.nextBoolean()) {
              stage.phase(pick(random, Phase.values()));
            }
            if (random.nextInt(3) == 0) {
              stage.goal(text(random));
            }
            int touchpoints = random.nextInt(5);
            for (int t = 0; t < touchpoints; t++) {
              stage.touchpoint(
                  name(random, counter),
                  touchpoint -> {
                    touchpoint.channel(pick(random, CHANNELS));
                    if (random.nextBoolean()) {
                      touchpoint.owner(text(random)).actor(text(random));
                    }
                    touchpoint.doing(text(random)).thinking(text(random)).feeling(text(random));
                    if (random.nextInt(4) > 0) {
                      touchpoint.emotion(score(random));
                    }
                    if (random.nextBoolean()) {
                      touchpoint.expectedEmotion(score(random), text(random));
                    }
                    if (random.nextBoolean()) {
                      String id = "b" + counter[0]++;
                      barrierIds.add(id);
                      touchpoint.barrier(
                          text(random),
                          b ->
                              b.id(id)
                                  .severity(pick(random, Severity.values()))
                                  .frequency(random.nextDouble()));
                    }
                  });
            }
            if (random.nextBoolean()) {
              stage.barrier(name(random, counter));
            }
            if (random.nextBoolean()) {
              stage.metric(
                  text(random),
                  m -> m.value(random.nextDouble() * 100).target(50).unit("%").lowerIsBetter());
            }
          });
    }
    int opportunities = random.nextInt(3);
    for (int o = 0; o < opportunities; o++) {
      journey.opportunity(
          name(random, counter),
          opportunity -> {
            if (!barrierIds.isEmpty()) {
              opportunity.addresses(barrierIds.get(random.nextInt(barrierIds.size())));
            }
            opportunity.impact(pick(random, Level.values()));
            opportunity.effort(pick(random, Level.values()));
          });
    }
    if (random.nextInt(4) == 0) {
      journey.state(Journey.State.FUTURE);
    }
    return journey;
  }

  /** A valid journey. */
  public static Journey valid(long seed) {
    return validBuilder(seed).build();
  }

  /** A journey with at least one mistake in it, chosen by the seed. */
  @SuppressWarnings("NullAway") // passes null where the API says non-null, as careless callers do
  public static JourneyBuilder invalidBuilder(long seed) {
    Random random = new Random(seed);
    JourneyBuilder journey = validBuilder(random.nextLong());
    int mistakes = 1 + random.nextInt(3);
    for (int i = 0; i < mistakes; i++) {
      String bad = random.nextBoolean() ? " " : "bad \uD83D text";
      switch (random.nextInt(10)) {
        case 0 -> journey.title(random.nextBoolean() ? bad : null);
        case 1 -> journey.stage(bad);
        case 2 -> journey.stage("s", s -> s.touchpoint("t", t -> t.emotion(Double.NaN)));
        case 3 -> journey.stage("dup", s -> s.touchpoint("dup"));
        case 4 -> journey.opportunity("o", o -> o.addresses("no-such-barrier"));
        case 5 -> journey.stage("m", s -> s.metric("m", m -> m.target(1)));
        case 6 -> journey.stage("c", s -> s.touchpoint("t", t -> t.channel((Channel) null)));
        case 7 -> journey.stage("n", null);
        case 8 -> journey.stage("i", s -> s.id("with space"));
        default -> journey.stage("e", s -> s.touchpoint("t", t -> t.expectedEmotion(2 + 1e-9)));
      }
    }
    return journey;
  }
}
