/**
 * The network drawn for an image (a slide, the handout, the PNG export): a temporary renderer of
 * the image's size (@sigma/export-image) that keeps the live view's label rules — the focal labels
 * claim their boxes first (focalLabelClaim.ts) — and what its labels took, for the browser tests.
 */
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import type { EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import { claimFocalLabelsFirst } from "./focalLabelClaim.ts";
import { createLabelCollider, type LabelBox } from "./labelCollider.ts";
import { createLabelDrawing } from "./networkLabels.ts";
import { internalsOf } from "./sigmaInternals.ts";

/** Where an image's labels went (CSS px of the graph's canvas). */
export interface ImageLabels {
  width: number;
  height: number;
  /** Each focal node's label box */
  focal: Array<{ node: string; box: LabelBox }>;
  /** Every label box drawn on the labels layer (the focal ones among them) */
  drawn: LabelBox[];
  /** The focal nodes' discs, drawn above the labels (sigma's hover layer) */
  discs: Array<{ node: string; x: number; y: number; r: number }>;
}

export async function drawNetworkSnapshot(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  focalNodes: () => readonly string[],
  size: { width: number; height: number; labelSize?: number; camera: CameraState },
): Promise<{ canvas: HTMLCanvasElement; labels: ImageLabels }> {
  // Loaded on first export: not needed to draw.
  const { drawOnCanvas } = await import("@sigma/export-image");
  // The image's labels are kept apart among themselves, not with the screen's.
  const labelsApart = createLabelCollider();
  const labelDrawing = createLabelDrawing(labelsApart);
  let labels: ImageLabels = { width: size.width, height: size.height, focal: [], drawn: [], discs: [] };
  const canvas = await drawOnCanvas(renderer as unknown as Sigma, {
    width: size.width,
    height: size.height,
    sigmaSettings: {
      defaultDrawNodeLabel: labelDrawing.drawLabel,
      defaultDrawNodeHover: labelDrawing.drawHover,
      ...(size.labelSize ? { labelSize: size.labelSize } : {}),
    },
    backgroundColor: "#ffffff",
    cameraState: size.camera,
    // The temporary renderer drew once already, in sigma's own label order: drawn again with the
    // focal labels first.
    withTempRenderer: (temp) => {
      const image = temp as unknown as Sigma<NodeAttrs, EdgeAttrs>;
      const boxes = claimFocalLabelsFirst(image, labelsApart, labelDrawing, focalNodes);
      const sigma = internalsOf(image);
      sigma.render();
      labels = {
        width: size.width,
        height: size.height,
        focal: [...boxes].map(([node, box]) => ({ node, box })),
        drawn: [...labelsApart.claimed()],
        discs: [...boxes.keys()].flatMap((node) => {
          const data = sigma.nodeDataCache[node];
          if (!data) return [];
          const at = image.framedGraphToViewport(data);
          return [{ node, x: at.x, y: at.y, r: sigma.scaleSize(data.size) }];
        }),
      };
    },
  });
  return { canvas, labels };
}
