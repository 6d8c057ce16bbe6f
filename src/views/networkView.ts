/**
 * Adapter over sigma: draws the part of the prebuilt actor–event graph that is in view (a
 * subgraph framed by the whole graph's box, so filtering never moves a node) and keeps it in step
 * with the store; reducers decide size, labels and the highlight of a focus (networkReducers.ts),
 * labels are drawn apart (networkLabels.ts), the camera follows the selection (networkCamera.ts).
 */
import Sigma from "sigma";
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
import { actorBudgetFor, changedNodes, edgeShown, memoGraphView, type GraphView } from "../model/graphView.ts";
import { copyPositions, createVisibleSubgraph, graphBox, syncVisibleSubgraph } from "../model/visibleSubgraph.ts";
import { focusLabelsOf, focusOf } from "../model/networkFocus.ts";
import { pairFocusFor } from "../model/pairFocus.ts";
import { t } from "../model/i18n.ts";
import type { ViewState } from "../model/viewState.ts";
import { focalSet } from "../model/focalSet.ts";
import { h, PRESENTATION_SCALE_EVENT } from "./dom.ts";
import { createLabelCollider } from "./labelCollider.ts";
import { createLabelDrawing, nodeLabelTexts } from "./networkLabels.ts";
import type { ImageLabels } from "./networkSnapshot.ts";
import { createReducers, type NetworkLook } from "./networkReducers.ts";
import { createNetworkCamera } from "./networkCamera.ts";
import { networkCapabilities } from "./networkCapabilities.ts";
import { exposeNetworkProbe } from "./networkProbe.ts";
import { internalsOf } from "./sigmaInternals.ts";
import { claimFocalLabelsFirst } from "./focalLabelClaim.ts";
import { LABEL_SIZE, PRESENTING_LABEL_SIZE, relationProgram, SIGMA_SETTINGS } from "./networkSettings.ts";
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
  // The view and the focus the reducers draw (networkReducers.ts).
  const look: NetworkLook = {
    view: viewFor(store.get()),
    hovered: null,
    selectedNode: null,
    alsoNodes: new Set(),
    focusSet: null,
    focusLabels: new Set(),
    pairCentres: new Set(),
  };
  // With a pair's connections open and nothing hovered or selected, the focus is the pair's
  // centres and the events picked out.
  let pairFocus: Set<string> | null = null;
  const labels = nodeLabelTexts(index);

  // sigma draws only the visible part of the graph (see visibleSubgraph.ts), framed by the
  // whole graph's box so that nodes keep their places whatever is shown.
  let shown = createVisibleSubgraph();
  // Rollup edges are drawn only when the hierarchy is collapsed; otherwise they stay out.
  const keepEdge = (attrs: EdgeAttrs) => edgeShown(look.view, attrs);
  // The events drawn one by one must be in the full graph before the subgraph takes them from it.
  const ensureViewEvents = () => {
    if (!look.view.reduced) deps.ensureEvents(eventIdsAmong(look.view.visibleNodes));
  };
  ensureViewEvents();
  syncVisibleSubgraph(graph, shown, look.view.visibleNodes, keepEdge);
  const labelsApart = createLabelCollider();
  const labelDrawing = createLabelDrawing(labelsApart);
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(shown, canvas, {
    // A panel squeezed to no height (a short window, a tall filter bar) mounts all the same and
    // draws once it has a size (sigmaSizeFromObserver.ts); sigma would throw instead.
    allowInvalidContainer: true,
    renderLabels: true,
    // Labels kept apart, on the side with room; a hovered node's on a white ground (networkLabels.ts).
    defaultDrawNodeLabel: labelDrawing.drawLabel,
    defaultDrawNodeHover: labelDrawing.drawHover,
    ...SIGMA_SETTINGS,
    ...createReducers(look, graph, labels, () => store.get().lang),
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
  const sigma = internalsOf(renderer);
  const cameraOf = createNetworkCamera(
    renderer,
    () => shown,
    () => look.focusSet,
    () => Boolean(sigma.renderFrame),
  );
  const layers = renderer as unknown as SigmaLayers;
  quietEmptyLayers(layers);
  const stopPicking = pickOnlyUnderPointer(renderer as unknown as SigmaPicking, canvas);
  // Hand the constructor's draw to the GPU process now rather than at the frame's commit, so that
  // it runs while the rest of the page is built (startApp.ts mounts this view first).
  for (const gl of Object.values(layers.webGLContexts)) gl.flush();
  // The highlighted nodes (the selection's first, or a pair's centres) reserve their discs and
  // labels before any other label claims a box; then the most important labels are drawn first.
  const claimed = claimFocalLabelsFirst(
    renderer,
    labelsApart,
    labelDrawing,
    () => (look.selectedNode ? [look.selectedNode, ...look.alsoNodes] : [...look.alsoNodes, ...look.pairCentres]),
    (data) => Boolean(data.highlighted),
  );
  // Where the exported images' labels went, the last few (for the browser tests).
  const imageLabels: ImageLabels[] = [];
  // The image exports' focal labels claim their place first, as the live view's do.
  const focalNodes = () => (look.selectedNode ? [look.selectedNode, ...look.alsoNodes] : []);
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
      syncVisibleSubgraph(graph, shown, look.view.visibleNodes, keepEdge);
      return "all";
    }
    ensureViewEvents();
    sigma.unbindGraphHandlers();
    const change = syncVisibleSubgraph(graph, shown, look.view.visibleNodes, keepEdge);
    sigma.bindGraphHandlers();
    if (!change.added.length && !change.dropped.length) return null;
    for (const e of change.droppedEdges) sigma.removeEdge(e);
    for (const n of change.dropped) sigma.removeNode(n);
    for (const n of change.added) sigma.addNode(n);
    for (const e of change.addedEdges) sigma.addEdge(e);
    sigma.needToProcess = true;
    return new Set(change.added);
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
    const centre = look.hovered ?? look.selectedNode;
    const focusBefore = look.focusSet;
    look.focusSet = focusOf(shown, { centre, hovered: Boolean(look.hovered), also: look.alsoNodes, pair: pairFocus });
    look.focusLabels = focusLabelsOf(look.focusSet, centre, look.view.actorCounts);
    // sigma reduces a graph it is handed at once: only now that the focus in it is known (handed
    // over before, a selection kept through a collapse was reduced with the old graph's focus,
    // and every node was drawn muted).
    if (entered === "all") return renderer.setGraph(shown);
    if (previous && !look.focusSet && !focusBefore) {
      // No focus before or after: only nodes already on screen whose size or label changed are
      // re-reduced (those that came in were reduced on arrival).
      // Their edges stay as they are: the edge reducer reads only the focus, and an edge is drawn
      // between node centres, which a change of size or label does not move.
      const nodes = changedNodes(previous, look.view).filter((n) => shown.hasNode(n) && !entered?.has(n));
      // Relations that stayed across a change of level of detail are drawn the other way now;
      // they move to another program, so sigma must index again.
      const edges = relationProgram(previous) !== relationProgram(look.view) ? relationsToRestyle() : [];
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
    const type = relationProgram(look.view);
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
    const oldView = look.view;
    const before = !previous ? look.view : previous.lang === s.lang ? look.view : null;
    look.view = previous ? viewFor(s) : look.view;
    const sel = s.sel
      ? s.sel.type === "actor"
        ? actorNode(s.collapse ? index.rootOf.get(s.sel.id)! : s.sel.id)
        : eventNode(s.sel.id)
      : null;
    const focal = focalSet(s);
    if (focal.events.length) deps.ensureEvents(focal.events);
    const selectedBefore = look.selectedNode;
    look.selectedNode = sel && graph.hasNode(sel) ? sel : null;
    const alsoBefore = look.alsoNodes;
    look.alsoNodes = new Set(
      [
        ...focal.events.map(eventNode),
        ...focal.actors.map((a) => actorNode(s.collapse ? (index.rootOf.get(a) ?? a) : a)),
      ].filter((n) => n !== look.selectedNode && graph.hasNode(n)),
    );
    followPair(s);
    // The same view (a selection, a language switch): nothing came or went.
    const rebuild = oldView.showRollupEdges !== look.view.showRollupEdges;
    refreshFocus(before, previous && look.view !== oldView ? followView(rebuild) : null);
    drawBeforePaint();
    cameraOf.follow(
      { selected: look.selectedNode, also: look.alsoNodes },
      { selected: selectedBefore, also: alsoBefore },
      s,
      previous,
    );
    if (!previous || previous.lang !== s.lang) cameraOf.renderControls(controls, s.lang);
    // Presenting: labels big enough to read across a room, times the scale (+ − 0; an inline style).
    const scale = Number(document.body.style.getPropertyValue("--pres-zoom")) || 1;
    const labelSize = s.story ? Math.round(PRESENTING_LABEL_SIZE * scale) : LABEL_SIZE;
    if (renderer.getSetting("labelSize") !== labelSize) renderer.setSetting("labelSize", labelSize);
    container.classList.toggle("is-empty", d.inWindow.length === 0);
    container.dataset.visibleNodes = String(look.view.visibleNodes.size);
    const r = look.view.reduced;
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
    const pair = pairFocusFor(index, s);
    if (pair) deps.ensureEvents(pair.events);
    look.pairCentres = pair?.centres ?? new Set();
    pairFocus = pair?.focus ?? null;
  }

  renderer.on("enterNode", ({ node }) => {
    look.hovered = node;
    canvas.style.cursor = "pointer";
    refreshFocus();
  });
  renderer.on("leaveNode", () => {
    look.hovered = null;
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

  // sigma's constructor has drawn the graph once already.
  let updates = 0; // store changes handled (networkProbe.ts)
  exposeNetworkProbe({
    renderer,
    shown: () => shown,
    labelsApart,
    canvas,
    updates: () => updates,
    focal: () => {
      const box = look.selectedNode && claimed.get(look.selectedNode);
      return box ? { box, label: look.selectedNode } : null;
    },
    // The focal labels of the last frame: the selection's and the other picks' (not a pair's centres).
    focalLabels: () => ({
      boxes: (look.selectedNode ? [look.selectedNode, ...look.alsoNodes] : [...look.alsoNodes]).flatMap((node) => {
        const box = claimed.get(node);
        return box ? [{ node, box }] : [];
      }),
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    }),
    imageLabels: () => imageLabels,
  });
  deps.capabilities.network = networkCapabilities(
    renderer,
    (width, height) => cameraOf.forImage(width, height),
    focalNodes,
    () => look.view,
    (labels) => {
      imageLabels.push(labels);
      if (imageLabels.length > 40) imageLabels.shift();
    },
  );
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
