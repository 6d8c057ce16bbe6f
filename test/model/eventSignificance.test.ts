import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { startMs } from "../../src/data/partialDate.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import {
  MILESTONE_SCORE,
  milestoneEvents,
  significanceRanks,
  significanceScore,
  storyEvents,
} from "../../src/model/eventSignificance.ts";
import { planTimeline } from "../../src/model/timelinePlan.ts";

const index = buildDatasetIndex(checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset);
const inStory = storyEvents(index);

describe("event significance", () => {
  it("scores by the stated rule: story step 8, China and IOM 6, a status change 4, half a point per actor and passage", () => {
    // China joins IOM: a story step, China and IOM, a membership.
    const e = index.eventsById.get("china-joins-iom-2016")!;
    const actors = new Set(e.actors.map((a) => a.id)).size;
    const expected = 8 + 6 + 4 + Math.min(actors, 8) / 2 + Math.min(e.sources.length, 6) / 2;
    expect(significanceScore(index, "china-joins-iom-2016", inStory)).toBe(expected);
    // The same event, were it in no story: 8 less.
    expect(significanceScore(index, "china-joins-iom-2016", new Set())).toBe(expected - 8);
  });
  it("ranks the China–IOM milestones first, and is a total order", () => {
    const ranks = significanceRanks(index);
    expect(ranks.size).toBe(index.dataset.events.length);
    expect(new Set(ranks.values()).size).toBe(ranks.size);
    const top = [...ranks]
      .sort((a, b) => a[1] - b[1])
      .slice(0, 10)
      .map(([id]) => id);
    expect(top).toContain("china-joins-iom-2016");
    expect(top).toContain("china-iom-observer-2001");
  });
  it("names the most significant events when zoomed out, and zooming in only adds named events", () => {
    const full = { start: startMs("2001-01-01"), end: startMs("2019-01-01") };
    const named = (w: typeof full, n: number) =>
      new Set(
        planTimeline(index, index.chronological, w, { grouping: "none", lang: "en", maxItems: 60, named: n }).items.map(
          (i) => i.eventId,
        ),
      );
    const wide = named(full, 20);
    expect(wide.size).toBe(20);
    expect(wide.has("china-joins-iom-2016")).toBe(true);
    expect(wide.has("china-iom-observer-2001")).toBe(true);
    // A narrower window (2006–2017) with the same budget names every event the wide one named there.
    const narrow = named({ start: startMs("2006-01-01"), end: startMs("2018-01-01") }, 20);
    for (const id of wide) {
      const s = index.spans.get(id)!;
      if (s.start >= startMs("2006-01-01") && s.end <= startMs("2018-01-01")) expect(narrow.has(id)).toBe(true);
    }
  });
  it("takes as milestones the events that score at least 8: those the stories present, and weighty China–IOM events", () => {
    const milestones = milestoneEvents(index);
    for (const id of inStory) expect(milestones.has(id)).toBe(true);
    expect(milestones.has("china-joins-iom-2016")).toBe(true);
    for (const id of index.chronological)
      expect(milestones.has(id)).toBe(significanceScore(index, id, inStory) >= MILESTONE_SCORE);
    // A few, not the crowd: most events are not milestones.
    expect(milestones.size).toBeLessThan(index.chronological.length / 3);
  });
});
