/** cjm-examples: runnable examples of cjm and the gallery that renders them all. */
// JMH is an automatic module.
@SuppressWarnings("requires-automatic")
module dev.cjm.examples {
  requires transitive dev.cjm.core;
  requires dev.cjm.render.svg;
  // Puts Jackson's YAML (an optional dependency of cjm-core) in the module graph for JourneyYaml.
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.jspecify;
  requires jmh.core;
  requires info.picocli;
  requires java.management; // the heap figures of bench.EventLogHeap

  exports dev.cjm.examples;
  exports dev.cjm.examples.cli;

  // picocli sets the commands' options by reflection.
  opens dev.cjm.examples.cli to
      info.picocli;
}
