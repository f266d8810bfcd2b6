package dev.cjm.core;

import java.util.Locale;

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

  private final String englishName;
  private final String polishName;

  Phase(String englishName, String polishName) {
    this.englishName = englishName;
    this.polishName = polishName;
  }

  /** The phase's English name, as in "Post-purchase experience". */
  public String englishName() {
    return englishName;
  }

  /** The phase's Polish name, as in "Doświadczenie po zakupie". */
  public String polishName() {
    return polishName;
  }

  /** The lower-case, hyphenated name used in reports ({@code "post-purchase"}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
