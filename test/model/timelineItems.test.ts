import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { buildStatusSpans, buildTimelineItems, eventIdOfItem } from "../../src/model/timelineItems.ts";
import { isoDay } from "../../src/data/partialDate.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

const index = buildDatasetIndex(miniDataset());

describe("buildTimelineItems", () => {
  it("a single day is a point; a month spans its month and is labelled at that precision", () => {
    const items = buildTimelineItems(index, ["china-observer", "china-joins-iom"], "none", "en");
    expect(items.map((i) => [i.id, i.type, isoDay(i.start), i.end && isoDay(i.end), i.dateLabel])).toEqual([
      ["china-observer|all", "range", "2001-06-01", "2001-07-01", "June 2001"],
      ["china-joins-iom|all", "point", "2016-06-30", undefined, "30 June 2016"],
    ]);
    expect(items[0].className).toBe("ev kind-membership precision-month");
  });
  it("marks planned events", () => {
    const d = miniDataset();
    d.events[0].planned = true;
    const [item] = buildTimelineItems(buildDatasetIndex(d), ["china-joins-iom"], "none", "zh");
    expect(item.className).toContain("planned");
    expect(item.label).toBe("中国加入国际移民组织");
  });
  it("grouping by actor type puts an event in one row per type", () => {
    const items = buildTimelineItems(index, ["china-joins-iom"], "actor-type", "en");
    expect(items.map((i) => i.id)).toEqual(["china-joins-iom|state", "china-joins-iom|igo"]);
    expect(eventIdOfItem(items[1].id)).toBe("china-joins-iom");
  });
});

describe("buildStatusSpans", () => {
  it("draws China's IOM observer status as a background span", () => {
    expect(buildStatusSpans(index, "en").map((s) => [s.label, isoDay(s.start), isoDay(s.end)])).toEqual([
      ["China: observer of International Organization for Migration", "2001-06-01", "2016-07-01"],
    ]);
  });
  it("says the status as a Chinese sentence in Chinese", () => {
    expect(buildStatusSpans(index, "zh").map((s) => s.label)).toEqual(["中国为国际移民组织观察员"]);
  });
});
