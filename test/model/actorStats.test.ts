import { describe, expect, it } from "vitest";
import { actorEventIds, eventsPerYear, relationsOf, topCoActors } from "../../src/model/actorStats.ts";
import { filterEvents } from "../../src/model/filterEvents.ts";
import { actorsByEvents } from "../../src/model/keyActors.ts";
import { computeGraphView } from "../../src/model/graphView.ts";
import { realIndex } from "../fixtures/realIndex.ts";

const byActor = (actors: string[]) =>
  filterEvents(realIndex, { themes: [], actors, kinds: [], q: "", hidePlanned: false });

describe("one way of counting (curated data)", () => {
  it.each([["state-china"], ["iom"], ["un-system"], ["china-mps"], ["eu"]])(
    "%s: with its bodies, its events are the actor filter's; without, its own",
    (id) => {
      expect(actorEventIds(realIndex, id, true)).toEqual(byActor([id]));
      expect(actorEventIds(realIndex, id, false)).toEqual(realIndex.eventsOfActor.get(id) ?? []);
    },
  );
  it("China: 7 events of its own, 13 with its ministries and bureaux", () => {
    expect(actorEventIds(realIndex, "state-china", false)).toHaveLength(7);
    expect(actorEventIds(realIndex, "state-china", true)).toHaveLength(13);
    const perYear = eventsPerYear(realIndex, actorEventIds(realIndex, "state-china", true));
    expect(perYear.reduce((n, y) => n + y.count, 0)).toBe(13);
  });
  it.each([false, true])(
    "the network's sizes (collapse %s) are the in-view counts and the details' counts",
    (collapse) => {
      const all = realIndex.chronological;
      const view = computeGraphView(realIndex, all, { collapse, hidePersons: false });
      const ranked = actorsByEvents(realIndex, all, { collapse, hidePersons: false });
      expect(new Map(ranked.map((r) => [`a:${r.id}`, r.count]))).toEqual(view.actorCounts);
      for (const { id, count } of ranked.slice(0, 20))
        if (!collapse || realIndex.rootOf.get(id) === id)
          expect(actorEventIds(realIndex, id, collapse)).toHaveLength(count);
    },
  );
  it("meets most often with: IOM counted with its offices, China's own bodies left out", () => {
    const top = topCoActors(realIndex, "state-china", { includeBodies: true, collapse: true });
    expect(top[0]).toEqual({ id: "iom", count: 10 });
    expect(top.every((x) => realIndex.rootOf.get(x.id) !== "state-china")).toBe(true);
    const own = topCoActors(realIndex, "state-china", { includeBodies: false });
    expect(own.find((x) => x.id === "iom")?.count).toBeLessThan(10);
  });
  it("relations with its bodies add theirs, not the family's own", () => {
    const own = relationsOf(realIndex, "state-china").map((r) => r.id);
    const all = relationsOf(realIndex, "state-china", true).map((r) => r.id);
    expect(all).toEqual(expect.arrayContaining([...own.filter((id) => !id.includes("part-of")), "beea-iom-partner"]));
    expect(
      all.every(
        (id) => !realIndex.dataset.relations.find((r) => r.id === id && r.type === "part-of" && r.to === "state-china"),
      ),
    ).toBe(true);
  });
});
