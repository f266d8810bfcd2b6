package dev.cjm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.GapRule;
import dev.cjm.core.analysis.JourneyOrder;
import dev.cjm.core.analysis.MapCheck;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Phrase;
import dev.cjm.core.analysis.RuleContext;
import dev.cjm.core.diff.ElementChange;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.observed.Deviation;
import dev.cjm.core.observed.DeviationReport;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.TestJourneys;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every public method of cjm-core outside the DSL builders (whose null arguments
 * become problems of the journey, see {@link NullArgumentsTest}): a null argument gives a {@link
 * NullPointerException} whose message names the parameter, and no method returns null. The methods
 * are found by reflection over the compiled classes of the exported packages, so a new public
 * method is checked without being listed here.
 */
class PublicApiTest {
  private static final Set<String> DSL_BUILDERS =
      Set.of(
          "JourneyBuilder",
          "PersonaBuilder",
          "StageBuilder",
          "TouchpointBuilder",
          "BarrierBuilder",
          "OpportunityBuilder",
          "MetricBuilder",
          "OneOfBuilder");

  private static final Journey JOURNEY = TestJourneys.runningShoes();
  private static final GapReport REPORT = GapAnalysis.standard().analyze(JOURNEY);
  private static final ObservedJourney OBSERVED =
      ObservedJourney.builder("anna").planned("instagram-ad").adHoc("Phone call").build();
  private static final JourneyDiff CHANGED =
      JourneyDiff.between(
          JOURNEY, JOURNEY.toBuilder().editTouchpoint("checkout", t -> t.owner("Shop")).build());

  /** A rule that keeps the context it is given, to reach {@link RuleContext}'s methods. */
  private static final class CapturingRule implements GapRule {
    @Nullable RuleContext context;

    @Override
    public String id() {
      return "test.capturing";
    }

    @Override
    public FindingSeverity defaultSeverity() {
      return FindingSeverity.INFO;
    }

    @Override
    public String description() {
      return "keeps its context";
    }

    @Override
    public List<Finding> check(Journey journey, RuleContext context) {
      this.context = context;
      return List.of();
    }
  }

  private static RuleContext ruleContext() {
    CapturingRule rule = new CapturingRule();
    GapAnalysis.none().with(rule).analyze(JOURNEY);
    return java.util.Objects.requireNonNull(rule.context);
  }

  private static ObservedJourney.OccurrenceBuilder occurrenceBuilder() {
    List<ObservedJourney.OccurrenceBuilder> captured = new ArrayList<>();
    ObservedJourney.builder("o").planned("checkout", captured::add);
    return captured.get(0);
  }

  private static ObservedSummary.TouchpointFigures touchpointFigures() {
    List<ObservedSummary.TouchpointFigures> captured = new ArrayList<>();
    ObservedSummary.builder("Checkout", Locale.ENGLISH, 2).touchpoint("a", "A", captured::add);
    return captured.get(0);
  }

  /** An object to call each class's instance methods on; a new one per call for builders. */
  private static final Map<Class<?>, Supplier<Object>> RECEIVERS =
      Map.ofEntries(
          Map.entry(Journey.class, () -> JOURNEY),
          Map.entry(Stage.class, () -> JOURNEY.stages().get(1)),
          Map.entry(Touchpoint.class, () -> JOURNEY.allTouchpoints().get(1)),
          Map.entry(Emotion.class, () -> Emotion.of(1, "glad")),
          Map.entry(Channel.class, () -> Channel.WEB),
          Map.entry(GapAnalysis.class, GapAnalysis::standard),
          Map.entry(GapReport.class, () -> REPORT),
          Map.entry(Finding.class, () -> REPORT.findings().get(0)),
          Map.entry(PainPoint.class, () -> REPORT.painPoints().get(0)),
          Map.entry(MapCheck.class, () -> REPORT.mapChecks().get(0)),
          Map.entry(Finding.Builder.class, () -> Finding.builder("r", FindingSeverity.INFO)),
          Map.entry(RuleContext.class, PublicApiTest::ruleContext),
          Map.entry(JourneyOrder.class, () -> ruleContext().journeyOrder()),
          Map.entry(ObservedJourney.class, () -> OBSERVED),
          Map.entry(ObservedJourney.Builder.class, () -> ObservedJourney.builder("o")),
          Map.entry(ObservedJourney.OccurrenceBuilder.class, PublicApiTest::occurrenceBuilder),
          Map.entry(JourneyDiff.class, () -> JourneyDiff.between(JOURNEY, JOURNEY)),
          Map.entry(ElementChange.class, () -> CHANGED.changes().get(0)),
          Map.entry(ElementChange.Field.class, () -> CHANGED.changes().get(0).fields().get(0)),
          Map.entry(
              Deviation.class, () -> DeviationReport.of(JOURNEY, OBSERVED).deviations().get(0)),
          Map.entry(DeviationReport.class, () -> DeviationReport.of(JOURNEY, OBSERVED)),
          Map.entry(DeviationSummary.class, () -> DeviationSummary.of(JOURNEY, List.of(OBSERVED))),
          Map.entry(EventLog.class, () -> EventLog.builder().build()),
          Map.entry(EventLog.Builder.class, EventLog::builder),
          Map.entry(JourneyMonitor.class, () -> JourneyMonitor.of(JOURNEY).add(OBSERVED)),
          Map.entry(
              ObservedSummary.class, () -> JourneyMonitor.of(JOURNEY).add(OBSERVED).summary()),
          Map.entry(
              ObservedSummary.Builder.class,
              () -> ObservedSummary.builder("Checkout", Locale.ENGLISH, 2)),
          Map.entry(ObservedSummary.TouchpointFigures.class, PublicApiTest::touchpointFigures),
          Map.entry(
              dev.cjm.core.json.DocumentProblem.class,
              () ->
                  new dev.cjm.core.json.DocumentProblem(
                      "/title",
                      1,
                      2,
                      "title is blank",
                      com.google.common.collect.ImmutableMap.of())));

  /** An event log of the running-shoes journey: a planned step, an ad-hoc one, a bad row. */
  private static final String EVENT_LOG =
      """
      case,time,activity,outcome
      anna,2026-05-01T10:00:00Z,instagram-ad,ok
      anna,2026-05-01T10:05:00Z,Phone call,failed
      anna,yesterday,checkout,ok
      """;

  /** A valid argument of each parameter type. */
  private static Object argument(Parameter parameter) {
    Class<?> type = parameter.getType();
    if (type == String.class) {
      return parameter.getName().equals("ruleId") ? "emotion.expectation-gap" : "checkout";
    }
    if (type == double.class) {
      return 0.5;
    }
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 2L;
    }
    if (type == Phrase.class) {
      return Phrase.quoted("Checkout");
    }
    if (type == boolean.class) {
      return true;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Journey.class) {
      return JOURNEY;
    }
    if (type == Finding.class) {
      return Finding.builder("sample.rule", FindingSeverity.INFO)
          .message("A sample finding.")
          .build();
    }
    if (type == Stage.class) {
      return JOURNEY.stages().get(0);
    }
    if (type == Emotion.class) {
      return Emotion.POSITIVE;
    }
    if (type == ObservedJourney.class) {
      return OBSERVED;
    }
    if (type == GapRule.class) {
      return new CapturingRule();
    }
    if (type == RuleContext.class) {
      return ruleContext();
    }
    if (type == JourneyMonitor.class) {
      return JourneyMonitor.of(JOURNEY);
    }
    if (type == java.time.Instant.class) {
      return java.time.Instant.EPOCH;
    }
    if (type == java.time.Duration.class) {
      return java.time.Duration.ofMinutes(30);
    }
    if (type == Set.class) {
      return Set.of("done");
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == List.class || type == Collection.class) {
      return List.of();
    }
    if (type == java.util.Optional.class) {
      return java.util.Optional.of("min");
    }
    if (type == Consumer.class) {
      return (Consumer<Object>) any -> {};
    }
    if (type == Reader.class) {
      return new StringReader("journey\ntitle T\n");
    }
    if (type == Locale.class) {
      return Locale.forLanguageTag("pl");
    }
    if (type == Appendable.class) {
      return new java.io.StringWriter();
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    if (type == com.google.common.collect.ImmutableMap.class) {
      return com.google.common.collect.ImmutableMap.of();
    }
    if (type == GapReport.class) {
      return REPORT;
    }
    if (type == JourneyDiff.class) {
      return CHANGED;
    }
    if (type == DeviationSummary.class) {
      return DeviationSummary.of(JOURNEY, List.of(OBSERVED));
    }
    if (type == ObservedSummary.class) {
      return JourneyMonitor.of(JOURNEY).add(OBSERVED).summary();
    }
    throw new AssertionError(
        "no sample argument of type " + type.getName() + " yet: add one to PublicApiTest");
  }

  static Stream<Executable> publicMethods() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Journey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Executable> methods = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        if (!name.endsWith(".class") || name.contains("internal") || name.contains("-info")) {
          continue;
        }
        // AssertJ's contract, not this one: a null actual fails with an AssertionError, and every
        // assertion throws one on purpose (AssertionsContractTest checks their arguments).
        if (name.startsWith("dev.cjm.core.assertions.")) {
          continue;
        }
        Class<?> type = load(name.substring(0, name.length() - ".class".length()));
        if (!isPublicApi(type) || DSL_BUILDERS.contains(type.getSimpleName())) {
          continue;
        }
        Stream.concat(
                Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
            // Journey.builder(null) starts the DSL, whose null arguments become problems.
            .filter(m -> !(type == Journey.class && m.getName().equals("builder")))
            .filter(m -> !Modifier.isAbstract(m.getModifiers()))
            .filter(m -> !m.getName().equals("equals"))
            .forEach(methods::add);
      }
    }
    methods.sort(Comparator.comparing(Executable::toString));
    return methods.stream();
  }

  static Stream<Executable> methodsWithObjectParameters() throws IOException, URISyntaxException {
    return publicMethods()
        .filter(m -> Stream.of(m.getParameterTypes()).anyMatch(type -> !type.isPrimitive()));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methodsWithObjectParameters")
  void nullArgument_givesNullPointerExceptionNamingTheParameter(Executable method) {
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()
          || parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
        continue;
      }
      Object[] arguments = new Object[parameters.length];
      for (int k = 0; k < parameters.length; k++) {
        arguments[k] = k == i ? null : argument(parameters[k]);
      }

      Throwable thrown = catchThrowable(() -> call(method, arguments));

      String parameter = parameters[i].getName();
      assertThat(thrown)
          .as("%s with null %s", method, parameter)
          .isInstanceOf(NullPointerException.class);
      String words = parameter.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      assertThat(thrown.getMessage())
          .as("the message of %s with null %s", method, parameter)
          .isNotNull()
          .satisfiesAnyOf(
              message -> assertThat(message).contains(parameter),
              message -> assertThat(message).containsIgnoringCase(words));
    }
  }

  static Stream<Executable> methodsWithAReceiver() throws IOException, URISyntaxException {
    return publicMethods().filter(PublicApiTest::hasReceiver);
  }

  private static boolean hasReceiver(Executable method) {
    Class<?> type = method.getDeclaringClass();
    return method instanceof java.lang.reflect.Constructor
        || Modifier.isStatic(method.getModifiers())
        || type.isEnum()
        || RECEIVERS.containsKey(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methodsWithAReceiver")
  void publicMethod_neverReturnsNull(Executable method) throws Throwable {
    Object[] arguments = Stream.of(method.getParameters()).map(PublicApiTest::argument).toArray();
    Object result;
    try {
      result = call(method, arguments);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      return; // a documented rejection of the sample arguments; returning nothing is no null
    }
    if (method instanceof Method m && m.getReturnType() != void.class) {
      assertThat(result).as("%s returned", method).isNotNull();
      assertNoNullInside(
          java.util.Objects.requireNonNull(result), method.toString(), 0, new IdentityHashMap<>());
    }
  }

  @Test
  void theReflectionFindsTheApi() throws IOException, URISyntaxException {
    assertThat(publicMethods().map(Executable::toString))
        .anyMatch(m -> m.contains("MermaidJourney.parse(java.lang.String)"))
        .anyMatch(m -> m.contains("GapAnalysis.analyze(dev.cjm.core.Journey)"))
        .anyMatch(m -> m.contains("Journey.touchpoint(java.lang.String)"))
        .noneMatch(m -> m.contains("TouchpointBuilder"));
  }

  /**
   * The instance methods of classes with no entry in {@link #RECEIVERS} (values reached only
   * through others: changes, deviations, problems, exceptions) are checked by walking everything
   * reachable from the results of analysis, diff, deviation analysis and failed builds and parses.
   */
  @Test
  void everyValueReachableFromTheResults_hasNoNulls_andTheWalkReachesEveryPublicClass()
      throws IOException, URISyntaxException {
    Journey future =
        JOURNEY.toBuilder()
            .editTouchpoint("checkout", t -> t.emotion(1).removeBarrier("late-delivery-cost"))
            .stage(
                "Delivery",
                s -> s.touchpoint("Parcel arrives", t -> t.emotion(2)).metric("Returns", 0.08))
            .removeOpportunity("show-delivery-cost-on-the-product-page")
            .state(Journey.State.FUTURE)
            .build();
    ObservedJourney deviating =
        ObservedJourney.builder("piotr")
            .planned("checkout", o -> o.emotion(Emotion.of(-1, "annoyed")))
            .adHoc("Calls the shop")
            .build();
    List<Object> roots =
        List.of(
            JOURNEY,
            future,
            REPORT,
            GapAnalysis.standard(),
            EmotionCurve.of(JOURNEY),
            JourneyDiff.between(JOURNEY, future),
            DeviationReport.of(JOURNEY, deviating),
            DeviationSummary.of(JOURNEY, List.of(OBSERVED, deviating)),
            JourneyMonitor.of(JOURNEY).add(OBSERVED).add(deviating).summary(),
            ObservedSummary.builder("Checkout", Locale.ENGLISH, 0),
            touchpointFigures(),
            EventLog.builder()
                .outcome("outcome")
                .skipBadRows(5)
                .build()
                .read(JOURNEY, new StringReader(EVENT_LOG)),
            catchThrowable(
                () -> EventLog.builder().build().read(JOURNEY, new StringReader(EVENT_LOG)).next()),
            GapAnalysis.standard().rules().stream()
                .flatMap(rule -> rule.threshold().stream())
                .toList(),
            catchThrowable(() -> Journey.builder(" ").build()),
            catchThrowable(() -> dev.cjm.core.mermaid.MermaidJourney.parse("journey\nbad")),
            catchThrowable(() -> dev.cjm.core.json.JourneyJson.parse("{\"title\": 1}")));
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object root : roots) {
      assertNoNullInside(root, root.getClass().getSimpleName(), 0, seen);
    }

    Set<Class<?>> reached = new java.util.HashSet<>();
    seen.keySet().forEach(value -> reached.add(value.getClass()));
    List<String> unreached =
        publicMethods()
            .filter(method -> !hasReceiver(method))
            .map(Executable::getDeclaringClass)
            .filter(type -> reached.stream().noneMatch(type::isAssignableFrom))
            .map(Class::getName)
            .distinct()
            .toList();
    assertThat(unreached).as("classes whose methods no walk reached").isEmpty();
  }

  /** Walks the values reachable through no-argument public methods, a few levels deep. */
  private static void assertNoNullInside(
      Object value, String where, int depth, IdentityHashMap<Object, Boolean> seen) {
    if (depth > 6 || seen.put(value, true) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> assertNoNullInside(inner, where + ".get()", depth + 1, seen));
    } else if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        assertThat(element).as("an element of %s", where).isNotNull();
        assertNoNullInside(element, where + "[…]", depth + 1, seen);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, element) -> {
            assertThat(element).as("the value of %s in %s", key, where).isNotNull();
            assertNoNullInside(element, where + "[" + key + "]", depth + 1, seen);
          });
    } else if (value.getClass().getName().startsWith("dev.cjm.core")) {
      // Immutables' classes are not public: call the methods of the public type they implement.
      Class<?> type = value.getClass();
      while (!isPublicApi(type)) {
        type = type.getSuperclass();
      }
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() > 0
            || method.getReturnType() == void.class
            || method.getDeclaringClass().getName().startsWith("java.")
            || method.getName().matches("to[A-Z].*")) { // toBuilder(), toMarkdown(): copies
          continue;
        }
        @Nullable Object result;
        try {
          result = method.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          continue; // builders that are already used, and the like
        }
        String inner = where + "." + method.getName() + "()";
        assertThat(result).as(inner).isNotNull();
        assertNoNullInside(java.util.Objects.requireNonNull(result), inner, depth + 1, seen);
      }
    }
  }

  private static @Nullable Object call(Executable method, @Nullable Object[] arguments)
      throws Throwable {
    try {
      if (method instanceof Method m) {
        Object receiver =
            Modifier.isStatic(m.getModifiers()) ? null : receiver(m.getDeclaringClass());
        return m.invoke(receiver, arguments);
      }
      return ((java.lang.reflect.Constructor<?>) method).newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object receiver(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Supplier<Object> receiver = RECEIVERS.get(type);
    if (receiver == null) {
      throw new AssertionError(
          "no instance of "
              + type.getName().toLowerCase(Locale.ROOT)
              + " yet: add one to RECEIVERS");
    }
    return receiver.get();
  }
}
