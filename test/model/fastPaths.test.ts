/**
 * The indexed and cached paths that keep pans and filters fast on big datasets, held against
 * plain reference implementations (the straightforward code they replaced) on a 10× synthetic
 * dataset with the real data's shape, over many windows, filters and modes.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, seededRandom } from "../../scripts/bench/generateDataset.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { actorNode, buildActorGraph, eventNode, type EdgeAttrs } from "../../src/model/buildActorGraph.ts";
import { buildDatasetIndex, type DatasetIndex } from "../../src/model/datasetIndex.ts";
import { eventsInWindow, filterEvents } from "../../src/model/filterEvents.ts";
import { byActivity, computeGraphView, topByActivity } from "../../src/model/graphView.ts";
import { buildOverviewBins } from "../../src/model/overviewBins.ts";
import { eventsNearWindow, planTimeline } from "../../src/model/timelinePlan.ts";
import { groupsOfEvent } from "../../src/model/timelineItems.ts";
import { createVisibleSubgraph, syncVisibleSubgraph } from "../../src/model/visibleSubgraph.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";

const real = checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset;
const index = buildDatasetIndex(generateDataset(real, 10, 42));
const random = seededRandom(9);
const YEAR = 365.25 * 864e5;

function randomWindow() {
  const start = index.extent.start + random() * (index.extent.end - index.extent.start);
  return { start, end: start + (0.05 + random() * 6) * YEAR };
}

const filterSets = [
  index.chronological,
  filterEvents(index, { ...getDefaultViewState(), themes: ["trafficking"] }),
  filterEvents(index, { ...getDefaultViewState(), kinds: ["meeting"] }),
];

const naiveInWindow = (idx: DatasetIndex, ids: string[], from: number, to: number) =>
  ids.filter((id) => idx.spans.get(id)!.start < to && idx.spans.get(id)!.end > from);

describe("eventsInWindow (span columns, stops at the window's end)", () => {
  it("matches a full scan over many windows and filters", () => {
    for (const ids of filterSets)
      for (let i = 0; i < 40; i++) {
        const w = randomWindow();
        expect(eventsInWindow(index, ids, w.start, w.end)).toEqual(naiveInWindow(index, ids, w.start, w.end));
      }
  });
  it("keeps the input order and misses nothing when the list is not in start order", () => {
    const shuffled = [...index.chronological].reverse();
    const w = randomWindow();
    const got = eventsInWindow(index, shuffled, w.start, w.end);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(naiveInWindow(index, shuffled, w.start, w.end));
  });
  it("includes an event that started long before the window and runs into it", () => {
    const long = index.chronological.find((id) => index.spans.get(id)!.end - index.spans.get(id)!.start > YEAR / 2)!;
    const s = index.spans.get(long)!;
    expect(eventsInWindow(index, index.chronological, s.end - 1, s.end + YEAR)).toContain(long);
  });
});

describe("topByActivity", () => {
  it("equals sorting everything and taking the first k, ties broken by key", () => {
    for (let trial = 0; trial < 30; trial++) {
      const counts = new Map<string, number>();
      const n = Math.floor(random() * 400);
      for (let i = 0; i < n; i++) counts.set(`a:${Math.floor(random() * 1000)}`, 1 + Math.floor(random() ** 3 * 12));
      for (const k of [0, 1, 14, 50, n, n + 5]) {
        expect(topByActivity(counts, k)).toEqual([...counts].sort(byActivity).slice(0, Math.max(0, k)));
      }
    }
  });
});

/** The k most active keys, by sorting everything. */
const topKeys = (counts: Map<string, number>, k: number) =>
  [...counts]
    .sort(byActivity)
    .slice(0, k)
    .map(([key]) => key);

describe("computeGraphView (cached per-event keys, counted by slot)", () => {
  // The straightforward version it replaced.
  function reference(idx: DatasetIndex, events: string[], collapse: boolean, hidePersons: boolean) {
    const nodes = new Set<string>();
    const counts = new Map<string, number>();
    for (const id of events) {
      nodes.add(eventNode(id));
      const seen = new Set<string>();
      for (const { id: actor } of idx.eventsById.get(id)!.actors) {
        const shown = collapse ? idx.rootOf.get(actor)! : actor;
        if (hidePersons && idx.actorsById.get(shown)?.type === "person") continue;
        if (seen.has(shown)) continue;
        seen.add(shown);
        nodes.add(actorNode(shown));
        counts.set(actorNode(shown), (counts.get(actorNode(shown)) ?? 0) + 1);
      }
    }
    return { nodes, counts };
  }
  it("counts the same actors and shows the same nodes in every mode", () => {
    for (const collapse of [false, true])
      for (const hidePersons of [false, true])
        for (let i = 0; i < 8; i++) {
          const w = randomWindow();
          const events = eventsInWindow(index, filterSets[i % 3], w.start, w.end);
          const view = computeGraphView(index, events, { collapse, hidePersons, nodeBudget: Infinity, labelCount: 10 });
          const ref = reference(index, events, collapse, hidePersons);
          expect(view.visibleNodes).toEqual(ref.nodes);
          expect(view.actorCounts).toEqual(ref.counts);
          expect([...view.labelled]).toEqual(topKeys(ref.counts, 10));
        }
  });
  it("over budget, keeps exactly the most active actors", () => {
    const events = index.chronological;
    const view = computeGraphView(index, events, {
      collapse: false,
      hidePersons: false,
      nodeBudget: 300,
      actorBudget: 120,
    });
    const ref = reference(index, events, false, false);
    expect(view.reduced).toEqual({ events: events.length, actors: ref.counts.size, shown: 120 });
    expect([...view.visibleNodes]).toEqual(topKeys(ref.counts, 120));
    expect(view.actorCounts).toEqual(new Map(topKeys(ref.counts, 120).map((k) => [k, ref.counts.get(k)])));
    expect([...view.labelled]).toEqual(topKeys(ref.counts, 14));
    // More labels asked for than actors kept: the labels still go to the most active.
    const wide = computeGraphView(index, events, {
      collapse: false,
      hidePersons: false,
      nodeBudget: 300,
      actorBudget: 120,
      labelCount: 200,
    });
    expect([...wide.visibleNodes]).toEqual(topKeys(ref.counts, 120));
    expect([...wide.labelled]).toEqual(topKeys(ref.counts, 200));
  });
});

describe("buildOverviewBins (places worked out once per dataset)", () => {
  it("matches counting each event's start year", () => {
    const years: [number, number] = [2001, 2018];
    for (const ids of filterSets) {
      const bins = buildOverviewBins(index, ids, years);
      for (const bin of bins) {
        const inYear = (id: string) => new Date(index.spans.get(id)!.start).getUTCFullYear() === bin.year;
        expect(bin.total).toBe(index.chronological.filter(inYear).length);
        const mine = ids.filter(inYear);
        expect(bin.filtered).toBe(mine.length);
        for (const slot of bin.byTheme)
          expect(slot.count, `${bin.year} ${slot.theme}`).toBe(
            mine.filter((id) => index.eventsById.get(id)!.themes[0] === slot.theme).length,
          );
      }
    }
  });
});

describe("planTimeline aggregation (rows keyed by month number)", () => {
  it("puts every near event not kept once in the block of its period, per group", () => {
    for (const grouping of ["none", "theme", "actor-type"] as const)
      for (let i = 0; i < 6; i++) {
        const w = randomWindow();
        const near = eventsNearWindow(index, index.chronological, w);
        const keep = new Set(near.slice(0, 3));
        const plan = planTimeline(index, index.chronological, w, { grouping, lang: "en", maxItems: 20, keep });
        if (near.length <= 20) continue;
        expect(plan.represented).toBe(near.length);
        expect(new Set(plan.items.map((x) => x.eventId))).toEqual(keep);
        const expected = near
          .filter((id) => !keep.has(id))
          .reduce((n, id) => n + groupsOfEvent(index, id, grouping).length, 0);
        expect(plan.aggregates.reduce((n, b) => n + b.count, 0)).toBe(expected);
        for (const b of plan.aggregates) {
          expect(new Set(plan.aggregates.map((x) => x.id)).size).toBe(plan.aggregates.length);
          const members = near.filter(
            (id) =>
              !keep.has(id) &&
              groupsOfEvent(index, id, grouping).includes(b.group) &&
              index.spans.get(id)!.start >= b.start &&
              index.spans.get(id)!.start < b.end,
          );
          expect(b.count).toBe(members.length);
        }
      }
  });
});

describe("syncVisibleSubgraph (edges looked up from the smaller side)", () => {
  it("after any sequence of views, holds exactly the induced subgraph the edge rule accepts", () => {
    const full = buildActorGraph(index);
    for (const collapse of [false, true]) {
      const keep = (a: EdgeAttrs) => a.edgeType !== "rollup" || collapse;
      const shown = createVisibleSubgraph();
      let hubPathTaken = false;
      for (let i = 0; i < 12; i++) {
        const w = randomWindow();
        // A small budget now and then: few shown nodes, so hubs take the shown-side path.
        const budget = i % 3 === 0 ? 60 : Infinity;
        const view = computeGraphView(index, eventsInWindow(index, filterSets[i % 3], w.start, w.end), {
          collapse,
          hidePersons: false,
          nodeBudget: budget,
          actorBudget: 40,
        });
        const before = shown.order;
        syncVisibleSubgraph(full, shown, view.visibleNodes, keep);
        for (const n of shown.nodes()) if (full.degree(n) > Math.max(before, shown.order)) hubPathTaken = true;
        expect(new Set(shown.nodes())).toEqual(new Set([...view.visibleNodes].filter((n) => full.hasNode(n))));
        const expected = full.filterEdges(
          (_e, attrs, s, t) => view.visibleNodes.has(s) && view.visibleNodes.has(t) && keep(attrs),
        );
        expect(shown.edges().sort()).toEqual(expected.sort());
      }
      expect(hubPathTaken).toBe(true);
    }
  });
});
