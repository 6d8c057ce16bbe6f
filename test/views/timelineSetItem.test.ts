/**
 * A card's shapes beside its mark (timelineSetItem.ts): on the sides with room, no wider than its
 * chips need, its heading's line counted, and out of sight when its mark is.
 */
import { describe, expect, it } from "vitest";
import type { SpanSet } from "../../src/model/spanSets.ts";
import type { TimelineItemSpec } from "../../src/model/timelineItems.ts";
import { LABEL_OPTIONS } from "../../src/model/timelineLabels.ts";
import { CARD_PAD_X, CARD_PAD_Y, CHIP_EXTRA, cardHeader, cardShapes } from "../../src/views/timelineSetItem.ts";

const measure = (text: string) => [...text].length * 10;
const member = (eventId: string, label: string) =>
  ({
    id: eventId,
    eventId,
    group: null,
    type: "range",
    start: 0,
    end: 1,
    label,
    dateLabel: "1–2 December 2011",
  }) as TimelineItemSpec;
const set: SpanSet = {
  id: "set|all|0|1",
  kind: "card",
  point: false,
  group: null,
  start: 0,
  end: 1,
  members: [member("a", "aaaa"), member("b", "bbbb"), member("c", "cccc")],
};

describe("cardShapes", () => {
  const header = "1–2 Dec · 3"; // 11 characters: 110 px
  it("offers shapes on both sides of a mark with room, each as wide as its chips or its heading", () => {
    const shapes = cardShapes(set, header, 500, 504, { view: 1200, measure, labelOpts: LABEL_OPTIONS, rowGap: 3 });
    expect(new Set(shapes.map((p) => p.side))).toEqual(new Set(["right", "left"]));
    // Three 54 px chips side by side (+ 2 gaps of 10) inside the frame: 182 + 10 px.
    const chipsWide = 3 * (Math.ceil(40 * 1.03 + 2) + CHIP_EXTRA) + 20 + CARD_PAD_X;
    for (const p of shapes) {
      expect(p.width).toBe(chipsWide);
      // The heading's line and one row of chips; the gap under the heading and the frame.
      expect(p).toMatchObject({ lines: 2, gapsPx: 3 + CARD_PAD_Y, clamped: false });
      if (p.side === "right") expect(p.left).toBe(504 + LABEL_OPTIONS.gap);
      else expect(p.left + p.width).toBe(500 - LABEL_OPTIONS.gap);
    }
  });
  it("beside a mark at the panel's right edge, only to its left", () => {
    const shapes = cardShapes(set, header, 1190, 1194, { view: 1200, measure, labelOpts: LABEL_OPTIONS, rowGap: 3 });
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.every((p) => p.side === "left" && p.end === 1194)).toBe(true);
  });
  it("narrower shapes take more rows of chips", () => {
    const long = { ...set, members: Array.from({ length: 8 }, (_, i) => member(`e${i}`, "x".repeat(20))) };
    const shapes = cardShapes(long, header, 10, 14, {
      view: 2000,
      measure,
      labelOpts: LABEL_OPTIONS,
      rowGap: 3,
    }).filter((p) => p.side === "right");
    const byWidth = [...shapes].sort((p, q) => p.width - q.width);
    expect(byWidth.length).toBeGreaterThan(1);
    expect(byWidth[0].lines).toBeGreaterThan(byWidth.at(-1)!.lines);
  });
  it("with less room than a label on either side (a phone), one shape on the side with more, inside the panel", () => {
    const [p, ...more] = cardShapes(set, header, 150, 154, { view: 300, measure, labelOpts: LABEL_OPTIONS, rowGap: 3 });
    expect(more).toEqual([]);
    // 144 px of room: two chips a row (118 px) inside the frame.
    expect(p).toMatchObject({ side: "left", width: 128, left: 150 - LABEL_OPTIONS.gap - 128 });
  });
  it("off screen, one shape away from the screen", () => {
    expect(
      cardShapes(set, header, -40, -36, { view: 1200, measure, labelOpts: LABEL_OPTIONS, rowGap: 3 }),
    ).toMatchObject([{ side: "left" }]);
    expect(
      cardShapes(set, header, 1300, 1304, { view: 1200, measure, labelOpts: LABEL_OPTIONS, rowGap: 3 }),
    ).toMatchObject([{ side: "right" }]);
  });
});

describe("cardHeader", () => {
  it("names the shared dates and the count, in either language", () => {
    expect(cardHeader(set, "en")).toBe("1–2 December 2011 · 3 events");
    expect(cardHeader(set, "zh")).toBe("1–2 December 2011 · 3 个事件");
  });
});
