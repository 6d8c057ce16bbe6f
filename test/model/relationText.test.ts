import { describe, expect, it } from "vitest";
import type { Relation } from "../../src/data/schema.ts";
import { relationClause, relationPeriod, relationSentence } from "../../src/model/relationText.ts";
import { realIndex } from "../fixtures/realIndex.ts";

const rel = (id: string): Relation => realIndex.dataset.relations.find((r) => r.id === id)!;

describe("relationSentence (curated data)", () => {
  it.each([
    ["china-iom-observer", "en", "China: observer of IOM (June 2001 – 30 June 2016)"],
    ["china-iom-observer", "zh", "中国为国际移民组织观察员（2001年6月—2016年6月30日）"],
    ["china-iom-member", "en", "China: member of IOM (from 30 June 2016)"],
    ["china-iom-member", "zh", "中国为国际移民组织成员国（2016年6月30日起）"],
    ["china-hosts-iom-liaison-office", "zh", "中国为国际移民组织驻华联络处东道国（2007年3月起）"],
    ["china-hosts-iom-liaison-office", "en", "China hosts IOM Liaison Office in China (from March 2007)"],
  ] as const)("%s (%s)", (id, lang, text) => expect(relationSentence(realIndex, rel(id), lang)).toBe(text));

  it("puts no half-width bracket, colon or comma into any Chinese sentence", () => {
    for (const r of realIndex.dataset.relations) expect(relationSentence(realIndex, r, "zh")).not.toMatch(/[()[\]:;,]/);
  });
  it("never leaves an English word order (a bare label between names) in Chinese", () => {
    for (const r of realIndex.dataset.relations) expect(relationSentence(realIndex, r, "zh")).not.toMatch(/ · /);
  });
});

describe("relationClause and relationPeriod (table)", () => {
  it.each([
    ["observer", "en", "A: observer of B"],
    ["member", "zh", "A为B成员"],
    ["part-of", "zh", "A隶属于B"],
    ["hosts", "zh", "B设于A"],
    ["chairs", "zh", "A担任B主席"],
    ["funds", "zh", "A资助B"],
    ["partner", "zh", "A与B为合作伙伴"],
    ["leads", "en", "A leads B"],
    ["represents", "zh", "A代表B"],
  ] as const)("%s (%s)", (type, lang, text) => expect(relationClause(type, "A", "B", lang)).toBe(text));
  it.each([
    [{ start: "2001", end: "2001" }, "zh", "（2001年）"],
    [{ end: "2010-05" }, "zh", "（至2010年5月）"],
    [{ end: "2010-05" }, "en", " (until May 2010)"],
    [{}, "en", ""],
    [{}, "zh", ""],
  ] as const)("%j (%s)", (r, lang, text) => expect(relationPeriod(r, lang)).toBe(text));
});
