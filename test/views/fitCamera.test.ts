import { describe, expect, it } from "vitest";
import { boxAround, isDefaultCamera, ratioToFit } from "../../src/views/fitCamera.ts";

describe("fitCamera", () => {
  it("knows sigma's untouched camera", () => {
    expect(isDefaultCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 })).toBe(true);
    expect(isDefaultCamera({ x: 0.5, y: 0.5, ratio: 0.6, angle: 0 })).toBe(false);
    expect(isDefaultCamera({ x: 0.3, y: 0.5, ratio: 1, angle: 0 })).toBe(false);
  });

  it("boxes the points, or says there are none", () => {
    expect(
      boxAround([
        { x: 0.2, y: 0.7 },
        { x: 0.4, y: 0.1 },
        { x: 0.3, y: 0.5 },
      ]),
    ).toEqual({ x0: 0.2, x1: 0.4, y0: 0.1, y1: 0.7 });
    expect(boxAround([])).toBeNull();
  });

  it("zooms in until the extent fills the viewport less its margins, on the tighter side", () => {
    // 400 × 100 px at ratio 1 in a 1000 × 600 viewport with 100 / 50 px margins: 800 × 500 of
    // room; the width binds (400 / 800).
    expect(ratioToFit({ width: 400, height: 100 }, { width: 1000, height: 600 }, { x: 100, y: 50 })).toBeCloseTo(0.5);
    // The height binds: 250 / 500.
    expect(ratioToFit({ width: 100, height: 250 }, { width: 1000, height: 600 }, { x: 100, y: 50 })).toBeCloseTo(0.5);
  });

  it("never frames wider than the whole graph, nor closer than the closest allowed", () => {
    expect(ratioToFit({ width: 5000, height: 10 }, { width: 1000, height: 600 }, { x: 0, y: 0 })).toBe(1);
    expect(ratioToFit({ width: 0, height: 0 }, { width: 1000, height: 600 }, { x: 0, y: 0 })).toBe(0.15);
    expect(ratioToFit({ width: 0, height: 0 }, { width: 1000, height: 600 }, { x: 0, y: 0 }, 0.3)).toBe(0.3);
  });
});
