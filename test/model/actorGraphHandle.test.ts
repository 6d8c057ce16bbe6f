import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/bench/generateDataset.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { createActorGraph } from "../../src/model/actorGraphHandle.ts";
import { buildActorGraph, type ActorGraph } from "../../src/model/buildActorGraph.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { graphSignature } from "../../src/model/graphSignature.ts";
import { createVisibleSubgraph, syncVisibleSubgraph } from "../../src/model/visibleSubgraph.ts";

const real = checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset;
const index = buildDatasetIndex(generateDataset(real, 3, 5));

const contents = (g: ActorGraph) => ({
  nodes: Object.fromEntries(g.mapNodes((n, a) => [n, a])),
  edges: Object.fromEntries(g.mapEdges((e, a, s, t) => [e, { a, ends: [s, t].sort() }])),
});

describe("createActorGraph", () => {
  it("builds a dataset of ordinary size whole, as buildActorGraph does", () => {
    const handle = createActorGraph(index);
    expect(handle.isComplete()).toBe(true);
    expect(contents(handle.graph)).toEqual(contents(buildActorGraph(index)));
  });
  it("for a big dataset, starts with actors and relations only and adds events on demand, once", () => {
    const handle = createActorGraph(index, 10);
    const g = handle.graph;
    expect(handle.isComplete()).toBe(false);
    expect(g.filterNodes((_, a) => a.nodeType === "event")).toEqual([]);
    expect(g.filterEdges((_, a) => a.edgeType !== "relation")).toEqual([]);
    const some = index.chronological.slice(100, 130);
    handle.ensureEvents(some);
    handle.ensureEvents(some);
    const full = buildActorGraph(index);
    expect(g.filterNodes((_, a) => a.nodeType === "event").sort()).toEqual(some.map((id) => `e:${id}`).sort());
    for (const id of some) expect(g.edges(`e:${id}`).sort(), id).toEqual(full.edges(`e:${id}`).sort());
    handle.ensureEvents(["no-such-event"]);
    expect(handle.isComplete()).toBe(false);
  });
  it("once complete, holds exactly the whole graph, with the same layout signature", async () => {
    const handle = createActorGraph(index, 10);
    handle.ensureEvents(index.chronological.slice(-50));
    let pauses = 0;
    await handle.completeInSlices(async () => void pauses++, 100);
    expect(handle.isComplete()).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(index.dataset.events.length / 100));
    const full = buildActorGraph(index);
    expect(contents(handle.graph)).toEqual(contents(full));
    expect(graphSignature(handle.graph)).toBe(graphSignature(full));
    const eagerly = createActorGraph(index, 10);
    eagerly.ensureAll();
    expect(contents(eagerly.graph)).toEqual(contents(full));
  });
  it("the visible subgraph picks up edges added after it first read a node's edges", () => {
    const handle = createActorGraph(index, 10);
    const shown = createVisibleSubgraph();
    // An actor with events but few relations: its (cached) edge list is shorter than what is
    // shown, so the subgraph reads that list rather than asking the graph pair by pair.
    const busiest = [...index.eventsOfActor]
      .filter(([, evs]) => evs.length >= 5)
      .sort((a, b) => handle.graph.degree(`a:${a[0]}`) - handle.graph.degree(`a:${b[0]}`))[0];
    const actor = `a:${busiest[0]}`;
    syncVisibleSubgraph(handle.graph, shown, new Set([actor]));
    syncVisibleSubgraph(handle.graph, shown, new Set());
    const events = busiest[1].slice(0, 5);
    handle.ensureEvents(events);
    // The events come in first; then the actor, whose edges to them only it can bring.
    syncVisibleSubgraph(handle.graph, shown, new Set(events.map((id) => `e:${id}`)));
    syncVisibleSubgraph(handle.graph, shown, new Set([actor, ...events.map((id) => `e:${id}`)]));
    for (const id of events) expect(shown.hasEdge(`p:${id}:${busiest[0]}`), id).toBe(true);
  });
});
