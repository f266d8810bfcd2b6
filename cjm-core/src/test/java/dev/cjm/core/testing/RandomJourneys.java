package dev.cjm.core.testing;

import dev.cjm.core.BarrierBuilder;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.OpportunityBuilder;
import dev.cjm.core.PersonaBuilder;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.StageBuilder;
import dev.cjm.core.TouchpointBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid journeys, from empty to hundreds of touchpoints, in which every
 * optional part of the model is sometimes present and sometimes not: persona and its lists,
 * descriptions, accessibility texts, phases, goals, channels (well-known and custom), owners,
 * actors, doing, thinking and feeling, emotions and expected emotions with or without a word,
 * barriers with or without an id, severity and frequency, opportunities at every level addressing
 * barriers or not, metrics with or without target and unit, and the future state.
 *
 * <p>Most journeys are small (up to five stages of up to four touchpoints) so that properties stay
 * fast; one in twenty is large (up to 300 touchpoints), and one in twenty-five carries a text of
 * the maximum length. Every journey builds: ids are given or derived from names that cannot clash,
 * and references point at barriers that exist.
 *
 * <pre>{@code
 * qt().forAll(RandomJourneys.standard().journeys()).checkAssert(journey -> ...);
 * qt().forAll(RandomJourneys.standard().texts(myTexts).smallOnly().journeys()) ...
 * }</pre>
 */
public final class RandomJourneys {
  /** Stage names that stand for a standard phase, in English and Polish. */
  private static final List<String> PHASE_NAMES =
      List.of(
          "Awareness",
          "Świadomość",
          "Consideration",
          "Rozważanie",
          "Decision",
          "Decyzja",
          "Purchase",
          "Zakup",
          "Post-purchase",
          "Doświadczenie po zakupie",
          "Loyalty",
          "Lojalność",
          "Advocacy",
          "Promocja");

  private static final List<Channel> CHANNELS =
      List.of(
          Channel.WEB,
          Channel.MOBILE_APP,
          Channel.EMAIL,
          Channel.SOCIAL_MEDIA,
          Channel.LIVE_CHAT,
          Channel.PHONE,
          Channel.STORE,
          Channel.SMS,
          Channel.ADVERTISING,
          Channel.SEARCH,
          Channel.WORD_OF_MOUTH,
          Channel.DELIVERY);

  /** Scores on the grid people use, -0 included, before any fractional survey average. */
  private static final List<Double> SCORES =
      List.of(-2.0, -1.5, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 1.5, 2.0);

  private final Gen<String> texts;
  private final boolean large;
  private final boolean huge;

  private RandomJourneys(Gen<String> texts, boolean large, boolean huge) {
    this.texts = texts;
    this.large = large;
    this.huge = huge;
  }

  /** Hostile texts ({@link HostileText#valid()}), large journeys and maximum-length texts. */
  public static RandomJourneys standard() {
    return new RandomJourneys(HostileText.valid(), true, true);
  }

  /** The same journeys with their texts drawn from {@code texts} (each must be valid). */
  public RandomJourneys texts(Gen<String> texts) {
    return new RandomJourneys(texts, large, huge);
  }

  /** Only small journeys (up to 20 touchpoints) and no maximum-length texts. */
  public RandomJourneys smallOnly() {
    return new RandomJourneys(texts, false, false);
  }

  /** Builders of valid journeys; each builds, and builds to equal journeys every time. */
  public Gen<JourneyBuilder> builders() {
    return in -> new Draw(in).journey();
  }

  /** Valid journeys. */
  public Gen<Journey> journeys() {
    return builders().map(JourneyBuilder::build).describedAs(RandomJourneys::describe);
  }

  /** A short account of a journey for a failure message: its size and the start of its text. */
  public static String describe(Journey journey) {
    String text = journey.toString();
    return journey.stages().size()
        + " stages, "
        + journey.allTouchpoints().size()
        + " touchpoints: "
        + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
  }

  /** One journey's worth of draws from the randomness source. */
  private final class Draw {
    private final RandomnessSource in;
    private final List<String> barrierIds = new ArrayList<>();
    private final List<String> touchpointIds = new ArrayList<>();
    private int counter;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int upTo(int max) {
      return Generate.range(0, max).generate(in);
    }

    int between(int min, int max) {
      return Generate.range(min, max).generate(in);
    }

    /** True one time in {@code n}. */
    boolean oneIn(int n) {
      return upTo(n - 1) == 0;
    }

    <T> T pick(List<T> values) {
      return values.get(upTo(values.size() - 1));
    }

    String text() {
      return texts.generate(in);
    }

    double score() {
      return oneIn(3) ? between(-200, 200) / 100.0 : pick(SCORES);
    }

    /** A number unique in the journey, for ids and names that must not clash. */
    int next() {
      return counter++;
    }

    JourneyBuilder journey() {
      JourneyBuilder journey = Journey.builder(text());
      if (oneIn(2)) {
        journey.description(text());
      }
      if (oneIn(4)) {
        journey.accessibilityTitle(text());
      }
      if (oneIn(4)) {
        journey.accessibilityDescription(text());
      }
      if (oneIn(4)) {
        journey.state(Journey.State.FUTURE);
      }
      if (oneIn(2)) {
        journey.persona(text(), this::persona);
      }
      boolean isLarge = large && oneIn(20);
      int stages = isLarge ? between(1, 10) : upTo(5);
      for (int s = 0; s < stages; s++) {
        int touchpoints = isLarge ? between(5, 30) : upTo(4);
        int number = next();
        boolean givenId = !oneIn(5);
        String name = givenId && oneIn(4) ? pick(PHASE_NAMES) : text();
        journey.stage(
            givenId ? name : "Stage " + number + " " + name,
            stage -> stage(stage, givenId ? "s" + number : null, touchpoints));
      }
      int opportunities = upTo(2);
      for (int o = 0; o < opportunities; o++) {
        opportunity(journey::opportunity);
      }
      if (huge && oneIn(25)) {
        hugeText(journey);
      }
      return journey;
    }

    void persona(PersonaBuilder persona) {
      if (oneIn(2)) {
        persona.description(text());
      }
      for (int i = upTo(2); i > 0; i--) {
        persona.goal(text());
      }
      for (int i = upTo(2); i > 0; i--) {
        persona.need(text());
      }
      for (int i = upTo(2); i > 0; i--) {
        persona.expectation(text());
      }
      for (int i = upTo(2); i > 0; i--) {
        persona.frustration(text());
      }
      if (oneIn(2)) {
        persona.quote(text());
      }
    }

    void stage(StageBuilder stage, @Nullable String id, int touchpoints) {
      if (id != null) {
        stage.id(id);
      }
      if (oneIn(3)) {
        stage.phase(pick(List.of(Phase.values())));
      }
      if (oneIn(3)) {
        stage.goal(text());
      }
      for (int t = 0; t < touchpoints; t++) {
        int number = next();
        boolean givenId = !oneIn(5);
        String name = text();
        if (givenId) {
          touchpointIds.add("t" + number);
        }
        stage.touchpoint(
            givenId ? name : "Touchpoint " + number + " " + name,
            touchpoint -> touchpoint(touchpoint, givenId ? "t" + number : null));
      }
      if (oneIn(4)) {
        barrier(stage::barrier);
      }
      if (oneIn(5)) {
        opportunity(stage::opportunity);
      }
      for (int m = oneIn(3) ? upTo(2) : 0; m > 0; m--) {
        metric(stage);
      }
    }

    void touchpoint(TouchpointBuilder touchpoint, @Nullable String id) {
      if (id != null) {
        touchpoint.id(id);
      }
      switch (upTo(3)) {
        case 0 -> {}
        case 1 -> touchpoint.channel(text());
        default -> touchpoint.channel(pick(CHANNELS));
      }
      if (oneIn(2)) {
        touchpoint.owner(text());
      }
      for (int a = oneIn(3) ? upTo(2) : 0; a > 0; a--) {
        touchpoint.actor(text());
      }
      if (oneIn(2)) {
        touchpoint.doing(text());
      }
      if (oneIn(2)) {
        touchpoint.thinking(text());
      }
      if (oneIn(3)) {
        touchpoint.feeling(text());
      }
      if (!oneIn(4)) {
        if (oneIn(3)) {
          touchpoint.emotion(score(), text());
        } else {
          touchpoint.emotion(score());
        }
      }
      if (oneIn(3)) {
        if (oneIn(4)) {
          touchpoint.expectedEmotion(score(), text());
        } else {
          touchpoint.expectedEmotion(score());
        }
      }
      for (int b = oneIn(3) ? upTo(2) : 0; b > 0; b--) {
        barrier(touchpoint::barrier);
      }
      if (oneIn(6)) {
        opportunity(touchpoint::opportunity);
      }
    }

    /** Adds a barrier through {@code add}; its id is given and recorded, or derived. */
    void barrier(BarrierAdder add) {
      int number = next();
      boolean givenId = !oneIn(5);
      String description = text();
      if (givenId) {
        barrierIds.add("b" + number);
      }
      add.barrier(
          givenId ? description : "Barrier " + number + " " + description,
          barrier -> {
            if (givenId) {
              barrier.id("b" + number);
            }
            if (!oneIn(5)) {
              barrier.severity(pick(List.of(Severity.values())));
            }
            if (oneIn(3)) {
              barrier.frequency(upTo(100) / 100.0);
            }
          });
    }

    /** Adds an opportunity through {@code add}, addressing some of the barriers so far. */
    void opportunity(OpportunityAdder add) {
      int number = next();
      boolean givenId = !oneIn(5);
      String description = text();
      List<String> addresses = new ArrayList<>();
      if (!barrierIds.isEmpty()) {
        for (int k = upTo(2); k > 0; k--) {
          String target = pick(barrierIds);
          if (!addresses.contains(target)) {
            addresses.add(target);
          }
        }
      }
      @Nullable Level impact = oneIn(3) ? null : pick(List.of(Level.values()));
      @Nullable Level effort = oneIn(3) ? null : pick(List.of(Level.values()));
      add.opportunity(
          givenId ? description : "Opportunity " + number + " " + description,
          opportunity -> {
            if (givenId) {
              opportunity.id("o" + number);
            }
            opportunity.addresses(addresses.toArray(String[]::new));
            if (impact != null) {
              opportunity.impact(impact);
            }
            if (effort != null) {
              opportunity.effort(effort);
            }
          });
    }

    void metric(StageBuilder stage) {
      int number = next();
      stage.metric(
          "Metric " + number + " " + text(),
          metric -> {
            metric.value(oneIn(2) ? upTo(100) : between(-100_000, 100_000) / 7.0);
            if (oneIn(2)) {
              metric.target(upTo(100));
            }
            if (oneIn(2)) {
              metric.unit(oneIn(2) ? "%" : text());
            }
            if (oneIn(3)) {
              metric.lowerIsBetter();
            }
          });
    }

    /** Puts one text of the maximum length in a place that shows on the map. */
    void hugeText(JourneyBuilder journey) {
      String text = HostileText.huge().generate(in);
      int place = upTo(3);
      if (place == 0 || touchpointIds.isEmpty()) {
        journey.title(text);
      } else if (place == 1) {
        journey.description(text);
      } else {
        journey.editTouchpoint(pick(touchpointIds), t -> t.doing(text));
      }
    }
  }

  /** {@code barrier(description, configure)} of a stage or a touchpoint. */
  @FunctionalInterface
  private interface BarrierAdder {
    void barrier(String description, Consumer<BarrierBuilder> b);
  }

  /** {@code opportunity(description, configure)} of the journey, a stage or a touchpoint. */
  @FunctionalInterface
  private interface OpportunityAdder {
    void opportunity(String description, Consumer<OpportunityBuilder> o);
  }
}
