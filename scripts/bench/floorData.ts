/**
 * What the library floor page (floor/floor.ts) draws: the items and the graph Liaison shows in the
 * benchmark's window, worked out here with the app's own model, so that the page only hands them
 * to vis-timeline and sigma. The floor is then what those libraries alone cost for the same work
 * on the same machine — what no code around them can go below.
 */
import type { Dataset } from "../../src/data/dataFiles.ts";
import { endMs, startMs } from "../../src/data/partialDate.ts";
import { actorNode, buildActorGraph } from "../../src/model/buildActorGraph.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { eventsInWindow, filterEvents } from "../../src/model/filterEvents.ts";
import { computeGraphView } from "../../src/model/graphView.ts";

export interface FloorData {
  window: { start: number; end: number };
  /** Every event as a timeline item (title only), as Liaison's timeline holds them unfiltered */
  items: Array<{ id: string; start: number; end?: number; title: string }>;
  /** The items a theme filter takes out (and its toggle brings back) */
  toggledItems: string[];
  /** The items an actor selection highlights */
  selectedItems: string[];
  /** The network in the window: positioned nodes and their edges */
  nodes: Array<{ key: string; x: number; y: number; size: number; label: string; color: string }>;
  edges: Array<[string, string]>;
  /** The nodes the same theme filter takes out of the network */
  toggledNodes: string[];
  /** The selected actor's node and its neighbours (the network's focus) */
  selectedNodes: string[];
}

const DAY = 86_400_000;

export function floorData(
  dataset: Dataset,
  positions: Record<string, [number, number]>,
  opts: { from: string; to: string; theme: string; actor: string },
): FloorData {
  const index = buildDatasetIndex(dataset);
  const graph = buildActorGraph(index);
  const window = { start: startMs(opts.from), end: startMs(opts.to) + DAY };
  const none = { themes: [], actors: [], kinds: [], q: "", hidePlanned: false };
  const all = filterEvents(index, none);
  const themed = new Set(filterEvents(index, { ...none, themes: [opts.theme] }));
  const viewOf = (ids: string[]) =>
    computeGraphView(index, eventsInWindow(index, ids, window.start, window.end), {
      hidePersons: false,
      collapse: false,
    });
  const view = viewOf(all);
  const themedView = viewOf([...themed]);
  const nodes = [...view.visibleNodes].map((key) => {
    const [x, y] = positions[key] ?? [0, 0];
    const attrs = graph.getNodeAttributes(key);
    return { key, x, y, size: attrs.nodeType === "actor" ? 6 : 2, label: attrs.label, color: "#3b6ea8" };
  });
  const edges: Array<[string, string]> = [];
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (view.visibleNodes.has(source) && view.visibleNodes.has(target)) edges.push([source, target]);
  });
  const actorKey = actorNode(opts.actor);
  const selectedNodes = view.visibleNodes.has(actorKey)
    ? [actorKey, ...graph.neighbors(actorKey).filter((n) => view.visibleNodes.has(n))]
    : [];
  return {
    window,
    items: dataset.events.map((e) => {
      // A span when the text gives one (or only a year or month): a point otherwise.
      const start = startMs(e.date.start);
      const end = endMs(e.date.end ?? e.date.start);
      return { id: e.id, start, ...(end > start + DAY ? { end } : {}), title: e.title.en };
    }),
    toggledItems: dataset.events.filter((e) => !themed.has(e.id)).map((e) => e.id),
    selectedItems: dataset.events.filter((e) => e.actors.some((a) => a.id === opts.actor)).map((e) => e.id),
    nodes,
    edges,
    toggledNodes: [...view.visibleNodes].filter((n) => !themedView.visibleNodes.has(n)),
    selectedNodes: [...new Set(selectedNodes)],
  };
}
