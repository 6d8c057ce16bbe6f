/**
 * What the network offers the exports, the handout and "add this view" (state/capabilities.ts):
 * the view drawn on a canvas of any size, framed for an image (networkCamera.ts) with the live
 * view's label rules (networkSnapshot.ts), its camera and the graph view drawn.
 */
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import type { GraphView } from "../model/graphView.ts";
import type { NetworkCapabilities } from "../state/capabilities.ts";
import type { CameraState } from "./fitCamera.ts";
import { drawNetworkSnapshot, type ImageLabels } from "./networkSnapshot.ts";

export function networkCapabilities(
  renderer: Sigma<NodeAttrs, EdgeAttrs>,
  frameImage: (width: number, height: number) => CameraState,
  /** The focal nodes, whose labels claim their boxes first */
  focalNodes: () => readonly string[],
  view: () => GraphView,
  /** Told where each image's labels went (for the browser tests) */
  drawn: (labels: ImageLabels) => void,
): NetworkCapabilities {
  return {
    toCanvas: async (width, height, opts) => {
      const camera = frameImage(width, height);
      const image = await drawNetworkSnapshot(renderer, focalNodes, { width, height, camera, ...opts });
      drawn(image.labels);
      return image.canvas;
    },
    camera: () => {
      const c = renderer.getCamera().getState();
      return { x: c.x, y: c.y, ratio: c.ratio };
    },
    graphView: view,
  };
}
