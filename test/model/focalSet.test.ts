import { describe, expect, it } from "vitest";
import {
  addPick,
  focalEvents,
  focalSet,
  nameOfPick,
  picksOf,
  removePick,
  stepPicks,
  withPicks,
} from "../../src/model/focalSet.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { keepFocalWithSelection } from "../../src/state/focalRule.ts";
import { createStore } from "../../src/state/store.ts";

const ev = (id: string) => ({ type: "event" as const, id });
const ac = (id: string) => ({ type: "actor" as const, id });

describe("focal set", () => {
  it("is the selection, then the picks beside it, by kind and without repeats", () => {
    const s = { ...getDefaultViewState(), sel: ev("a"), also: [ac("x"), ev("b"), ev("a")] };
    expect(picksOf(s)).toEqual([ev("a"), ac("x"), ev("b")]);
    expect(focalSet(s)).toEqual({ events: ["a", "b"], actors: ["x"] });
    expect([...focalEvents(s)]).toEqual(["a", "b"]);
  });
  it("leaves a relation out: it is opened from its band, not picked", () => {
    const s = { ...getDefaultViewState(), sel: { type: "relation" as const, id: "r" }, also: [] };
    expect(focalSet(s)).toEqual({ events: [], actors: [] });
  });
  it("adds and removes a step's picks; the first is its selection", () => {
    let v = addPick({ from: "2016-01-01" }, ev("a"));
    expect(v).toEqual({ from: "2016-01-01", sel: ev("a") });
    v = addPick(addPick(v, ac("x")), ev("b"));
    expect(v).toEqual({ from: "2016-01-01", sel: ev("a"), also: [ac("x"), ev("b")] });
    expect(addPick(v, ac("x"))).toBe(v);
    expect(stepPicks(v)).toEqual([ev("a"), ac("x"), ev("b")]);
    expect(removePick(v, 0)).toEqual({ from: "2016-01-01", sel: ac("x"), also: [ev("b")] });
    expect(removePick(removePick(v, 2), 1)).toEqual({ from: "2016-01-01", sel: ev("a") });
    expect(withPicks(v, [])).toEqual({ from: "2016-01-01" });
  });
  it("stops at the schema's limit of picks beside the selection", () => {
    let v = {};
    for (let i = 0; i < 30; i++) v = addPick(v, ev(`e${i}`));
    expect(stepPicks(v)).toHaveLength(21);
  });
});

describe("the store keeps the picks with their selection", () => {
  it("drops them when something else is selected by hand, keeps them when set together", () => {
    const store = createStore({ ...getDefaultViewState(), sel: ev("a"), also: [ev("b")] }, keepFocalWithSelection);
    store.set({ q: "x" });
    expect(store.get().also).toEqual([ev("b")]);
    store.set({ sel: ev("c") });
    expect(store.get().also).toEqual([]);
    store.set({ sel: ev("a"), also: [ac("x")] });
    expect(store.get()).toMatchObject({ sel: ev("a"), also: [ac("x")] });
    store.set({ sel: null });
    expect(store.get().also).toEqual([]);
  });
});

describe("a pick's name", () => {
  it("is the event's title or the actor's name in the language asked, else its id", () => {
    const index = buildDatasetIndex(miniDataset());
    expect(nameOfPick(index, ac("iom"), "zh")).toBe("国际移民组织");
    expect(nameOfPick(index, ev("china-joins-iom"), "en")).toBe(index.eventsById.get("china-joins-iom")!.title.en);
    expect(nameOfPick(index, ac("gone"), "en")).toBe("gone");
  });
});
