package dev.cjm.core.observed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The waits after one planned touchpoint, counted exactly in fixed logarithmic buckets of
 * milliseconds: each doubling (1–2 s, 2–4 s, …) is split into 8 equal buckets, so a bucket is at
 * most 1/8 of its lower bound wide. A quantile is read as the middle of its bucket: at most 6.25 %
 * off the true wait (and exact below 8 ms). Counts add, so merging is exact; memory is 345 counts
 * whatever the number of waits (waits over 139 years share the last bucket).
 */
final class WaitHistogram implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Buckets per doubling. */
  private static final int SUB = 8;

  private static final int MAX_EXPONENT = 42; // 2^42 ms: 139 years

  static final int BUCKETS = 1 + (MAX_EXPONENT + 1) * SUB;

  private final long[] counts = new long[BUCKETS];
  private long total;

  /** Counts one wait. A negative wait (times out of order) counts as none. */
  void add(Duration wait) {
    long millis = wait.isNegative() ? 0 : saturatedMillis(wait);
    counts[bucket(millis)]++;
    total++;
  }

  void merge(WaitHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  long total() {
    return total;
  }

  /**
   * The wait at quantile {@code q} (0.5: the median), by nearest rank, read as the middle of its
   * bucket; null if there is no wait.
   */
  @Nullable Duration quantile(double q) {
    if (total == 0) {
      return null;
    }
    long rank = Math.max(1, (long) Math.ceil(q * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Duration.ofMillis(middle(i));
      }
    }
    return Duration.ofMillis(middle(BUCKETS - 1));
  }

  /**
   * How many waits are longer than {@code threshold}: the buckets whose lower bound is above it.
   */
  long longerThan(Duration threshold) {
    long limit = saturatedMillis(threshold);
    long count = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (lower(i) > limit) {
        count += counts[i];
      }
    }
    return count;
  }

  static int bucket(long millis) {
    if (millis <= 0) {
      return 0;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(millis);
    if (exponent > MAX_EXPONENT) {
      return BUCKETS - 1;
    }
    int sub =
        exponent >= 3
            ? (int) ((millis >>> (exponent - 3)) & (SUB - 1))
            : (int) ((millis << (3 - exponent)) & (SUB - 1));
    return 1 + exponent * SUB + sub;
  }

  /** The smallest wait in bucket {@code i}, in milliseconds. */
  static long lower(int i) {
    if (i == 0) {
      return 0;
    }
    int exponent = (i - 1) / SUB;
    long sub = (i - 1L) % SUB;
    return exponent >= 3 ? (SUB + sub) << (exponent - 3) : (SUB + sub) >> (3 - exponent);
  }

  /** The middle of bucket {@code i}, in milliseconds: exact for the one-value buckets below 8. */
  static long middle(int i) {
    int exponent = (i - 1) / SUB;
    return i == 0 || exponent < 3 ? lower(i) : lower(i) + (1L << (exponent - 3)) / 2;
  }

  private static long saturatedMillis(Duration duration) {
    return duration.toSeconds() >= Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : duration.toMillis();
  }

  /** Writes the buckets that hold waits, as (bucket, count) pairs. */
  void write(DataOutputStream out) throws IOException {
    int used = 0;
    for (long count : counts) {
      used += count == 0 ? 0 : 1;
    }
    out.writeInt(used);
    for (int i = 0; i < BUCKETS; i++) {
      if (counts[i] != 0) {
        out.writeShort(i);
        out.writeLong(counts[i]);
      }
    }
  }

  static WaitHistogram read(DataInputStream in) throws IOException {
    WaitHistogram read = new WaitHistogram();
    int used = MonitorBytes.readCount(in, "wait buckets", BUCKETS);
    for (int k = 0; k < used; k++) {
      int i = in.readShort();
      long count = in.readLong();
      MonitorBytes.check(i >= 0 && i < BUCKETS && count > 0, "a wait bucket out of range: " + i);
      read.counts[i] += count;
      read.total += count;
    }
    return read;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WaitHistogram that && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }
}
