/**
 * Which side of its disc a network label goes. sigma prints a label to the right of its node, so
 * a node near the canvas's right edge had its name cut off ("UN General A" in the default view).
 * Such a label goes to the left instead; when it fits on neither side, it goes where less of it is
 * cut off.
 */
import type { LabelBox } from "./labelCollider.ts";

/** sigma's gap (px) between a disc and its label */
export const LABEL_GAP = 3;

export interface PlacedLabel {
  box: LabelBox;
  left: boolean;
}

export function placeLabel(
  node: { x: number; y: number; size: number },
  width: number,
  height: number,
  canvasWidth: number,
): PlacedLabel {
  const rightX = node.x + node.size + LABEL_GAP;
  const leftX = node.x - node.size - LABEL_GAP - width;
  const cutOnRight = Math.max(0, rightX + width - canvasWidth);
  const cutOnLeft = Math.max(0, -leftX);
  return placeLabelOn(node, width, height, cutOnRight > 0 && cutOnLeft < cutOnRight);
}

/** The label on the given side of its node. */
export function placeLabelOn(
  node: { x: number; y: number; size: number },
  width: number,
  height: number,
  left: boolean,
): PlacedLabel {
  const x = left ? node.x - node.size - LABEL_GAP - width : node.x + node.size + LABEL_GAP;
  return { left, box: { x, y: node.y - height / 2, width, height } };
}

/** The width in CSS pixels of the canvas a 2D context draws on (sigma scales it by its pixel ratio). */
export function cssWidthOf(context: CanvasRenderingContext2D): number {
  return context.canvas.width / (context.getTransform().a || 1);
}

/**
 * A label too long for either side of its node, broken into lines no wider than `maxWidth`: at
 * spaces, or, in a label without spaces (a Chinese title), between any two characters. A single
 * word wider than `maxWidth` among spaced words keeps its own line.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const tokens = /\s/.test(text.trim()) ? text.trim().split(/\s+/) : [...text];
  const joiner = /\s/.test(text.trim()) ? " " : "";
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line ? line + joiner + token : token;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = token;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Whether a placed label runs off the canvas on either side. */
export function isCut(placed: PlacedLabel, canvasWidth: number): boolean {
  return placed.box.x < 0 || placed.box.x + placed.box.width > canvasWidth;
}
