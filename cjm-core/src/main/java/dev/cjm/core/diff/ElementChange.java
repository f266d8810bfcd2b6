package dev.cjm.core.diff;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stage, touchpoint, barrier or opportunity that differs between a current-state and a
 * future-state journey: added, removed, or changed (matched by id), with the fields that changed.
 */
public final class ElementChange {
  /** What kind of element changed. */
  public enum Kind {
    STAGE,
    TOUCHPOINT,
    BARRIER,
    OPPORTUNITY;

    /** The lower-case name used in reports ({@code "touchpoint"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How it changed. */
  public enum Type {
    /** Only in the future state. */
    ADDED,
    /** Only in the current state. */
    REMOVED,
    /** In both, with different fields. */
    CHANGED;

    /** The lower-case name used in reports ({@code "added"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One field that differs: its name and its value before and after, as text. */
  public static final class Field {
    private final String name;
    private final String before;
    private final String after;

    Field(String name, String before, String after) {
      this.name = name;
      this.before = before;
      this.after = after;
    }

    /** The field's name ({@code "owner"}). */
    public String name() {
      return name;
    }

    /** Its value in the current state, or {@code "–"} if it had none. */
    public String before() {
      return before;
    }

    /** Its value in the future state, or {@code "–"} if it has none. */
    public String after() {
      return after;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Field that
          && name.equals(that.name)
          && before.equals(that.before)
          && after.equals(that.after);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, before, after);
    }

    /** {@code "owner: – → E-commerce"}. */
    @Override
    public String toString() {
      return name + ": " + before + " → " + after;
    }
  }

  private final Kind kind;
  private final Type type;
  private final String id;
  private final String label;
  private final ImmutableList<Field> fields;

  ElementChange(Kind kind, Type type, String id, String label, ImmutableList<Field> fields) {
    this.kind = kind;
    this.type = type;
    this.id = id;
    this.label = label;
    this.fields = fields;
  }

  /** What kind of element it is. */
  public Kind kind() {
    return kind;
  }

  /** Added, removed or changed. */
  public Type type() {
    return type;
  }

  /** The element's id, the same in both states. */
  public String id() {
    return id;
  }

  /** Its name (a barrier's or opportunity's description), as in the future state if there. */
  public String label() {
    return label;
  }

  /** The fields that changed, in a fixed order; empty for an added or removed element. */
  public ImmutableList<Field> fields() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ElementChange that
        && kind == that.kind
        && type == that.type
        && id.equals(that.id)
        && label.equals(that.label)
        && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, type, id, label, fields);
  }

  /** {@code "changed touchpoint checkout: owner: – → E-commerce"}. */
  @Override
  public String toString() {
    return type.label()
        + " "
        + kind.label()
        + " "
        + id
        + (fields.isEmpty() ? "" : ": " + fields.stream().map(Field::toString).toList());
  }
}
