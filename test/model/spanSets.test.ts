/**
 * Events that share their whole span drawn as one bar of chips: which make a set, and how their
 * chips pack (as CSS flex-wrap packs them).
 */
import { describe, expect, it } from "vitest";
import { isSetId, packChips, shareSpans } from "../../src/model/spanSets.ts";
import type { TimelineItemSpec } from "../../src/model/timelineItems.ts";

const Y2011 = [Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1)] as const;
const item = (eventId: string, start: number, end: number | undefined, group: string | null = null) =>
  ({
    id: `${eventId}|${group ?? "all"}`,
    eventId,
    group,
    type: end === undefined ? "point" : "range",
    start,
    end,
    label: eventId,
    dateLabel: "",
    className: "ev precision-year",
  }) as TimelineItemSpec;
const wide = () => 600;

describe("shareSpans", () => {
  it("makes one set of two or more range items of a row with the same span, leaving the rest", () => {
    const items = [
      item("a", ...Y2011),
      item("b", ...Y2011),
      item("c", Y2011[0], undefined),
      item("d", Y2011[0], Y2011[1] - 1),
    ];
    const { sets, rest } = shareSpans(items, new Set(), wide);
    expect(sets).toHaveLength(1);
    expect(sets[0].members.map((m) => m.eventId)).toEqual(["a", "b"]);
    expect(isSetId(sets[0].id)).toBe(true);
    expect(rest.map((m) => m.eventId)).toEqual(["c", "d"]);
  });
  it("keeps a selected or highlighted event a bar of its own, and a lone bar is no set", () => {
    const items = [item("a", ...Y2011), item("b", ...Y2011)];
    const { sets, rest } = shareSpans(items, new Set(["a"]), wide);
    expect(sets).toEqual([]);
    expect(rest).toHaveLength(2);
  });
  it("sets apart the rows of a grouped timeline", () => {
    const items = [item("a", ...Y2011, "t1"), item("b", ...Y2011, "t2"), item("c", ...Y2011, "t1")];
    const { sets } = shareSpans(items, new Set(), wide);
    expect(sets.map((s) => [s.group, s.members.map((m) => m.eventId)])).toEqual([["t1", ["a", "c"]]]);
  });
  it("leaves two bars too narrow on screen for chips as they are", () => {
    const items = [item("a", ...Y2011), item("b", ...Y2011)];
    expect(shareSpans(items, new Set(), () => 239).sets).toEqual([]);
    expect(shareSpans(items, new Set(), () => 240).sets).toMatchObject([{ kind: "bar" }]);
  });
  it("makes three or more events on the same short dates, or the same day, a card", () => {
    const meeting = [Date.UTC(2011, 11, 1), Date.UTC(2011, 11, 3)] as const;
    const day = Date.UTC(2016, 8, 19);
    const items = [
      ...["a", "b", "c"].map((id) => item(id, ...meeting)),
      ...["d", "e", "f"].map((id) => item(id, day, undefined)),
      item("g", day, day + 864e5),
    ];
    const { sets, rest } = shareSpans(items, new Set(), () => 12);
    expect(sets.map((s) => [s.kind, s.point, s.members.map((m) => m.eventId)])).toEqual([
      ["card", false, ["a", "b", "c"]],
      ["card", true, ["d", "e", "f"]],
    ]);
    expect(sets[1]).toMatchObject({ start: day, end: day });
    // A point and a one-day bar do not share their dates; two short bars stack as well apart.
    expect(rest.map((m) => m.eventId)).toEqual(["g"]);
    expect(shareSpans(items.slice(1), new Set(["d"]), () => 12).sets).toEqual([]);
  });
});

describe("packChips", () => {
  // Every character 10 px: a title's chip is its text (with 3% and 2 px of slack) plus 10 px.
  const measure = (text: string) => [...text].length * 10;
  it("puts chips side by side while they fit, then starts a new row", () => {
    // "aaaa": ceil(40 × 1.03 + 2) + 10 = 54 px.
    const p = packChips(["aaaa", "aaaa", "aaaa"], 120, measure, 10, 10);
    expect(p.widths).toEqual([54, 54, 54]);
    expect(p).toMatchObject({ rows: 2, lines: 2 });
  });
  it("wraps a title wider than the room inside its chip, its row as tall as its lines", () => {
    const p = packChips(["aaaa bbbb cccc dddd", "ee"], 100, measure, 10, 10);
    expect(p.widths[0]).toBe(100);
    // 90 px of text room: "aaaa bbbb" / "cccc dddd" — two lines; "ee" then fits nowhere beside it.
    expect(p).toMatchObject({ rows: 2, lines: 3 });
  });
  it("fills each row with later chips that fit, and says the order to draw them in", () => {
    // 120 px: "aaaaaaa" (83) leaves 27 — "bbbbbbb" (83) does not fit, "c" (23) does.
    const p = packChips(["aaaaaaa", "bbbbbbb", "c"], 120, measure, 10, 10);
    expect(p.order).toEqual([0, 2, 1]);
    expect(p).toMatchObject({ rows: 2, lines: 2 });
    // In title order it would take three rows; drawn in `order`, flex-wrap makes these two.
    expect(packChips(["aaaaaaa", "c", "bbbbbbb"], 120, measure, 10, 10)).toMatchObject({ rows: 2, order: [0, 1, 2] });
  });
  it("says how wide its widest row is", () => {
    // 54 + 10 + 54 in the first row, 54 in the second.
    expect(packChips(["aaaa", "aaaa", "aaaa"], 120, measure, 10, 10).widest).toBe(118);
  });
  it("takes CJK titles by their characters' widths", () => {
    expect(packChips(["中国", "国际移民组织"], 200, measure, 10, 10)).toMatchObject({ rows: 1, lines: 1 });
  });
});
