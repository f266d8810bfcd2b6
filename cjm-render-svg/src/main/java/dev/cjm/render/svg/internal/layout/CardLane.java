package dev.cjm.render.svg.internal.layout;

import dev.cjm.core.Touchpoint;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A lane of at most one card per touchpoint, under its column (touchpoints, doing, thinking,
 * feeling); as tall as its tallest card.
 */
final class CardLane implements MapLane {
  private final LaneRow row;
  private final Grid grid;
  private final @Nullable Card[] cards; // by position in the band
  private final double tallest;

  private CardLane(LaneRow row, Grid grid, @Nullable Card[] cards, double tallest) {
    this.row = row;
    this.grid = grid;
    this.cards = cards;
    this.tallest = tallest;
  }

  /** The lane of the cards {@code cardOf} makes; none if it makes none. */
  static Optional<MapLane> of(LaneRow row, Grid grid, Function<Touchpoint, Optional<Card>> cardOf) {
    List<Column> columns = grid.columns();
    @Nullable Card[] cards = new Card[columns.size()];
    boolean any = false;
    double tallest = 0;
    for (int i = 0; i < columns.size(); i++) {
      Touchpoint touchpoint = columns.get(i).touchpoint();
      Optional<Card> card = touchpoint == null ? Optional.empty() : cardOf.apply(touchpoint);
      if (card.isPresent()) {
        cards[i] = card.get();
        any = true;
        tallest = Math.max(tallest, card.get().height());
      }
    }
    return any ? Optional.of(new CardLane(row, grid, cards, tallest)) : Optional.empty();
  }

  @Override
  public double height() {
    return tallest + 2 * Grid.INSET;
  }

  @Override
  public void place(Assembly assembly) {
    double top = row.top() + Grid.INSET;
    List<Column> columns = grid.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Card card = cards[i];
      if (card != null) {
        double x = column.x() + Grid.INSET;
        assembly.addToColumn(column.index(), out -> card.emit(x, top, out));
      }
    }
  }
}
