import { describe, expect, it } from "vitest";
import { statusSpansInView } from "../../src/model/statusSpansInView.ts";
import type { StatusSpanSpec } from "../../src/model/timelineItems.ts";

const span = (id: string, start: number, end: number): StatusSpanSpec => ({ id, start, end, label: id });

describe("statusSpansInView", () => {
  const spans = [span("a", 0, 100), span("b", 50, 60), span("c", 200, 300), span("d", 10, 90), span("e", 40, 95)];
  it("draws every band overlapping the window while within the budget, and none outside it", () => {
    expect(statusSpansInView(spans, { start: 100, end: 200 }, 3)).toEqual({ shown: [], rows: 0, inView: 0 });
    const r = statusSpansInView(spans, { start: 150, end: 250 }, 3);
    expect(r.shown.map((s) => s.id)).toEqual(["c"]);
    expect(r.inView).toBe(1);
  });
  it("beyond the budget, keeps the bands covering most of the window and counts the rest", () => {
    const r = statusSpansInView(spans, { start: 0, end: 100 }, 3);
    expect(r.inView).toBe(4);
    // In start order on screen; d's label would collide with a's, e's starts after a's ends.
    expect(r.shown.map((s) => [s.id, s.row])).toEqual([
      ["a", 0],
      ["d", 1],
      ["e", 0],
    ]);
    expect(r.rows).toBe(2);
  });
  it("labels far enough apart share a row, whether or not the bands overlap in time", () => {
    // China observer, then member, overlapping by a day: the labels are half a window apart.
    const r = statusSpansInView([span("observer", 0, 51), span("member", 50, 100)], { start: 0, end: 100 });
    expect(r.shown.map((s) => [s.id, s.row])).toEqual([
      ["observer", 0],
      ["member", 0],
    ]);
    expect(r.rows).toBe(1);
    // Zoomed out, the same two labels would collide.
    const wide = statusSpansInView([span("observer", 0, 51), span("member", 50, 100)], { start: 0, end: 400 });
    expect(wide.shown.map((s) => s.row)).toEqual([0, 1]);
  });
  it("breaks equal coverage by id, so the choice is stable", () => {
    const same = [span("z", 0, 10), span("m", 0, 10), span("q", 0, 10)];
    expect(statusSpansInView(same, { start: 0, end: 10 }, 2).shown.map((s) => s.id)).toEqual(["m", "q"]);
    expect(statusSpansInView(same, { start: 0, end: 10 }, 2).rows).toBe(2);
  });
});
