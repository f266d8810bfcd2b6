package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Careless callers pass null where the DSL expects a value: every DSL method, given null for each
 * of its object arguments, makes {@code build()} throw {@link InvalidJourneyException} — never a
 * {@link NullPointerException}.
 */
class NullArgumentsTest {
  static Stream<Method> dslMethods() {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type :
        List.of(
            JourneyBuilder.class,
            PersonaBuilder.class,
            StageBuilder.class,
            TouchpointBuilder.class,
            BarrierBuilder.class,
            OpportunityBuilder.class,
            MetricBuilder.class,
            OneOfBuilder.class)) {
      Arrays.stream(type.getDeclaredMethods())
          .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
          .filter(m -> !m.getName().equals("build"))
          .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(p -> !p.isPrimitive()))
          .forEach(methods::add);
    }
    methods.sort((a, b) -> a.toString().compareTo(b.toString()));
    return methods.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dslMethods")
  void nullArguments_failTheBuildWithInvalidJourneyException(Method method) {
    assertThatThrownBy(() -> journeyCalling(method).build())
        .isExactlyInstanceOf(InvalidJourneyException.class);
  }

  private static JourneyBuilder journeyCalling(Method method) {
    Class<?> type = method.getDeclaringClass();
    JourneyBuilder journey =
        Journey.builder("j")
            .persona("p")
            .stage("s", s -> s.touchpoint("t", t -> t.barrier("b")).metric("m", 1))
            .opportunity("o");
    if (type == JourneyBuilder.class) {
      invoke(method, journey);
    } else if (type == PersonaBuilder.class) {
      journey.editPersona(p -> invoke(method, p));
    } else if (type == StageBuilder.class) {
      journey.editStage("s", s -> invoke(method, s));
    } else if (type == TouchpointBuilder.class) {
      journey.editTouchpoint("t", t -> invoke(method, t));
    } else if (type == BarrierBuilder.class) {
      journey.editBarrier("b", b -> invoke(method, b));
    } else if (type == OneOfBuilder.class) {
      journey.editStage("s", s -> s.oneOf("g", g -> invoke(method, g.touchpoint("u"))));
    } else if (type == OpportunityBuilder.class) {
      journey.editOpportunity("o", o -> invoke(method, o));
    } else {
      journey.editStage("s", s -> s.metric("n", (Consumer<MetricBuilder>) m -> invoke(method, m)));
    }
    return journey;
  }

  private static void invoke(Method method, Object target) {
    Object[] arguments =
        Arrays.stream(method.getParameterTypes()).map(NullArgumentsTest::nullOrZero).toArray();
    try {
      method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " threw " + e.getCause(), e.getCause());
    }
  }

  @SuppressWarnings("NullAway") // null is the point
  private static Object nullOrZero(Class<?> type) {
    if (type == double.class) {
      return 0.0;
    }
    if (type == int.class) {
      return 0;
    }
    return null;
  }
}
