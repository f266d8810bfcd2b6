package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dev.cjm.core.Journey;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * Jackson is optional: the model, the DSL, gap analysis and Mermaid work with cjm-core and Guava
 * alone, in a class loader that has nothing else (not even the JDK's platform modules), and only a
 * call into this package needs Jackson.
 */
class WithoutJacksonTest {

  private static URL jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static Object call(Object target, String method, Object... arguments) throws Exception {
    for (var candidate : target.getClass().getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        return candidate.invoke(target, arguments);
      }
    }
    throw new NoSuchMethodException(method);
  }

  private static Object callStatic(Class<?> type, String method, Object... arguments)
      throws Exception {
    for (var candidate : type.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        return candidate.invoke(null, arguments);
      }
    }
    throw new NoSuchMethodException(method);
  }

  @Test
  void buildAnalyseAndMermaid_workWithGuavaAlone_andOnlyThisPackageNeedsJackson() throws Exception {
    URL[] path = {
      jarOf(Journey.class), jarOf(ImmutableList.class), jarOf(InternalFutureFailureAccess.class)
    };
    // The parent is the bootstrap loader (null): the platform loader would find the classes of
    // any module of the boot layer, Jackson's among them when the tests run on the module path.
    try (URLClassLoader guavaAlone = new URLClassLoader(path, null)) {
      assertThat(
              catchThrowable(() -> guavaAlone.loadClass("com.fasterxml.jackson.core.JsonFactory")))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> journeyType = guavaAlone.loadClass(Journey.class.getName());
      Object builder = callStatic(journeyType, "builder", "Shoes");
      call(builder, "stage", "Purchase");
      Object journey = call(builder, "build");
      Object analysis =
          callStatic(guavaAlone.loadClass("dev.cjm.core.analysis.GapAnalysis"), "standard");
      Object report = call(analysis, "analyze", journey);
      String mermaid =
          (String)
              callStatic(
                  guavaAlone.loadClass("dev.cjm.core.mermaid.MermaidJourney"), "format", journey);

      assertThat((String) call(report, "toMarkdown")).contains("Shoes");
      assertThat(mermaid).startsWith("journey\n");
      Throwable json =
          catchThrowable(
              () ->
                  callStatic(guavaAlone.loadClass(JourneyJson.class.getName()), "format", journey));
      assertThat(json)
          .isInstanceOf(InvocationTargetException.class)
          .cause()
          .isInstanceOf(NoClassDefFoundError.class)
          .hasMessageContaining("com/fasterxml/jackson/core");
    }
  }
}
