/**
 * How the network's labels are drawn on sigma's canvas: on the side of the node that has room
 * (labelPlacement.ts), kept apart and clear of highlighted nodes (labelCollider.ts), and a hovered
 * or selected node's label on a white ground — mirrored to the left near the right edge, or wrapped into lines when it fits on
 * neither side.
 */
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { Lang } from "../data/schema.ts";
import { actorNode, eventNode, type EdgeAttrs, type NodeAttrs } from "../model/buildActorGraph.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { LabelBox, LabelCollider } from "./labelCollider.ts";
import {
  cssWidthOf,
  isCut,
  wrapLabel,
  LABEL_GAP,
  placeLabel,
  placeLabelOn,
  type PlacedLabel,
} from "./labelPlacement.ts";

export type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;
type NetworkSettings = Settings<NodeAttrs, EdgeAttrs>;
type LabelDrawer = (context: CanvasRenderingContext2D, data: LabelData, settings: NetworkSettings) => void;

/** Every node's label in both languages: an actor's short name (or name), an event's title. */
export function nodeLabelTexts(index: DatasetIndex): Record<Lang, Map<string, string>> {
  const labels = { en: new Map<string, string>(), zh: new Map<string, string>() };
  for (const a of index.dataset.actors) {
    labels.en.set(actorNode(a.id), (a.short ?? a.name).en);
    labels.zh.set(actorNode(a.id), (a.short ?? a.name).zh);
  }
  for (const e of index.dataset.events) {
    labels.en.set(eventNode(e.id), e.title.en);
    labels.zh.set(eventNode(e.id), e.title.zh);
  }
  return labels;
}

/** Where a label is drawn: beside its node on either side, or in lines (a highlighted node's only). */
type Side = "right" | "left" | "wrapped";

export interface LabelDrawing {
  /**
   * sigma's label drawing, kept apart: a label goes left of its node where it would run off the
   * canvas's right edge or where its right is taken; one that would print over a label already
   * drawn in the frame, or under a highlighted node, on either side, is left out.
   */
  drawLabel: LabelDrawer;
  /** The hovered or selected node's label on its white ground, on the side its label was given. */
  drawHover: LabelDrawer;
  /**
   * Before a frame's labels: what the highlighted nodes (given in viewport coordinates, most
   * important first) draw over the labels layer is reserved — their discs, then each label on the
   * side where it covers no disc or label reserved before it (sigma draws them all on top, so one
   * could hide another). Returns each node's label box.
   */
  reserveHighlighted(
    context: CanvasRenderingContext2D,
    nodes: LabelData[],
    settings: NetworkSettings,
  ): Map<string, LabelBox>;
}

export function createLabelDrawing(labelsApart: LabelCollider): LabelDrawing {
  // The sides chosen for this frame's highlighted labels, with where the node was: a renderer
  // drawing the same nodes elsewhere (an image export) places its labels afresh.
  const sides = new Map<string, { x: number; y: number; side: Side }>();
  const sideOf = (context: CanvasRenderingContext2D, data: LabelData, settings: NetworkSettings): Side => {
    const planned = data.key === undefined ? undefined : sides.get(data.key);
    if (planned && Math.abs(planned.x - data.x) < 0.5 && Math.abs(planned.y - data.y) < 0.5) return planned.side;
    const placed = placeOnCanvas(context, data, settings);
    return isCut(placed, cssWidthOf(context)) ? "wrapped" : placed.left ? "left" : "right";
  };
  return {
    drawLabel(context, data, settings) {
      if (!data.label) return;
      if (data.highlighted) {
        // Reserved before the frame (reserveHighlighted); claimed here too for a renderer that
        // reserved nothing. One in lines is drawn by the hover drawing only.
        const side = sideOf(context, data, settings);
        labelsApart.claim(data.key, labelBoxOn(context, data, settings, side));
        if (side !== "wrapped")
          drawDiscNodeLabel(context, labelAt(data, placedOn(context, data, settings, side)), settings);
        return;
      }
      // Its usual side, or the other where that is taken; only where it is whole on the canvas
      // (a node at or past the edge, in a view moved to a selection, keeps its label out).
      const placed = placeOnCanvas(context, data, settings);
      const other = placeLabelOn(data, placed.box.width, placed.box.height, !placed.left);
      for (const option of [placed, other].filter((o) => isWhole(o.box, context))) {
        if (!labelsApart.claim(data.key, option.box)) continue;
        // A hovered node's label is then drawn on the same side.
        sides.set(data.key, { x: data.x, y: data.y, side: option.left ? "left" : "right" });
        drawDiscNodeLabel(context, labelAt(data, option), settings);
        return;
      }
    },
    drawHover(context, data, settings) {
      const side = data.label ? sideOf(context, data, settings) : "right";
      if (side === "wrapped") drawWrappedHover(context, data, settings);
      else if (side === "left") drawHoverOnLeft(context, data, settings, placedOn(context, data, settings, side));
      else drawDiscNodeHover(context, data, settings);
    },
    reserveHighlighted(context, nodes, settings) {
      sides.clear();
      const boxes = new Map<string, LabelBox>();
      for (const node of nodes) labelsApart.reserve(node.key, hoverDiscBox(node, settings), "disc");
      for (const node of nodes) {
        if (!node.label) continue;
        // Its usual side first, then the other if the label is whole there, then in lines.
        const first = sideOf(context, node, settings);
        const fitsCanvas = (side: Side) =>
          side === first || side === "wrapped" || !isCut(placedOn(context, node, settings, side), cssWidthOf(context));
        const options = [first, ...(["right", "left", "wrapped"] as const).filter((s) => s !== first && fitsCanvas(s))];
        const side = options.find((s) => labelsApart.fits(node.key, labelBoxOn(context, node, settings, s))) ?? first;
        const box = labelBoxOn(context, node, settings, side);
        sides.set(node.key, { x: node.x, y: node.y, side });
        labelsApart.reserve(node.key, box, "label");
        boxes.set(node.key, box);
      }
      return boxes;
    },
  };
}

/** Whether a box lies whole on the canvas a 2D context draws on (CSS px). */
function isWhole(box: LabelBox, context: CanvasRenderingContext2D): boolean {
  const height = context.canvas.height / (context.getTransform().d || 1);
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= cssWidthOf(context) && box.y + box.height <= height;
}

/** The white disc sigma draws round a highlighted node (on the hover layer, over the labels). */
function hoverDiscBox(data: LabelData, settings: NetworkSettings): LabelBox {
  const radius = Math.max(data.size, settings.labelSize / 2) + 3;
  return { x: data.x - radius, y: data.y - radius, width: radius * 2, height: radius * 2 };
}

/** The label placed on the given side of its node. */
function placedOn(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: NetworkSettings,
  side: Side,
): PlacedLabel {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = data.label ? context.measureText(data.label).width : 0;
  return placeLabelOn(data, width, settings.labelSize, side === "left");
}

/** The box a highlighted node's label takes on the given side, on its white ground. */
function labelBoxOn(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: NetworkSettings,
  side: Side,
): LabelBox {
  if (side !== "wrapped") return placedOn(context, data, settings, side).box;
  const w = wrappedLayout(context, data, settings);
  return { x: w.x, y: w.y, width: w.width + w.padding * 2, height: w.height };
}

/** Where the node's label goes on this canvas, measured in the label font (set on the context). */
function placeOnCanvas(context: CanvasRenderingContext2D, data: LabelData, settings: NetworkSettings): PlacedLabel {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = data.label ? context.measureText(data.label).width : 0;
  return placeLabel(data, width, settings.labelSize, cssWidthOf(context));
}

/** The node as sigma's label drawing should see it to print the label where it was placed. */
function labelAt<T extends LabelData>(data: T, placed: PlacedLabel): T {
  // sigma prints at x + size + gap: shift x so that this lands on the box's left edge.
  return placed.left ? { ...data, x: placed.box.x - data.size - LABEL_GAP } : data;
}

/**
 * sigma's hover ground: white, with a shadow, under a disc round the node and a box for the
 * label, drawn as one path so that the shadow is drawn once around both.
 */
function fillHoverGround(
  context: CanvasRenderingContext2D,
  disc: { x: number; y: number; radius: number },
  box: { x: number; y: number; width: number; height: number },
) {
  context.fillStyle = "#FFF";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.arc(disc.x, disc.y, disc.radius, 0, Math.PI * 2);
  context.rect(box.x, box.y, box.width, box.height);
  context.fill();
  context.shadowBlur = 0;
}

/** sigma's hover look (a white ground with a shadow under the disc and the label), mirrored. */
function drawHoverOnLeft(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: NetworkSettings,
  placed: PlacedLabel,
) {
  const padding = 2;
  const height = settings.labelSize + 2 * padding;
  const radius = Math.max(data.size, settings.labelSize / 2) + padding;
  const groundX = placed.box.x - padding - 2;
  fillHoverGround(
    context,
    { x: data.x, y: data.y, radius },
    { x: groundX, y: data.y - height / 2, width: data.x - groundX, height },
  );
  drawDiscNodeLabel(context, labelAt(data, placed), settings);
}

/** Where a label too long for either side of its node goes: in lines on the side with more room. */
function wrappedLayout(context: CanvasRenderingContext2D, data: LabelData, settings: NetworkSettings) {
  const canvasWidth = cssWidthOf(context);
  const size = settings.labelSize;
  const padding = 3;
  const rightRoom = canvasWidth - (data.x + data.size + LABEL_GAP) - padding * 2;
  const leftRoom = data.x - data.size - LABEL_GAP - padding * 2;
  const left = leftRoom > rightRoom;
  const room = Math.max(60, left ? leftRoom : rightRoom);
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const lines = wrapLabel(data.label!, room, (x) => context.measureText(x).width);
  const width = Math.min(room, Math.max(...lines.map((x) => context.measureText(x).width)));
  const lineHeight = size * 1.25;
  const height = lines.length * lineHeight + padding * 2;
  const x = left ? data.x - data.size - LABEL_GAP - width - padding : data.x + data.size + LABEL_GAP - padding;
  const y = data.y - height / 2;
  return { lines, x, y, width, height, lineHeight, padding, size };
}

/**
 * A hovered or selected node whose label fits on neither side of it (a long event title): the
 * label in lines on the side with more room, on sigma's white ground, so it is whole and inside
 * the canvas.
 */
function drawWrappedHover(context: CanvasRenderingContext2D, data: LabelData, settings: NetworkSettings) {
  const { lines, x, y, width, height, lineHeight, padding, size } = wrappedLayout(context, data, settings);
  fillHoverGround(
    context,
    { x: data.x, y: data.y, radius: Math.max(data.size, size / 2) + padding },
    { x, y, width: width + padding * 2, height },
  );
  context.fillStyle =
    typeof settings.labelColor === "object" && "color" in settings.labelColor
      ? (settings.labelColor.color ?? "#000")
      : "#000";
  context.textBaseline = "middle";
  lines.forEach((line, i) => context.fillText(line, x + padding, y + padding + lineHeight * (i + 0.5)));
  context.textBaseline = "alphabetic";
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
}
