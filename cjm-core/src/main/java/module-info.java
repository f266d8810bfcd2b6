/**
 * cjm-core: the customer journey model, its fluent DSL and validation, gap analysis (with the
 * current vs future diff and observed journeys), Mermaid interop and JSON and YAML files. Depends
 * on Guava only at run time; Jackson is needed only by users of JSON and YAML.
 */
// Immutables' annotations are an automatic module, needed only at compile time.
// "module": the qualified export below names cjm-render-svg, which cjm-core does not see.
@SuppressWarnings({"requires-automatic", "module"})
module dev.cjm.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on Immutables classes (source retention)
  requires static com.google.errorprone.annotations;
  requires static org.assertj.core; // only for dev.cjm.core.assertions
  requires static de.siegmar.fastcsv; // event-log import only (observed.EventLog)
  // JSON and YAML (dev.cjm.core.json) only: optional, loaded when a user calls that package.
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.yaml.snakeyaml;

  exports dev.cjm.core;
  exports dev.cjm.core.analysis;
  exports dev.cjm.core.diff;
  exports dev.cjm.core.observed;
  exports dev.cjm.core.mermaid;
  exports dev.cjm.core.assertions;
  exports dev.cjm.core.json;
  // The one display policy for figures (Figures), shared with the map; not API.
  exports dev.cjm.core.internal to
      dev.cjm.render.svg;
}
