import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { startMs } from "../../src/data/partialDate.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { buildTimelineItems } from "../../src/model/timelineItems.ts";
import { LABEL_OPTIONS } from "../../src/model/timelineLabels.ts";
import { refill, STACK_OPTIONS, stackLabels, stackWindow, windowMarks } from "../../src/model/timelineStacking.ts";

const index = buildDatasetIndex(checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset);
const measure = (text: string) => [...text].length * 6.5;

describe("stackWindow", () => {
  const w0 = startMs("2016-01-01");
  const w1 = startMs("2017-01-01");
  const ids = index.chronological.filter((id) => {
    const s = index.spans.get(id)!;
    return s.start < w1 && s.end > w0;
  });
  const view = 600;
  const px = (ms: number) => ((ms - w0) / (w1 - w0)) * view;
  const marks = windowMarks(buildTimelineItems(index, ids, "none", "en"), px, 10, {
    view,
    measure,
    labelOpts: LABEL_OPTIONS,
    focal: null,
  });
  const ctx = { grouped: false, view, measure, labelOpts: LABEL_OPTIONS, stackOpts: STACK_OPTIONS, focal: null };
  /** The window's marks with a bar across the whole window made a shared bar of `lines` lines. */
  const withSharedBar = (lines: number, gapsPx?: number) => {
    const set = marks.find((m) => m.spec.type === "range" && px(m.spec.start) <= 0 && px(m.spec.end!) >= view)!;
    const fixed = {
      side: "inside" as const,
      left: 4,
      width: view - 8,
      lines,
      gapsPx,
      clamped: false,
      start: set.x0,
      end: set.x1,
    };
    return { set, withSet: marks.map((m) => (m === set ? { ...m, shapes: [fixed], across: true, weight: 5 } : m)) };
  };

  it("sends the events with no room to blocks, keeps a milestone, and leaves every kept label above the room's edge", () => {
    const room = 220;
    const { rows, noRoom } = stackWindow(index, marks, { ...ctx, room, keep: new Set() });
    expect(noRoom.length).toBeGreaterThan(0);
    expect(noRoom).not.toContain("china-joins-iom-2016");
    const kept = rows.flatMap((r) => r.kept.map((m) => m.spec.eventId));
    expect(kept).toContain("china-joins-iom-2016");
    expect(kept.length + noRoom.length).toBe(marks.length);
    for (const r of rows) for (const p of r.placed) expect(p.top + p.height).toBeLessThanOrEqual(room);
  });
  it("never sends a kept event to a block, and sends none when there is room", () => {
    const keep = new Set(marks.slice(-3).map((m) => m.spec.eventId));
    const { noRoom } = stackWindow(index, marks, { ...ctx, room: 150, keep });
    for (const id of keep) expect(noRoom).not.toContain(id);
    expect(stackWindow(index, marks, { ...ctx, room: 5000, keep: new Set() }).noRoom).toEqual([]);
  });
  it("stacks the kept events before the rest, so that where they fit they are not pushed below the room", () => {
    // Two events that find no room in 150 px, kept (highlighted): stacked where they were, they
    // would land below it, drawn cut; stacked first, each ends above it.
    const lost = stackWindow(index, marks, { ...ctx, room: 150, keep: new Set() }).noRoom;
    expect(lost.length).toBeGreaterThan(2);
    const keep = new Set(lost.slice(-2));
    const { rows } = stackWindow(index, marks, { ...ctx, room: 150, keep });
    expect(rows.flatMap((r) => r.kept.map((m) => m.spec.eventId))).toEqual(expect.arrayContaining([...keep]));
    for (const r of rows)
      r.kept.forEach((m, i) => {
        if (keep.has(m.spec.eventId)) expect(r.placed[i].top + r.placed[i].height).toBeLessThanOrEqual(150);
      });
  });
  it("stacks a shared bar (its chips' one shape) first, in the top row, its height its lines and gaps", () => {
    const { set, withSet } = withSharedBar(3, 4);
    const { rows } = stackWindow(index, withSet, { ...ctx, room: 5000, keep: new Set() });
    const at = rows[0].kept.findIndex((m) => m.spec.id === set.spec.id);
    expect(rows[0].placed[at]).toMatchObject({
      side: "inside",
      top: 0,
      height: 3 * STACK_OPTIONS.lineHeight + STACK_OPTIONS.pad + 4,
    });
    // Every other label lies below it.
    rows[0].placed.forEach((p, i) => {
      if (i !== at) expect(p.top).toBeGreaterThanOrEqual(rows[0].placed[at].height);
    });
  });
  it("sends a shared bar taller than half the panel to a block, leaving the room to the rest", () => {
    const { set, withSet } = withSharedBar(8);
    const room = 220;
    const { rows, noRoom } = stackWindow(index, withSet, { ...ctx, room, keep: new Set() });
    expect(noRoom).toContain(set.spec.eventId);
    const kept = rows.flatMap((r) => r.kept);
    expect(kept.length).toBeGreaterThan(5);
    for (const r of rows) for (const p of r.placed) expect(p.top + p.height).toBeLessThanOrEqual(room);
  });
});

describe("refill", () => {
  /** A mark with one fixed shape: its footprint [from, to] px, `lines` lines tall */
  const box = (title: string, from: number, to: number, lines: number) => ({
    title,
    x0: from,
    x1: from,
    shapes: [{ side: "right" as const, left: from, width: to - from, lines, clamped: false, start: from, end: to - 8 }],
  });
  // 1 line: 15 + 2 = 17 px, 2 lines 32; rows 3 px apart. In this order Z lands at 40 and ends
  // below the room, and W, too tall to fit between X and Z, lands below Z.
  const X = box("X", 0, 300, 1);
  const Y = box("Y", 0, 100, 1);
  const Z = box("Z", 50, 200, 2);
  const W = box("W", 150, 300, 2);
  const order = [X, Y, Z, W];
  const room = 55;
  it("puts back an event that fits once the others with no room are out", () => {
    const first = stackLabels(order, 600, () => 0);
    expect(first.map((p) => p.top)).toEqual([0, 20, 40, 75]);
    const { kept, placed } = refill(order, [Z, W], room, 600, () => 0);
    // Without Z, W sits below X only.
    expect(kept.map((m) => m.title)).toEqual(["X", "Y", "W"]);
    expect(placed.map((p) => p.top)).toEqual([0, 20, 20]);
  });
  it("leaves out what still has no room, and keeps every label above the room's edge", () => {
    const { kept, placed } = refill(order, [Z], room, 600, () => 0);
    expect(kept).toEqual([X, Y, W]);
    for (const p of placed) expect(p.top + p.height).toBeLessThanOrEqual(room);
  });
});

describe("stackLabels", () => {
  const measure = (text: string) => [...text].length * 6.5;
  // A bar from x0 to x1 with its title inside: its footprint is the bar.
  const bar = (x0: number, x1: number) => ({
    title: "",
    x0,
    x1,
    a: x0,
    b: x1,
    shapes: [{ side: "inside" as const, left: x0 + 4, width: 20, lines: 1, clamped: false, start: x0, end: x1 }],
  });
  it("counts touching items as vis-timeline does: one placed before that starts where this one ends overlaps it", () => {
    // August, then September: September starts where August ends and shares its row.
    expect(stackLabels([bar(0.3, 100.3), bar(100.3, 200.3)], 600, measure).map((p) => p.top)).toEqual([0, 0]);
    // September placed first: August ends where it starts, and goes below it.
    const [, aug] = stackLabels([bar(100.3, 200.3), bar(0.3, 100.3)], 600, measure);
    expect(aug.top).toBeGreaterThan(0);
  });
  it("gives a card its first shape in the top row, else the one whose bottom lands highest", () => {
    const card = (left: number, width: number, lines: number) => ({
      side: "left" as const,
      left,
      width,
      lines,
      clamped: false,
      start: left,
      end: 584,
    });
    const shapes = [card(20, 556, 2), card(516, 60, 3)];
    const mark = { title: "", x0: 580, x1: 584, a: 580, b: 584, shapes };
    // Alone, its first (the wide one).
    expect(stackLabels([mark], 600, measure)[0]).toMatchObject({ width: 556, top: 0 });
    // Beside a bar under its wide shape (which would end lower), the narrow one, in the top row.
    const [, beside] = stackLabels([bar(0, 400), mark], 600, measure);
    expect(beside).toMatchObject({ width: 60, top: 0 });
  });
  it("rounds a footprint to whole px from the mark's own ends, as its item is", () => {
    const [p] = stackLabels([{ ...bar(10.4, 50.4), ring: 3 }], 600, measure);
    expect([p.from, p.to]).toEqual([7.4, 53.4]);
  });
});
