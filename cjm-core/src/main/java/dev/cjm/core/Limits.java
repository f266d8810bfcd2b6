package dev.cjm.core;

/**
 * The size limits that protect an application hosting cjm from input too large to handle: a journey
 * built from data, a Mermaid diagram uploaded by a user. Within them every operation (building, gap
 * analysis, rendering, Mermaid reading and writing) takes time and memory linear in the size of the
 * input; beyond them {@link JourneyBuilder#build()} throws an {@link InvalidJourneyException} and
 * {@link dev.cjm.core.mermaid.MermaidJourney#parse(String)} a {@link
 * dev.cjm.core.mermaid.MermaidSyntaxException}, each naming the limit, never an {@code
 * OutOfMemoryError} or a minute of CPU.
 *
 * <p>The limits are far above any map a person draws (the largest benchmarked journey has 100
 * stages of 100 touchpoints, within every limit). Nesting is fixed by the model (journey, stage,
 * touchpoint, barrier), so there is no nesting limit to reach, and nothing in cjm recurses on
 * input.
 */
public final class Limits {
  /**
   * The most characters (UTF-16 code units, {@link String#length()}) in any one text: a title, a
   * name, an id, a description, an entry of a list such as a goal or a quote.
   */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /** The most characters in all the texts of one journey together. */
  public static final int MAX_TOTAL_TEXT_LENGTH = 10_000_000;

  /**
   * The most texts in one journey: names, descriptions, every entry of every list, and ids given
   * with {@code id(…)} unless they are the ids the DSL would derive by itself (the slug of the
   * name, or {@code kind-position}), so a journey keeps its count when {@link Journey#toBuilder()},
   * JSON or YAML write its derived ids out.
   */
  public static final int MAX_TEXTS = 250_000;

  /** The most stages in one journey. */
  public static final int MAX_STAGES = 1_000;

  /** The most touchpoints in one journey, over all its stages. */
  public static final int MAX_TOUCHPOINTS = 10_000;

  /**
   * The most characters in a Mermaid diagram read by {@link
   * dev.cjm.core.mermaid.MermaidJourney#parse(String)}; a reader is read no further than this.
   * {@link dev.cjm.core.mermaid.MermaidJourney#format} refuses, with an {@link
   * IllegalArgumentException}, to write a diagram longer than this.
   */
  public static final int MAX_MERMAID_LENGTH = 20_000_000;

  private Limits() {}
}
