package dev.cjm.core.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.testing.TestJourneys;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds for every assertion: a null argument (other than the value asserted on, which fails
 * the AssertJ way) gives a {@link NullPointerException} naming the parameter; and AssertJ, an
 * optional dependency, is used by this package alone, so the model, the analysis and the formats
 * never load it.
 */
class AssertionsContractTest {
  private static final Journey JOURNEY = TestJourneys.runningShoes();
  private static final GapReport REPORT = GapAnalysis.standard().analyze(JOURNEY);

  /** An assertion to call each class's methods on. */
  private static final Map<Class<?>, Supplier<Object>> RECEIVERS =
      Map.of(
          JourneyAssert.class, () -> CjmAssertions.assertThat(JOURNEY),
          GapReportAssert.class, () -> CjmAssertions.assertThat(REPORT),
          FindingsAssert.class,
              () -> CjmAssertions.assertThat(REPORT).hasFinding("emotion.expectation-gap"),
          PainPointAssert.class, () -> CjmAssertions.assertThat(REPORT.painPoints().get(0)),
          JourneyDiffAssert.class,
              () -> CjmAssertions.assertThat(JourneyDiff.between(JOURNEY, JOURNEY)));

  static Stream<Method> methodsWithObjectParameters() {
    return RECEIVERS.keySet().stream()
        .flatMap(type -> Stream.of(type.getDeclaredMethods()))
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .filter(m -> Stream.of(m.getParameterTypes()).anyMatch(type -> !type.isPrimitive()))
        .sorted(java.util.Comparator.comparing(Method::toString));
  }

  @Test
  void everyAssertionClassIsChecked() {
    assertThat(methodsWithObjectParameters().map(Method::getName))
        .contains("hasStage", "hasFinding", "at", "hasBarrier", "resolves");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("methodsWithObjectParameters")
  void nullArgument_givesNullPointerExceptionNamingTheParameter(Method method) {
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      @Nullable Object[] arguments = new Object[parameters.length];
      for (int k = 0; k < parameters.length; k++) {
        arguments[k] = k == i ? null : sample(parameters[k]);
      }

      Throwable thrown =
          catchThrowable(
              () -> {
                try {
                  method.invoke(receiver(method), arguments);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });

      String words =
          parameters[i].getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      assertThat(thrown)
          .as("%s with null %s", method, parameters[i].getName())
          .isInstanceOf(NullPointerException.class)
          .hasMessage(words + " is null");
    }
  }

  private static Object receiver(Method method) {
    Supplier<Object> receiver = RECEIVERS.get(method.getDeclaringClass());
    if (receiver == null) {
      throw new AssertionError("no receiver of " + method + " yet: add one to RECEIVERS");
    }
    return receiver.get();
  }

  private static Object sample(Parameter parameter) {
    Class<?> type = parameter.getType();
    if (type == String.class) {
      return "checkout";
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == FindingSeverity.class) {
      return FindingSeverity.ERROR;
    }
    throw new AssertionError("no sample of " + type + " yet: add one to AssertionsContractTest");
  }

  @Test
  void onlyThisPackageUsesAssertJ() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Journey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path assertions = classes.resolve(Path.of("dev", "cjm", "core", "assertions"));
    List<String> users;
    try (Stream<Path> files = Files.walk(classes)) {
      users =
          files
              .filter(file -> file.toString().endsWith(".class"))
              .filter(file -> !file.startsWith(assertions))
              .filter(AssertionsContractTest::mentionsAssertJ)
              .map(file -> classes.relativize(file).toString())
              .toList();
    }
    assertThat(users).as("classes outside dev.cjm.core.assertions that use AssertJ").isEmpty();
    try (Stream<Path> files = Files.list(assertions)) {
      assertThat(files.filter(AssertionsContractTest::mentionsAssertJ))
          .as("the check sees AssertJ where it is used")
          .isNotEmpty();
    }
  }

  /** True if the class file names a class of AssertJ (its constant pool holds the name). */
  private static boolean mentionsAssertJ(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains("org/assertj/");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
