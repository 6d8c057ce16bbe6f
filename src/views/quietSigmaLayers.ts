/**
 * sigma clears all six of its layers on every draw and redraws the two hover layers (one WebGL,
 * one 2D) even when nothing is hovered or highlighted, and it clears the edge-label layer even
 * when edge labels are off. Every canvas touched in a frame has to be composited again, and a
 * WebGL canvas without a GPU is read back to the CPU for that: the page paid for three of them on
 * every draw when one or two had anything on them. Here a layer left empty is not touched until
 * something is drawn on it.
 */

/** The parts of a sigma renderer this module works with (sigma's own fields and methods). */
export interface SigmaLayers {
  webGLContexts: Record<"nodes" | "edges" | "hoverNodes", WebGLRenderingContext>;
  canvasContexts: Record<"labels" | "hovers" | "edgeLabels", CanvasRenderingContext2D>;
  width: number;
  height: number;
  hoveredNode: string | null;
  highlightedNodes: Set<string>;
  nodeDataCache: Record<string, { hidden?: boolean } | undefined>;
  settings: { renderEdgeLabels: boolean };
  emit(event: "beforeClear" | "afterClear"): unknown;
  clear(): unknown;
  renderHighlightedNodes(): void;
}

export function quietEmptyLayers(renderer: SigmaLayers): void {
  const r = renderer;
  const drawHighlights = r.renderHighlightedNodes.bind(r);
  // Whether the hover layers may have something on them (unknown at first: cleared once).
  let hoverLayersUsed = true;
  const hasHighlights = () =>
    (r.hoveredNode !== null && !r.nodeDataCache[r.hoveredNode]?.hidden) || r.highlightedNodes.size > 0;

  r.clear = () => {
    r.emit("beforeClear");
    const { nodes, edges, hoverNodes } = r.webGLContexts;
    nodes.bindFramebuffer(nodes.FRAMEBUFFER, null);
    nodes.clear(nodes.COLOR_BUFFER_BIT);
    edges.bindFramebuffer(edges.FRAMEBUFFER, null);
    edges.clear(edges.COLOR_BUFFER_BIT);
    r.canvasContexts.labels.clearRect(0, 0, r.width, r.height);
    if (hoverLayersUsed) {
      hoverNodes.clear(hoverNodes.COLOR_BUFFER_BIT);
      r.canvasContexts.hovers.clearRect(0, 0, r.width, r.height);
      hoverLayersUsed = false;
    }
    if (r.settings.renderEdgeLabels) r.canvasContexts.edgeLabels.clearRect(0, 0, r.width, r.height);
    r.emit("afterClear");
    return r;
  };

  r.renderHighlightedNodes = () => {
    const highlights = hasHighlights();
    // Nothing to draw on layers that are already empty: leave them be.
    if (!highlights && !hoverLayersUsed) return;
    drawHighlights();
    hoverLayersUsed = highlights;
  };
}
