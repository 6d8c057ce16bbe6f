/**
 * What sigma is told once for the network: the programs that draw nodes and edges, the label
 * type, the camera's limits, and the colours the reducers use.
 */
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import type { GraphView } from "../model/graphView.ts";
import { uninstanced } from "./uninstancedProgram.ts";

/** Nodes outside a focus */
export const MUTED = "#d9d9d9";
/** Edge program keys: sigma's own default keys, so that it compiles no program beyond these two. */
export const HAIRLINE = "arrow";
export const RELATION_LINE = "line";

/**
 * How relations are drawn: as rectangles, or in the reduced view (thousands of them at scale) as
 * GL lines, which software WebGL fills about three times faster (docs/performance.md).
 */
export const relationProgram = (view: GraphView) => (view.reduced ? HAIRLINE : RELATION_LINE);

export const LABEL_SIZE = 13;
/** Presenting: labels big enough to read across a room. */
export const PRESENTING_LABEL_SIZE = 20;

export const SIGMA_SETTINGS = {
  labelRenderedSizeThreshold: 1000, // labels only where the reducer forces them (a chosen few)
  labelFont: '"Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  labelSize: LABEL_SIZE,
  labelWeight: "600",
  labelColor: { color: "#1d2733" },
  // Participation edges are hairlines: drawn as GL lines (2 vertices) rather than rectangles
  // (6). Software WebGL pays per vertex, hidden edges included; relations keep their width.
  // Circles and rectangles are written out vertex by vertex: software WebGL draws each
  // instance of an instanced shape on its own (uninstancedProgram.ts). sigma merges its default
  // programs ({ arrow, line }) into these and compiles every one, used or not (shader builds
  // are slow in software WebGL), so ours take those keys instead of adding a third.
  nodeProgramClasses: { circle: uninstanced(NodeCircleProgram<NodeAttrs, EdgeAttrs>) },
  edgeProgramClasses: {
    [HAIRLINE]: EdgeLineProgram,
    [RELATION_LINE]: uninstanced(EdgeRectangleProgram<NodeAttrs, EdgeAttrs>),
  },
  defaultEdgeColor: "#c7ccd4",
  zIndex: true,
  minCameraRatio: 0.03,
  maxCameraRatio: 3,
} satisfies Partial<Settings<NodeAttrs, EdgeAttrs>>;
