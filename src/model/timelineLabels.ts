/**
 * Where an event's title goes on the timeline, in pixels: inside its bar when the bar is wide
 * enough, otherwise beside its mark — to the right, or to the left near the panel's right edge —
 * wrapped onto up to three lines (CJK text breaks between any two characters), and shortened with
 * an ellipsis only when even that cannot fit. The result includes the item's whole footprint (mark
 * and label), so that the timeline's stacking keeps labels from overlapping one another.
 */

/** Width of a piece of text on one line, px. */
export type Measure = (text: string) => number;

export interface LabelOptions {
  /** Widest a label beside a mark may be, px */
  maxWidth: number;
  /** ...and a title too long for three lines of that, before it is cut short */
  longWidth: number;
  /** A title this wide or narrower stays on one line, px */
  oneLine: number;
  maxLines: number;
  /** Between the mark and its label, px */
  gap: number;
  /** Kept free at the panel's edges, px */
  edge: number;
  /** Horizontal padding inside a bar, px */
  inset: number;
}

export const LABEL_OPTIONS: LabelOptions = {
  maxWidth: 220,
  longWidth: 340,
  oneLine: 180,
  maxLines: 3,
  gap: 4,
  edge: 2,
  inset: 4,
};

/** The label widths for titles set at `fontPx` (the defaults are for 12 px type). */
export function labelOptionsFor(fontPx: number): LabelOptions {
  const k = Math.max(1, fontPx / 12);
  const scaled = (x: number) => Math.round(x * k);
  return {
    ...LABEL_OPTIONS,
    maxWidth: scaled(LABEL_OPTIONS.maxWidth),
    longWidth: scaled(LABEL_OPTIONS.longWidth),
    oneLine: scaled(LABEL_OPTIONS.oneLine),
  };
}

export interface LabelPlacement {
  side: "inside" | "right" | "left";
  /** Label box, px from the window's left edge */
  left: number;
  width: number;
  lines: number;
  /** Beyond its lines of text: a set's gaps between rows of chips and a card's frame (spanSets.ts), px in all */
  gapsPx?: number;
  /** A set's chips in the order they are drawn (spanSets.ts packChips), by member index */
  order?: number[];
  /** Whether the title had to be cut short (ellipsis; the full one is on hover and focus) */
  clamped: boolean;
  /** The item's footprint, mark and label, px from the window's left edge */
  start: number;
  end: number;
}

const MIN_ROOM = 80;
/** Share of a label's width added for the browser's own text measure */
const SLACK = 0.03;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * The break units of a title: words with the space after them, or single CJK characters (and
 * full-width punctuation, which stays with the character before it, as browsers keep it).
 */
export function breakUnits(text: string): string[] {
  let units = unitCache.get(text);
  if (!units) {
    if (unitCache.size > 20_000) unitCache.clear();
    unitCache.set(text, (units = splitUnits(text)));
  }
  return units;
}
const unitCache = new Map<string, string[]>();

function splitUnits(text: string): string[] {
  const units: string[] = [];
  let word = "";
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) units.push(word);
      word = "";
      // Closing punctuation never starts a line.
      if (/[，。：；）」”、！？]/.test(ch) && units.length) units[units.length - 1] += ch;
      else units.push(ch);
    } else if (ch === " ") {
      units.push(word + " ");
      word = "";
    } else word += ch;
  }
  if (word) units.push(word);
  return units.filter((u) => u !== " ");
}

/**
 * Lines a greedy wrap at `width` makes, and the widest of them (trailing spaces left out). The
 * first line starts `indent` px in (a date before the title), so a first unit too wide for what is
 * left of it starts the second line. Counts only: the stacking calls this in its hot loop.
 */
export function wrap(units: string[], width: number, measure: Measure, indent = 0): { lines: number; widest: number } {
  return greedy(units, width, measure, indent, null);
}

/** The same wrap's lines themselves (trailing spaces trimmed), for text that does not wrap by itself (SVG). */
export function wrapLines(
  units: string[],
  width: number,
  measure: Measure,
  indent = 0,
): { lines: string[]; widest: number } {
  const starts: number[] = [];
  const { widest } = greedy(units, width, measure, indent, starts);
  const lines = starts.map((from, i) =>
    units
      .slice(from, starts[i + 1])
      .join("")
      .trimEnd(),
  );
  return { lines, widest };
}

/** The rule behind wrap and wrapLines; `starts` (when given) receives the unit each line starts at. */
function greedy(units: string[], width: number, measure: Measure, indent: number, starts: number[] | null) {
  let lines = 1;
  let line = indent;
  let widest = 0;
  starts?.push(0);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const w = measure(u);
    const ink = measure(u.trimEnd());
    if (line > 0 && line + ink > width) {
      lines++;
      line = 0;
      starts?.push(i);
    }
    widest = Math.max(widest, line + ink);
    line += w;
  }
  return { lines, widest };
}

/** The narrowest width in [lo, hi] (to within a pixel) at which `fits` still holds; it holds at `hi`. */
export function narrowestFit(lo: number, hi: number, fits: (width: number) => boolean): number {
  for (let i = 0; i < 12 && hi - lo > 1; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The narrowest box that holds the title in the fewest lines the rule allows: one line up to
 * `oneLine`, otherwise two lines, then three, no wider than `limit`; `clamped` when three lines
 * at `limit` still do not hold it.
 */
export function labelBox(
  units: string[],
  limit: number,
  measure: Measure,
  opts: LabelOptions = LABEL_OPTIONS,
): { width: number; lines: number; clamped: boolean } {
  const whole = wrap(units, Infinity, measure).widest;
  if (whole <= Math.min(opts.oneLine, limit)) return { ...boxInLines(units, 1, limit, measure)!, clamped: false };
  for (let lines = 2; lines <= opts.maxLines; lines++) {
    const box = boxInLines(units, lines, limit, measure);
    if (box) return { ...box, clamped: false };
  }
  return { width: Math.floor(limit), lines: opts.maxLines, clamped: true };
}

/** A label beside its mark in `room` px: up to maxWidth, wider (to longWidth) only for a title too long for that. */
function sideBox(units: string[], room: number, measure: Measure, opts: LabelOptions) {
  const box = labelBox(units, Math.min(opts.maxWidth, Math.max(room, MIN_ROOM)), measure, opts);
  if (!box.clamped || room <= opts.maxWidth) return box;
  return labelBox(units, Math.min(opts.longWidth, room), measure, opts);
}

/**
 * Places one title. `x0`/`x1`: the mark's extent in px from the window's left edge (a point's
 * dot included); `view`: the width of the visible timeline, px.
 */
export function placeLabel(
  title: string,
  x0: number,
  x1: number,
  view: number,
  measure: Measure,
  opts: LabelOptions = LABEL_OPTIONS,
): LabelPlacement {
  const units = breakUnits(title);
  // Inside the part of the bar that is on screen, when it holds the title in two lines.
  const visible0 = Math.max(x0, 0) + opts.inset;
  const visible1 = Math.min(x1, view) - opts.inset;
  if (visible1 - visible0 >= 40) {
    const box = labelBox(units, visible1 - visible0, measure, { ...opts, oneLine: visible1 - visible0, maxLines: 2 });
    if (!box.clamped)
      return { side: "inside", left: visible0, width: box.width, lines: box.lines, clamped: false, start: x0, end: x1 };
  }
  // A mark off screen keeps its label off screen too, on its far side: a title with no mark
  // beside it would take room from the events in view.
  if (x1 <= 0 || x0 >= view) {
    const box = sideBox(units, opts.longWidth, measure, opts);
    const left = x1 <= 0 ? x0 - opts.gap - box.width : x1 + opts.gap;
    const side = x1 <= 0 ? "left" : "right";
    return {
      side,
      left,
      width: box.width,
      lines: box.lines,
      clamped: box.clamped,
      start: Math.min(x0, left),
      end: Math.max(x1, left + box.width),
    };
  }
  const roomRight = view - opts.edge - (x1 + opts.gap);
  const roomLeft = x0 - opts.gap - opts.edge;
  // A phone's panel may hold neither side: the label still gets a readable width, cut short.
  const right = sideBox(units, roomRight, measure, opts);
  const fitsRight = roomRight > 0 && !right.clamped && right.width <= roomRight;
  let side: "right" | "left" = "right";
  let box = right;
  if (!fitsRight) {
    const left = sideBox(units, roomLeft, measure, opts);
    const fitsLeft = roomLeft > 0 && !left.clamped && left.width <= roomLeft;
    // Neither side holds it whole: the side with more room, cut short there.
    if (fitsLeft || roomLeft > roomRight) {
      side = "left";
      box = left;
    }
  }
  const width = Math.max(box.width, 1);
  const left = side === "right" ? x1 + opts.gap : x0 - opts.gap - width;
  return {
    side,
    left,
    width,
    lines: box.lines,
    clamped: box.clamped,
    start: Math.min(x0, left),
    end: Math.max(x1, left + width),
  };
}

/**
 * The narrowest box that holds the title in at most `lines` lines no wider than `limit` (null
 * when it cannot), cached per measure: the same titles are placed again on every filter and pan.
 */
function boxInLines(
  units: string[],
  lines: number,
  limit: number,
  measure: Measure,
): { width: number; lines: number } | null {
  let cache = shapeCache.get(measure);
  if (!cache) shapeCache.set(measure, (cache = new Map()));
  const key = `${lines}|${Math.floor(limit)}|${units.join("")}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let box: { width: number; lines: number } | null = null;
  const whole = wrap(units, Infinity, measure).widest;
  if (lines === 1) {
    if (whole <= limit)
      box = { width: Math.min(Math.ceil(whole * (1 + SLACK) + 2), Math.max(limit, Math.ceil(whole))), lines: 1 };
  } else if (wrap(units, limit, measure).lines <= lines) {
    const hi = narrowestFit(Math.min(limit, whole / lines), limit, (w) => wrap(units, w, measure).lines <= lines);
    const width = Math.min(limit, Math.ceil(wrap(units, hi, measure).widest * (1 + SLACK) + 2));
    box = { width, lines: wrap(units, width, measure).lines };
  }
  cache.set(key, box);
  return box;
}
const shapeCache = new WeakMap<Measure, Map<string, { width: number; lines: number } | null>>();

/**
 * Every way the title may sit whole beside its mark: the rule's own placement first (placeLabel),
 * then on either side in one, two or three lines, as wide as the rule allows and no wider than
 * the room on that side. A title inside its bar, or beside a mark off screen, has only the one.
 */
export function labelChoices(
  title: string,
  x0: number,
  x1: number,
  view: number,
  measure: Measure,
  opts: LabelOptions = LABEL_OPTIONS,
): LabelPlacement[] {
  const first = placeLabel(title, x0, x1, view, measure, opts);
  if (first.side === "inside" || x1 <= 0 || x0 >= view) return [first];
  const units = breakUnits(title);
  const choices = [first];
  // As wide as the rule lets this title be: maxWidth, or longWidth for one too long for that.
  const widest = first.width > opts.maxWidth ? opts.longWidth : opts.maxWidth;
  for (const side of ["right", "left"] as const) {
    const room = side === "right" ? view - opts.edge - (x1 + opts.gap) : x0 - opts.gap - opts.edge;
    if (room < MIN_ROOM) continue;
    for (let lines = 1; lines <= opts.maxLines; lines++) {
      const box = boxInLines(units, lines, Math.min(widest, room), measure);
      if (!box || box.width > room) continue;
      if (choices.some((c) => c.side === side && c.width === box.width && c.lines === box.lines)) continue;
      const left = side === "right" ? x1 + opts.gap : x0 - opts.gap - box.width;
      choices.push({
        side,
        left,
        width: box.width,
        lines: box.lines,
        clamped: false,
        start: Math.min(x0, left),
        end: Math.max(x1, left + box.width),
      });
    }
  }
  return choices;
}

/**
 * How many events a crowded window names (the rest go into blocks), from the room the panel has:
 * about one label per 170 × 40 px, at half that density since events bunch up; at least 6.
 */
export function labelBudget(width: number, height: number, max: number): number {
  const rows = Math.max(1, Math.floor((height - 30) / 40));
  const perRow = Math.max(1, width / 170);
  return Math.max(6, Math.min(max, Math.round(rows * perRow * 0.5)));
}

/**
 * A status band's label: at the band's start, or the window's left edge when the band starts
 * before it, moved left as far as needed to end inside the window. Returns its left, px.
 */
export function bandLabelLeft(bandStart: number, width: number, view: number, edge = LABEL_OPTIONS.edge): number {
  return Math.max(edge, Math.min(Math.max(bandStart, 0) + edge, view - edge - width));
}

/** Rows for labels that must not overlap: each takes the first row where the previous label ends before it. */
export function labelRows(labels: Array<{ left: number; width: number }>, gap = 8): number[] {
  const rowEnds: number[] = [];
  return labels.map((l) => {
    let row = rowEnds.findIndex((end) => end + gap <= l.left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = l.left + l.width;
    return row;
  });
}

/** A block's count is bold: its digits are this much wider than the titles' type measures them */
const BOLD = 1.1;

/** What a block's label holds; "tight": its count alone, in less padding; "none": nothing. */
export type BlockLabel = "main" | "words" | "count" | "tight" | "none";

/**
 * What a block's label holds in `width` px: its count and main event's title (shortened) when at
 * least `minMain` px of the title would show, else the count in words ("12 events"), else the
 * count alone — never a stub such as "12 G…". A block too narrow for its count (a year on a
 * phone) gives up `slack` px of its padding for it ("tight"), and shows nothing when even that is
 * too little: a count cut to its first digit would read as another number. The full list is on
 * hover and focus, and the block's button says what it holds.
 */
export function blockLabelMode(
  width: number,
  count: string,
  countInWords: string,
  measure: Measure,
  minMain = 80,
  slack = 0,
): BlockLabel {
  if (width >= measure(count) + measure(" ") + minMain) return "main";
  if (width >= measure(countInWords)) return "words";
  const digits = measure(count) * BOLD;
  if (width >= digits) return "count";
  return width + slack >= digits ? "tight" : "none";
}
