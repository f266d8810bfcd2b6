/** cjm-render-svg: renders a customer journey map, and optionally its gap report, to SVG. */
module dev.cjm.render.svg {
  requires transitive dev.cjm.core;
  requires static org.jspecify;

  exports dev.cjm.render.svg;
}
