/**
 * The focal nodes' labels (the selection's, then the other picks') claim their boxes before any
 * other label of a frame, so the others give way to them; then the forced labels are drawn most
 * important first (rankForcedLabels). The live renderer and an image export's temporary renderer
 * both draw so: the same focal labels are whole and uncovered on screen and in a slide's picture.
 */
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import type { LabelBox, LabelCollider } from "./labelCollider.ts";
import type { LabelData, LabelDrawing } from "./networkLabels.ts";
import type { SigmaLayers } from "./quietSigmaLayers.ts";
import { internalsOf, rankForcedLabels } from "./sigmaInternals.ts";

/**
 * Installs the claim on a renderer; returns the focal label boxes of its last frame (CSS px of
 * its canvas), by node.
 */
export function claimFocalLabelsFirst(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  labelsApart: LabelCollider,
  labelDrawing: LabelDrawing,
  focalNodes: () => readonly string[],
  /** Which of them claim (the live view: only those drawn highlighted) */
  claims: (data: LabelData & { highlighted?: boolean }) => boolean = (data) => Boolean(data.label),
): Map<string, LabelBox> {
  const sigma = internalsOf(renderer);
  const layers = renderer as unknown as SigmaLayers;
  const boxes = new Map<string, LabelBox>();
  rankForcedLabels(sigma, () => {
    labelsApart.reset();
    boxes.clear();
    const context = layers.canvasContexts?.labels;
    if (!context) return;
    const nodes: LabelData[] = [];
    for (const node of new Set(focalNodes())) {
      const data = sigma.nodeDataCache[node] as (LabelData & { hidden?: boolean }) | undefined;
      if (!data || data.hidden || !claims(data)) continue;
      const at = renderer.framedGraphToViewport(data as { x: number; y: number });
      nodes.push({ ...data, key: node, ...at, size: sigma.scaleSize(data.size) });
    }
    for (const [node, box] of labelDrawing.reserveHighlighted(context, nodes, renderer.getSettings()))
      boxes.set(node, box);
  });
  return boxes;
}
