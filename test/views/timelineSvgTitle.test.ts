/**
 * Where the timeline image puts a title: a focal title is never shortened — wrapped onto up to
 * three lines on the side of its mark with room, or moved in across the image — while any other
 * title keeps one line and an ellipsis.
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
  it("moves a focal title with room on neither side in across the image, still whole", () => {
    const t = placeSvgTitle({ ...base, x0: 200, x1: 206, width: 400, focal: true });
    expect(t.lines).toHaveLength(3);
    expect(t.lines.join(" ")).toBe(LONG);
    expect(t.left).toBeGreaterThanOrEqual(20);
    expect(t.right).toBeLessThanOrEqual(380);
  });
  it("keeps any other title on one line, shortened with an ellipsis only where it must be", () => {
    const t = placeSvgTitle({ ...base, x0: 500, x1: 506, width: 700, focal: false });
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0].endsWith("…")).toBe(true);
    expect(placeSvgTitle({ ...base, title: "Short", x0: 300, x1: 400, focal: false }).lines).toEqual(["Short"]);
  });
});
