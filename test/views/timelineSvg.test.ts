// @vitest-environment jsdom
/**
 * The timeline image: with a fixed height, the events that do not fit are counted, not drawn —
 * and the selected ones are never among them, wherever they fall in time.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { buildTimelineSvg } from "../../src/views/timelineSvg.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

/** Twelve events spanning the whole of 2016, each needing a lane of its own. */
function crowdedIndex() {
  const d = miniDataset();
  const base = d.events[0];
  d.events = Array.from({ length: 12 }, (_, i) => ({
    ...base,
    id: `ev-${i}`,
    date: { start: `2016-01-${String(i + 1).padStart(2, "0")}`, end: "2016-12-31" },
    title: { en: `Event ${i}`, zh: `事件${i}` },
  }));
  return buildDatasetIndex(d);
}

/** The window of 2016, and an image with no heading, in English */
const YEAR_2016 = { start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) };
const BARE = { lang: "en" as const, title: "", subtitle: "", bare: true };

describe("the timeline image", () => {
  // jsdom has no canvas: text is measured by its length (timelineSvg.ts's fallback).
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  });
  it("draws the selected events even when they come last and the lanes run out", () => {
    const index = crowdedIndex();
    const ids = index.dataset.events.map((e) => e.id);
    const svg = buildTimelineSvg(index, ids, YEAR_2016, {
      ...BARE,
      width: 1200,
      height: 300,
      selected: ["ev-10", "ev-11"],
      moreLabel: (n) => `and ${n} more`,
    });
    const drawn = [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(drawn.some((t) => t.includes("Event 10"))).toBe(true);
    expect(drawn.some((t) => t.includes("Event 11"))).toBe(true);
    expect(svg.querySelectorAll("g.selected")).toHaveLength(2);
    // No name for the highlight given: no key for it.
    expect(svg.querySelector(".legend circle")).toBeNull();
    // Not all twelve fit in 300 px: the rest are counted.
    const more = drawn.find((t) => t.startsWith("and "));
    expect(more).toBeDefined();
    const shown = drawn.filter((t) => /Event \d+$/.test(t)).length;
    expect(shown + Number(/\d+/.exec(more!)![0])).toBe(12);
  });
  it("sets a few events larger where the lanes leave room, and as given where they are full", () => {
    const index = crowdedIndex();
    const ids = index.dataset.events.map((e) => e.id);
    const opts = { ...BARE, width: 1200, fontSize: 20 };
    const titleSize = (svg: SVGSVGElement) =>
      Number(svg.querySelector("g[data-event] text")!.getAttribute("font-size"));
    // Three events in 1080 px: half as large again.
    expect(titleSize(buildTimelineSvg(index, ids.slice(0, 3), YEAR_2016, { ...opts, height: 1080 }))).toBe(30);
    // Twelve in 300 px do not all fit even at 20: as given.
    expect(titleSize(buildTimelineSvg(index, ids, YEAR_2016, { ...opts, height: 300 }))).toBe(20);
    // As tall as the lanes need (the handout): as given.
    expect(titleSize(buildTimelineSvg(index, ids.slice(0, 3), YEAR_2016, { ...opts, height: null }))).toBe(20);
  });
  it("sets a long title larger on a third line rather than keep a slide half empty", () => {
    // Three one-day events; the first's title 150 characters: two lines at 20 px beside its mark
    // at the window's start, three at 30.
    const d = miniDataset();
    d.events = [5, 150, 300].map((day, i) => ({
      ...d.events[0],
      id: `ev-${i}`,
      date: { start: new Date(Date.UTC(2016, 0, day)).toISOString().slice(0, 10) },
      title: { en: i ? `Event ${i}` : "A long title ".repeat(11) + "that ends here", zh: `事件${i}` },
    }));
    const index = buildDatasetIndex(d);
    const ids = d.events.map((e) => e.id);
    const svg = buildTimelineSvg(index, ids, YEAR_2016, {
      ...BARE,
      width: 1200,
      height: 1080,
      fontSize: 20,
    });
    const first = svg.querySelector(`g[data-event="${ids[0]}"] text`)!;
    expect(Number(first.getAttribute("font-size"))).toBe(30);
    const lines = [...first.querySelectorAll("tspan.title")].map((t) => t.textContent);
    expect(lines).toHaveLength(3);
    expect(lines.join(" ").replace(/\s+/g, " ")).toBe(index.eventsById.get(ids[0])!.title.en);
  });
  it("wraps a long heading onto two lines inside the image, and shortens only what two lines cannot hold", () => {
    const index = crowdedIndex();
    const ids = index.dataset.events.map((e) => e.id).slice(0, 3);
    const heading = (title: string) => {
      const svg = buildTimelineSvg(index, ids, YEAR_2016, { lang: "en", title, subtitle: "Themes: all", width: 1200 });
      const text = svg.querySelector("svg > text")!;
      const size = Number(text.getAttribute("font-size"));
      const x = Number(text.getAttribute("x"));
      const lines = [...text.querySelectorAll("tspan")].map((t) => t.textContent!);
      // The fallback measure: 0.6 of the size a character.
      for (const line of lines) expect(x + line.length * size * 0.6).toBeLessThanOrEqual(1200 - x);
      return lines;
    };
    const long = "Migration governance between China and the International Organization for Migration ".repeat(2);
    const two = heading(long.trim());
    expect(two).toHaveLength(2);
    expect(two.join(" ")).toBe(long.trim());
    const tooLong = heading(long.repeat(3).trim());
    expect(tooLong).toHaveLength(2);
    expect(tooLong[1].endsWith("…")).toBe(true);
  });
  it("keys the highlight in the legend when a selected event is drawn", () => {
    const index = crowdedIndex();
    const ids = index.dataset.events.map((e) => e.id).slice(0, 3);
    const opts = { ...BARE, selectedLabel: "Highlighted" };
    const legend = (selected: string[]) =>
      [...buildTimelineSvg(index, ids, YEAR_2016, { ...opts, selected }).querySelectorAll(".legend text")].map(
        (t) => t.textContent,
      );
    expect(legend(["ev-1"])[0]).toBe("Highlighted");
    expect(legend([])).not.toContain("Highlighted");
  });
  it("points to an event outside the window from the edge it lies beyond, inside the image", () => {
    const d = miniDataset();
    d.events = ["2015-11-15", "2016-06-01", "2017-03-01"].map((start, i) => ({
      ...d.events[0],
      id: `ev-${i}`,
      date: { start },
      title: { en: `Event ${i}`, zh: `事件${i}` },
    }));
    const index = buildDatasetIndex(d);
    const svg = buildTimelineSvg(index, ["ev-0", "ev-1", "ev-2"], YEAR_2016, {
      ...BARE,
      width: 1200,
      selected: ["ev-0", "ev-2"],
    });
    const mark = (id: string) => svg.querySelector(`g[data-event="${id}"] :is(circle, rect, path)`)!;
    expect(mark("ev-0").getAttribute("class")).toBe("off-window before");
    expect(mark("ev-2").getAttribute("class")).toBe("off-window after");
    expect(mark("ev-1").tagName).toBe("circle");
    for (const id of ["ev-0", "ev-2"]) {
      const xs = mark(id)
        .getAttribute("d")!
        .match(/-?[\d.]+(?=,)/g)!
        .map(Number);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(1200);
    }
    // Each title on the side away from the edge, inside the image.
    const text = (id: string) => svg.querySelector(`g[data-event="${id}"] text`)!;
    expect(text("ev-0").getAttribute("text-anchor")).toBe("start");
    expect(text("ev-2").getAttribute("text-anchor")).toBe("end");
  });
});
