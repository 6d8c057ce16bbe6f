import { describe, expect, it } from "vitest";
import { buildActorGraph, seededPosition } from "../../src/model/buildActorGraph.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import {
  ACTOR_BUDGET,
  actorBudgetFor,
  actorSize,
  AREA_PER_ACTOR,
  changedNodes,
  computeGraphView,
  MIN_ACTOR_BUDGET,
} from "../../src/model/graphView.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

function fixture() {
  const d = miniDataset();
  // MPS (child of China) takes part in the observer event; China joins IOM.
  d.events[1].actors = [{ id: "mps", role: "participant" }];
  return buildDatasetIndex(d);
}

describe("buildActorGraph", () => {
  it("has actor and event nodes, role edges, rollup edges to the topmost ancestor and relation edges", () => {
    const g = buildActorGraph(fixture());
    expect(g.nodes().sort()).toEqual(["a:china", "a:iom", "a:mps", "e:china-joins-iom", "e:china-observer"]);
    expect(g.edges().sort()).toEqual([
      "p:china-joins-iom:china",
      "p:china-joins-iom:iom",
      "p:china-observer:mps",
      "r:china-observer:china",
      "rel:china-iom-observer",
    ]);
    expect(g.getEdgeAttribute("r:china-observer:china", "weight")).toBe(0);
  });
  it("merges two roles of one actor in one event into one edge", () => {
    const d = miniDataset();
    d.events[0].actors.push({ id: "china", role: "signatory" });
    const g = buildActorGraph(buildDatasetIndex(d));
    expect(g.getEdgeAttribute("p:china-joins-iom:china", "roles")).toEqual(["applicant", "signatory"]);
  });
  it("seeds positions deterministically", () => {
    expect(seededPosition("iom")).toEqual(seededPosition("iom"));
    expect(seededPosition("iom")).not.toEqual(seededPosition("ilo"));
  });
});

describe("computeGraphView", () => {
  const index = fixture();
  it("shows the visible events and the actors in them, sized by event count", () => {
    const v = computeGraphView(index, ["china-joins-iom", "china-observer"], { hidePersons: false, collapse: false });
    expect([...v.visibleNodes].sort()).toEqual(["a:china", "a:iom", "a:mps", "e:china-joins-iom", "e:china-observer"]);
    expect(v.actorCounts.get("a:china")).toBe(1);
    expect(v.showRollupEdges).toBe(false);
  });
  it("collapsing the hierarchy shows MPS as China", () => {
    const v = computeGraphView(index, ["china-joins-iom", "china-observer"], { hidePersons: false, collapse: true });
    expect(v.visibleNodes.has("a:mps")).toBe(false);
    expect(v.actorCounts.get("a:china")).toBe(2);
    expect(v.showRollupEdges).toBe(true);
  });
  it("filtering to one event hides the rest", () => {
    const v = computeGraphView(index, ["china-observer"], { hidePersons: false, collapse: false });
    expect([...v.visibleNodes].sort()).toEqual(["a:mps", "e:china-observer"]);
  });
  it("lists exactly the nodes whose drawing changes between two views", () => {
    const opts = { hidePersons: false, collapse: false, labelCount: 1 };
    const both = computeGraphView(index, ["china-joins-iom", "china-observer"], opts);
    const one = computeGraphView(index, ["china-joins-iom"], opts);
    expect(changedNodes(both, both)).toEqual([]);
    // The observer event and MPS disappear; China and IOM keep their counts and labels.
    expect(changedNodes(both, one).sort()).toEqual(["a:mps", "e:china-observer"]);
    expect(changedNodes(one, both).sort()).toEqual(["a:mps", "e:china-observer"]);
    // Collapsing: MPS goes, China's count grows (its size changes).
    const collapsed = computeGraphView(index, ["china-joins-iom", "china-observer"], { ...opts, collapse: true });
    expect(changedNodes(both, collapsed).sort()).toEqual(["a:china", "a:mps"]);
  });
  it("counts a change of permanent label as a change", () => {
    const a = computeGraphView(index, ["china-joins-iom"], { hidePersons: false, collapse: false, labelCount: 1 });
    const b = computeGraphView(index, ["china-joins-iom"], { hidePersons: false, collapse: false, labelCount: 0 });
    expect(changedNodes(a, b)).toHaveLength(1);
  });
  it("always labels IOM and China (the subject) where they are drawn, whatever the label count", () => {
    const v = computeGraphView(index, ["china-joins-iom"], { hidePersons: false, collapse: false, labelCount: 0 });
    expect([...v.labelled]).toEqual(["a:iom"]);
    const reduced = computeGraphView(index, ["china-joins-iom", "china-observer"], {
      hidePersons: false,
      collapse: false,
      labelCount: 0,
      nodeBudget: 4,
      actorBudget: 2,
    });
    expect([...reduced.labelled]).toEqual(["a:iom"]);
  });
  it("beyond its node budget shows only the most active actors, and says what it left out", () => {
    const all = computeGraphView(index, ["china-joins-iom", "china-observer"], { hidePersons: false, collapse: false });
    expect(all.reduced).toBeNull();
    const v = computeGraphView(index, ["china-joins-iom", "china-observer"], {
      hidePersons: false,
      collapse: false,
      nodeBudget: 4,
      actorBudget: 2,
    });
    // 5 nodes > 4: event nodes go, the 2 busiest actors stay (ties broken by id).
    expect(v.reduced).toEqual({ events: 2, actors: 3, shown: 2 });
    expect([...v.visibleNodes].sort()).toEqual(["a:china", "a:iom"]);
    expect([...v.actorCounts.keys()].sort()).toEqual(["a:china", "a:iom"]);
  });
  it("draws as many actors in the reduced view as the canvas area allows, in steps, within bounds", () => {
    // The benchmark's 1600 × 900 window: a 535 × 586 network panel.
    expect(actorBudgetFor(535, 586)).toBe(500);
    expect(actorBudgetFor(1000, 900)).toBe(1500);
    expect(actorBudgetFor(4000, 3000)).toBe(ACTOR_BUDGET);
    // A phone, a hidden panel (no size yet): the floor.
    expect(actorBudgetFor(360, 200)).toBe(MIN_ACTOR_BUDGET);
    expect(actorBudgetFor(0, 0)).toBe(MIN_ACTOR_BUDGET);
    // A few pixels of a dragged edge do not change it; twice the area about doubles it.
    expect(actorBudgetFor(536, 587)).toBe(actorBudgetFor(535, 586));
    expect(actorBudgetFor(535 * 2, 586)).toBe(Math.round((535 * 2 * 586) / AREA_PER_ACTOR / 50) * 50);
  });
  it("grows actor size with the square root of visible events", () => {
    expect(actorSize(4)).toBeCloseTo(actorSize(1) + 2.2);
  });
});
