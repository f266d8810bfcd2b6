package dev.cjm.core.analysis;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random valid journeys for property tests: up to six stages (named after standard phases in
 * English or Polish, or not), each with up to four touchpoints with or without channel, owner,
 * emotions and barriers, stage metrics, and opportunities addressing random barriers.
 */
final class RandomJourneys {
  private RandomJourneys() {}

  private static final List<String> STAGE_NAMES =
      List.of(
          "Awareness",
          "Świadomość",
          "Consideration",
          "Rozważanie",
          "Decision",
          "Zakup",
          "Purchase",
          "Post-purchase",
          "Doświadczenie po zakupie",
          "Loyalty",
          "Promocja",
          "Onboarding",
          "Research");

  private static final List<Channel> CHANNELS =
      List.of(Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE, Channel.STORE);

  private static final double[] SCORES = {-2, -1.5, -1, -0.4, 0, 0.25, 0.5, 1, 1.5, 2};

  static Gen<Journey> journeys() {
    return RandomJourneys::journey;
  }

  private static int upTo(RandomnessSource in, int max) {
    return integers().between(0, max).generate(in);
  }

  private static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(upTo(in, values.size() - 1));
  }

  private static double score(RandomnessSource in) {
    return SCORES[upTo(in, SCORES.length - 1)];
  }

  private static Journey journey(RandomnessSource in) {
    JourneyBuilder journey = Journey.builder("Random journey");
    if (coin(in)) {
      boolean goal = coin(in);
      boolean need = coin(in);
      journey.persona(
          "Anna",
          p -> {
            if (goal) {
              p.goal("Shoes that fit");
            }
            if (need) {
              p.need("A size chart");
            }
          });
    }
    List<String> barrierIds = new ArrayList<>();
    int stages = upTo(in, 6);
    for (int i = 0; i < stages; i++) {
      String stageId = "s" + i;
      String name = pick(in, STAGE_NAMES);
      Phase phase = upTo(in, 3) == 0 ? pick(in, List.of(Phase.values())) : null;
      int touchpoints = upTo(in, 4);
      List<TouchpointRecipe> recipes = new ArrayList<>();
      for (int j = 0; j < touchpoints; j++) {
        recipes.add(TouchpointRecipe.random(in, stageId + "-t" + j, barrierIds));
      }
      boolean stageBarrier = upTo(in, 3) == 0;
      if (stageBarrier) {
        barrierIds.add(stageId + "-b");
      }
      int metrics = upTo(in, 2);
      List<double[]> metricValues = new ArrayList<>();
      for (int k = 0; k < metrics; k++) {
        metricValues.add(
            new double[] {upTo(in, 100), coin(in) ? upTo(in, 100) : -1, coin(in) ? 1 : 0});
      }
      journey.stage(
          name,
          s -> {
            s.id(stageId);
            if (phase != null) {
              s.phase(phase);
            }
            recipes.forEach(recipe -> recipe.addTo(s));
            if (stageBarrier) {
              s.barrier("Stage barrier " + stageId, b -> b.id(stageId + "-b"));
            }
            for (int k = 0; k < metricValues.size(); k++) {
              double[] m = metricValues.get(k);
              s.metric(
                  "Metric " + k,
                  mb -> {
                    mb.value(m[0]);
                    if (m[1] >= 0) {
                      mb.target(m[1]);
                    }
                    if (m[2] == 0) {
                      mb.lowerIsBetter();
                    }
                  });
            }
          });
    }
    int opportunities = upTo(in, 3);
    for (int k = 0; k < opportunities; k++) {
      List<String> addresses = new ArrayList<>();
      for (String id : barrierIds) {
        if (upTo(in, 3) == 0) {
          addresses.add(id);
        }
      }
      Level impact = coin(in) ? pick(in, List.of(Level.values())) : null;
      Level effort = coin(in) ? pick(in, List.of(Level.values())) : null;
      String id = "o" + k;
      journey.opportunity(
          "Opportunity " + k,
          o -> {
            o.id(id).addresses(addresses.toArray(String[]::new));
            if (impact != null) {
              o.impact(impact);
            }
            if (effort != null) {
              o.effort(effort);
            }
          });
    }
    return journey.build();
  }

  /** One touchpoint, drawn before it is added so that the builder's lambdas stay pure. */
  private static final class TouchpointRecipe {
    String id;
    String name;
    @Nullable Channel channel;
    @Nullable String owner;
    @Nullable Double emotion;
    @Nullable Double expected;
    List<Severity> barriers = new ArrayList<>();

    private TouchpointRecipe(String id) {
      this.id = id;
      this.name = "Touchpoint " + id;
    }

    static TouchpointRecipe random(RandomnessSource in, String id, List<String> barrierIds) {
      TouchpointRecipe recipe = new TouchpointRecipe(id);
      recipe.channel = coin(in) ? pick(in, CHANNELS) : null;
      recipe.owner = coin(in) ? "Team " + upTo(in, 3) : null;
      recipe.emotion = upTo(in, 3) > 0 ? score(in) : null;
      recipe.expected = coin(in) ? score(in) : null;
      int barriers = coin(in) ? upTo(in, 2) : 0;
      for (int k = 0; k < barriers; k++) {
        recipe.barriers.add(pick(in, List.of(Severity.values())));
        barrierIds.add(id + "-b" + k);
      }
      return recipe;
    }

    void addTo(dev.cjm.core.StageBuilder stage) {
      stage.touchpoint(
          name,
          t -> {
            t.id(id);
            if (channel != null) {
              t.channel(channel);
            }
            if (owner != null) {
              t.owner(owner);
            }
            if (emotion != null) {
              t.emotion(emotion);
            }
            if (expected != null) {
              t.expectedEmotion(expected);
            }
            for (int k = 0; k < barriers.size(); k++) {
              Severity severity = barriers.get(k);
              String barrierId = id + "-b" + k;
              t.barrier("Barrier " + barrierId, b -> b.id(barrierId).severity(severity));
            }
          });
    }
  }
}
