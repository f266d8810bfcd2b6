package dev.cjm.examples;

import dev.cjm.core.Journey;
import java.util.Map;
import java.util.TreeMap;

/**
 * The main job: builds every example journey and prints its outline. (The rendered gallery of maps
 * and gap reports comes with the SVG renderer.)
 */
public final class Gallery {
  private Gallery() {}

  /** Every example journey, by name. */
  static Map<String, Journey> examples() {
    Map<String, Journey> examples = new TreeMap<>();
    examples.put("quickstart", Quickstart.journey());
    examples.put("running-shoes", RunningShoes.journey());
    examples.put("b2b-software-purchase", B2bSoftwarePurchase.journey());
    examples.put("cafe-loyalty", CafeLoyalty.journey());
    examples.put("support-call", SupportCall.journey());
    examples.put("bank-account-current", BankAccountFutureState.journey());
    examples.put("bank-account-future", BankAccountFutureState.future());
    examples.put("click-and-collect", ClickAndCollect.journey());
    return examples;
  }

  /** Prints every example's outline. */
  public static void main(String[] args) {
    examples()
        .forEach(
            (name, journey) -> {
              System.out.println("== " + name);
              System.out.print(Outline.of(journey));
            });
  }
}
