import { describe, expect, it } from "vitest";
import { buildActorGraph } from "../../src/model/buildActorGraph.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { computeGraphView } from "../../src/model/graphView.ts";
import {
  copyPositions,
  createVisibleSubgraph,
  graphBox,
  syncVisibleSubgraph,
} from "../../src/model/visibleSubgraph.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

function fixture() {
  const d = miniDataset();
  d.events[1].actors = [{ id: "mps", role: "participant" }];
  const index = buildDatasetIndex(d);
  return { index, full: buildActorGraph(index) };
}

const opts = { hidePersons: false, collapse: false };

describe("syncVisibleSubgraph", () => {
  it("holds exactly the visible nodes and the full graph's edges between them, with their keys", () => {
    const { index, full } = fixture();
    const shown = createVisibleSubgraph();
    const v = computeGraphView(index, ["china-joins-iom"], opts);
    const { added, dropped } = syncVisibleSubgraph(full, shown, v.visibleNodes);
    expect(shown.nodes().sort()).toEqual(["a:china", "a:iom", "e:china-joins-iom"]);
    // Roles of the event, and the relation between the two actors now both on screen.
    expect(shown.edges().sort()).toEqual([
      "p:china-joins-iom:china",
      "p:china-joins-iom:iom",
      "rel:china-iom-observer",
    ]);
    expect(added.sort()).toEqual(shown.nodes().sort());
    expect(dropped).toEqual([]);
    expect(shown.getNodeAttributes("a:iom")).toEqual(full.getNodeAttributes("a:iom"));
  });
  it("follows a change of view both ways, reporting only what moved in or out", () => {
    const { index, full } = fixture();
    const shown = createVisibleSubgraph();
    syncVisibleSubgraph(full, shown, computeGraphView(index, ["china-joins-iom"], opts).visibleNodes);
    const both = computeGraphView(index, ["china-joins-iom", "china-observer"], opts);
    const step = syncVisibleSubgraph(full, shown, both.visibleNodes);
    expect(step.added.sort()).toEqual(["a:mps", "e:china-observer"]);
    // The rollup edge from the new event to China comes in once both ends are there.
    expect(shown.hasEdge("r:china-observer:china")).toBe(true);
    const back = syncVisibleSubgraph(full, shown, computeGraphView(index, ["china-observer"], opts).visibleNodes);
    expect(back.dropped.sort()).toEqual(["a:china", "a:iom", "e:china-joins-iom"]);
    expect(shown.nodes().sort()).toEqual(["a:mps", "e:china-observer"]);
    expect(shown.edges()).toEqual(["p:china-observer:mps"]);
    expect(back.droppedEdges.sort()).toEqual([
      "p:china-joins-iom:china",
      "p:china-joins-iom:iom",
      "r:china-observer:china",
      "rel:china-iom-observer",
    ]);
    // Nothing to do when nothing changed.
    expect(syncVisibleSubgraph(full, shown, new Set(shown.nodes()))).toEqual({
      added: [],
      dropped: [],
      addedEdges: [],
      droppedEdges: [],
    });
  });
  it("finds an edge added to the full graph after its ends were last shown, from either end", () => {
    const { index, full } = fixture();
    const shown = createVisibleSubgraph();
    syncVisibleSubgraph(full, shown, computeGraphView(index, ["china-joins-iom"], opts).visibleNodes);
    syncVisibleSubgraph(full, shown, new Set());
    // A big dataset's events join the full graph after the first draw.
    full.addEdgeWithKey("late", "a:china", "a:iom", { ...full.getEdgeAttributes("rel:china-iom-observer") });
    // The end that comes in last finds the edge in its own list (used while the node has fewer
    // edges than are shown): China's (the source), then IOM's (the target).
    for (const last of ["a:china", "a:iom"]) {
      const others = full.nodes().filter((n) => n !== last);
      syncVisibleSubgraph(full, shown, new Set(others));
      expect(full.degree(last)).toBeLessThanOrEqual(shown.order);
      const step = syncVisibleSubgraph(full, shown, new Set([...others, last]));
      expect(step.added).toEqual([last]);
      expect(step.addedEdges).toContain("late");
      expect(step.addedEdges.sort()).toEqual(full.edges(last).sort());
      syncVisibleSubgraph(full, shown, new Set());
    }
  });
  it("leaves out the edges the caller does not want (rollups outside the collapsed mode)", () => {
    const { index, full } = fixture();
    const shown = createVisibleSubgraph();
    const both = computeGraphView(index, ["china-joins-iom", "china-observer"], opts);
    const step = syncVisibleSubgraph(full, shown, both.visibleNodes, (a) => a.edgeType !== "rollup");
    expect(shown.hasEdge("r:china-observer:china")).toBe(false);
    expect(step.addedEdges.sort()).toEqual(shown.edges().sort());
  });
  it("takes later positions from the full graph and frames with the full graph's box", () => {
    const { index, full } = fixture();
    const shown = createVisibleSubgraph();
    syncVisibleSubgraph(full, shown, computeGraphView(index, ["china-joins-iom"], opts).visibleNodes);
    full.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x + 10, y: -a.y }));
    copyPositions(full, shown);
    expect(shown.getNodeAttribute("a:iom", "x")).toBe(full.getNodeAttribute("a:iom", "x"));
    const box = graphBox(full);
    full.forEachNode((_, a) => {
      expect(a.x).toBeGreaterThanOrEqual(box.x[0]);
      expect(a.x).toBeLessThanOrEqual(box.x[1]);
    });
    expect(box.x[0]).toBe(Math.min(...full.mapNodes((_, a) => a.x)));
  });
});
