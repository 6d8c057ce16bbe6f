/**
 * Adapter over sigma: draws the part of the prebuilt actor–event graph that is in view (a
 * subgraph framed by the whole graph's box, so filtering never moves a node); reducers decide
 * size, labels and the highlight of a focus.
 */
import Sigma from "sigma";
import {
  drawDiscNodeHover,
  drawDiscNodeLabel,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from "sigma/types";
import type { Capabilities } from "../state/capabilities.ts";
import type { Store } from "../state/store.ts";
import type { Derived } from "../state/derive.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import {
  actorNode,
  eventIdsAmong,
  eventNode,
  type ActorGraph,
  type EdgeAttrs,
  type NodeAttrs,
} from "../model/buildActorGraph.ts";
import {
  actorBudgetFor,
  actorSize,
  changedNodes,
  edgeShown,
  memoGraphView,
  topByActivity,
  type GraphView,
} from "../model/graphView.ts";
import { copyPositions, createVisibleSubgraph, graphBox, syncVisibleSubgraph } from "../model/visibleSubgraph.ts";
import { pairAnalysisFor, pairHighlightEvents } from "../model/pairAnalysis.ts";
import { t } from "../model/i18n.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, PRESENTATION_SCALE_EVENT, reducedMotion } from "./dom.ts";
import { uninstanced } from "./uninstancedProgram.ts";
import { boxAround, isDefaultCamera, ratioToFit, type CameraState } from "./fitCamera.ts";
import { createLabelCollider, type LabelBox } from "./labelCollider.ts";
import { cssWidthOf, isCut, wrapLabel, LABEL_GAP, placeLabel, type PlacedLabel } from "./labelPlacement.ts";
import { quietEmptyLayers, type SigmaLayers } from "./quietSigmaLayers.ts";
import { pickOnlyUnderPointer, type SigmaPicking } from "./pickingUnderPointer.ts";
import { sizeFromObserver, type SigmaSize } from "./sigmaSizeFromObserver.ts";

export interface NetworkViewDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  graph: ActorGraph;
  /** Adds events to `graph` that a big dataset's graph does not have yet (actorGraphHandle.ts) */
  ensureEvents: (ids: Iterable<string>) => void;
  derive: (s: ViewState) => Derived;
  capabilities: Capabilities;
}

const MUTED = "#d9d9d9";
/** Edge program keys: sigma's own default keys, so that it compiles no program beyond these two. */
const HAIRLINE = "arrow";
const RELATION_LINE = "line";

/**
 * How relations are drawn: as rectangles, or in the reduced view (thousands of them at scale) as
 * GL lines — as rectangles, software WebGL spent three times as long filling them (16 ms a frame
 * for 2,000 at 100×, against 5).
 */
const relationProgram = (view: GraphView) => (view.reduced ? HAIRLINE : RELATION_LINE);

const LABEL_SIZE = 13;
const PRESENTING_LABEL_SIZE = 20;

export function mountNetworkView(container: HTMLElement, deps: NetworkViewDeps): () => void {
  const { store, index, graph, derive } = deps;
  const canvas = h("div", { class: "net-canvas" });
  const controls = h("div", { class: "net-controls" });
  // Says when the level of detail applies (a big dataset, a wide window): see graphView.ts.
  const note = h("p", { class: "net-note", role: "status", hidden: true });
  container.append(canvas, controls, note);

  // Then kept by a ResizeObserver: reading them per update would force a layout.
  let canvasWidth = container.clientWidth;
  let canvasHeight = container.clientHeight;
  const graphView = memoGraphView(index);
  let view: GraphView = viewFor(store.get());
  let hovered: string | null = null;
  let focusSet: Set<string> | null = null; // node + neighbours of the hovered or selected node
  let selectedNode: string | null = null;
  let focusLabels = new Set<string>(); // in focus mode: the few busiest neighbours get labels
  // With a pair's connections open and nothing hovered or selected: the two (and the chosen
  // intermediary) are the centres, and the focus is them and the events picked out.
  let pairCentres = new Set<string>();
  let pairFocus: Set<string> | null = null;
  const labels = { en: new Map<string, string>(), zh: new Map<string, string>() };
  for (const a of index.dataset.actors) {
    labels.en.set(actorNode(a.id), (a.short ?? a.name).en);
    labels.zh.set(actorNode(a.id), (a.short ?? a.name).zh);
  }
  for (const e of index.dataset.events) {
    labels.en.set(eventNode(e.id), e.title.en);
    labels.zh.set(eventNode(e.id), e.title.zh);
  }

  // sigma draws only the visible part of the graph (see visibleSubgraph.ts), framed by the
  // whole graph's box so that nodes keep their places whatever is shown.
  let shown = createVisibleSubgraph();
  // Rollup edges are drawn only when the hierarchy is collapsed; otherwise they stay out.
  const keepEdge = (attrs: EdgeAttrs) => edgeShown(view, attrs);
  // The events drawn one by one must be in the full graph before the subgraph takes them from it.
  const ensureViewEvents = () => {
    if (!view.reduced) deps.ensureEvents(eventIdsAmong(view.visibleNodes));
  };
  ensureViewEvents();
  syncVisibleSubgraph(graph, shown, view.visibleNodes, keepEdge);
  const labelsApart = createLabelCollider();
  // The selected node's label box in the last frame (for the browser tests).
  let focalBox: LabelBox | null = null;
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(shown, canvas, {
    // A panel squeezed to no height (a short window, a tall filter bar) mounts all the same and
    // draws once it has a size (sigmaSizeFromObserver.ts); sigma would throw instead.
    allowInvalidContainer: true,
    renderLabels: true,
    // A forced label that would print over one already drawn is left out (labelCollider.ts).
    // A label that would run off the canvas's right edge goes left of its node (labelPlacement.ts).
    defaultDrawNodeLabel: (context, data, settings) => {
      if (!data.label) return;
      const placed = placeOnCanvas(context, data, settings);
      if (data.highlighted) {
        // Drawn first (renderLabels below), it claims the box its hover drawing takes, wrapped in
        // lines if need be, so the other labels give way to it; one that fits on neither side is
        // drawn whole by the hover drawing only.
        labelsApart.claim(data.key, highlightedLabelBox(context, data, settings));
        if (!isCut(placed, cssWidthOf(context))) drawDiscNodeLabel(context, labelAt(data, placed), settings);
        return;
      }
      if (labelsApart.claim(data.key, placed.box)) drawDiscNodeLabel(context, labelAt(data, placed), settings);
    },
    // The hovered or selected node's label on its white ground, on the same side.
    defaultDrawNodeHover: (context, data, settings) => {
      const placed = placeOnCanvas(context, data, settings);
      if (data.label && isCut(placed, cssWidthOf(context))) drawWrappedHover(context, data, settings);
      else if (data.label && placed.left) drawHoverOnLeft(context, data, settings, placed);
      else drawDiscNodeHover(context, data, settings);
    },
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
    // sigma holds only what is in view (the shown subgraph), so nothing here needs hiding. It
    // hands the reducers a fresh copy of the attributes, so they write into it: a refresh reduces
    // thousands of items at scale, and an object per spread was most of its garbage.
    nodeReducer: (node, attrs) => {
      const data = attrs as NodeAttrs & Partial<NodeDisplayData>;
      data.label = labels[store.get().lang].get(node) ?? data.label;
      if (data.nodeType === "actor") data.size = actorSize(view.actorCounts.get(node) ?? 1);
      if (focusSet && !focusSet.has(node)) {
        data.color = MUTED;
        data.label = "";
        data.zIndex = 0;
        return data;
      }
      const centre = node === hovered || node === selectedNode || (!hovered && !selectedNode && pairCentres.has(node));
      data.forceLabel = centre || (focusSet ? focusLabels.has(node) : view.labelled.has(node));
      data.zIndex = centre ? 3 : focusSet ? 2 : data.nodeType === "actor" ? 1 : 0;
      data.highlighted = node === selectedNode || (!selectedNode && pairCentres.has(node));
      return data;
    },
    // An edge's drawing is made whole here, in one fixed shape: sigma's defaults then find every
    // field set. Written into the copy of the attributes, the fields came in a different order per
    // edge kind and sigma's defaults added the rest one by one — slow property stores by the
    // thousand when the level of detail swaps the edges in view.
    edgeReducer: (edge, attrs) => {
      const relation = attrs.edgeType === "relation";
      const data: EdgeDisplayData = {
        label: "",
        // Fixed per edge while the level of detail stays (partial refreshes keep programs).
        type: relation ? relationProgram(view) : HAIRLINE,
        size: relation ? 1.5 : 0.6,
        color: relation ? "#8a6fb0" : "#c7ccd4",
        hidden: false,
        forceLabel: false,
        zIndex: 0,
      };
      if (focusSet) {
        // In focus, only the centre's own edges are drawn (both their ends are in the focus).
        const centre = hovered ?? selectedNode;
        const [source, target] = [graph.source(edge), graph.target(edge)];
        // A pair's focus draws the ties among what it picks out; a node's, that node's own.
        const drawn = centre
          ? source === centre || target === centre
          : focusSet.has(source) && focusSet.has(target) && (pairCentres.has(source) || pairCentres.has(target));
        if (drawn) {
          data.color = "#5a6472";
          data.size += 0.6;
          data.zIndex = 1;
        } else data.hidden = true;
      }
      return data;
    },
  });

  /**
   * Frames with the full graph's box. sigma applies a box when it processes the graph, and node
   * positions (camera moves to a selected node, say) must be right at once: process now.
   */
  const frameWholeGraph = () => {
    renderer.setCustomBBox(graphBox(graph));
    sigma.process();
    sigma.needToProcess = false; // done just now: the frame needs only to draw
    renderer.scheduleRender();
  };
  // A layout that arrives later (the worker) moves the full graph: follow it.
  const onPositions = () => {
    copyPositions(graph, shown);
    frameWholeGraph();
  };
  graph.on("eachNodeAttributesUpdated", onPositions);
  // sigma answers each node dropped from its graph by re-reducing the whole graph. So while the
  // shown subgraph follows a new view sigma is not listening; it is told what came and went,
  // item by item, and re-indexes (positions, buffers) once when it next draws.
  const sigma = renderer as unknown as {
    bindGraphHandlers(): void;
    unbindGraphHandlers(): void;
    addNode(key: string): void;
    removeNode(key: string): void;
    addEdge(key: string): void;
    removeEdge(key: string): void;
    process(): void;
    render(): void;
    needToProcess: boolean;
    /** The id of the frame sigma has scheduled to draw, until it has drawn it */
    renderFrame: number | null;
    renderLabels(): unknown;
    nodesWithForcedLabels: Set<string>;
    nodeDataCache: Record<
      string,
      { zIndex?: number; size: number; x: number; y: number; hidden?: boolean; label?: string | null } | undefined
    >;
    scaleSize(size: number): number;
    edgeDataCache: Record<string, { type?: string } | undefined>;
  };
  const layers = renderer as unknown as SigmaLayers;
  quietEmptyLayers(layers);
  const stopPicking = pickOnlyUnderPointer(renderer as unknown as SigmaPicking, canvas);
  // Hand the constructor's draw to the GPU process now rather than at the frame's commit, so that
  // it runs while the rest of the page is built (startApp.ts mounts this view first).
  for (const gl of Object.values(layers.webGLContexts)) gl.flush();
  // sigma draws forced labels in the order the nodes came in; the most important go first so that
  // they are the ones kept where labels would overlap: the focus's centre, then its neighbours
  // (zIndex), then the busiest (size).
  const renderLabels = sigma.renderLabels.bind(renderer);
  sigma.renderLabels = () => {
    const rank = (key: string) => sigma.nodeDataCache[key] ?? { zIndex: 0, size: 0 };
    sigma.nodesWithForcedLabels = new Set(
      [...sigma.nodesWithForcedLabels].sort((a, b) => {
        const [p, q] = [rank(a), rank(b)];
        return (q.zIndex ?? 0) - (p.zIndex ?? 0) || q.size - p.size;
      }),
    );
    labelsApart.reset();
    focalBox = null;
    // The selected node's label claims its box before any other (sigma draws the labels its grid
    // picks first, whatever their rank): the others give way to it.
    const data = selectedNode ? sigma.nodeDataCache[selectedNode] : undefined;
    const context = layers.canvasContexts?.labels;
    if (selectedNode && data && !data.hidden && data.label && context) {
      const at = renderer.framedGraphToViewport(data as { x: number; y: number });
      const settings = renderer.getSettings();
      const size = sigma.scaleSize(data.size);
      focalBox = highlightedLabelBox(context, { ...(data as LabelData), ...at, size }, settings);
      labelsApart.claim(`focal:${selectedNode}`, focalBox);
    }
    return renderLabels();
  };
  const stopSizing = sizeFromObserver(renderer as unknown as SigmaSize, canvas);
  frameWholeGraph();
  /**
   * Returns the nodes that came in (null: none came or went), or "all" after a rebuild: sigma is
   * then to be handed the new subgraph (`shown`) whole, once the focus in it is known.
   */
  function followView(rebuild: boolean): Set<string> | "all" | null {
    if (rebuild) {
      // Which edges are kept changed (collapse): a new subgraph.
      shown = createVisibleSubgraph();
      ensureViewEvents();
      syncVisibleSubgraph(graph, shown, view.visibleNodes, keepEdge);
      return "all";
    }
    ensureViewEvents();
    sigma.unbindGraphHandlers();
    const change = syncVisibleSubgraph(graph, shown, view.visibleNodes, keepEdge);
    sigma.bindGraphHandlers();
    if (!change.added.length && !change.dropped.length) return null;
    for (const e of change.droppedEdges) sigma.removeEdge(e);
    for (const n of change.dropped) sigma.removeNode(n);
    for (const n of change.added) sigma.addNode(n);
    for (const e of change.addedEdges) sigma.addEdge(e);
    sigma.needToProcess = true;
    return new Set(change.added);
  }

  /** Those of the nodes that are drawn (null when none is). */
  function shownOf(nodes: Set<string>): Set<string> | null {
    const out = new Set([...nodes].filter((n) => shown.hasNode(n)));
    return out.size ? out : null;
  }

  /** The node and its neighbours as drawn (a rollup edge hidden outside collapse mode does not count). */
  function neighbourhood(node: string): Set<string> {
    const set = new Set([node]);
    shown.forEachNeighbor(node, (n) => void set.add(n));
    return set;
  }

  /**
   * Brings sigma up to date with `view` and the focus; `entered` is what followView reported for
   * the change from `previous`. Without a focus (the common case while filtering and panning)
   * only the nodes whose drawing changed are re-reduced (not their edges) — cost follows the
   * change, not the graph. A focus mutes everything else, so it redraws all. Labels come only from
   * forceLabel (the size threshold is out of reach), so sigma's label grid, which a partial
   * refresh leaves as it was, never matters. Drawing waits for the next frame.
   */
  function refreshFocus(previous: GraphView | null = null, entered: Set<string> | "all" | null = null) {
    const centre = hovered ?? selectedNode;
    const focusBefore = focusSet;
    focusSet =
      centre && shown.hasNode(centre) ? neighbourhood(centre) : !centre && pairFocus ? shownOf(pairFocus) : null;
    const neighbours = new Map<string, number>();
    for (const n of focusSet ?? [])
      if (n !== centre && view.actorCounts.has(n)) neighbours.set(n, view.actorCounts.get(n)!);
    focusLabels = new Set(topByActivity(neighbours, 6).map(([n]) => n));
    // sigma reduces a graph it is handed at once: only now that the focus in it is known (handed
    // over before, a selection kept through a collapse was reduced with the old graph's focus,
    // and every node was drawn muted).
    if (entered === "all") return renderer.setGraph(shown);
    if (previous && !focusSet && !focusBefore) {
      // No focus before or after: only nodes already on screen whose size or label changed are
      // re-reduced (those that came in were reduced on arrival).
      // Their edges stay as they are: the edge reducer reads only the focus, and an edge is drawn
      // between node centres, which a change of size or label does not move.
      const nodes = changedNodes(previous, view).filter((n) => shown.hasNode(n) && !entered?.has(n));
      // Relations that stayed across a change of level of detail are drawn the other way now;
      // they move to another program, so sigma must index again.
      const edges = relationProgram(previous) !== relationProgram(view) ? relationsToRestyle() : [];
      if (nodes.length || edges.length)
        renderer.refresh({
          partialGraph: { nodes, edges },
          skipIndexation: !entered && !edges.length,
          schedule: true,
        });
      else if (entered) renderer.scheduleRender();
    } else renderer.refresh({ schedule: true });
  }

  /** Shown relations whose drawing still follows the other level of detail. */
  function relationsToRestyle(): string[] {
    const type = relationProgram(view);
    const stale: string[] = [];
    shown.forEachEdge((edge, attrs) => {
      // sigma's own cache, read in place: getEdgeDisplayData copies each edge's data.
      if (attrs.edgeType === "relation" && sigma.edgeDataCache[edge]?.type !== type) stale.push(edge);
    });
    return stale;
  }

  /** Fewer permanent labels on a small canvas, so they do not pile up on a phone. */
  function labelCountFor(width: number): number {
    return Math.max(5, Math.min(14, Math.round(width / 70)));
  }

  function viewFor(s: ViewState): GraphView {
    return graphView(derive(s).inWindow, {
      hidePersons: s.hidePersons,
      collapse: s.collapse,
      labelCount: labelCountFor(canvasWidth),
      // The reduced view draws as many actors as the panel can show apart (graphView.ts).
      actorBudget: actorBudgetFor(canvasWidth, canvasHeight),
    });
  }

  /**
   * sigma draws in an animation frame of its own. A change the store makes inside an animation
   * frame (the timeline hands over its window from one) would then be drawn a whole frame later:
   * draw at the end of the current task instead — still before the page paints, and once however
   * many changes the task made.
   */
  let drawQueued = false;
  function drawBeforePaint() {
    if (drawQueued) return;
    drawQueued = true;
    queueMicrotask(() => {
      drawQueued = false;
      // Nothing pending once drawn — or once killed (kill cancels the frame it had scheduled).
      if (sigma.renderFrame) sigma.render();
    });
  }

  /** `previous` null: first sync, right after sigma reduced the whole graph with `view`. */
  function sync(s: ViewState, previous: ViewState | null) {
    updates++;
    const d = derive(s);
    const oldView = view;
    const before = !previous ? view : previous.lang === s.lang ? view : null;
    view = previous ? viewFor(s) : view;
    const sel = s.sel
      ? s.sel.type === "actor"
        ? actorNode(s.collapse ? index.rootOf.get(s.sel.id)! : s.sel.id)
        : eventNode(s.sel.id)
      : null;
    if (s.sel?.type === "event") deps.ensureEvents([s.sel.id]);
    const selectedBefore = selectedNode;
    selectedNode = sel && graph.hasNode(sel) ? sel : null;
    followPair(s);
    // The same view (a selection, a language switch): nothing came or went.
    const rebuild = oldView.showRollupEdges !== view.showRollupEdges;
    refreshFocus(before, previous && view !== oldView ? followView(rebuild) : null);
    drawBeforePaint();
    const cameraRequested = s.camera && (!previous || JSON.stringify(previous.camera) !== JSON.stringify(s.camera));
    if (cameraRequested) moveCamera(s.camera!);
    // A new selection, or the same one drawn as another node (folded into its top parent).
    else if (
      selectedNode &&
      (!previous || selectedNode !== selectedBefore || JSON.stringify(previous.sel) !== JSON.stringify(s.sel))
    )
      centreOn(selectedNode);
    else if (!selectedNode && previous?.sel && previous.story !== s.story)
      renderer.getCamera().animatedReset({ duration: 400 });
    if (!previous || previous.lang !== s.lang) renderControls(s);
    // Presenting: labels big enough to read across a room, times the scale (+ − 0; an inline style).
    const scale = Number(document.body.style.getPropertyValue("--pres-zoom")) || 1;
    const labelSize = s.story ? Math.round(PRESENTING_LABEL_SIZE * scale) : LABEL_SIZE;
    if (renderer.getSetting("labelSize") !== labelSize) renderer.setSetting("labelSize", labelSize);
    container.classList.toggle("is-empty", d.inWindow.length === 0);
    container.dataset.visibleNodes = String(view.visibleNodes.size);
    const r = view.reduced;
    const num = (n: number) => n.toLocaleString(s.lang === "zh" ? "zh-CN" : "en");
    const text = r
      ? t(s.lang, "networkReduced", { events: num(r.events), actors: num(r.actors), shown: num(r.shown) })
      : "";
    if (note.textContent !== text) note.textContent = text;
    if (note.hidden !== !r) note.hidden = !r;
  }

  /** The pair's centres and focus for this state (the same sets while the pair stays the same). */
  let pairKey = "";
  function followPair(s: ViewState) {
    const key = s.pair ? JSON.stringify([s.pair, s.via, s.collapse]) : "";
    if (key === pairKey) return;
    pairKey = key;
    if (!s.pair) {
      pairCentres = new Set();
      pairFocus = null;
      return;
    }
    const nodeOf = (id: string) => actorNode(s.collapse ? index.rootOf.get(id)! : id);
    const p = pairAnalysisFor(index, s.pair, { collapse: s.collapse });
    const events = pairHighlightEvents(index, p, s.via);
    deps.ensureEvents(events);
    pairCentres = new Set([...s.pair, ...(s.via ? [s.via] : [])].map(nodeOf));
    pairFocus = new Set(pairCentres);
    for (const id of events) {
      pairFocus.add(eventNode(id));
      // The bodies through which the two take part are drawn too (MPS for China, an office for IOM).
      for (const { id: a } of index.eventsById.get(id)!.actors)
        if (p.familyA.includes(a) || p.familyB.includes(a) || a === s.via) pairFocus.add(nodeOf(a));
    }
  }

  function moveCamera(target: { x: number; y: number; ratio: number }) {
    void renderer.getCamera().animate(target, { duration: reducedMotion() ? 0 : 600 });
  }

  /** Where centreOn last moved the camera (null: it has not, or the camera was reset since) */
  let centredAt: CameraState | null = null;
  function centreOn(node: string) {
    // A refresh just scheduled leaves sigma's node data in graph units until the frame processes
    // it (camera units): read the position after that frame, or the camera flies off the graph.
    if (sigma.renderFrame) {
      renderer.once("afterRender", () => centreOn(node));
      return;
    }
    const display = renderer.getNodeDisplayData(node);
    if (!display) return;
    const camera = renderer.getCamera();
    const target = { x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) };
    centredAt = { ...target, angle: 0 };
    camera.animate(target, { duration: reducedMotion() ? 0 : 500 });
  }

  /**
   * The camera for an image of `width` × `height`: the user's own framing if they moved the
   * camera, otherwise one that frames the nodes drawn (fitCamera.ts), with room for labels.
   */
  function exportCamera(width: number, height: number): CameraState {
    const camera = renderer.getCamera().getState();
    // With a focus (a selection), the image frames it: the muted rest would leave it small.
    const framed = focusSet && focusSet.size > 1 ? [...focusSet] : shown.nodes();
    const drawn = framed.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
    const box = boxAround(drawn);
    // The camera the app itself moved to a selection is not a framing the user chose: the image
    // frames the nodes drawn then too.
    const near = (a: CameraState, b: CameraState) =>
      Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio - b.ratio) < 1e-3;
    const chosenByUser = !isDefaultCamera(camera) && !(centredAt && near(camera, centredAt));
    if (chosenByUser || !box) return camera;
    const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
    // The box's size in the image at ratio 1, by sigma's own projection for the image's size. (It
    // turns its clip coordinates into pixels of the canvas on screen: scale those to the image's.)
    const at1 = { cameraState: { ...centre, ratio: 1, angle: 0 }, viewportDimensions: { width, height } };
    const a = renderer.framedGraphToViewport({ x: box.x0, y: box.y0 }, at1);
    const b = renderer.framedGraphToViewport({ x: box.x1, y: box.y1 }, at1);
    const screen = renderer.getDimensions();
    const extent = {
      width: (Math.abs(b.x - a.x) * width) / Math.max(1, screen.width),
      height: (Math.abs(b.y - a.y) * height) / Math.max(1, screen.height),
    };
    return { ...centre, angle: 0, ratio: ratioToFit(extent, { width, height }, { x: 160, y: 40 }) };
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
  // sigma's constructor has drawn the graph once already.
  let renders = 1;
  let updates = 0; // store changes handled: with nothing to redraw, an update draws nothing
  performance.mark("liaison:network-drawn");
  renderer.on("afterRender", () => void renders++);
  (window as unknown as { liaisonNetwork?: unknown }).liaisonNetwork = {
    renders: () => renders,
    updates: () => updates,
    // sigma keeps the id of its scheduled frame until it has drawn it.
    drawPending: () => Boolean((renderer as unknown as { renderFrame: number | null }).renderFrame),
    /** How the shown relations are drawn: rectangles one by one, or lines in the reduced view. */
    relationsDrawnAs: () => {
      const drawn = { rectangles: 0, lines: 0 };
      shown.forEachEdge((edge, attrs) => {
        const data = attrs.edgeType === "relation" ? renderer.getEdgeDisplayData(edge) : undefined;
        if (data && !data.hidden) drawn[data.type === RELATION_LINE ? "rectangles" : "lines"]++;
      });
      return drawn;
    },
    /** The colour a node is drawn in (muted outside a focus), or null when it is not drawn. */
    nodeColor: (node: string) => renderer.getNodeDisplayData(node)?.color ?? null,
    /** The boxes of the labels drawn in the last frame, and the canvas's width (CSS px). */
    labelBoxes: () => ({ boxes: [...labelsApart.claimed()], width: canvas.clientWidth }),
    /** The selected node's label box in the last frame, and the canvas's size (CSS px), or null. */
    focalLabel: () =>
      focalBox && { box: focalBox, width: canvas.clientWidth, height: canvas.clientHeight, label: selectedNode },
    nodePosition: (node: string) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const p = renderer.framedGraphToViewport(d);
      const box = canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
  deps.capabilities.network = {
    // Loaded on first export: not needed to draw.
    toCanvas: async (width, height, opts) =>
      (await import("@sigma/export-image")).drawOnCanvas(renderer as unknown as Sigma, {
        width,
        height,
        sigmaSettings: opts?.labelSize ? { labelSize: opts.labelSize } : {},
        backgroundColor: "#ffffff",
        cameraState: exportCamera(width, height),
      }),
    camera: () => {
      const c = renderer.getCamera().getState();
      return { x: c.x, y: c.y, ratio: c.ratio };
    },
    graphView: () => view,
  };
  sync(store.get(), null);
  const unsubscribe = store.subscribe((s, prev) => sync(s, prev));
  // Presenting, + and − scale the labels too.
  const onScale = () => {
    if (store.get().story) sync(store.get(), store.get());
  };
  window.addEventListener(PRESENTATION_SCALE_EVENT, onScale);
  const resize = new ResizeObserver(() => {
    const width = container.clientWidth;
    const height = container.clientHeight;
    const resized =
      labelCountFor(width) !== labelCountFor(canvasWidth) ||
      actorBudgetFor(width, height) !== actorBudgetFor(canvasWidth, canvasHeight);
    canvasWidth = width;
    canvasHeight = height;
    // Only the permanent labels and the reduced view's budget depend on the size (sigma follows
    // its own size).
    if (resized) sync(store.get(), store.get());
  });
  resize.observe(container);
  return () => {
    unsubscribe();
    window.removeEventListener(PRESENTATION_SCALE_EVENT, onScale);
    resize.disconnect();
    stopSizing();
    graph.off("eachNodeAttributesUpdated", onPositions);
    stopPicking();
    deps.capabilities.network = null;
    renderer.kill();
    container.replaceChildren();
  };
}

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/** Where the node's label goes on this canvas, measured in the label font (set on the context). */
function placeOnCanvas(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<NodeAttrs, EdgeAttrs>,
): PlacedLabel {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = data.label ? context.measureText(data.label).width : 0;
  return placeLabel(data, width, settings.labelSize, cssWidthOf(context));
}

/** The node as sigma's label drawing should see it to print the label where it was placed. */
function labelAt<T extends LabelData>(data: T, placed: PlacedLabel): T {
  // sigma prints at x + size + gap: shift x so that this lands on the box's left edge.
  return placed.left ? { ...data, x: placed.box.x - data.size - LABEL_GAP } : data;
}

/** sigma's hover look (a white ground with a shadow under the disc and the label), mirrored. */
function drawHoverOnLeft(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<NodeAttrs, EdgeAttrs>,
  placed: PlacedLabel,
) {
  const padding = 2;
  const height = settings.labelSize + 2 * padding;
  const radius = Math.max(data.size, settings.labelSize / 2) + padding;
  const groundX = placed.box.x - padding - 2;
  context.fillStyle = "#FFF";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  // One path (disc and label ground together), so the shadow is drawn once around both.
  context.beginPath();
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  context.rect(groundX, data.y - height / 2, data.x - groundX, height);
  context.fill();
  context.shadowBlur = 0;
  drawDiscNodeLabel(context, labelAt(data, placed), settings);
}

/** Where a label too long for either side of its node goes: in lines on the side with more room. */
function wrappedLayout(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeAttrs, EdgeAttrs>) {
  const canvasWidth = cssWidthOf(context);
  const size = settings.labelSize;
  const padding = 3;
  const rightRoom = canvasWidth - (data.x + data.size + LABEL_GAP) - padding * 2;
  const leftRoom = data.x - data.size - LABEL_GAP - padding * 2;
  const left = leftRoom > rightRoom;
  const room = Math.max(60, left ? leftRoom : rightRoom);
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const lines = wrapLabel(data.label!, room, (x) => context.measureText(x).width);
  const width = Math.min(room, Math.max(...lines.map((x) => context.measureText(x).width)));
  const lineHeight = size * 1.25;
  const height = lines.length * lineHeight + padding * 2;
  const x = left ? data.x - data.size - LABEL_GAP - width - padding : data.x + data.size + LABEL_GAP - padding;
  const y = data.y - height / 2;
  return { lines, x, y, width, height, lineHeight, padding, size };
}

/** The box a highlighted node's label takes when drawn on its white ground (see defaultDrawNodeHover). */
function highlightedLabelBox(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<NodeAttrs, EdgeAttrs>,
): LabelBox {
  const placed = placeOnCanvas(context, data, settings);
  if (!isCut(placed, cssWidthOf(context))) return placed.box;
  const w = wrappedLayout(context, data, settings);
  return { x: w.x, y: w.y, width: w.width + w.padding * 2, height: w.height };
}

/**
 * A hovered or selected node whose label fits on neither side of it (a long event title): the
 * label in lines on the side with more room, on sigma's white ground, so it is whole and inside
 * the canvas.
 */
function drawWrappedHover(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<NodeAttrs, EdgeAttrs>,
) {
  const { lines, x, y, width, height, lineHeight, padding, size } = wrappedLayout(context, data, settings);
  context.fillStyle = "#FFF";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.arc(data.x, data.y, Math.max(data.size, size / 2) + padding, 0, Math.PI * 2);
  context.rect(x, y, width + padding * 2, height);
  context.fill();
  context.shadowBlur = 0;
  context.fillStyle =
    typeof settings.labelColor === "object" && "color" in settings.labelColor
      ? (settings.labelColor.color ?? "#000")
      : "#000";
  context.textBaseline = "middle";
  lines.forEach((line, i) => context.fillText(line, x + padding, y + padding + lineHeight * (i + 0.5)));
  context.textBaseline = "alphabetic";
  context.fillStyle = data.color;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();
}
