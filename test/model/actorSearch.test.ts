import { describe, expect, it } from "vitest";
import { matchTier, parentName, searchActors } from "../../src/model/actorSearch.ts";
import type { Actor } from "../../src/data/schema.ts";
import { realIndex } from "../fixtures/realIndex.ts";

const iom: Actor = {
  id: "iom",
  name: { en: "International Organization for Migration", zh: "国际移民组织" },
  short: { en: "IOM", zh: "国际移民组织" },
  type: "igo",
  aliases: ["国际移徙组织"],
};

describe("matchTier", () => {
  it.each([
    ["iom", 0],
    ["IOM ", 0],
    ["国际移徙组织", 0],
    ["international", 1],
    ["国际", 1],
    ["organization", 2],
    ["migra", 2],
    ["移徙", 3],
    ["ganiz", 3],
    ["unhcr", null],
    ["", null],
  ])("%s → %s", (q, tier) => expect(matchTier(iom, q)).toBe(tier));
});

describe("searchActors on the curated data", () => {
  it.each([
    ["China", "state-china"],
    ["china", "state-china"],
    ["中国", "state-china"],
    ["IOM", "iom"],
    ["国际移民组织", "iom"],
    ["国际移徙组织", "iom"],
    ["UN", "un-system"],
    ["联合国", "un-system"],
    ["People", "state-china"],
  ])("%s puts %s first", (q, id) => expect(searchActors(realIndex, q)[0]?.id).toBe(id));
  it("keeps the limit and every suggestion matches", () => {
    const found = searchActors(realIndex, "ministry", 5);
    expect(found).toHaveLength(5);
    for (const a of found) expect(matchTier(a, "ministry")).not.toBeNull();
  });
  it("ranks prefix matches above matches inside a name", () => {
    const tiers = searchActors(realIndex, "china", 30).map((a) => matchTier(a, "china")!);
    expect([...tiers].sort((a, b) => a - b)).toEqual(tiers);
  });
  it("names the parent so that similar names can be told apart", () => {
    const mps = realIndex.actorsById.get("china-mps")!;
    expect(parentName(realIndex, mps, "en")).toBe("China");
    expect(parentName(realIndex, mps, "zh")).toBe("中国");
    expect(parentName(realIndex, realIndex.actorsById.get("state-china")!, "en")).toBeNull();
  });
});
