/**
 * The library floor: the items and graph Liaison shows in the benchmark's window (floorData.ts),
 * handed to vis-timeline and sigma with their defaults and nothing around them — no store, no
 * overview, no filter bar, no labels of ours. It marks its first draw with Liaison's own mark
 * names, so the benchmark times both pages with one probe, and offers the same interactions as
 * library calls: a theme toggle (items out and back, nodes hidden and shown) and an actor
 * selection (items highlighted, the network focused).
 */
import Graph from "graphology";
import Sigma from "sigma";
import { DataSet } from "vis-data/esnext";
import { Timeline, type DataItem } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { FloorData } from "../floorData.ts";

type Item = DataItem & { id: string; title: string };

const data = (await (await fetch("./floor-data.json")).json()) as FloorData;
const toItem = (x: FloorData["items"][number]): Item => ({
  id: x.id,
  start: new Date(x.start),
  ...(x.end ? { end: new Date(x.end) } : {}),
  title: x.title,
  content: "",
});

const items = new DataSet<Item>(data.items.map(toItem));
const timeline = new Timeline(document.getElementById("timeline")!, items, {
  height: "100%",
  stack: true,
  orientation: { axis: "top", item: "top" },
  showCurrentTime: false,
  onInitialDrawComplete: () => performance.mark("liaison:timeline-drawn"),
  // Content as a DOM node (vis-timeline's HTML strings go through its sanitizer).
  template: (item: Item) => {
    const span = document.createElement("span");
    span.textContent = item.title;
    return span;
  },
});
timeline.setWindow(new Date(data.window.start), new Date(data.window.end), { animation: false });

const graph = new Graph();
for (const n of data.nodes) graph.addNode(n.key, { x: n.x, y: n.y, size: n.size, label: n.label, color: n.color });
for (const [s, t] of data.edges) graph.mergeEdge(s, t, { size: 0.6, color: "#c7ccd4" });
const hidden = new Set<string>();
let focus: Set<string> | null = null;
let renders = 0;
const renderer = new Sigma(graph, document.getElementById("network")!, {
  labelRenderedSizeThreshold: 6, // labels on the actors only
  nodeReducer: (node, attrs) =>
    hidden.has(node)
      ? { ...attrs, hidden: true }
      : focus && !focus.has(node)
        ? { ...attrs, color: "#e3e6ea", label: "" }
        : attrs,
});
renderer.on("afterRender", () => void renders++);
performance.mark("liaison:network-drawn"); // sigma draws its first frame in its constructor

const removed = new Set(data.toggledItems);
let themed = false;
const floor = {
  renders: () => renders,
  /** A theme on (its items alone, the rest of the network hidden) or off (everything back). */
  toggle() {
    themed = !themed;
    if (themed) {
      items.remove([...removed]);
      for (const n of data.toggledNodes) hidden.add(n);
    } else {
      items.add(data.items.filter((x) => removed.has(x.id)).map(toItem));
      hidden.clear();
    }
    // Positions and sizes do not change: no re-indexing, only the nodes whose drawing did.
    renderer.refresh({ partialGraph: { nodes: data.toggledNodes }, skipIndexation: true });
  },
  /** Select the actor (highlight its items, focus the network on it), or clear the selection. */
  select(on: boolean) {
    items.update(data.selectedItems.map((id) => ({ id, className: on ? "hl" : "" })));
    focus = on ? new Set(data.selectedNodes) : null;
    renderer.refresh({ skipIndexation: true });
  },
};
(window as unknown as { floor: typeof floor }).floor = floor;
