/**
 * Adapter over sigma: draws the prebuilt actor–event graph and decides what shows through
 * reducers (visibility, size, labels, highlight), so filtering never moves a node.
 */
import { drawOnCanvas } from "@sigma/export-image";
import Sigma from "sigma";
import type { Capabilities } from "../app/capabilities.ts";
import type { Store } from "../app/store.ts";
import type { Derived } from "../app/derive.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { actorNode, eventNode, type ActorGraph, type EdgeAttrs, type NodeAttrs } from "../model/buildActorGraph.ts";
import { actorSize, computeGraphView, type GraphView } from "../model/graphView.ts";
import { t } from "../model/i18n.ts";
import type { ViewState } from "../model/viewState.ts";
import { h } from "./dom.ts";

export interface NetworkViewDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  graph: ActorGraph;
  derive: (s: ViewState) => Derived;
  capabilities: Capabilities;
}

const MUTED = "#d9d9d9";

export function mountNetworkView(container: HTMLElement, deps: NetworkViewDeps): () => void {
  const { store, index, graph, derive } = deps;
  const canvas = h("div", { class: "net-canvas" });
  const controls = h("div", { class: "net-controls" });
  container.append(canvas, controls);

  let view: GraphView = computeGraphView(index, [], { hidePersons: false, collapse: false });
  let hovered: string | null = null;
  let focusSet: Set<string> | null = null; // node + neighbours of the hovered or selected node
  let selectedNode: string | null = null;
  let focusLabels = new Set<string>(); // in focus mode: the few busiest neighbours get labels
  const labels = { en: new Map<string, string>(), zh: new Map<string, string>() };
  for (const a of index.dataset.actors) {
    labels.en.set(actorNode(a.id), (a.short ?? a.name).en);
    labels.zh.set(actorNode(a.id), (a.short ?? a.name).zh);
  }
  for (const e of index.dataset.events) {
    labels.en.set(eventNode(e.id), e.title.en);
    labels.zh.set(eventNode(e.id), e.title.zh);
  }

  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, canvas, {
    renderLabels: true,
    labelRenderedSizeThreshold: 1000, // labels only where the reducer forces them (a chosen few)
    labelFont: '"Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1d2733" },
    defaultEdgeColor: "#c7ccd4",
    zIndex: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 3,
    nodeReducer: (node, data) => {
      if (!view.visibleNodes.has(node)) return { ...data, hidden: true };
      const lang = store.get().lang;
      const out = { ...data, label: labels[lang].get(node) ?? data.label };
      if (data.nodeType === "actor") out.size = actorSize(view.actorCounts.get(node) ?? 1);
      const inFocus = !focusSet || focusSet.has(node);
      if (!inFocus) return { ...out, color: MUTED, label: "", zIndex: 0 };
      const centre = node === hovered || node === selectedNode;
      const labelled = centre || (focusSet ? focusLabels.has(node) : view.labelled.has(node));
      return {
        ...out,
        forceLabel: labelled,
        zIndex: centre ? 3 : focusSet ? 2 : data.nodeType === "actor" ? 1 : 0,
        highlighted: node === selectedNode,
      };
    },
    edgeReducer: (edge, data) => {
      const [a, b] = graph.extremities(edge);
      if (!view.visibleNodes.has(a) || !view.visibleNodes.has(b)) return { ...data, hidden: true };
      if (data.edgeType === "rollup" && !view.showRollupEdges) return { ...data, hidden: true };
      const out = {
        ...data,
        size: data.edgeType === "relation" ? 1.5 : 0.6,
        color: data.edgeType === "relation" ? "#8a6fb0" : "#c7ccd4",
      };
      if (focusSet) {
        const lit =
          focusSet.has(a) && focusSet.has(b) && (a === (hovered ?? selectedNode) || b === (hovered ?? selectedNode));
        return lit ? { ...out, color: "#5a6472", size: out.size + 0.6, zIndex: 1 } : { ...out, hidden: true };
      }
      return out;
    },
  });

  function neighbourhood(node: string): Set<string> {
    const set = new Set([node]);
    graph.forEachNeighbor(node, (n) => {
      if (view.visibleNodes.has(n)) set.add(n);
    });
    return set;
  }

  function refreshFocus() {
    const centre = hovered ?? selectedNode;
    focusSet = centre && view.visibleNodes.has(centre) ? neighbourhood(centre) : null;
    focusLabels = new Set(
      [...(focusSet ?? [])]
        .filter((n) => n !== centre && view.actorCounts.has(n))
        .sort((a, b) => view.actorCounts.get(b)! - view.actorCounts.get(a)! || (a < b ? -1 : 1))
        .slice(0, 6),
    );
    renderer.refresh({ skipIndexation: true });
  }

  function sync(s: ViewState, previous: ViewState | null) {
    const d = derive(s);
    // Fewer permanent labels on a small canvas, so they do not pile up on a phone.
    const labelCount = Math.max(5, Math.min(14, Math.round(container.clientWidth / 70)));
    view = computeGraphView(index, d.inWindow, { hidePersons: s.hidePersons, collapse: s.collapse, labelCount });
    const sel = s.sel
      ? s.sel.type === "actor"
        ? actorNode(s.collapse ? index.rootOf.get(s.sel.id)! : s.sel.id)
        : eventNode(s.sel.id)
      : null;
    selectedNode = sel && graph.hasNode(sel) ? sel : null;
    refreshFocus();
    const cameraRequested = s.camera && (!previous || JSON.stringify(previous.camera) !== JSON.stringify(s.camera));
    if (cameraRequested) moveCamera(s.camera!);
    else if (selectedNode && (!previous || JSON.stringify(previous.sel) !== JSON.stringify(s.sel)))
      centreOn(selectedNode);
    else if (!selectedNode && previous?.sel && previous.story !== s.story)
      renderer.getCamera().animatedReset({ duration: 400 });
    if (!previous || previous.lang !== s.lang) renderControls(s);
    container.classList.toggle("is-empty", d.inWindow.length === 0);
    container.dataset.visibleNodes = String(view.visibleNodes.size);
  }

  function moveCamera(target: { x: number; y: number; ratio: number }) {
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    void renderer.getCamera().animate(target, { duration: reduced ? 0 : 600 });
  }

  function centreOn(node: string) {
    const display = renderer.getNodeDisplayData(node);
    if (!display) return;
    const camera = renderer.getCamera();
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: reduced ? 0 : 500 });
  }

  function renderControls(s: ViewState) {
    const camera = renderer.getCamera();
    const button = (label: string, text: string, onclick: () => void) =>
      h("button", { type: "button", class: "icon-btn", "aria-label": label, title: label, onclick }, text);
    controls.replaceChildren(
      button(t(s.lang, "zoomIn"), "+", () => camera.animatedZoom({ duration: 250 })),
      button(t(s.lang, "zoomOut"), "−", () => camera.animatedUnzoom({ duration: 250 })),
      button(t(s.lang, "resetCamera"), "⟲", () => camera.animatedReset({ duration: 250 })),
    );
  }

  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    canvas.style.cursor = "pointer";
    refreshFocus();
  });
  renderer.on("leaveNode", () => {
    hovered = null;
    canvas.style.cursor = "";
    refreshFocus();
  });
  renderer.on("clickNode", ({ node }) => {
    const attrs = graph.getNodeAttributes(node);
    store.set({ sel: { type: attrs.nodeType, id: attrs.refId } });
  });
  renderer.on("clickStage", () => {
    if (store.get().sel) store.set({ sel: null });
  });

  // Lets browser tests find a node on screen (sigma draws to canvas, so there is no DOM to click).
  // Render counter and first-draw mark: the benchmark measures "until the network has updated" with them.
  let renders = 0;
  renderer.on("afterRender", () => {
    if (renders++ === 0) performance.mark("liaison:network-drawn");
  });
  (window as unknown as { liaisonNetwork?: unknown }).liaisonNetwork = {
    renders: () => renders,
    nodePosition: (node: string) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const p = renderer.framedGraphToViewport(d);
      const box = canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
  deps.capabilities.network = {
    toCanvas: (width, height) =>
      drawOnCanvas(renderer as unknown as Sigma, { width, height, backgroundColor: "#ffffff" }),
    camera: () => {
      const c = renderer.getCamera().getState();
      return { x: c.x, y: c.y, ratio: c.ratio };
    },
    graphView: () => view,
  };
  sync(store.get(), null);
  const unsubscribe = store.subscribe((s, prev) => sync(s, prev));
  return () => {
    unsubscribe();
    deps.capabilities.network = null;
    renderer.kill();
    container.replaceChildren();
  };
}
