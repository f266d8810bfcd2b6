package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import java.util.Arrays;
import java.util.HashMap;
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
  private final String subjectId;
  private final String path;
  private final String message;
  // Keys at even indexes, each followed by its value, in the first factsLength slots; never
  // changed (the builder it came from copies it before adding more). An analysis makes thousands
  // of findings and few callers read their facts, so the map is made on first use.
  private final String[] factPairs;
  private final int factsLength;
  private volatile @Nullable ImmutableMap<String, String> facts;
  // The journey-order position of the subject, when its RuleContext filled in the path; else -1.
  private final int position;

  private Finding(
      String ruleId,
      FindingSeverity severity,
      String subjectId,
      String path,
      String message,
      String[] factPairs,
      int factsLength,
      int position) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.subjectId = subjectId;
    this.path = path;
    this.message = message;
    this.factPairs = factPairs;
    this.factsLength = factsLength;
    this.position = position;
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
    if (severity == this.severity) {
      return this;
    }
    return new Finding(
        ruleId, severity, subjectId, path, message, factPairs, factsLength, position);
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

  /** The journey-order position of the path, if the rule's context set it; else -1. */
  int position() {
    return position;
  }

  /** What was found, in one sentence a CX analyst understands. */
  public String message() {
    return message;
  }

  /** The figures and names behind the message ({@code "gap" -> "3"}), in a fixed order. */
  public ImmutableMap<String, String> facts() {
    ImmutableMap<String, String> map = facts;
    if (map == null) {
      ImmutableMap.Builder<String, String> built =
          ImmutableMap.builderWithExpectedSize(factsLength / 2);
      for (int i = 0; i < factsLength; i += 2) {
        built.put(factPairs[i], factPairs[i + 1]);
      }
      map = built.buildOrThrow();
      facts = map;
    }
    return map;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that
        && ruleId.equals(that.ruleId)
        && severity == that.severity
        && subjectId.equals(that.subjectId)
        && path.equals(that.path)
        && message.equals(that.message)
        && Arrays.equals(factPairs, 0, factsLength, that.factPairs, 0, that.factsLength);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, subjectId, path, message, facts());
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
    private static final int EXPECTED_FACTS = 6;
    // Up to this many facts a key given again is found by a scan, beyond by a hash index.
    private static final int SCANNED_FACTS = 16;
    private static final String[] NO_FACTS = {};

    private final String ruleId;
    private FindingSeverity severity;
    private String subjectId = "";
    private String path = "";
    private @Nullable String message;
    // Keys and values in turn, in the order added; a finding has a handful, so a key given again
    // is found by a scan. build() hands the array to the finding and marks it shared; a fact added
    // after that goes to a copy.
    private String[] facts = NO_FACTS;
    private int factsLength;
    private boolean shared;
    private @Nullable Map<String, Integer> index;
    private int position = -1;

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
      this.position = -1;
      return this;
    }

    /** Sets the path alone, keeping the subject's id (a metric's path within its stage). */
    public Builder path(String path) {
      this.path = checkNotNull(path, "path is null");
      this.position = -1;
      return this;
    }

    /** Records the journey-order position of the subject just set, as its context knows it. */
    Builder position(int position) {
      this.position = position;
      return this;
    }

    /** Sets the severity, replacing the one the builder started with. */
    public Builder severity(FindingSeverity severity) {
      this.severity = checkNotNull(severity, "severity is null");
      return this;
    }

    /** Sets the one-sentence message. */
    public Builder message(String message) {
      checkNotNull(message, "message is null");
      checkArgument(!Texts.isBlank(message), "message of a finding of rule %s is blank", ruleId);
      this.message = message;
      return this;
    }

    /** Adds a fact; a key given twice keeps its first place and takes the new value. */
    public Builder fact(String key, String value) {
      checkNotNull(key, "fact key is null");
      checkNotNull(value, "value of fact %s is null", key);
      int at = indexOf(key);
      if (at >= 0) {
        ownFacts(facts.length);
        facts[at + 1] = value;
        return this;
      }
      if (index != null || factsLength == 2 * SCANNED_FACTS) {
        keyIndex().put(key, factsLength);
      }
      ownFacts(
          factsLength < facts.length
              ? facts.length
              : Math.max(2 * EXPECTED_FACTS, 2 * factsLength));
      facts[factsLength++] = key;
      facts[factsLength++] = value;
      return this;
    }

    /** Makes {@code facts} an array of this length that no finding shares. */
    private void ownFacts(int length) {
      if (shared || length != facts.length) {
        facts = Arrays.copyOf(facts, length);
        shared = false;
      }
    }

    /** Where the key is in {@code facts}, or -1. */
    private int indexOf(String key) {
      if (index != null) {
        Integer at = index.get(key);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < factsLength; i += 2) {
        if (facts[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /** The hash index of the keys, made from those added so far on first use. */
    private Map<String, Integer> keyIndex() {
      Map<String, Integer> keys = index;
      if (keys == null) {
        keys = new HashMap<>();
        for (int i = 0; i < factsLength; i += 2) {
          keys.put(facts[i], i);
        }
        index = keys;
      }
      return keys;
    }

    /** Adds a numeric fact, formatted with at most two decimals and no trailing zeros. */
    public Builder fact(String key, double value) {
      return fact(key, Figures.amount(value));
    }

    /** Builds the finding. */
    public Finding build() {
      String text = message;
      checkState(text != null, "a finding of rule %s needs a message; call message(...)", ruleId);
      shared = true;
      return new Finding(ruleId, severity, subjectId, path, text, facts, factsLength, position);
    }
  }
}
