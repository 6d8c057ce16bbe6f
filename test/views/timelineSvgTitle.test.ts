/**
 * Where the timeline image puts a title: inside a bar that holds it, else beside its mark, never
 * across it; a focal title is never shortened (up to three lines, more on the side with room), any
 * other takes up to two lines, then one with an ellipsis.
 */
import { describe, expect, it } from "vitest";
import { placeSvgTitle, titleLines } from "../../src/views/timelineSvgTitle.ts";

// Every character 10 px wide.
const measure = (text: string) => [...text].length * 10;
const LONG = "Chinese MPS–MFA delegation's exchange visit to France, the Netherlands and Belgium";
const base = { title: LONG, dateW: 100, width: 1000, pad: 20, measure };

describe("titleLines", () => {
  it("breaks between words, the first line shorter by the date", () => {
    expect(titleLines("aaa bbb ccc", 80, 40, measure, 3)).toEqual(["aaa", "bbb ccc"]);
  });
  it("breaks between any two CJK characters, keeping closing punctuation with the one before", () => {
    expect(titleLines("中国代表团赴法国、荷兰", 60, 0, measure, 3)).toEqual(["中国代表团赴", "法国、荷兰"]);
  });
  it("says when the title needs more lines than allowed", () => {
    expect(titleLines("aaa bbb ccc ddd", 40, 0, measure, 3)).toBeNull();
  });
});

describe("placeSvgTitle", () => {
  it("wraps a focal title right of its mark when it fits there on two lines", () => {
    const t = placeSvgTitle({ ...base, x0: 300, x1: 400, focal: true });
    expect(t.anchorEnd).toBe(false);
    expect(t.lines).toHaveLength(2);
    expect(t.lines.join(" ")).toBe(LONG);
  });
  it("puts a focal title on the left of a mark near the right edge, whole", () => {
    const t = placeSvgTitle({ ...base, x0: 900, x1: 950, focal: true });
    expect(t.anchorEnd).toBe(true);
    expect(t.lines.join(" ")).toBe(LONG);
    expect(t.left).toBeGreaterThanOrEqual(20);
  });
  it("puts a focal title with room on neither side whole on the side with more, clear of its mark", () => {
    const t = placeSvgTitle({ ...base, x0: 202, x1: 208, width: 400, focal: true });
    expect(t.lines.join(" ")).toBe(LONG);
    expect(t.left).toBeGreaterThanOrEqual(20);
    // A 4 px dot: right of it, room 400 − 20 − 212 = 168 against 192 − 20 = 172 on the left.
    expect(t.anchorEnd).toBe(true);
    expect(t.right).toBeLessThanOrEqual(208);
    expect(t.x).toBe(192);
  });
  it("wraps any other title onto two lines before it shortens one, with an ellipsis, clear of its mark", () => {
    const two = placeSvgTitle({ ...base, x0: 200, x1: 206, width: 700, focal: false });
    expect(two.lines).toHaveLength(2);
    expect(two.lines.join(" ")).toBe(LONG);
    const t = placeSvgTitle({ ...base, x0: 300, x1: 306, width: 600, focal: false });
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0].endsWith("…")).toBe(true);
    expect(t.anchorEnd ? t.x <= 300 : t.x >= 306).toBe(true);
    expect(placeSvgTitle({ ...base, title: "Short", x0: 300, x1: 400, focal: false }).lines).toEqual(["Short"]);
  });
  it("puts a bar's title inside it when it fits on one line, else after its end", () => {
    const inside = placeSvgTitle({ ...base, title: "Short", x0: 100, x1: 400, focal: false });
    // "Short" (50) after the date (100): 150 px in a bar with 284 inside.
    expect(inside).toMatchObject({ x: 108, anchorEnd: false, right: 400 });
    const after = placeSvgTitle({ ...base, title: "Short", x0: 100, x1: 200, focal: false });
    expect(after).toMatchObject({ x: 208, anchorEnd: false, left: 100 });
  });
});
