import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { eventsNearWindow, planTimeline } from "../../src/model/timelinePlan.ts";
import { startMs } from "../../src/data/partialDate.ts";
import type { MigrationEvent } from "../../src/data/schema.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

/** The mini dataset plus n single-day events spread over 2010–2012. */
function withMany(n: number) {
  const d = miniDataset();
  const template = d.events[0];
  for (let i = 0; i < n; i++) {
    const month = String((i % 12) + 1).padStart(2, "0");
    const e: MigrationEvent = { ...template, id: `extra-${i}`, date: { start: `${2010 + (i % 3)}-${month}-15` } };
    d.events.push(e);
  }
  return buildDatasetIndex(d);
}

const window = { start: startMs("2010-01-01"), end: startMs("2013-01-01") };

describe("planTimeline", () => {
  it("draws events one by one when few enough are near the window", () => {
    const index = withMany(10);
    const plan = planTimeline(index, index.chronological, window, { grouping: "none", lang: "en", maxItems: 50 });
    expect(plan.aggregates).toEqual([]);
    expect(plan.items).toHaveLength(10);
    expect(plan.represented).toBe(10);
  });
  it("gives blocks of different periods starting on the same day different ids", () => {
    // Every event in January: the year block, the first-quarter block and the January block all
    // start on 1 January; reusing one id kept a stale block (its old end) across a zoom.
    const d = miniDataset();
    for (let i = 0; i < 60; i++)
      d.events.push({
        ...d.events[0],
        id: `jan-${i}`,
        date: { start: `2011-01-${String((i % 28) + 1).padStart(2, "0")}` },
      });
    const index = buildDatasetIndex(d);
    const ids = (w: { start: number; end: number }) =>
      planTimeline(index, index.chronological, w, { grouping: "none", lang: "en", maxItems: 10 }).aggregates.map(
        (a) => a.id,
      );
    const year = ids({ start: startMs("2008-01-01"), end: startMs("2014-01-01") });
    const quarter = ids({ start: startMs("2010-06-01"), end: startMs("2012-06-01") });
    const month = ids({ start: startMs("2010-10-01"), end: startMs("2011-04-01") });
    expect(year.length).toBeGreaterThan(0);
    expect(new Set([...year, ...quarter, ...month]).size).toBe(year.length + quarter.length + month.length);
  });
  it("aggregates by quarter for a three-year window, keeping the kept events individual", () => {
    const index = withMany(120);
    const plan = planTimeline(index, index.chronological, window, {
      grouping: "none",
      lang: "en",
      maxItems: 50,
      keep: new Set(["extra-0"]),
    });
    expect(plan.items.map((i) => i.eventId)).toEqual(["extra-0"]);
    expect(plan.aggregates).toHaveLength(12);
    expect(plan.aggregates.reduce((s, a) => s + a.count, 0)).toBe(119);
    expect(plan.aggregates[0]).toMatchObject({ start: startMs("2010-01-01"), end: startMs("2010-04-01") });
    // Named after its most significant event, whose id it lists first.
    const main = index.eventsById.get(plan.aggregates[0].top[0])!.title.en;
    expect(plan.aggregates[0].label).toBe(`9 events · ${main}`);
  });
  it("aggregates by year when zoomed far out, and by month when zoomed in", () => {
    const index = withMany(300);
    const years = planTimeline(
      index,
      index.chronological,
      { start: startMs("2001-01-01"), end: startMs("2019-01-01") },
      { grouping: "none", lang: "zh", maxItems: 50 },
    );
    expect(years.aggregates.map((a) => a.label.split(" · ")[0])).toContain("100 个事件");
    const months = planTimeline(
      index,
      index.chronological,
      { start: startMs("2011-01-01"), end: startMs("2011-12-31") },
      { grouping: "none", lang: "en", maxItems: 20 },
    );
    expect(months.aggregates.every((a) => a.end - a.start <= 31 * 864e5)).toBe(true);
  });
  it("looks half a window beyond each side", () => {
    const index = withMany(3);
    expect(
      eventsNearWindow(index, index.chronological, { start: startMs("2011-06-01"), end: startMs("2011-07-01") }),
    ).toEqual([]);
    expect(
      eventsNearWindow(index, index.chronological, { start: startMs("2011-01-20"), end: startMs("2011-02-10") }),
    ).toEqual(["extra-1"]);
  });
});
