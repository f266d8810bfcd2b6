package dev.cjm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark job's command-line options for the columns of an event log. */
class LogFormatTest {
  @Test
  void withoutOptionsTheColumnsAreTheGeneratorsOnes() {
    LogFormat format = LogFormat.parse(List.of());

    assertThat(format).isEqualTo(LogFormat.generated());
    assertThat(format.columns())
        .containsExactly("case", "time", "activity", "outcome", "score", "channel");
  }

  @Test
  void optionsRenameColumnsDropOptionalOnesAndSplitSessions() {
    LogFormat format =
        LogFormat.parse(
            List.of(
                "--case=customer", "--emotion=rating:1:5", "--channel=", "--sessions-after=PT30M"));

    assertThat(format.columns())
        .containsExactly("customer", "time", "activity", "outcome", "rating");
    assertThat(format.emotionMin()).isEqualTo(1);
    assertThat(format.emotionMax()).isEqualTo(5);
    assertThat(format.sessionsAfter()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void badOptionsSayWhatIsExpected() {
    assertThatThrownBy(() -> LogFormat.parse(List.of("--colour=red")))
        .hasMessageContaining("unknown option --colour; the options are --[case, time,");
    assertThatThrownBy(() -> LogFormat.parse(List.of("case=customer")))
        .hasMessageContaining("is not of the form --name=value");
    assertThatThrownBy(() -> LogFormat.parse(List.of("--case=")))
        .hasMessageContaining("--case needs a column name");
    assertThatThrownBy(() -> LogFormat.parse(List.of("--emotion=score:low:high")))
        .hasMessageContaining("the scale's ends are not numbers");
    assertThatThrownBy(() -> LogFormat.parse(List.of("--emotion=score")))
        .hasMessageContaining("is not column:min:max");
    assertThatThrownBy(() -> LogFormat.parse(List.of("--sessions-after=30m")))
        .hasMessageContaining("is not an ISO-8601 duration, such as PT30M");
  }
}
