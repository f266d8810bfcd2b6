/**
 * cjm-core: the customer journey model, its fluent DSL and validation, gap analysis and Mermaid
 * interop. Depends on Guava only at run time.
 */
// Immutables' annotations are an automatic module, needed only at compile time.
@SuppressWarnings("requires-automatic")
module dev.cjm.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler; // @Generated on Immutables classes (source retention)
  requires static com.google.errorprone.annotations;

  exports dev.cjm.core;
  exports dev.cjm.core.analysis;
  exports dev.cjm.core.mermaid;
}
