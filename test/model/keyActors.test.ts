import { describe, expect, it } from "vitest";
import { actorBetweenness, actorsByEvents, betweennessInput, countedActors } from "../../src/model/keyActors.ts";
import { realIndex } from "../fixtures/realIndex.ts";

describe("actorBetweenness (table)", () => {
  it("puts the broker between two groups first", () => {
    // Two triangles joined only through m.
    const groups = [
      ["a", "b", "m"],
      ["a", "b"],
      ["m", "c", "d"],
      ["c", "d"],
    ];
    const ranked = actorBetweenness(groups);
    expect(ranked[0].id).toBe("m");
    expect(ranked[0].score).toBeCloseTo(2 / 3); // 4 of the 6 pairs of the others go through m
    expect(ranked.map((r) => r.id)).toEqual(["m"]);
  });
  it("is empty for a graph too small to have brokers", () => {
    expect(actorBetweenness([["a", "b"]])).toEqual([]);
    expect(actorBetweenness([])).toEqual([]);
  });
});

describe("key actors on the curated data", () => {
  const mode = { collapse: false, hidePersons: false };
  const all = realIndex.chronological;
  it("counts each event once per actor, folding into top parents when collapsed", () => {
    expect(countedActors(realIndex, "china-iom-office-agreement-2006", { collapse: true, hidePersons: false })).toEqual(
      expect.arrayContaining(["state-china", "iom"]),
    );
    const ranked = actorsByEvents(realIndex, all, mode);
    expect(ranked.find((r) => r.id === "state-china")?.count).toBe(7);
    const collapsed = actorsByEvents(realIndex, all, { ...mode, collapse: true });
    expect(collapsed.find((r) => r.id === "state-china")?.count).toBe(13);
  });
  it("leaves persons out when they are hidden", () => {
    const ranked = actorsByEvents(realIndex, all, { ...mode, hidePersons: true });
    expect(ranked.every((r) => realIndex.actorsById.get(r.id)?.type !== "person")).toBe(true);
  });
  it("bounds the betweenness input to the busiest actors", () => {
    const ranked = actorsByEvents(realIndex, all, mode);
    const groups = betweennessInput(realIndex, all, mode, ranked, 20);
    const kept = new Set(ranked.slice(0, 20).map((r) => r.id));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.length).toBeGreaterThan(1);
      for (const a of g) expect(kept.has(a)).toBe(true);
    }
  });
  it("ranks a broker high: IOM among the top five by betweenness, collapsed", () => {
    const m = { collapse: true, hidePersons: false };
    const ranked = actorBetweenness(betweennessInput(realIndex, all, m, actorsByEvents(realIndex, all, m)));
    expect(ranked.slice(0, 5).map((r) => r.id)).toContain("iom");
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
  });
});
