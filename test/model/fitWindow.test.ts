import { describe, expect, it } from "vitest";
import { startMs } from "../../src/data/partialDate.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { FIT_PAD, fitWindow, MIN_FIT_SPAN, shouldAutoFit } from "../../src/model/fitWindow.ts";
import { blocksFor, mergeBlocks } from "../../src/model/timelinePlan.ts";
import { significanceRanks } from "../../src/model/eventSignificance.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

const index = buildDatasetIndex(miniDataset());
const full = { start: startMs("2001-01-01"), end: startMs("2019-01-01") };
const DAY = 86_400_000;

describe("fitWindow", () => {
  it("frames the events with room on both sides, in whole days, inside the data's range", () => {
    const ids = index.chronological;
    const lo = Math.min(...ids.map((id) => index.spans.get(id)!.start));
    const hi = Math.max(...ids.map((id) => index.spans.get(id)!.end));
    const w = fitWindow(index, ids, full)!;
    expect(w.start).toBeLessThan(lo);
    expect(w.end).toBeGreaterThan(hi);
    expect(w.start % DAY).toBe(0);
    expect(w.end % DAY).toBe(0);
    expect(w.start).toBeGreaterThanOrEqual(full.start);
    expect(w.end).toBeLessThanOrEqual(full.end);
    const span = w.end - w.start;
    expect(Math.abs((lo - w.start) / span - FIT_PAD)).toBeLessThan(0.2);
  });
  it("gives a single day at least a month, and returns null for no events", () => {
    const one = [index.chronological[0]];
    const w = fitWindow(index, one, full)!;
    expect(w.end - w.start).toBeGreaterThanOrEqual(MIN_FIT_SPAN);
    expect(fitWindow(index, [], full)).toBeNull();
  });
  it("fits by itself only for a few events spread thinly over a far wider window", () => {
    const small = { start: 0, end: 10 * DAY * 30 };
    expect(shouldAutoFit(5, small, full)).toBe(true);
    expect(shouldAutoFit(5, full, full)).toBe(false);
    expect(shouldAutoFit(500, small, full)).toBe(false);
    expect(shouldAutoFit(0, null, full)).toBe(false);
  });
});

describe("blocksFor", () => {
  it("gathers events with no room into one block per period, named after its most significant event", () => {
    const ids = index.chronological;
    const blocks = blocksFor(index, ids, full, "en");
    expect(blocks.reduce((s, b) => s + b.count, 0)).toBe(ids.length);
    for (const b of blocks) {
      expect(b.label).toBe(
        `${b.count} ${b.count === 1 ? "event" : "events"} · ${index.eventsById.get(b.top[0])!.title.en}`,
      );
      expect(b.top.length).toBeLessThanOrEqual(5);
    }
  });
});

describe("mergeBlocks", () => {
  it("makes one block of a period's blocks in the same row, counts added and the most significant events listed", () => {
    const ids = index.chronological;
    const half = Math.ceil(ids.length / 2);
    const a = blocksFor(index, ids.slice(0, half), full, "en");
    const b = blocksFor(index, ids.slice(half), full, "en");
    const merged = mergeBlocks(index, [...a, ...b], "en");
    const whole = blocksFor(index, ids, full, "en");
    expect(merged.map((m) => [m.start, m.end, m.count])).toEqual(whole.map((m) => [m.start, m.end, m.count]));
    const ranks = significanceRanks(index);
    for (const m of merged) {
      const r = m.top.map((id) => ranks.get(id)!);
      expect(r).toEqual([...r].sort((x, y) => x - y));
      expect(m.top).toEqual(whole.find((w) => w.start === m.start)!.top);
      expect(m.label).toBe(
        `${m.count} ${m.count === 1 ? "event" : "events"} · ${index.eventsById.get(m.top[0])!.title.en}`,
      );
    }
    // Blocks of different rows stay apart.
    const other = a.map((x) => ({ ...x, group: "elsewhere" }));
    expect(mergeBlocks(index, [...a, ...other], "en")).toHaveLength(2 * a.length);
  });
});
