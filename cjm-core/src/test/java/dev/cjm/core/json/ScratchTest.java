package dev.cjm.core.json;

import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() {
    var j = TestJourneys.runningShoes().toBuilder().description("Two\nlines\n").build();
    String json = JourneyJson.format(j);
    System.out.println(json);
    String yaml = JourneyYaml.format(j);
    System.out.println(yaml);
    System.out.println(JourneyJson.parse(json).equals(j));
    System.out.println(JourneyYaml.parse(yaml).equals(j));
    try {
      JourneyYaml.parse("cjmFormat: 1\ntitle: x\nstages:\n  - name: ''\n    touchpoints:\n      - name: a\n        emotoin: 3\n        emotion: 5\n");
    } catch (InvalidDocumentException e) { System.out.println(e.getMessage()); }
    try {
      JourneyJson.parse("{\"cjmFormat\": 2}");
    } catch (InvalidDocumentException e) { System.out.println(e.getMessage()); }
  }
}
