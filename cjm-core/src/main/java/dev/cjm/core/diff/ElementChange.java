package dev.cjm.core.diff;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.internal.Words;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One stage, touchpoint, barrier or opportunity that differs between a current-state and a
 * future-state journey: added, removed, or changed (matched by id), with the fields that changed. A
 * barrier gone from the future state is {@linkplain Type#RESOLVED resolved}, and an opportunity
 * gone together with every barrier it addresses is {@linkplain Type#DELIVERED delivered}: that is
 * what a service designer means by them, so the diff counts them as such, not as removed.
 */
public final class ElementChange {
  /** What kind of element changed. */
  public enum Kind {
    STAGE,
    TOUCHPOINT,
    BARRIER,
    OPPORTUNITY;

    /** The lower-case English name, as code matches on it ({@code "touchpoint"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind's word in {@code language}, for readers: "touchpoint", "punkt styku". */
    public String displayName(Locale language) {
      checkNotNull(language, "language is null");
      return Words.of(language).get("diff.kind." + label());
    }
  }

  /** How it changed. */
  public enum Type {
    /** Only in the future state. */
    ADDED,
    /**
     * Only in the current state: a stage or touchpoint dropped, or an opportunity dropped while a
     * barrier it addresses remains (or one that addresses no barrier).
     */
    REMOVED,
    /** In both, with different fields. */
    CHANGED,
    /** A barrier of the current state that the future state no longer has. */
    RESOLVED,
    /**
     * An opportunity of the current state that the future state no longer has, addressing at least
     * one barrier and every one of them resolved: the idea was carried out.
     */
    DELIVERED;

    /** The lower-case English name, as code matches on it ({@code "added"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The change's word in {@code language}, for readers: "added", "dodano". */
    public String displayName(Locale language) {
      checkNotNull(language, "language is null");
      return Words.of(language).get("diff.type." + label());
    }
  }

  /**
   * One field that differs: its name and its value before and after, as text for a reader in the
   * diff's language (the future journey's) or in any language asked for.
   */
  public static final class Field {
    private final String name;
    private final Function<Words, String> before;
    private final Function<Words, String> after;
    private final Locale language;

    /**
     * A field named {@code name} (in English) whose values are written by {@code before} and {@code
     * after} in the words of a language; {@code language} is the diff's.
     */
    Field(
        String name,
        Function<Words, String> before,
        Function<Words, String> after,
        Locale language) {
      this.name = name;
      this.before = before;
      this.after = after;
      this.language = language;
    }

    /** The field's name in English, as code matches on it ({@code "owner"}). */
    public String name() {
      return name;
    }

    /** The field's name in {@code language}, for readers: "owner", "właściciel". */
    public String name(Locale language) {
      checkNotNull(language, "language is null");
      return Words.of(language).get("diff.field." + name.replace(' ', '-'));
    }

    /** Its value in the current state in the diff's language, or {@code "–"} if it had none. */
    public String before() {
      return before(language);
    }

    /** Its value in the current state in {@code language}: Polish {@code "4,5"}, "Czat na żywo". */
    public String before(Locale language) {
      checkNotNull(language, "language is null");
      return before.apply(Words.of(language));
    }

    /** Its value in the future state in the diff's language, or {@code "–"} if it has none. */
    public String after() {
      return after(language);
    }

    /** Its value in the future state in {@code language}. */
    public String after(Locale language) {
      checkNotNull(language, "language is null");
      return after.apply(Words.of(language));
    }

    /**
     * {@code "owner: – → E-commerce"} in {@code language}: {@code "właściciel: – → E-commerce"}.
     */
    String describe(Locale language) {
      return name(language) + ": " + before(language) + " → " + after(language);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Field that
          && name.equals(that.name)
          && language.equals(that.language)
          && before().equals(that.before())
          && after().equals(that.after());
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, language, before(), after());
    }

    /** {@code "owner: – → E-commerce"}, in English whatever the diff's language, for developers. */
    @Override
    public String toString() {
      return name + ": " + before(Locale.ENGLISH) + " → " + after(Locale.ENGLISH);
    }
  }

  private final Kind kind;
  private final Type type;
  private final String id;
  private final String label;
  private final ImmutableList<Field> fields;
  private final Locale language;
  private final boolean nameShared;

  /**
   * A change of the element {@code id} named {@code label}; {@code nameShared} when another element
   * of its kind has the same name, so readers need the id to tell them apart.
   */
  ElementChange(
      Kind kind,
      Type type,
      String id,
      String label,
      ImmutableList<Field> fields,
      Locale language,
      boolean nameShared) {
    this.kind = kind;
    this.type = type;
    this.id = id;
    this.label = label;
    this.fields = fields;
    this.language = language;
    this.nameShared = nameShared;
  }

  /** What kind of element it is. */
  public Kind kind() {
    return kind;
  }

  /** Added, removed, changed, resolved (a barrier) or delivered (an opportunity). */
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

  /** The fields that changed, in a fixed order; empty unless the element {@code CHANGED}. */
  public ImmutableList<Field> fields() {
    return fields;
  }

  /**
   * True when another element of the same kind, in either state, has the same name: readers then
   * see the id after the name.
   */
  boolean nameShared() {
    return nameShared;
  }

  /**
   * The element as readers see it in {@code words}' language: its name quoted, {@code "Checkout"},
   * Polish {@code „Kasa”}, followed by {@code (id)} only when its name is shared.
   */
  String named(Words words) {
    return DiffOutput.named(words, label, nameShared ? id : null);
  }

  /**
   * The change in one line in the diff's language (the future journey's): {@code changed touchpoint
   * "Checkout": owner: – → E-commerce}.
   */
  public String summary() {
    return summary(language);
  }

  /**
   * The change in one line in {@code language}: in Polish {@code "zmieniono punkt styku „Kasa”:
   * właściciel: – → E-commerce"}.
   */
  public String summary(Locale language) {
    checkNotNull(language, "language is null");
    return type.displayName(language)
        + " "
        + kind.displayName(language)
        + " "
        + named(Words.of(language))
        + (fields.isEmpty()
            ? ""
            : ": "
                + fields.stream().map(f -> f.describe(language)).collect(Collectors.joining("; ")));
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

  /** {@code "changed touchpoint checkout: [owner: – → E-commerce]"}, in English, for developers. */
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
