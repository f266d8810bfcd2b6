package dev.cjm.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.internal.Slugs;
import dev.cjm.core.internal.Words;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seven standard phases of a customer journey, in their standard order, from first contact to
 * recommending the brand. A {@link Stage} may name its phase; teams also use stages of their own.
 */
public enum Phase {
  /** The customer learns the brand or product exists (Polish: Świadomość). */
  AWARENESS("Awareness", "Świadomość"),
  /** The customer compares options (Rozważanie). */
  CONSIDERATION("Consideration", "Rozważanie"),
  /** The customer chooses (Decyzja). */
  DECISION("Decision", "Decyzja"),
  /** The customer buys (Zakup). */
  PURCHASE("Purchase", "Zakup"),
  /** Delivery, use, support and returns (Doświadczenie po zakupie). */
  POST_PURCHASE("Post-purchase experience", "Doświadczenie po zakupie"),
  /** The customer comes back (Lojalność). */
  LOYALTY("Loyalty", "Lojalność"),
  /** Satisfied customers recommend the brand (Promocja). */
  ADVOCACY("Advocacy", "Promocja");

  private static final ImmutableMap<String, Phase> BY_SLUG = bySlug();

  private final String englishName;
  private final String polishName;

  Phase(String englishName, String polishName) {
    this.englishName = englishName;
    this.polishName = polishName;
  }

  /**
   * The standard phase a stage name stands for, in English or Polish, if it names one: {@code
   * "Awareness"}, {@code "Świadomość"}, {@code "swiadomosc"}, {@code "Post-purchase"} and {@code
   * "Doświadczenie po zakupie"} are all recognised. Case, diacritics, spaces, hyphens and
   * punctuation do not count; the whole name must match, so {@code "Awareness ads"} names no phase.
   * Besides each phase's {@link #englishName()}, {@link #polishName()} and {@link #label()}, the
   * short forms "Post-purchase", "Po zakupie", "After purchase", "Retention" and "Rekomendacja" are
   * known.
   */
  public static Optional<Phase> fromName(String name) {
    checkNotNull(name, "phase name is null");
    return Optional.ofNullable(BY_SLUG.get(Slugs.slug(name)));
  }

  private static ImmutableMap<String, Phase> bySlug() {
    Map<String, Phase> map = new LinkedHashMap<>();
    for (Phase phase : values()) {
      map.put(Slugs.slug(phase.englishName), phase);
      map.put(Slugs.slug(phase.polishName), phase);
      map.put(Slugs.slug(phase.label()), phase);
    }
    map.put("postpurchase", POST_PURCHASE);
    map.put("post-purchase", POST_PURCHASE);
    map.put("po-zakupie", POST_PURCHASE);
    map.put("after-purchase", POST_PURCHASE);
    map.put("retention", LOYALTY);
    map.put("rekomendacja", ADVOCACY);
    return ImmutableMap.copyOf(map);
  }

  /** The phase's English name, as in "Post-purchase experience". */
  public String englishName() {
    return englishName;
  }

  /** The phase's Polish name, as in "Doświadczenie po zakupie". */
  public String polishName() {
    return polishName;
  }

  /**
   * The phase's name in {@code language}: "Post-purchase experience" in English, "Doświadczenie po
   * zakupie" in Polish, and in any other language the name its words give (English when they give
   * none). See the README's "Your language".
   */
  public String displayName(Locale language) {
    checkNotNull(language, "language is null");
    return Words.of(language).get("phase." + label());
  }

  /** The lower-case, hyphenated name used in reports ({@code "post-purchase"}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
