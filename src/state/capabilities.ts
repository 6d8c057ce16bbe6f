/**
 * What views offer the app beyond state: the network view can draw itself to a canvas and report
 * its camera (for exports, the handout and "add this view"). Filled by the view on mount.
 */
import type { GraphView } from "../model/graphView.ts";

export interface NetworkCapabilities {
  /** The graph drawn at width × height; labelSize in px of that image (default: the screen's) */
  toCanvas(width: number, height: number, opts?: { labelSize?: number }): Promise<HTMLCanvasElement>;
  camera(): { x: number; y: number; ratio: number };
  graphView(): GraphView;
}

export interface Capabilities {
  network: NetworkCapabilities | null;
}

export function createCapabilities(): Capabilities {
  return { network: null };
}
