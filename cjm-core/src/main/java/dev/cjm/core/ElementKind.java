package dev.cjm.core;

/**
 * The kinds of journey elements that have ids, for the DSL builders and {@link BuildContext}: the
 * word each is called by in messages and positional ids, and the field of a path that holds them.
 */
enum ElementKind {
  STAGE("stage", "stages"),
  TOUCHPOINT("touchpoint", "touchpoints"),
  BARRIER("barrier", "barriers"),
  OPPORTUNITY("opportunity", "opportunities");

  /** The kind in messages ("there is no barrier with id …") and in positional ids ("stage-3"). */
  final String word;

  /** The field of a path that holds elements of this kind ("stages[0].touchpoints[2]"). */
  final String field;

  ElementKind(String word, String field) {
    this.word = word;
    this.field = field;
  }
}
