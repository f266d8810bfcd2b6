/** cjm-examples: runnable examples of cjm and the gallery that renders them all. */
module dev.cjm.examples {
  requires transitive dev.cjm.core;
  requires dev.cjm.render.svg;
  requires static org.jspecify;

  exports dev.cjm.examples;
}
