import { describe, expect, it } from "vitest";
import { revealWindow } from "../../src/model/revealWindow.ts";

const full = { start: 0, end: 10_000 };
const window = { start: 1000, end: 2000 };

describe("revealWindow", () => {
  it("leaves an event that is in view with its label, margins included", () => {
    expect(revealWindow({ start: 1100, end: 1200 }, 50, window, full, false)).toBeNull();
  });

  it("centres an event whose label runs past the edge, keeping the zoom", () => {
    const to = revealWindow({ start: 1900, end: 1900 }, 200, window, full, false)!;
    expect(to.end - to.start).toBe(1000);
    // The need is 1870…2130 (3% margins); the window is centred on it.
    expect((to.start + to.end) / 2).toBeCloseTo(2000);
  });

  it("widens the window for an event longer than it, within the whole range", () => {
    const to = revealWindow({ start: 500, end: 4500 }, 0, window, full, false)!;
    expect(to.end - to.start).toBeCloseTo((4530 - 470) * 1.15);
    expect(revealWindow({ start: 0, end: 20_000 }, 0, window, full, false)).toEqual(full);
  });

  it("moves a story step's authored window only for an event outside it", () => {
    // Its label would run past the edge, but the step's window stays.
    expect(revealWindow({ start: 1990, end: 1990 }, 500, window, full, true)).toBeNull();
    expect(revealWindow({ start: 3000, end: 3000 }, 0, window, full, true)).toEqual({ start: 2500, end: 3500 });
  });
});
