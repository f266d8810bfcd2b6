package dev.cjm.spark;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Journey;
import dev.cjm.examples.B2bSoftwarePurchase;
import dev.cjm.examples.BankAccountFutureState;
import dev.cjm.examples.CafeLoyalty;
import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.MermaidImport;
import dev.cjm.examples.RunningShoes;
import dev.cjm.examples.SupportCall;
import dev.cjm.examples.TrainTicketGerman;
import java.util.function.Supplier;

/**
 * The planned journeys the Spark job monitors, for its command line: the gallery's journeys by
 * their gallery names ({@code click-and-collect}, {@code running-shoes}…).
 */
final class GalleryPlans {
  private static final ImmutableMap<String, Supplier<Journey>> PLANS =
      ImmutableMap.<String, Supplier<Journey>>builder()
          .put("running-shoes", RunningShoes::journey)
          .put("b2b-software-purchase", B2bSoftwarePurchase::journey)
          .put("cafe-loyalty", CafeLoyalty::journey)
          .put("support-call", SupportCall::journey)
          .put("bank-account-current", BankAccountFutureState::journey)
          .put("click-and-collect", ClickAndCollect::journey)
          .put("grocery-delivery", MermaidImport::journey)
          .put("train-ticket-german", TrainTicketGerman::journey)
          .buildOrThrow();

  private GalleryPlans() {}

  /**
   * The gallery's journey named {@code name}.
   *
   * @throws IllegalArgumentException if the gallery has no journey of that name, listing those it
   *     has
   */
  static Journey named(String name) {
    Supplier<Journey> plan = PLANS.get(name);
    if (plan == null) {
      throw new IllegalArgumentException(
          "no gallery journey is named \"" + name + "\"; the plans are " + PLANS.keySet());
    }
    return plan.get();
  }
}
