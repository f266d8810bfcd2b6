package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing a {@link GapRule} found in a journey: the rule's stable id, how much it matters, the id
 * and path of the element it is about, a one-sentence message for a CX analyst, and the figures
 * behind the message as ordered key/value facts, so that code never has to parse the text.
 *
 * <p>The subject of a finding about the journey as a whole has the empty id and the empty path; one
 * about the persona has the persona's name as its id and the path {@code persona}; one about a
 * metric has its stage's id and a path such as {@code stages[1].metrics[0]}.
 */
public final class Finding {
  private final String ruleId;
  private final FindingSeverity severity;
  private final FindingKind kind;
  private final String subjectId;
  private final String path;
  private final String message;
  private final Phrase phrase;
  private final ImmutableMap<String, String> facts;

  private Finding(
      String ruleId,
      FindingSeverity severity,
      FindingKind kind,
      String subjectId,
      String path,
      String message,
      Phrase phrase,
      ImmutableMap<String, String> facts) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.kind = kind;
    this.subjectId = subjectId;
    this.path = path;
    this.message = message;
    this.phrase = phrase;
    this.facts = facts;
  }

  /**
   * Starts a finding of the rule with this id; custom rules usually start from {@link
   * RuleContext#finding(String)} instead, which fills in the subject's path.
   */
  public static Builder builder(String ruleId, FindingSeverity severity) {
    return new Builder(ruleId, severity);
  }

  /** A copy of this finding with another severity. */
  public Finding withSeverity(FindingSeverity severity) {
    checkNotNull(severity, "severity is null");
    return new Finding(ruleId, severity, kind, subjectId, path, message, phrase, facts);
  }

  /** The id of the rule that found it ({@code "emotion.expectation-gap"}). */
  public String ruleId() {
    return ruleId;
  }

  /** How much it matters. */
  public FindingSeverity severity() {
    return severity;
  }

  /**
   * Whether it is about the customer's experience (it joins a {@link PainPoint}) or about the map
   * (a {@link MapCheck}).
   */
  public FindingKind kind() {
    return kind;
  }

  /**
   * The id of the stage, touchpoint, barrier or opportunity it is about; the persona's name for the
   * persona; empty for the journey as a whole.
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Where the subject is, as a path from the journey ({@code stages[1].touchpoints[0]}); empty for
   * the journey as a whole.
   */
  public String path() {
    return path;
  }

  /** What was found, in one sentence a CX analyst understands, in English. */
  public String message() {
    return message;
  }

  /**
   * What was found, in {@code language}: the built-in rules speak English and Polish, and any
   * language a user adds words for; a custom rule speaks the languages its {@link Phrase} or its
   * {@linkplain Builder#message(Locale, String) messages per language} do, English otherwise.
   */
  public String message(Locale language) {
    checkNotNull(language, "language is null");
    if (language.getLanguage().equals("en")) {
      return message;
    }
    String text = phrase.in(language);
    return text == null || Texts.isBlank(text) ? message : text;
  }

  /** The figures and names behind the message ({@code "gap" -> "3"}), in a fixed order. */
  public ImmutableMap<String, String> facts() {
    return facts;
  }

  /**
   * Equal findings have the same rule, severity, kind, subject, path, message and facts in order.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that
        && ruleId.equals(that.ruleId)
        && severity == that.severity
        && kind == that.kind
        && subjectId.equals(that.subjectId)
        && path.equals(that.path)
        && message.equals(that.message)
        && factsInOrder().equals(that.factsInOrder());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, kind, subjectId, path, message, factsInOrder());
  }

  /** The facts as a list: a map's own equality ignores the order, which a report shows. */
  private List<Map.Entry<String, String>> factsInOrder() {
    return facts.entrySet().asList();
  }

  /** Severity, rule, path and message: {@code "error barrier.unaddressed at stages[1]: …"}. */
  @Override
  public String toString() {
    return severity.label()
        + " "
        + ruleId
        + " at "
        + (path.isEmpty() ? "journey" : path)
        + ": "
        + message;
  }

  /** Builds a {@link Finding}; the message is required, the facts are kept in the order added. */
  public static final class Builder {
    private final String ruleId;
    private FindingSeverity severity;
    private FindingKind kind = FindingKind.EXPERIENCE;
    private String subjectId = "";
    private String path = "";
    private @Nullable Phrase message;
    private final Map<String, String> messageByLanguage = new LinkedHashMap<>();
    private final ImmutableMap.Builder<String, String> facts = ImmutableMap.builder();

    private Builder(String ruleId, FindingSeverity severity) {
      checkNotNull(ruleId, "rule id is null");
      checkArgument(!Texts.isBlank(ruleId), "rule id is blank; give the rule a stable id");
      this.ruleId = ruleId;
      this.severity = checkNotNull(severity, "severity is null");
    }

    /** Sets the subject: its id and its path from the journey (both empty for the journey). */
    public Builder subject(String subjectId, String path) {
      this.subjectId = checkNotNull(subjectId, "subject id is null");
      this.path = checkNotNull(path, "path is null");
      return this;
    }

    /** Sets the path alone, keeping the subject's id (a metric's path within its stage). */
    public Builder path(String path) {
      this.path = checkNotNull(path, "path is null");
      return this;
    }

    /** Sets the severity, replacing the one the builder started with. */
    public Builder severity(FindingSeverity severity) {
      this.severity = checkNotNull(severity, "severity is null");
      return this;
    }

    /**
     * Sets what the finding is about, the experience (the default) or the map; {@link RuleContext}
     * sets its rule's {@link GapRule#kind()}.
     */
    public Builder kind(FindingKind kind) {
      this.kind = checkNotNull(kind, "kind is null");
      return this;
    }

    /**
     * Sets the one-sentence message, the same in every language (unless {@link #message(Locale,
     * String)} gives one for a language).
     */
    public Builder message(String message) {
      checkNotNull(message, "message is null");
      checkArgument(!Texts.isBlank(message), "message of a finding of rule %s is blank", ruleId);
      this.message = language -> message;
      return this;
    }

    /**
     * Sets the one-sentence message as a phrase, written in each reader's language: usually {@link
     * Phrase#words(String, Object...)}, words of the rule's own in the user's words files.
     */
    public Builder message(Phrase message) {
      this.message = checkNotNull(message, "message is null");
      return this;
    }

    /**
     * Sets the message in one language; a language with none of its own gets the English one, or
     * else the one {@link #message(String)} or {@link #message(Phrase)} gives.
     */
    public Builder message(Locale language, String message) {
      checkNotNull(language, "language is null");
      checkNotNull(message, "message is null");
      checkArgument(
          !Texts.isBlank(message), "%s message of a finding of rule %s is blank", language, ruleId);
      messageByLanguage.put(language.getLanguage(), message);
      return this;
    }

    /** Adds a fact; a key given twice keeps its first place and takes the new value. */
    public Builder fact(String key, String value) {
      checkNotNull(key, "fact key is null");
      checkNotNull(value, "value of fact %s is null", key);
      facts.put(key, value);
      return this;
    }

    /** Adds a numeric fact, formatted with at most two decimals and no trailing zeros. */
    public Builder fact(String key, double value) {
      return fact(key, Figures.amount(value));
    }

    /** Builds the finding; the builder may go on to build others. */
    public Finding build() {
      Phrase fallback = message;
      String english = messageByLanguage.get("en");
      if (fallback == null && english != null) {
        fallback = language -> english;
      }
      checkState(
          fallback != null,
          "a finding of rule %s needs a message: message(text), message(phrase) or"
              + " message(Locale.ENGLISH, text)",
          ruleId);
      Phrase phrase = phraseOf(fallback, ImmutableMap.copyOf(messageByLanguage));
      String text = phrase.in(Locale.ENGLISH);
      checkState(
          text != null && !Texts.isBlank(text),
          "the English message of a finding of rule %s is blank",
          ruleId);
      // A key given twice keeps its first place and its last value.
      return new Finding(
          ruleId, severity, kind, subjectId, path, text, phrase, facts.buildKeepingLast());
    }

    private static Phrase phraseOf(Phrase fallback, ImmutableMap<String, String> byLanguage) {
      return byLanguage.isEmpty()
          ? fallback
          : language -> {
            String own = byLanguage.get(language.getLanguage());
            return own != null ? own : fallback.in(language);
          };
    }
  }
}
