import { describe, expect, it } from "vitest";
import {
  bandLabelLeft,
  blockLabelMode,
  labelChoices,
  breakUnits,
  labelBox,
  labelBudget,
  labelRows,
  LABEL_OPTIONS,
  narrowestFit,
  placeLabel,
  wrap,
  wrapLines,
} from "../../src/model/timelineLabels.ts";
import { stackBestOrder, stackLabels } from "../../src/model/timelineStacking.ts";

/** 7 px a Latin character, 13 px a CJK one: the shape of real text, without a browser. */
const measure = (text: string) =>
  [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7), 0);

describe("breakUnits and wrap", () => {
  it("breaks Latin text between words and CJK text between any two characters, punctuation kept with the one before", () => {
    expect(breakUnits("China joins IOM")).toEqual(["China ", "joins ", "IOM"]);
    expect(breakUnits("中国加入，国际")).toEqual(["中", "国", "加", "入，", "国", "际"]);
  });
  it("wraps greedily and reports the widest line without its trailing space", () => {
    const units = breakUnits("aaaa bbbb cccc");
    expect(wrap(units, Infinity, measure)).toEqual({ lines: 1, widest: 98 });
    expect(wrap(units, 70, measure)).toEqual({ lines: 2, widest: 63 });
    expect(wrap(breakUnits("中国成为国际移民组织观察员"), 60, measure).lines).toBe(4);
  });
});

describe("wrapLines and narrowestFit", () => {
  it("gives the same wrap's lines, trailing spaces trimmed, and agrees with wrap's count", () => {
    const units = breakUnits("aaaa bbbb cccc");
    expect(wrapLines(units, 70, measure)).toEqual({ lines: ["aaaa bbbb", "cccc"], widest: 63 });
    expect(wrap(units, 70, measure).lines).toBe(2);
    const zh = breakUnits("中国成为国际移民组织观察员");
    expect(wrapLines(zh, 60, measure).lines).toEqual(["中国成为", "国际移民", "组织观察", "员"]);
  });
  it("starts the first line after an indent, and moves a first unit too wide for what is left to line two", () => {
    const units = breakUnits("aaaa bbbb");
    expect(wrapLines(units, 70, measure, 20)).toEqual({ lines: ["aaaa", "bbbb"], widest: 48 });
    expect(wrapLines(units, 70, measure, 50).lines).toEqual(["", "aaaa bbbb"]);
    expect(wrap(units, 70, measure, 50).lines).toBe(2);
  });
  it("finds the narrowest width that still fits, to within a pixel", () => {
    const w = narrowestFit(0, 200, (x) => x >= 123.4);
    expect(w).toBeGreaterThanOrEqual(123.4);
    expect(w - 123.4).toBeLessThanOrEqual(1);
  });
});

describe("labelBox", () => {
  it("keeps a short title on one line, and wraps a long one onto the fewest lines within the limit", () => {
    // 77 px of text, and 3% + 2 px of slack for the browser's own measure.
    expect(labelBox(breakUnits("Short title"), 220, measure)).toEqual({ width: 82, lines: 1, clamped: false });
    const long = breakUnits("IOM Director General Swing visits Beijing; Vice Foreign Minister Wang Chao submits");
    const box = labelBox(long, 220, measure);
    expect(box.lines).toBe(3);
    expect(box.width).toBeLessThanOrEqual(220);
    expect(wrap(long, box.width, measure).lines).toBe(3);
    expect(box.clamped).toBe(false);
  });
  it("says when even three lines at the limit cannot hold the title (it is then cut with an ellipsis)", () => {
    const box = labelBox(breakUnits("word ".repeat(40).trim()), 100, measure);
    expect(box).toEqual({ width: 100, lines: 3, clamped: true });
  });
});

describe("placeLabel", () => {
  const title = "China joins IOM as its 165th member state";
  it("puts the title beside a point, to its right", () => {
    const p = placeLabel(title, 95, 105, 800, measure);
    expect(p.side).toBe("right");
    expect(p.left).toBe(105 + LABEL_OPTIONS.gap);
    expect(p.clamped).toBe(false);
    expect(p.start).toBe(95);
    expect(p.end).toBe(p.left + p.width);
  });
  it("puts it left of a mark near the panel's right edge, inside the panel", () => {
    const p = placeLabel(title, 760, 770, 800, measure);
    expect(p.side).toBe("left");
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + p.width).toBe(760 - LABEL_OPTIONS.gap);
    expect(p.start).toBe(p.left);
  });
  it("puts it inside a bar wide enough to hold it, within the part on screen", () => {
    const p = placeLabel(title, -300, 700, 800, measure);
    expect(p.side).toBe("inside");
    expect(p.left).toBe(LABEL_OPTIONS.inset);
    expect(p.width).toBeLessThanOrEqual(700 - 2 * LABEL_OPTIONS.inset);
    expect([p.start, p.end]).toEqual([-300, 700]);
  });
  it("puts a short multi-day bar's title beside it, not inside", () => {
    expect(placeLabel(title, 100, 106, 800, measure).side).toBe("right");
  });
  it("keeps the label of a mark off screen off screen, on its far side", () => {
    const before = placeLabel(title, -50, 0, 800, measure);
    expect(before.side).toBe("left");
    expect(before.left + before.width).toBeLessThanOrEqual(0);
    const after = placeLabel(title, 800, 810, 800, measure);
    expect(after.left).toBeGreaterThanOrEqual(800);
  });
  it("on a narrow panel where neither side holds it, takes the side with more room and cuts it short", () => {
    const p = placeLabel("word ".repeat(30).trim(), 40, 50, 150, measure);
    expect(p.side).toBe("right");
    expect(p.clamped).toBe(true);
  });
});

describe("stackLabels", () => {
  it("stacks overlapping labels first-fit, in order, without overlap", () => {
    const marks = [
      { title: "First event of the day", x0: 395, x1: 405 },
      { title: "Second event of the day", x0: 396, x1: 406 },
      { title: "Third event of the day", x0: 397, x1: 407 },
    ];
    const placed = stackLabels(marks, 800, measure);
    expect(placed.map((p) => p.side)).toEqual(["right", "right", "right"]);
    expect(placed.map((p) => p.top)).toEqual([0, 20, 40]);
    for (let i = 0; i < placed.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [placed[i], placed[j]];
        const apart = a.from >= b.to || a.to <= b.from || a.top >= b.top + b.height || a.top + a.height <= b.top;
        expect(apart).toBe(true);
      }
  });
  it("keeps every label on one row when marks are far apart", () => {
    const marks = [0, 1, 2, 3].map((i) => ({ title: "Event", x0: 10 + i * 200, x1: 20 + i * 200 }));
    expect(stackLabels(marks, 800, measure).map((p) => p.top)).toEqual([0, 0, 0, 0]);
  });
});

describe("labelBudget", () => {
  it("grows with the panel's area, half-filled, at least 6 and at most the cap", () => {
    expect(labelBudget(850, 590, 120)).toBe(35);
    expect(labelBudget(1700, 590, 120)).toBe(70);
    expect(labelBudget(300, 100, 120)).toBe(6);
    expect(labelBudget(4000, 2000, 120)).toBe(120);
  });
});

describe("status band labels", () => {
  it("start at the band, or at the window's edge, and move left to end inside the window", () => {
    expect(bandLabelLeft(100, 150, 800)).toBe(102);
    expect(bandLabelLeft(-400, 150, 800)).toBe(2);
    expect(bandLabelLeft(700, 150, 800)).toBe(648);
  });
  it("take separate rows only when they would overlap", () => {
    expect(
      labelRows([
        { left: 0, width: 150 },
        { left: 100, width: 150 },
        { left: 400, width: 100 },
      ]),
    ).toEqual([0, 1, 0]);
  });
});

describe("blockLabelMode", () => {
  const m = (text: string) => text.length * 7;
  it("names the main event only when a readable part of its title fits", () => {
    expect(blockLabelMode(200, "16", "16 events", m)).toBe("main");
    expect(blockLabelMode(80, "16", "16 events", m)).toBe("words");
    expect(blockLabelMode(40, "16", "16 events", m)).toBe("count");
  });
  it("gives up padding for a count that is too wide for it, and shows none rather than a part of one", () => {
    // "16" in bold: 14 px × 1.1.
    expect(blockLabelMode(15.5, "16", "16 events", m, 80, 6)).toBe("count");
    expect(blockLabelMode(11, "16", "16 events", m, 80, 6)).toBe("tight");
    expect(blockLabelMode(9, "16", "16 events", m, 80, 6)).toBe("none");
    expect(blockLabelMode(9, "16", "16 events", m)).toBe("none");
  });
});

describe("stackBestOrder", () => {
  it("keeps the first order when it leaves nothing below the room, else takes the one that leaves fewest", () => {
    const marks = [0, 1, 2].map((i) => ({ title: `Event ${i}`, x0: 10 + i * 5, x1: 20 + i * 5 }));
    const roomy = stackBestOrder([marks, [...marks].reverse()], 1000, 800, measure);
    expect(roomy.marks).toBe(marks);
    // A staircase of right-hand labels near the right edge: from the right, they sit side by side.
    const edge = [0, 1, 2, 3].map((i) => ({
      title: "A title of some length here",
      x0: 560 + i * 60,
      x1: 566 + i * 60,
    }));
    const best = stackBestOrder([edge, [...edge].reverse()], 40, 800, measure);
    const below = (p: { top: number; height: number }[]) => p.filter((x) => x.top + x.height > 40).length;
    expect(below(best.placed)).toBeLessThanOrEqual(below(stackLabels(edge, 800, measure)));
    for (let i = 0; i < best.placed.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [best.placed[i], best.placed[j]];
        expect(a.from >= b.to || a.to <= b.from || a.top >= b.top + b.height || a.top + a.height <= b.top).toBe(true);
      }
  });
});

describe("labelChoices", () => {
  it("offers the rule's own placement first, then both sides in one to three lines, each within its room", () => {
    const title = "A fairly long event title that wants two lines at least";
    const choices = labelChoices(title, 395, 405, 800, measure);
    expect(choices[0]).toEqual(placeLabel(title, 395, 405, 800, measure));
    expect(new Set(choices.map((c) => c.side))).toEqual(new Set(["right", "left"]));
    for (const c of choices) {
      expect(c.clamped).toBe(false);
      if (c.side === "right") expect(c.left + c.width).toBeLessThanOrEqual(800);
      else expect(c.left).toBeGreaterThanOrEqual(0);
    }
  });
  it("has only the one placement for a title inside its bar", () => {
    expect(labelChoices("Short", 0, 700, 800, measure)).toHaveLength(1);
  });
});
