/**
 * The actor graph, built in full for a dataset of ordinary size; for a big one, actors and
 * relations first and the events as they are needed. At 100× the data the events are four fifths
 * of the graph (≈0.5 s of graph building on the page), while the first view of a wide window
 * draws only the most active actors and their relations (the network's level of detail). The rest
 * is added between frames after the first draw, before anything needs the whole graph (the layout
 * worker, exports).
 */
import { addEventToGraph, buildActorGraph, eventNode, type ActorGraph } from "./buildActorGraph.ts";
import type { DatasetIndex } from "./datasetIndex.ts";

/** Up to this many events, the graph is built whole at once (the curated data has ~200). */
export const EAGER_EVENTS = 5000;

export interface ActorGraphHandle {
  graph: ActorGraph;
  /** Adds these events (nodes, role and rollup edges) if they are not in yet. */
  ensureEvents(ids: Iterable<string>): void;
  isComplete(): boolean;
  /** Adds every event still missing, now. */
  ensureAll(): void;
  /** Adds every event still missing, `slice` at a time, awaiting `pause` between slices. */
  completeInSlices(pause: () => Promise<void>, slice?: number): Promise<void>;
}

export function createActorGraph(index: DatasetIndex, eagerUpTo = EAGER_EVENTS): ActorGraphHandle {
  const events = index.dataset.events;
  const eager = events.length <= eagerUpTo;
  const graph = buildActorGraph(index, { events: eager });
  let missing = eager ? 0 : events.length;
  const add = (id: string) => {
    const e = index.eventsById.get(id);
    if (!e || graph.hasNode(eventNode(id))) return;
    addEventToGraph(graph, index, e);
    missing--;
  };
  const ensureAll = () => {
    if (missing) for (const e of events) add(e.id);
  };
  return {
    graph,
    ensureEvents: (ids) => {
      if (missing) for (const id of ids) add(id);
    },
    isComplete: () => missing === 0,
    ensureAll,
    completeInSlices: async (pause, slice = 2000) => {
      for (let i = 0; missing && i < events.length; i += slice) {
        await pause();
        for (const e of events.slice(i, i + slice)) add(e.id);
      }
    },
  };
}
