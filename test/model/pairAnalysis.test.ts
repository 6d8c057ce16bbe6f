import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/dataFiles.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { filterEvents } from "../../src/model/filterEvents.ts";
import { buildChainGraph, chainInput, findChainSteps, namedChain, shortestChain } from "../../src/model/chainSearch.ts";
import { analysePair, byBrokerage, eventsOfIntermediary } from "../../src/model/pairAnalysis.ts";
import { realIndex } from "../fixtures/realIndex.ts";

const cite = [{ source: "s", quote: "q", lang: "en" as const }];
const actor = (id: string, parent?: string) => ({
  id,
  name: { en: id, zh: id },
  type: "state" as const,
  ...(parent ? { parent } : {}),
});
const event = (id: string, start: string, actors: string[]) => ({
  id,
  date: { start },
  title: { en: id, zh: id },
  summary: { en: id, zh: id },
  kind: "meeting" as const,
  actors: actors.map((a) => ({ id: a, role: "participant" as const })),
  themes: ["t"],
  planned: false,
  sources: cite,
});

// A and its body A1; B; brokers X (two events with A's side, one with B), Y (one and one), Z (A only).
const dataset: Dataset = {
  sources: [],
  themes: [{ id: "t", label: { en: "t", zh: "t" }, definition: { en: "t", zh: "t" } }],
  stories: [],
  actors: ["a", "b", "x", "y", "z", "far", "w"].map((id) => actor(id)).concat([actor("a1", "a"), actor("y1", "y")]),
  events: [
    event("e3", "2003", ["a1", "b"]),
    event("e1", "2001", ["a", "b", "y1"]),
    event("e2", "2002", ["a", "x"]),
    event("e4", "2004", ["a1", "x", "z"]),
    event("e5", "2005", ["b", "x"]),
    event("e6", "2006", ["y", "b"]),
    event("e7", "2007", ["far", "w"]),
    event("e8", "2008", ["w", "z"]),
  ],
  relations: [
    { id: "r2", type: "member", from: "a", to: "b", start: "2016-06-30", sources: cite },
    { id: "r1", type: "observer", from: "a", to: "b", start: "2001-06", end: "2016-06-30", sources: cite },
    { id: "r3", type: "hosts", from: "b", to: "a1", sources: cite },
    { id: "r4", type: "partner", from: "x", to: "z", sources: cite },
  ],
};
const index = buildDatasetIndex(dataset);

describe("analysePair (table fixture)", () => {
  const p = analysePair(index, "a", "b");
  it("takes each actor with its bodies", () => {
    expect(p.familyA.sort()).toEqual(["a", "a1"]);
    expect(p.familyB).toEqual(["b"]);
  });
  it("lists relations between the families, earliest first, undated last", () => {
    expect(p.relations.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
  });
  it("lists shared events in date order", () => expect(p.shared).toEqual(["e1", "e3"]));
  it("ranks intermediaries by the fewer of their two counts, then the total", () => {
    expect(p.intermediaries.map((i) => [i.id, i.withA, i.withB])).toEqual([
      ["x", ["e2", "e4"], ["e5"]],
      ["y1", ["e1"], ["e1"]],
    ]);
    expect(eventsOfIntermediary(index, p.intermediaries[0])).toEqual(["e2", "e4", "e5"]);
  });
  it("folds intermediaries into their top parents when the hierarchy is collapsed", () => {
    const c = analysePair(index, "a", "b", { collapse: true });
    expect(c.intermediaries.map((i) => [i.id, i.withA.length, i.withB.length])).toEqual([
      ["x", 2, 1],
      ["y", 1, 2],
    ]);
  });
  it("sorts by brokerage as a total order", () => {
    const i = (id: string, a: number, b: number) => ({ id, withA: Array(a).fill("e"), withB: Array(b).fill("e") });
    expect([i("p", 5, 1), i("q", 2, 2), i("r", 2, 3), i("s", 2, 2)].sort(byBrokerage).map((x) => x.id)).toEqual([
      "r",
      "q",
      "s",
      "p",
    ]);
  });
  it.each([
    [
      "a",
      "b",
      [
        ["a", "event"],
        ["b", null],
      ],
    ],
    [
      "far",
      "a",
      [
        ["far", "event"],
        ["w", "event"],
        ["z", "event"],
        ["a", null],
      ],
    ],
  ])("the shortest chain %s → %s", (from, to, expected) => {
    const chain = shortestChain(index, from, to)!;
    expect(chain.map((l) => [l.actor, l.via?.type ?? null])).toEqual(expected);
  });
  it("finds the same chain from the worker's copy of the input (structured clone)", () => {
    const { input, ids } = chainInput(index);
    const g = buildChainGraph(structuredClone(input));
    const steps = findChainSteps(g, ids.slotOf.get("far")!, ids.slotOf.get("a")!)!;
    expect(namedChain(steps, ids)).toEqual(shortestChain(index, "far", "a"));
  });
  it("ties an event to its actors' ancestors, each once", () => {
    const { input, ids } = chainInput(index);
    const g = buildChainGraph(input);
    const named = (node: string) =>
      g
        .neighbors(node)
        .map((n) => ids.actors[Number(n.slice(1))])
        .sort();
    expect(named(`e${ids.events.indexOf("e3")}`)).toEqual(["a", "a1", "b"]);
    expect(named(`e${ids.events.indexOf("e1")}`)).toEqual(["a", "b", "y", "y1"]);
    expect(named(`r${ids.relations.indexOf("r3")}`)).toEqual(["a1", "b"]);
  });
  it("finds no chain to an isolated actor", () => {
    const lonely = buildDatasetIndex({ ...dataset, actors: [...dataset.actors, actor("lonely")] });
    expect(shortestChain(lonely, "a", "lonely")).toBeNull();
  });
});

describe("analysePair on the curated data: China and IOM", () => {
  const p = analysePair(realIndex, "state-china", "iom");
  it("has the ten events in which both (with their bodies) take part, as the 'all of' filter does", () => {
    expect(p.shared).toHaveLength(10);
    const allOf = filterEvents(realIndex, {
      themes: [],
      actors: ["state-china", "iom"],
      match: "all",
      kinds: [],
      q: "",
      hidePlanned: false,
    });
    expect(p.shared).toEqual(allOf);
    expect(p.shared.slice(0, 3)).toEqual([
      "china-iom-observer-2001",
      "china-iom-office-agreement-2006",
      "iom-china-office-opens-2007",
    ]);
  });
  it("has the observer status, the liaison office, then membership, in date order", () => {
    expect(p.relations.slice(0, 3).map((r) => r.id)).toEqual([
      "china-iom-observer",
      "china-hosts-iom-liaison-office",
      "china-iom-member",
    ]);
  });
  it("finds the brokers the documents show", () => {
    const ids = p.intermediaries.map((i) => i.id);
    for (const broker of ["eu-china-dialogue-project", "eu-delegation-china", "state-netherlands"])
      expect(ids.slice(0, 15)).toContain(broker);
    expect(ids.some((id) => id.startsWith("ilo"))).toBe(true);
    for (const i of p.intermediaries) {
      expect(i.withA.length).toBeGreaterThan(0);
      expect(i.withB.length).toBeGreaterThan(0);
    }
  });
  it("is linked directly: a shared event, and the search finds the same one-tie chain", () => {
    expect(p.shared.length).toBeGreaterThan(0);
    expect(shortestChain(realIndex, "state-china", "iom")).toHaveLength(2);
  });
});
