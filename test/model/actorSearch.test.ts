import { describe, expect, it } from "vitest";
import { searchActors } from "../../src/model/actorSearch.ts";
import type { Actor } from "../../src/data/schema.ts";

const actors: Actor[] = [
  {
    id: "iom",
    name: { en: "International Organization for Migration", zh: "国际移民组织" },
    short: { en: "IOM", zh: "国际移民组织" },
    type: "igo",
    aliases: ["国际移徙组织"],
  },
  {
    id: "ilo",
    name: { en: "International Labour Organization", zh: "国际劳工组织" },
    short: { en: "ILO", zh: "劳工组织" },
    type: "un-body",
  },
  { id: "mps", name: { en: "Ministry of Public Security", zh: "公安部" }, type: "government-body" },
];

describe("searchActors", () => {
  it.each([
    ["iom", ["iom"]],
    ["国际", ["ilo", "iom"]],
    ["移徙", ["iom"]],
    ["security", ["mps"]],
    ["organization", ["ilo", "iom"]],
    ["", []],
  ])("%s → %j", (q, ids) => expect(searchActors(actors, q).map((a) => a.id)).toEqual(ids));
});
