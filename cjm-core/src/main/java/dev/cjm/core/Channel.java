package dev.cjm.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.internal.Words;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a touchpoint happens: the web site, a phone call, the store. Well-known channels are
 * constants; any other is made with {@link #of(String)}.
 *
 * <p>Two channels are equal when their normalised names are: case, spaces, hyphens and underscores
 * do not count, so {@code Channel.of("e-mail")} is {@link #EMAIL} and {@code Channel.of("Mobile
 * App")} is {@link #MOBILE_APP}.
 */
public final class Channel {
  public static final Channel WEB = new Channel("Web");
  public static final Channel MOBILE_APP = new Channel("Mobile app");
  public static final Channel EMAIL = new Channel("E-mail");
  public static final Channel SOCIAL_MEDIA = new Channel("Social media");
  public static final Channel LIVE_CHAT = new Channel("Live chat");
  public static final Channel PHONE = new Channel("Phone");
  public static final Channel STORE = new Channel("Store");
  public static final Channel SMS = new Channel("SMS");
  public static final Channel ADVERTISING = new Channel("Advertising");
  public static final Channel SEARCH = new Channel("Search");
  public static final Channel WORD_OF_MOUTH = new Channel("Word of mouth");
  public static final Channel DELIVERY = new Channel("Delivery");

  private static final ImmutableList<Channel> WELL_KNOWN =
      ImmutableList.of(
          WEB,
          MOBILE_APP,
          EMAIL,
          SOCIAL_MEDIA,
          LIVE_CHAT,
          PHONE,
          STORE,
          SMS,
          ADVERTISING,
          SEARCH,
          WORD_OF_MOUTH,
          DELIVERY);

  private final String name;
  private final String key;

  private Channel(String name) {
    this.name = name;
    this.key = Texts.channelKey(name);
  }

  /**
   * The channel with the given name: a well-known constant if the name matches one, otherwise a
   * custom channel that keeps the name as given (trimmed).
   *
   * @throws IllegalArgumentException if the name is blank or not valid Unicode
   */
  public static Channel of(String name) {
    Preconditions.checkNotNull(name, "channel name is null; expected a name such as \"Web\"");
    checkArgument(!Texts.isBlank(name), "channel name is blank; expected a name such as \"Web\"");
    int bad = Texts.firstUnpairedSurrogate(name);
    checkArgument(
        bad < 0,
        "channel name %s is not valid Unicode: unpaired surrogate at index %s",
        Texts.quote(name),
        bad);
    String key = Texts.channelKey(name);
    for (Channel known : WELL_KNOWN) {
      if (known.key.equals(key)) {
        return known;
      }
    }
    return new Channel(name.strip());
  }

  /** The well-known channels, in the order of their constants. */
  public static ImmutableList<Channel> wellKnown() {
    return WELL_KNOWN;
  }

  /** The well-known channel with this name, if there is one. */
  public static Optional<Channel> wellKnown(String name) {
    Preconditions.checkNotNull(name, "channel name is null; expected a name such as \"Web\"");
    String key = Texts.channelKey(name);
    return WELL_KNOWN.stream().filter(c -> c.key.equals(key)).findFirst();
  }

  /** The channel's display name ("Social media"). */
  public String name() {
    return name;
  }

  /**
   * The channel's name in {@code language}: a well-known channel's name in that language ("Live
   * chat", "Czat na żywo"), a custom channel's name as given.
   */
  public String name(Locale language) {
    Preconditions.checkNotNull(language, "language is null");
    return isWellKnown() ? Words.of(language).get("channel." + key) : name;
  }

  /** True for the constants of this class, false for channels made by {@link #of(String)}. */
  public boolean isWellKnown() {
    return WELL_KNOWN.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Channel channel && key.equals(channel.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
