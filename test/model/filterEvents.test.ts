import { describe, expect, it } from "vitest";
import path from "node:path";
import { generateDataset } from "../../scripts/bench/generateDataset.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { buildDatasetIndex, withDescendants } from "../../src/model/datasetIndex.ts";
import { eventsInWindow, filterEvents, searchTerms } from "../../src/model/filterEvents.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";
import { startMs } from "../../src/data/partialDate.ts";

const index = buildDatasetIndex(miniDataset());
const none = getDefaultViewState();

describe("filterEvents", () => {
  it("returns every event chronologically with no filters", () => {
    expect(filterEvents(index, none)).toEqual(["china-observer", "china-joins-iom"]);
  });
  it.each([
    ["theme", { themes: ["governance"] }, ["china-observer", "china-joins-iom"]],
    ["unknown theme", { themes: ["nothing"] }, []],
    ["kind", { kinds: ["membership"] }, ["china-observer", "china-joins-iom"]],
    ["actor", { actors: ["iom"] }, ["china-joins-iom"]],
    ["parent actor includes its children", { actors: ["china"] }, ["china-observer", "china-joins-iom"]],
    ["English text", { q: "observer" }, ["china-observer"]],
    ["Chinese text", { q: "观察员" }, ["china-observer"]],
    ["every term must match", { q: "china member" }, ["china-joins-iom"]],
    ["case-insensitive", { q: "MEMBER" }, ["china-joins-iom"]],
    ["planned hidden", { hidePlanned: true }, ["china-observer", "china-joins-iom"]],
  ])("filters by %s", (_name, f, expected) => {
    expect(filterEvents(index, { ...none, ...f })).toEqual(expected);
  });
  it.each([
    ["any of two actors: either", "any", ["iom", "china"], ["china-observer", "china-joins-iom"]],
    ["all of two actors: both", "all", ["iom", "china"], ["china-joins-iom"]],
    ["all of one actor is that actor's events", "all", ["iom"], ["china-joins-iom"]],
    ["all of a body and another actor", "all", ["mps", "iom"], []],
  ] as const)("%s", (_name, match, actors, expected) => {
    expect(filterEvents(index, { ...none, match, actors: [...actors] })).toEqual(expected);
  });
  it("all of counts each actor with its bodies", () => {
    const d = miniDataset();
    for (const e of d.events)
      e.actors =
        e.id === "china-joins-iom"
          ? [
              { id: "mps", role: "participant" },
              { id: "iom", role: "host" },
            ]
          : [{ id: "china", role: "subject" }];
    const idx = buildDatasetIndex(d);
    expect(filterEvents(idx, { ...none, match: "all", actors: ["china", "iom"] })).toEqual(["china-joins-iom"]);
    expect(filterEvents(idx, { ...none, match: "all", actors: ["mps", "iom"] })).toEqual(["china-joins-iom"]);
  });
  it("a child actor does not pull in its parent's events", () => {
    const d = miniDataset();
    d.events[1].actors = [{ id: "mps", role: "participant" }];
    const idx = buildDatasetIndex(d);
    expect(filterEvents(idx, { ...none, actors: ["mps"] })).toEqual(["china-observer"]);
    expect(filterEvents(idx, { ...none, actors: ["china"] })).toEqual(["china-observer", "china-joins-iom"]);
  });
  it("hides planned events when asked", () => {
    const d = miniDataset();
    d.events[0].planned = true;
    const idx = buildDatasetIndex(d);
    expect(filterEvents(idx, { ...none, hidePlanned: true })).toEqual(["china-observer"]);
  });
  it("splits search terms on whitespace", () => {
    expect(searchTerms("  IOM  China ")).toEqual(["iom", "china"]);
  });
});

describe("eventsInWindow", () => {
  const all = filterEvents(index, none);
  it("keeps events overlapping the window, a month-precision date spanning its month", () => {
    expect(eventsInWindow(index, all, startMs("2001-06-30"), startMs("2001-07-01"))).toEqual(["china-observer"]);
    expect(eventsInWindow(index, all, startMs("2001-07-01"), startMs("2016-06-30"))).toEqual([]);
    expect(eventsInWindow(index, all, startMs("2016-06-30"), startMs("2016-07-01"))).toEqual(["china-joins-iom"]);
  });
});

describe("filterEvents with actors chosen, tested on their events only", () => {
  const real = checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset;
  const big = buildDatasetIndex(generateDataset(real, 3, 5));
  /** Every event tested, as the filter did before it looked only at the chosen actors' events. */
  const everyEvent = (actors: string[], match: "any" | "all") => {
    const families = actors.map((a) => new Set(withDescendants(big, a)));
    const meets = (id: string, family: Set<string>) => big.eventsById.get(id)!.actors.some((a) => family.has(a.id));
    return big.chronological.filter((id) =>
      match === "all" ? families.every((f) => meets(id, f)) : families.some((f) => meets(id, f)),
    );
  };
  it("gives the same events, in the same order, for any and all of several actors", () => {
    const roots = big.dataset.actors.filter((a) => !a.parent).map((a) => a.id);
    for (let i = 0; i < 40; i++) {
      const actors = [roots[(i * 7) % roots.length], roots[(i * 13 + 3) % roots.length], big.dataset.actors[i * 5].id];
      for (const match of ["any", "all"] as const)
        expect(filterEvents(big, { ...none, actors: actors.slice(0, 2 + (i % 2)), match })).toEqual(
          everyEvent(actors.slice(0, 2 + (i % 2)), match),
        );
    }
    // China and IOM in the curated data: their shared events.
    const curated = buildDatasetIndex(real);
    expect(filterEvents(curated, { ...none, actors: ["state-china", "iom"], match: "all" }).length).toBeGreaterThan(5);
  });
});
