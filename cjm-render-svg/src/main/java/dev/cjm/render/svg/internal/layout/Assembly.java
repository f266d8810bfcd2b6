package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the layout puts what it has measured and placed, sorted by the group it belongs to: the
 * header, the lanes' frames, what spans each stage, what sits in each touchpoint's column, what is
 * drawn over the stages (the emotion curve), and what follows them (journey-wide cards, the
 * findings panel, the legend). {@link #parts} then assembles the map's parts in painting order.
 *
 * <p>The header and the frames are shapes, made at once; the rest are {@link MapLayout.Part}s,
 * whose shapes are made only when the writer reaches them (see {@link MapLayout}).
 */
final class Assembly {
  private final Bands bands;
  private final ChromeText words;
  private final List<Node> header = new ArrayList<>();
  private final List<Node> frames = new ArrayList<>();
  private final List<List<MapLayout.Part>> stages = new ArrayList<>();
  private final List<List<MapLayout.Part>> columns = new ArrayList<>();
  private final List<MapLayout.Part> overStages = new ArrayList<>();
  private final List<MapLayout.Part> afterStages = new ArrayList<>();

  Assembly(Bands bands, ChromeText words) {
    this.bands = bands;
    this.words = words;
    for (int s = 0; s < bands.stages().size(); s++) {
      stages.add(new ArrayList<>());
    }
    for (int c = 0; c < bands.columns().size(); c++) {
      columns.add(new ArrayList<>());
    }
  }

  /** The shapes of the header, to add to. */
  List<Node> header() {
    return header;
  }

  /** The shapes behind the stages: lane backgrounds and labels, scales, stage dividers. */
  List<Node> frames() {
    return frames;
  }

  /** Adds {@code part} to what spans stage {@code stage}, after what is there. */
  void addToStage(int stage, MapLayout.Part part) {
    stages.get(stage).add(part);
  }

  /** Adds {@code part} to what sits in column {@code column}, after what is there. */
  void addToColumn(int column, MapLayout.Part part) {
    columns.get(column).add(part);
  }

  /** Adds {@code part} to the emotion curve, drawn over the stages. */
  void addToCurve(MapLayout.Part part) {
    overStages.add(part);
  }

  /** Adds {@code part} after the stages and the curve. */
  void addAfterStages(MapLayout.Part part) {
    afterStages.add(part);
  }

  /**
   * The map's parts in painting order: {@code background}, the header and the frames; a group per
   * stage; the emotion curve; what follows the stages.
   */
  ImmutableList<MapLayout.Part> parts(Rect background) {
    ImmutableList.Builder<MapLayout.Part> parts = ImmutableList.builder();
    Group headerGroup = new Group(Ids.HEADER, CssClass.HEADER, null, ImmutableList.copyOf(header));
    ImmutableList<Node> frameShapes = ImmutableList.copyOf(frames);
    parts.add(
        out -> {
          out.add(background);
          out.add(headerGroup);
          if (!frameShapes.isEmpty()) {
            out.add(new Group(null, CssClass.LANES, null, frameShapes));
          }
        });
    for (int s = 0; s < stages.size(); s++) {
      int stage = s;
      parts.add(out -> out.add(stageGroup(stage)));
    }
    if (!overStages.isEmpty()) {
      parts.add(
          out -> {
            List<Node> shapes = emit(overStages);
            if (!shapes.isEmpty()) {
              out.add(
                  new Group(
                      Ids.EMOTION_CURVE,
                      CssClass.EMOTION_CURVE,
                      null,
                      ImmutableList.copyOf(shapes)));
            }
          });
    }
    parts.addAll(afterStages);
    return parts.build();
  }

  /** The group of stage {@code s}: what spans its columns, then a group per touchpoint. */
  private Group stageGroup(int s) {
    Stage stage = bands.stages().get(s);
    List<Node> children = emit(stages.get(s));
    for (Column column : bands.columnsOf(s)) {
      Touchpoint touchpoint = column.touchpoint();
      if (touchpoint != null) {
        children.add(
            new Group(
                Ids.of("touchpoint", touchpoint.id()),
                CssClass.TOUCHPOINT,
                words.touchpointSummary(touchpoint),
                ImmutableList.copyOf(emit(columns.get(column.index())))));
      }
    }
    return new Group(
        Ids.of("stage", stage.id()),
        CssClass.STAGE,
        words.stageSummary(stage),
        ImmutableList.copyOf(children));
  }

  private static List<Node> emit(List<MapLayout.Part> parts) {
    List<Node> shapes = new ArrayList<>();
    for (MapLayout.Part part : parts) {
      part.emit(shapes);
    }
    return shapes;
  }
}
