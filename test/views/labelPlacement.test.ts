import { describe, expect, it } from "vitest";
import { LABEL_GAP, placeLabel } from "../../src/views/labelPlacement.ts";

describe("placeLabel", () => {
  const node = (x: number) => ({ x, y: 100, size: 6 });

  it("puts a label right of its node, as sigma does, when it fits", () => {
    const { left, box } = placeLabel(node(100), 80, 13, 500);
    expect(left).toBe(false);
    expect(box).toEqual({ x: 100 + 6 + LABEL_GAP, y: 100 - 6.5, width: 80, height: 13 });
  });

  it("moves a label that would run off the right edge to the left of its node", () => {
    const { left, box } = placeLabel(node(460), 80, 13, 500);
    expect(left).toBe(true);
    expect(box.x + box.width).toBe(460 - 6 - LABEL_GAP);
    expect(box.x).toBeGreaterThanOrEqual(0);
  });

  it("keeps a label that just fits on the right", () => {
    expect(placeLabel(node(500 - 80 - 6 - LABEL_GAP), 80, 13, 500).left).toBe(false);
    expect(placeLabel(node(500 - 80 - 6 - LABEL_GAP + 1), 80, 13, 500).left).toBe(true);
  });

  it("on a canvas too narrow for either side, takes the side that cuts off less", () => {
    // 120 px wide: a 100 px label at x 70 loses 59 px on the right, 39 on the left.
    expect(placeLabel(node(70), 100, 13, 120).left).toBe(true);
    // At x 40 it loses 29 on the right, 69 on the left.
    expect(placeLabel(node(40), 100, 13, 120).left).toBe(false);
  });
});
