package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Texts;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The colour of each channel of one map, for its badges on the touchpoint cards and in the legend.
 * A channel the user gave a colour has that colour; a well-known channel has its fixed place on the
 * palette of {@value #PALETTE} colours; a custom channel the place its name hashes to, so that it
 * has the same colour on every map, unless another channel of the map has that colour already: then
 * the next free one. Two channels of a map share a colour only when there are more channels than
 * colours.
 */
final class ChannelColours {
  /** How many colours the palette has; the theme paints {@code cjm-channel-0} to this minus one. */
  static final int PALETTE = 16;

  /** A channel's pill and the text on it. */
  record Badge(String pill, String text) {}

  private final Map<Channel, Badge> badges = new HashMap<>();

  private ChannelColours() {}

  /**
   * The colours of the channels of {@code journey}'s touchpoints; {@code own} lists the channels
   * the user gave a colour, in the order the theme's sheet numbers those colours.
   */
  static ChannelColours of(Journey journey, List<Channel> own) {
    ChannelColours colours = new ChannelColours();
    boolean[] taken = new boolean[PALETTE];
    // Custom channels by their normalised name, so the order of the touchpoints does not count.
    Map<String, Channel> custom = new TreeMap<>();
    for (Touchpoint touchpoint : journey.allTouchpoints()) {
      if (touchpoint.channel().isEmpty()) {
        continue;
      }
      Channel channel = touchpoint.channel().get();
      int ownIndex = own.indexOf(channel);
      int wellKnown = Channel.wellKnown().indexOf(channel);
      if (ownIndex >= 0) {
        colours.badges.put(
            channel,
            new Badge(
                "cjm-channel cjm-channel-own cjm-channel-own-" + ownIndex,
                "cjm-channel-own-text-" + ownIndex));
      } else if (wellKnown >= 0) {
        taken[wellKnown] = true;
        colours.badges.put(channel, onPalette(wellKnown));
      } else {
        custom.put(key(channel), channel);
      }
    }
    for (Map.Entry<String, Channel> entry : custom.entrySet()) {
      int home = place(entry.getKey());
      int place = home;
      while (taken[place]) {
        place = (place + 1) % PALETTE;
        if (place == home) {
          break; // every colour is taken: share the channel's own
        }
      }
      taken[place] = true;
      colours.badges.put(entry.getValue(), onPalette(place));
    }
    return colours;
  }

  /**
   * The pill and text classes of {@code channel}'s badge; a channel that is not the journey's has
   * the colour its name hashes to.
   */
  Badge of(Channel channel) {
    Badge badge = badges.get(channel);
    return badge != null ? badge : onPalette(place(key(channel)));
  }

  private static Badge onPalette(int place) {
    return new Badge("cjm-channel cjm-channel-" + place, CssClass.ON_ACCENT);
  }

  /**
   * Where a custom channel's name puts it on the palette: the 32-bit FNV-1a hash of its normalised
   * name in UTF-8, modulo the palette's size. Defined here, byte by byte, so that it never changes
   * with the JDK (as {@link String#hashCode()} could).
   */
  static int place(String key) {
    int hash = 0x811c9dc5;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    return Integer.remainderUnsigned(hash, PALETTE);
  }

  /**
   * A channel's name as {@link Channel} compares names: NFKC, lower case, without spaces, hyphens
   * and underscores ({@code "mobileapp"}).
   */
  static String key(Channel channel) {
    return Texts.channelKey(channel.name());
  }
}
