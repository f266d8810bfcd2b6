package dev.cjm.render.svg.internal.svg;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.HashCode;
import java.util.regex.Pattern;

/**
 * The map's own name in a page, for maps inlined side by side in one HTML document: the map's id
 * (the root element's {@code id}, {@code cjm-3f9a01c2} by default) scopes every rule of its style
 * sheet ({@code #cjm-3f9a01c2 .cjm-card}) and prefixes every id inside it and every reference to
 * one ({@code cjm-3f9a01c2-title}, {@code cjm-3f9a01c2-touchpoint-checkout}), so two maps on one
 * page neither repaint each other nor share an id.
 *
 * <p>The layout names its ids {@code cjm-<kind>-<model id>}; the writer puts the map's id in place
 * of their {@code cjm}.
 */
public final class MapScope {
  /** How many hex digits of the content's hash a derived map id keeps. */
  private static final int HASH_DIGITS = 8;

  /** A map id: an XML name and a CSS identifier alike, with no escaping in either. */
  private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** The longest map id accepted. */
  static final int MAX_LENGTH = 64;

  private final String mapId;

  private MapScope(String mapId) {
    this.mapId = mapId;
  }

  /**
   * The scope of the map whose content (the journey, what the map shows of a report and the
   * renderer's options, fed to a hash by {@link MapId}) hashes to {@code hash}: {@code cjm-} and
   * the first eight hex digits of the hash. The same content always gives the same id; different
   * content almost never does (one chance in four billion for two maps).
   */
  public static MapScope derivedFrom(HashCode hash) {
    return new MapScope("cjm-" + hash.toString().substring(0, HASH_DIGITS));
  }

  /** The scope named {@code mapId}, checked by {@link #checkMapId}. */
  public static MapScope named(String mapId) {
    return new MapScope(checkMapId(mapId));
  }

  /**
   * Returns {@code mapId} if it can name a map: an ASCII letter or underscore, then ASCII letters,
   * digits, hyphens and underscores, at most 64 characters, so it is a valid XML name and a CSS
   * identifier as it is; throws {@link IllegalArgumentException} naming the fault otherwise.
   */
  public static String checkMapId(String mapId) {
    checkNotNull(mapId, "map id is null; expected a name such as \"checkout-map\"");
    checkArgument(
        !mapId.isEmpty() && mapId.length() <= MAX_LENGTH,
        "map id \"%s\" has %s characters: expected 1 to %s, such as \"checkout-map\"",
        mapId,
        mapId.length(),
        MAX_LENGTH);
    checkArgument(
        VALID.matcher(mapId).matches(),
        "map id \"%s\" is not a valid XML name and CSS identifier: expected an ASCII letter or"
            + " '_' first, then ASCII letters, digits, '-' and '_' (such as \"checkout-map\")",
        mapId);
    return mapId;
  }

  /** The map's id: the root element's id and the prefix of every id inside it. */
  public String mapId() {
    return mapId;
  }

  /**
   * The id written for the layout's {@code id}: {@code cjm-touchpoint-checkout} becomes {@code <map
   * id>-touchpoint-checkout}; an id without the {@code cjm-} prefix gets the map id and a hyphen
   * before it.
   */
  public String id(String id) {
    String local = id.startsWith("cjm-") ? id.substring("cjm-".length()) : id;
    return mapId + "-" + local;
  }

  /** The selector of the elements of class {@code cssClass} inside this map, and only this map. */
  public String selector(String cssClass) {
    return "#" + mapId + " ." + cssClass;
  }

  /**
   * {@code value} (a CSS value or an attribute such as {@code href}) with every reference to an id
   * of the layout, {@code url(#cjm-…)} or {@code #cjm-…} at its start, pointed at this map's own.
   */
  public String references(String value) {
    String scoped = value.replace("url(#cjm-", "url(#" + mapId + "-");
    return scoped.startsWith("#cjm-") ? "#" + id(scoped.substring(1)) : scoped;
  }
}
