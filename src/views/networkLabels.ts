/**
 * How the network's labels are drawn on sigma's canvas: on the side of the node that has room
 * (labelPlacement.ts), kept apart (labelCollider.ts), and a hovered or selected node's label on a
 * white ground — mirrored to the left near the right edge, or wrapped into lines when it fits on
 * neither side.
 */
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { Lang } from "../data/schema.ts";
import { actorNode, eventNode, type EdgeAttrs, type NodeAttrs } from "../model/buildActorGraph.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { LabelBox, LabelCollider } from "./labelCollider.ts";
import { cssWidthOf, isCut, wrapLabel, LABEL_GAP, placeLabel, type PlacedLabel } from "./labelPlacement.ts";

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

/**
 * sigma's label drawing, kept apart: a forced label that would print over one already drawn in
 * the frame is left out, and a label that would run off the canvas's right edge goes left of its
 * node.
 */
export function drawLabelApart(labelsApart: LabelCollider): LabelDrawer {
  return (context, data, settings) => {
    if (!data.label) return;
    const placed = placeOnCanvas(context, data, settings);
    if (data.highlighted) {
      // Drawn first (rankForcedLabels), it claims the box its hover drawing takes, wrapped in
      // lines if need be, so the other labels give way to it; one that fits on neither side is
      // drawn whole by the hover drawing only.
      labelsApart.claim(data.key, highlightedLabelBox(context, data, settings));
      if (!isCut(placed, cssWidthOf(context))) drawDiscNodeLabel(context, labelAt(data, placed), settings);
      return;
    }
    if (labelsApart.claim(data.key, placed.box)) drawDiscNodeLabel(context, labelAt(data, placed), settings);
  };
}

/** The hovered or selected node's label on its white ground, on the same side as its label. */
export const drawHover: LabelDrawer = (context, data, settings) => {
  const placed = placeOnCanvas(context, data, settings);
  if (data.label && isCut(placed, cssWidthOf(context))) drawWrappedHover(context, data, settings);
  else if (data.label && placed.left) drawHoverOnLeft(context, data, settings, placed);
  else drawDiscNodeHover(context, data, settings);
};

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

/** The box a highlighted node's label takes when drawn on its white ground (see drawHover). */
export function highlightedLabelBox(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: NetworkSettings,
): LabelBox {
  const placed = placeOnCanvas(context, data, settings);
  if (!isCut(placed, cssWidthOf(context))) return placed.box;
  const w = wrappedLayout(context, data, settings);
  return { x: w.x, y: w.y, width: w.width + w.padding * 2, height: w.height };
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
