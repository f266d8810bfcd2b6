package dev.cjm.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.observed.EventLog;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an event log and how to read them, as the Spark job's command line gives them: the
 * serialisable recipe of an {@link EventLog}, which Spark ships to its executors. Unless told, the
 * columns are those {@code EventLogGenerator} writes: {@code case,time,activity,outcome,score,
 * channel}, the score from −3 to +3.
 */
public record LogFormat(
    String caseId,
    String time,
    String activity,
    @Nullable String outcome,
    @Nullable String emotion,
    double emotionMin,
    double emotionMax,
    @Nullable String channel,
    @Nullable Duration sessionsAfter)
    implements Serializable {
  /** The names of the command line's options, without their {@code --}. */
  private static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "case", "time", "activity", "outcome", "emotion", "channel", "sessions-after");

  /** The generator's columns, and no sessions. */
  public static LogFormat generated() {
    return new LogFormat("case", "time", "activity", "outcome", "score", -3, 3, "channel", null);
  }

  /** The columns to read: the case id, the time and the activity, then the optional ones. */
  ImmutableList<String> columns() {
    ImmutableList.Builder<String> columns = ImmutableList.builder();
    columns.add(caseId, time, activity);
    for (String optional : Arrays.asList(outcome, emotion, channel)) {
      if (optional != null) {
        columns.add(optional);
      }
    }
    return columns.build();
  }

  /** The import of rows whose header is {@link #columns()}. */
  EventLog eventLog() {
    EventLog.Builder log = EventLog.builder().caseId(caseId).timestamp(time).activity(activity);
    if (outcome != null) {
      log.outcome(outcome);
    }
    if (emotion != null) {
      log.emotion(emotion, emotionMin, emotionMax);
    }
    if (channel != null) {
      log.channel(channel);
    }
    if (sessionsAfter != null) {
      log.sessionsAfter(sessionsAfter);
    }
    return log.build();
  }

  /**
   * The format the command line's {@code --name=value} options give: {@code --case}, {@code
   * --time}, {@code --activity} (column names), {@code --outcome}, {@code --channel} (column names,
   * empty for none), {@code --emotion=column:min:max} (empty for none) and {@code --sessions-after}
   * (an ISO-8601 duration such as {@code PT30M}); the {@link #generated()} format's where not
   * given.
   *
   * @throws IllegalArgumentException if an option is not one of these, or its value is bad
   */
  public static LogFormat parse(List<String> options) {
    Map<String, String> given = new HashMap<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      checkArgument(
          option.startsWith("--") && equals > 2,
          "option %s is not of the form --name=value, such as --case=customer",
          option);
      String name = option.substring(2, equals);
      checkArgument(NAMES.contains(name), "unknown option --%s; the options are --%s", name, NAMES);
      given.put(name, option.substring(equals + 1));
    }
    LogFormat defaults = generated();
    String emotion = given.getOrDefault("emotion", "score:-3:3");
    String[] scale = emotion.isEmpty() ? new String[] {"", "-2", "2"} : emotion.split(":", -1);
    checkArgument(
        scale.length == 3 && (emotion.isEmpty() || !scale[0].isEmpty()),
        "--emotion=%s is not column:min:max, such as --emotion=score:-3:3",
        emotion);
    String sessions = given.getOrDefault("sessions-after", "");
    return new LogFormat(
        required(given, "case", defaults.caseId()),
        required(given, "time", defaults.time()),
        required(given, "activity", defaults.activity()),
        optional(given, "outcome", defaults.outcome()),
        scale[0].isEmpty() ? null : scale[0],
        number(scale[1], emotion),
        number(scale[2], emotion),
        optional(given, "channel", defaults.channel()),
        sessions.isEmpty() ? null : duration(sessions));
  }

  private static String required(Map<String, String> given, String name, String otherwise) {
    String value = given.getOrDefault(name, otherwise);
    checkArgument(!value.isEmpty(), "--%s needs a column name; the column is required", name);
    return value;
  }

  private static @Nullable String optional(
      Map<String, String> given, String name, @Nullable String otherwise) {
    String value = given.containsKey(name) ? given.get(name) : otherwise;
    return value == null || value.isEmpty() ? null : value;
  }

  private static double number(String text, String emotion) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--emotion=" + emotion + ": the scale's ends are not numbers, such as score:-3:3", e);
    }
  }

  private static Duration duration(String value) {
    try {
      return Duration.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--sessions-after=" + value + " is not an ISO-8601 duration, such as PT30M", e);
    }
  }
}
