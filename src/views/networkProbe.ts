/**
 * What browser tests and the benchmark read of the network (sigma draws to a canvas, so there is
 * no DOM to look at): how often it drew, where a node is on screen, its colour, the labels drawn
 * and how relations are drawn. Also marks the first draw for the benchmark.
 */
import type Sigma from "sigma";
import type { ActorGraph, EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import type { LabelBox, LabelCollider } from "./labelCollider.ts";
import type { ImageLabels } from "./networkSnapshot.ts";
import { RELATION_LINE } from "./networkSettings.ts";

export interface NetworkProbeSource {
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  /** The subgraph sigma draws now (it is replaced when the hierarchy is collapsed) */
  shown: () => ActorGraph;
  labelsApart: LabelCollider;
  canvas: HTMLElement;
  /** Store changes handled: with nothing to redraw, an update draws nothing */
  updates: () => number;
  /** The selected node's label box in the last frame, and the node, or null */
  focal: () => { box: LabelBox; label: string | null } | null;
  /** Every focal node's label box in the last frame, and the canvas's size (CSS px) */
  focalLabels: () => { boxes: Array<{ node: string; box: LabelBox }>; width: number; height: number };
  /** Where the exported images' labels went (the last few, oldest first) */
  imageLabels: () => readonly ImageLabels[];
}

/** Called once sigma's constructor has drawn the graph. */
export function exposeNetworkProbe({
  renderer,
  shown,
  labelsApart,
  canvas,
  updates,
  focal,
  focalLabels,
  imageLabels,
}: NetworkProbeSource): void {
  let renders = 1;
  // The highlighted nodes' discs, as sigma's hover layer draws them over the labels: on their
  // white ground, of the radius sigma gives it.
  const highlightedDiscs = () => {
    const labelSize = renderer.getSetting("labelSize");
    const discs: Array<{ key: string; x: number; y: number; radius: number }> = [];
    shown().forEachNode((key) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden || !d.highlighted) return;
      const p = renderer.framedGraphToViewport(d);
      discs.push({ key, ...p, radius: Math.max(renderer.scaleSize(d.size), labelSize / 2) + 2 });
    });
    return discs;
  };
  performance.mark("liaison:network-drawn");
  renderer.on("afterRender", () => void renders++);
  (window as unknown as { liaisonNetwork?: unknown }).liaisonNetwork = {
    renders: () => renders,
    updates,
    // sigma keeps the id of its scheduled frame until it has drawn it.
    drawPending: () => Boolean((renderer as unknown as { renderFrame: number | null }).renderFrame),
    /** How the shown relations are drawn: rectangles one by one, or lines in the reduced view. */
    relationsDrawnAs: () => {
      const drawn = { rectangles: 0, lines: 0 };
      shown().forEachEdge((edge, attrs) => {
        const data = attrs.edgeType === "relation" ? renderer.getEdgeDisplayData(edge) : undefined;
        if (data && !data.hidden) drawn[data.type === RELATION_LINE ? "rectangles" : "lines"]++;
      });
      return drawn;
    },
    /** The labels' font size, px (larger when presenting) */
    labelSize: () => renderer.getSetting("labelSize"),
    /** The colour a node is drawn in (muted outside a focus), or null when it is not drawn. */
    nodeColor: (node: string) => renderer.getNodeDisplayData(node)?.color ?? null,
    /** The boxes of the labels drawn in the last frame, and the canvas's width (CSS px). */
    labelBoxes: () => ({ boxes: [...labelsApart.claimed()], width: canvas.clientWidth }),
    /** The labels drawn in the last frame by node, and the discs drawn over them (CSS px). */
    labelsAndCovers: () => ({ labels: labelsApart.labels(), covers: highlightedDiscs() }),
    /** Every focal node's label box in the last frame, and the canvas's size (CSS px). */
    focalLabels,
    /** The exported network images' label boxes (CSS px of each graph), oldest first. */
    imageLabels,
    focalLabel: () => {
      const f = focal();
      return f && { box: f.box, width: canvas.clientWidth, height: canvas.clientHeight, label: f.label };
    },
    nodePosition: (node: string) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const p = renderer.framedGraphToViewport(d);
      const box = canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
}
