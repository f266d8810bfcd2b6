package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Counts of keys (paths, ad-hoc places) in at most {@code capacity} counters: the Misra-Gries
 * summary, in its mergeable form (Agarwal et al., "Mergeable summaries", 2012).
 *
 * <p>While no more than {@code capacity} distinct keys have been counted, every count is exact and
 * merging is exact, so any split of the input merged in any order gives the same counts. Beyond
 * that, a key's count is never too high and at most {@link #maxUndercount()} too low: ({@code n} −
 * the sum of the counters) / ({@code capacity} + 1), at most {@code n / (capacity + 1)} for {@code
 * n} keys counted; a key counted more often than that is always kept. Memory is {@code capacity}
 * counters, whatever {@code n}.
 */
final class TopCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int capacity;
  private final HashMap<String, Long> counts = new HashMap<>();
  private long total;

  TopCounts(int capacity) {
    checkArgument(capacity >= 1, "capacity is %s; keep at least 1 counter", capacity);
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  /** How many keys were counted in all. */
  long total() {
    return total;
  }

  /** Counts {@code key} once. */
  void add(String key) {
    total++;
    Long count = counts.get(key);
    if (count != null) {
      counts.put(key, count + 1);
    } else if (counts.size() < capacity) {
      counts.put(key, 1L);
    } else {
      // Full: the new key and every counter lose one (Misra-Gries' decrement step).
      counts.replaceAll((k, c) -> c - 1);
      counts.values().removeIf(c -> c == 0);
    }
  }

  /** Adds {@code other}'s counts to these; {@code other} is unchanged. */
  void merge(TopCounts other) {
    checkArgument(
        other.capacity == capacity,
        "cannot merge counts kept in %s counters with counts kept in %s",
        other.capacity,
        capacity);
    total += other.total;
    other.counts.forEach((key, count) -> counts.merge(key, count, Long::sum));
    if (counts.size() > capacity) {
      // Keep the capacity largest: every counter loses the (capacity + 1)-th largest count.
      List<Long> sorted = new ArrayList<>(counts.values());
      sorted.sort(Comparator.reverseOrder());
      long cut = sorted.get(capacity);
      counts.replaceAll((k, c) -> c - cut);
      counts.values().removeIf(c -> c <= 0);
    }
  }

  /** True while every count is exact: no more than {@code capacity} distinct keys so far. */
  boolean exact() {
    return maxUndercount() == 0;
  }

  /** How much lower than the true count any count may be; 0 while the counts are exact. */
  long maxUndercount() {
    long kept = 0;
    for (long count : counts.values()) {
      kept += count;
    }
    return (total - kept) / (capacity + 1L);
  }

  /** The counted keys, most counted first, ties by key. */
  List<Map.Entry<String, Long>> sorted() {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return entries;
  }

  /** Writes total, then the counters sorted by key: equal counts give equal bytes. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(capacity);
    out.writeLong(total);
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    out.writeInt(entries.size());
    for (Map.Entry<String, Long> entry : entries) {
      MonitorBytes.writeString(out, entry.getKey());
      out.writeLong(entry.getValue());
    }
  }

  static TopCounts read(DataInputStream in) throws IOException {
    TopCounts read = new TopCounts(MonitorBytes.readCount(in, "capacity", Integer.MAX_VALUE));
    read.total = in.readLong();
    int size = MonitorBytes.readCount(in, "counters", read.capacity);
    for (int i = 0; i < size; i++) {
      String key = MonitorBytes.readString(in);
      long count = in.readLong();
      MonitorBytes.check(count > 0 && count <= read.total, "a count out of range: " + count);
      read.counts.put(key, count);
    }
    return read;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TopCounts that
        && capacity == that.capacity
        && total == that.total
        && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode() * 31 + Long.hashCode(total);
  }
}
