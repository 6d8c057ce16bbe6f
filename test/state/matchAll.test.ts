/**
 * "All of" reaches everything the filters feed: the deriver's filtered and in-view events, and so
 * the CSV export, the handout's table and its description of the filters.
 */
import { describe, expect, it } from "vitest";
import { createDeriver } from "../../src/state/derive.ts";
import { describeFilters } from "../../src/model/describeView.ts";
import { eventsToCsv } from "../../src/model/exportCsv.ts";
import { getDefaultViewState, type ViewState } from "../../src/model/viewState.ts";
import { realIndex } from "../fixtures/realIndex.ts";

const full = { start: Date.UTC(2001, 0, 1), end: Date.UTC(2019, 0, 1) };
const china: ViewState = { ...getDefaultViewState(), actors: ["state-china", "iom"] };

describe("match=all through the shared filtering", () => {
  const derive = createDeriver(realIndex, full);
  it("China + IOM: 29 events with any of them, 10 with both", () => {
    expect(derive(china).filtered).toHaveLength(29);
    expect(derive({ ...china, match: "all" }).filtered).toHaveLength(10);
    expect(derive({ ...china, match: "all" }).inWindow).toHaveLength(10);
  });
  it("the chip counts (every filter but themes) follow it too", () => {
    expect(derive.filtered({ ...china, match: "all", themes: [] })).toHaveLength(10);
  });
  it("a lone actor ignores it (one cache entry for both modes)", () => {
    const one = { ...china, actors: ["iom"] };
    expect(derive.filtered({ ...one, match: "all" })).toBe(derive.filtered(one));
  });
  it("the CSV export has one row per event in which both take part", () => {
    const csv = eventsToCsv(realIndex, derive({ ...china, match: "all" }).inWindow, "en");
    const rows = csv.trim().split("\r\n");
    expect(rows).toHaveLength(11);
    expect(
      rows.slice(1).every((r) => /China|Ministry|Bureau|Beijing/.test(r) && /IOM|International Organization/.test(r)),
    ).toBe(true);
  });
  it.each([
    ["en", "Actors: People's Republic of China, International Organization for Migration (all of the actors)"],
    ["zh", "行为体：中华人民共和国、国际移民组织（须全部参与）"],
  ] as const)("the handout and exports say so (%s)", (lang, text) => {
    expect(describeFilters(realIndex, { ...china, match: "all" }, lang)).toEqual([text]);
    expect(describeFilters(realIndex, china, lang)[0]).not.toMatch(/all of|须全部/);
  });
});
