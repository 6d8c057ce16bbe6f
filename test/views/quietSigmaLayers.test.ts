/**
 * quietEmptyLayers on a stand-in renderer that records what touches which layer: the hover layers
 * and the edge-label layer are left alone while empty, and whatever was drawn on them is still
 * cleared away.
 */
import { describe, expect, it } from "vitest";
import { quietEmptyLayers, type SigmaLayers } from "../../src/views/quietSigmaLayers.ts";

function standIn(opts: { edgeLabels?: boolean } = {}) {
  const log: string[] = [];
  const gl = (name: string) =>
    ({
      FRAMEBUFFER: 1,
      COLOR_BUFFER_BIT: 2,
      bindFramebuffer: () => undefined,
      clear: () => void log.push(`clear ${name}`),
    }) as unknown as WebGLRenderingContext;
  const ctx = (name: string) =>
    ({ clearRect: () => void log.push(`clear ${name}`) }) as unknown as CanvasRenderingContext2D;
  const renderer: SigmaLayers & { draw(): void } = {
    webGLContexts: { nodes: gl("nodes"), edges: gl("edges"), hoverNodes: gl("hoverNodes") },
    canvasContexts: { labels: ctx("labels"), hovers: ctx("hovers"), edgeLabels: ctx("edgeLabels") },
    width: 100,
    height: 80,
    hoveredNode: null,
    highlightedNodes: new Set(),
    nodeDataCache: { a: {}, b: {}, hiddenOne: { hidden: true } },
    settings: { renderEdgeLabels: Boolean(opts.edgeLabels) },
    emit: (event) => void log.push(event),
    clear: () => void log.push("stock clear"),
    // sigma's own clears both hover layers, then draws what is hovered or highlighted.
    renderHighlightedNodes() {
      log.push("clear hovers", "clear hoverNodes");
      if (this.hoveredNode) log.push(`draw ${this.hoveredNode}`);
      for (const n of this.highlightedNodes) log.push(`draw ${n}`);
    },
    // What sigma's render does with the layers.
    draw() {
      this.clear();
      this.renderHighlightedNodes();
    },
  };
  quietEmptyLayers(renderer);
  const frame = () => {
    log.length = 0;
    renderer.draw();
    return [...log];
  };
  return { renderer, frame };
}

describe("quietEmptyLayers", () => {
  it("clears the hover layers once, then leaves them alone while nothing is hovered or highlighted", () => {
    const { frame } = standIn();
    expect(frame()).toEqual([
      "beforeClear",
      "clear nodes",
      "clear edges",
      "clear labels",
      "clear hoverNodes",
      "clear hovers",
      "afterClear",
    ]);
    for (let i = 0; i < 3; i++)
      expect(frame()).toEqual(["beforeClear", "clear nodes", "clear edges", "clear labels", "afterClear"]);
  });

  it("draws a hovered or highlighted node, and clears it away once it is gone", () => {
    const { renderer, frame } = standIn();
    frame();
    renderer.hoveredNode = "a";
    expect(frame()).toContain("draw a");
    renderer.hoveredNode = null;
    renderer.highlightedNodes.add("b");
    const highlighted = frame();
    expect(highlighted).toContain("draw b");
    expect(highlighted).toContain("clear hoverNodes");
    renderer.highlightedNodes.clear();
    // The layers still show b: cleared in this frame, and nothing drawn on them.
    const after = frame();
    expect(after).toContain("clear hoverNodes");
    expect(after).toContain("clear hovers");
    expect(after.some((l) => l.startsWith("draw"))).toBe(false);
    // Then they are empty and stay untouched.
    expect(frame().some((l) => l.includes("hover"))).toBe(false);
  });

  it("a hovered node that is hidden draws nothing", () => {
    const { renderer, frame } = standIn();
    frame();
    renderer.hoveredNode = "hiddenOne";
    expect(frame().some((l) => l.includes("hover"))).toBe(false);
  });

  it("clears the edge-label layer only when edge labels are drawn", () => {
    expect(standIn().frame()).not.toContain("clear edgeLabels");
    expect(standIn({ edgeLabels: true }).frame()).toContain("clear edgeLabels");
  });

  it("a frame that stops before the hover pass still leaves the hover layers clean", () => {
    const { renderer, frame } = standIn();
    frame();
    renderer.hoveredNode = "a";
    frame();
    renderer.hoveredNode = null;
    // sigma's render returns before the hover pass when the graph is empty: clear alone must do.
    renderer.clear();
    expect(frame().some((l) => l.includes("hover"))).toBe(false);
  });
});
