import { describe, expect, it } from "vitest";
import { createLabelCollider } from "../../src/views/labelCollider.ts";

const box = (x: number, y: number, width = 50, height = 13) => ({ x, y, width, height });

describe("createLabelCollider", () => {
  it("refuses a label that overlaps one already drawn in the frame, and accepts those apart", () => {
    const c = createLabelCollider();
    expect(c.claim("a", box(0, 0))).toBe(true);
    expect(c.claim("b", box(40, 5))).toBe(false); // overlaps a
    expect(c.claim("c", box(0, 16))).toBe(true); // the next line down
    expect(c.claim("d", box(53, 0))).toBe(true); // beside a, with air
    expect(c.claim("e", box(51, 0))).toBe(false); // touching a
    // What was drawn: the boxes claimed, not those refused.
    expect(c.claimed()).toEqual([box(0, 0), box(0, 16), box(53, 0)]);
  });

  it("starts afresh on a reset, or when a label is drawn a second time (a new frame)", () => {
    const c = createLabelCollider();
    c.claim("a", box(0, 0));
    expect(c.claim("b", box(10, 0))).toBe(false);
    c.reset();
    expect(c.claim("b", box(10, 0))).toBe(true);
    // "b" again without a reset: a new frame, where "a" has not been drawn yet.
    expect(c.claim("b", box(10, 0))).toBe(true);
    expect(c.claim("a", box(0, 0))).toBe(false);
  });

  it("keeps other labels off what is reserved (a highlighted node's disc and label), but not that node's own", () => {
    const c = createLabelCollider();
    c.reserve("iom", box(100, 100, 20, 20), "disc");
    c.reserve("iom", box(123, 103, 40, 13), "label");
    expect(c.fits("china", box(90, 110))).toBe(false); // under IOM's disc
    expect(c.claim("china", box(150, 110))).toBe(false); // over IOM's label
    expect(c.claim("china", box(30, 130))).toBe(true);
    // IOM's own label is not kept out by its disc, nor counted twice.
    expect(c.claim("iom", box(123, 103, 40, 13))).toBe(true);
    expect(c.claimed()).toEqual([box(123, 103, 40, 13), box(30, 130)]);
    expect(c.labels().map((l) => l.key)).toEqual(["iom", "china"]);
  });
});
