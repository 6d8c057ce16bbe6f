/**
 * What the network offers the exports, the handout and "add this view" (state/capabilities.ts):
 * the view drawn on a canvas of any size, framed for an image (networkCamera.ts), its camera and
 * the graph view drawn.
 */
import type Sigma from "sigma";
import type { GraphView } from "../model/graphView.ts";
import type { NetworkCapabilities } from "../state/capabilities.ts";
import type { CameraState } from "./fitCamera.ts";

export function networkCapabilities(
  renderer: Sigma,
  frameImage: (width: number, height: number) => CameraState,
  view: () => GraphView,
): NetworkCapabilities {
  return {
    // Loaded on first export: not needed to draw.
    toCanvas: async (width, height, opts) =>
      (await import("@sigma/export-image")).drawOnCanvas(renderer, {
        width,
        height,
        sigmaSettings: opts?.labelSize ? { labelSize: opts.labelSize } : {},
        backgroundColor: "#ffffff",
        cameraState: frameImage(width, height),
      }),
    camera: () => {
      const c = renderer.getCamera().getState();
      return { x: c.x, y: c.y, ratio: c.ratio };
    },
    graphView: view,
  };
}
