/**
 * The timeline as a standalone SVG (for the PNG and SVG exports, the slides and the handout). Built
 * as DOM with textContent, serialised at the end.
 */
import { scaleUtc } from "d3-scale";
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { axisTickLabel } from "../model/axisTickLabel.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { ellipsis, MAX_LINES, placeSvgTitle, titleLines, type SvgTitle } from "./timelineSvgTitle.ts";

const NS = "http://www.w3.org/2000/svg";
const FONT = '"Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface TimelineSvgOptions {
  lang: Lang;
  title: string;
  subtitle: string;
  /** Default 1920 × 1080 (a 16:9 slide); without a height, as tall as the lanes need */
  width?: number;
  height?: number | null;
  /** Event label size in px (default 18) */
  fontSize?: number;
  /** Theme colours (colors.ts), so the image matches the app */
  themeColor?: (id: string) => string;
  /** Selected events: drawn highlighted */
  selected?: string[];
  /** Theme labels for the legend */
  themeLabel?: (id: string) => string;
  /** No title block (the page around the image says what it is) */
  bare?: boolean;
  /** "and N more" label text */
  moreLabel?: (n: number) => string;
  /** The legend's name for the selected events' highlight (none without it) */
  selectedLabel?: string;
}

/** The selected events' colour, and the legend's key for it (not a theme id: those are words) */
const SELECTED = "#c2410c";
const HIGHLIGHT = "\u0000highlight";

/** A point's mark for titles of `font` px: its radius with its stroke (3 px selected, else 1.5), px. */
function dotRadius(font: number, selected: boolean): number {
  return selected ? font * 0.4 + 1.5 : font * 0.3 + 0.75;
}

let measureCtx: CanvasRenderingContext2D | null = null;
function measure(text: string, size: number, weight = 400): number {
  measureCtx ??= document.createElement("canvas").getContext("2d");
  if (!measureCtx) return text.length * size * 0.6;
  measureCtx.font = `${weight} ${size}px ${FONT}`;
  return measureCtx.measureText(text).width;
}

/**
 * The window's axis, the events in non-overlapping lanes (each title beside its mark, placed by
 * timelineSvgTitle.ts; a focal title whole on as many lanes as its lines need), theme colours with
 * their legend, and the selection highlighted. An event outside the window (a story step's may
 * be) is a triangle at the edge it lies beyond, its date beside it. With a fixed height, events
 * that do not fit are counted, not cut (the selected ones are placed first, so they are never
 * among them), and a few events that leave lanes to spare are set larger, to be read from the
 * back of a room.
 */
export function buildTimelineSvg(
  index: DatasetIndex,
  eventIds: string[],
  window: { start: number; end: number },
  opts: TimelineSvgOptions,
): SVGSVGElement {
  const width = opts.width ?? 1920;
  const fixedHeight = opts.height === undefined ? 1080 : opts.height;
  const legendLabel = (id: string) => (id === HIGHLIGHT ? opts.selectedLabel! : (opts.themeLabel?.(id) ?? id));
  const selected = new Set(opts.selected ?? []);
  const color = opts.themeColor ?? (() => "#3b4a5a");
  const base = opts.fontSize ?? 18;
  /** Everything the image's size follows from, laid out for titles of `font` px on up to `lines` lines. */
  const layout = (font: number, lines?: number) => {
    const small = Math.round(font * 0.85);
    const pad = Math.round(font * 1.2);
    // Below the heading and its subtitle, the axis.
    const head = opts.bare
      ? null
      : headline(opts.title, opts.subtitle, { room: width - 2 * pad, pad, small, font }, base);
    const top = head ? Math.round(head.bottom + small * 2 + 12) : Math.round(small * 2.5);
    const laneH = Math.round(font * 1.7);
    const x = scaleUtc()
      .domain([window.start, window.end])
      .range([pad, width - pad]);
    // The legend: the highlight, where some event has it, then the themes of the events drawn.
    const themes = [...new Set(eventIds.map((id) => index.eventsById.get(id)?.themes[0]).filter(Boolean))] as string[];
    if (opts.selectedLabel && eventIds.some((id) => selected.has(id))) themes.unshift(HIGHLIGHT);
    const legendRows: Array<Array<{ id: string; x: number }>> = [[]];
    let lx = pad;
    for (const id of themes) {
      const label = legendLabel(id);
      const w = small * 1.4 + measure(label, small) + small * 1.4;
      if (lx + w > width - pad && legendRows[legendRows.length - 1].length) {
        legendRows.push([]);
        lx = pad;
      }
      legendRows[legendRows.length - 1].push({ id, x: lx });
      lx += w;
    }
    const legendH = themes.length ? legendRows.length * small * 1.6 + small : 0;
    const maxLanes = fixedHeight ? Math.max(1, Math.floor((fixedHeight - top - legendH - pad) / laneH)) : Infinity;
    const lanes: number[] = []; // right edge (px) of what is already in each lane
    let hidden = 0;
    const lineH = Math.round(font * 1.25);
    const placed: Array<{
      e: NonNullable<ReturnType<typeof index.eventsById.get>>;
      x0: number;
      x1: number;
      off: "before" | "after" | null;
      lane: number;
      date: string;
      title: SvgTitle;
    }> = [];
    // The selected events take their lanes first: where not all fit, the ones left out are others.
    const order = [...eventIds.filter((id) => selected.has(id)), ...eventIds.filter((id) => !selected.has(id))];
    for (const id of order) {
      const e = index.eventsById.get(id)!;
      const span = index.spans.get(id)!;
      const date = formatEventDate(e.date, opts.lang);
      const weight = selected.has(id) ? 700 : 400;
      // An event outside the window (a story step's may be) is pointed to at the edge it lies beyond.
      const off = span.end <= window.start ? "before" : span.start >= window.end ? "after" : null;
      const x0 = off ? (off === "before" ? pad : width - pad) : Math.max(pad, x(span.start));
      const x1 = off ? x0 + 6 : Math.min(width - pad, Math.max(x0 + 6, x(span.end)));
      const title = placeSvgTitle({
        title: e.title[opts.lang],
        x0,
        x1,
        dateW: measure(`${date}  `, small),
        width,
        pad,
        focal: selected.has(id),
        measure: (text) => measure(text, font, weight),
        lines,
        dot: dotRadius(font, selected.has(id)),
      });
      // A title on several lines takes as many lanes as its lines need, all free where it starts.
      const need = Math.ceil((laneH + (title.lines.length - 1) * lineH) / laneH);
      const free = (l: number) =>
        Array.from({ length: need }, (_, k) => lanes[l + k] ?? -Infinity).every((r) => r + 12 <= title.left);
      let lane = 0;
      while (lane < lanes.length && !free(lane)) lane++;
      if (lane + need > maxLanes) {
        hidden++;
        continue;
      }
      for (let k = 0; k < need; k++) lanes[lane + k] = title.right;
      placed.push({ e, x0, x1, off, lane, date, title });
    }
    const cut =
      placed.filter((p) => p.title.lines.at(-1)!.endsWith("…") && !p.e.title[opts.lang].endsWith("…")).length +
      (head?.cut ? 1 : 0);
    return { font, small, pad, head, top, laneH, lineH, x, legendRows, legendH, placed, hidden, lanes, cut };
  };
  let laid = layout(base);
  // With a fixed height and lanes to spare (a slide of a few events), the titles are set larger,
  // up to half as large again — on as many lines as a selected title may take, since the lanes are
  // there — as long as no title more is left out or shortened.
  if (fixedHeight && laid.hidden === 0)
    for (const k of [1.5, 1.3, 1.15]) {
      const big = layout(Math.round(base * k), MAX_LINES);
      if (big.hidden > 0 || big.cut > laid.cut) continue;
      laid = big;
      break;
    }
  const { font, small, pad, head, top, laneH, lineH, x, legendRows, legendH, placed, hidden, lanes } = laid;
  const height = fixedHeight ?? top + Math.max(1, lanes.length) * laneH + legendH + pad;
  const svg = el("svg", { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT });
  svg.append(el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  if (head) {
    const text = el("text", { x: head.x, y: head.y, "font-size": head.size, "font-weight": 700, fill: "#16202b" });
    head.lines.forEach((line, i) => text.append(el("tspan", i ? { x: head.x, dy: head.lineH } : {}, line)));
    svg.append(text);
    svg.append(el("text", { x: head.x, y: head.subY, "font-size": head.small, fill: "#5b6673" }, head.sub));
  }
  const axis = el("g", { "font-size": small, fill: "#5b6673" });
  const tickCount = Math.max(2, Math.floor(width / (small * 9)));
  for (const tick of x.ticks(tickCount)) {
    const tx = x(tick);
    axis.append(el("line", { x1: tx, x2: tx, y1: top - small, y2: height - legendH - pad / 2, stroke: "#e3e7ec" }));
    // A tick too near the right edge for its label keeps its line only.
    const label = axisTickLabel(tick, opts.lang);
    if (tx + 4 + measure(label, small) <= width - 4) axis.append(el("text", { x: tx + 4, y: top - small - 4 }, label));
  }
  svg.append(axis);
  for (const p of placed) {
    const y = top + p.lane * laneH;
    const isSel = selected.has(p.e.id);
    const g = el("g", isSel ? { class: "selected", "data-event": p.e.id } : { "data-event": p.e.id });
    const theme = color(p.e.themes[0]);
    const stroke = isSel ? SELECTED : p.e.planned ? "#a16207" : theme;
    const dash = p.e.planned ? "6 4" : "none";
    const sw = isSel ? 3 : 1.5;
    if (p.off) {
      // A triangle at the edge, pointing to where the event lies.
      const r = (dotRadius(font, isSel) - sw / 2) * 1.2;
      const cy = y + laneH / 2;
      const tip = p.off === "before" ? p.x0 - r : p.x0 + r;
      const back = p.off === "before" ? p.x0 + r : p.x0 - r;
      g.append(
        el("path", {
          class: `off-window ${p.off}`,
          d: `M${tip},${cy} L${back},${cy - r} L${back},${cy + r} Z`,
          fill: p.e.planned ? "#fff" : stroke,
          stroke,
          "stroke-width": sw,
          "stroke-linejoin": "round",
          "stroke-dasharray": dash,
        }),
      );
    } else if (p.x1 - p.x0 > 6)
      g.append(
        el("rect", {
          x: p.x0,
          y: y + 4,
          width: p.x1 - p.x0,
          height: laneH - 8,
          rx: 4,
          fill: isSel ? "#ffe4d5" : theme,
          "fill-opacity": isSel ? 1 : 0.22,
          stroke,
          "stroke-width": sw,
          "stroke-dasharray": dash,
        }),
      );
    else
      g.append(
        el("circle", {
          cx: p.x0,
          cy: y + laneH / 2,
          r: dotRadius(font, isSel) - sw / 2,
          fill: p.e.planned ? "#fff" : stroke,
          stroke,
          "stroke-width": sw,
          "stroke-dasharray": dash,
        }),
      );
    const text = el("text", {
      x: p.title.x,
      y: y + laneH / 2 + font * 0.35,
      "font-size": font,
      fill: "#16202b",
      "font-weight": isSel ? 700 : 400,
      "text-anchor": p.title.anchorEnd ? "end" : "start",
    });
    text.append(el("tspan", { class: "date", "font-size": small, fill: "#5b6673" }, `${p.date}  `));
    p.title.lines.forEach((line, i) =>
      text.append(el("tspan", i === 0 ? { class: "title" } : { class: "title", x: p.title.x, dy: lineH }, line)),
    );
    g.append(text);
    svg.append(g);
  }
  if (hidden && opts.moreLabel)
    svg.append(
      el(
        "text",
        { x: width - pad, y: height - legendH - pad / 2, "font-size": small, fill: "#5b6673", "text-anchor": "end" },
        opts.moreLabel(hidden),
      ),
    );
  const legend = el("g", { "font-size": small, fill: "#16202b", class: "legend" });
  legendRows.forEach((row, i) => {
    const y = height - legendH + small * 0.5 + small * 1.6 * (i + 0.5);
    for (const item of row) {
      legend.append(
        item.id === HIGHLIGHT
          ? el("circle", { cx: item.x + small * 0.45, cy: y, r: small * 0.4, fill: SELECTED, stroke: SELECTED })
          : el("rect", {
              x: item.x,
              y: y - small * 0.45,
              width: small * 0.9,
              height: small * 0.9,
              rx: 2,
              fill: color(item.id),
            }),
      );
      legend.append(el("text", { x: item.x + small * 1.4, y: y + small * 0.35 }, legendLabel(item.id)));
    }
  });
  svg.append(legend);
  return svg;
}

/**
 * The image's heading in `room` px, from its margin `pad`: on one line or two at 1.6× the size the
 * titles were asked for (`least`; 1.25× theirs, `font`, where set larger), else smaller (down to
 * `least`), and only then shortened — a long title typed for the image is never cut by its edge;
 * its subtitle, in the `small` type, on one line, shortened if need be. Where they fall, px.
 */
function headline(
  title: string,
  subtitle: string,
  { room, pad, small, font }: { room: number; pad: number; small: number; font: number },
  least: number,
) {
  const bold = (size: number) => (text: string) => measure(text, size, 700);
  // Set larger with the titles, it grows less than they do: it would take their lanes.
  let size = Math.round(Math.max(least * 1.6, font * 1.25));
  let lines = titleLines(title, room, 0, bold(size), 2);
  while (!lines && size - 2 >= least) {
    size -= 2;
    lines = titleLines(title, room, 0, bold(size), 2);
  }
  const cut = !lines;
  if (!lines) {
    const all = titleLines(title, room, 0, bold(size), Infinity) ?? [title];
    lines = [all[0], ellipsis(title.slice(all[0].length).trimStart(), room, bold(size))];
  }
  const lineH = Math.round(size * 1.25);
  const y = pad + size * 0.875;
  const subY = y + (lines.length - 1) * lineH + small * 1.8;
  const sub = ellipsis(subtitle, room, (text) => measure(text, small));
  return { x: pad, lines, size, lineH, small, sub, y, subY, bottom: subY, cut: cut || sub !== subtitle };
}

export function svgToString(svg: SVGSVGElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

/** Rasterise an SVG to a canvas (via a blob: image, which the CSP allows). */
export async function svgToCanvas(svg: SVGSVGElement): Promise<HTMLCanvasElement> {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([svgToString(svg)], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    canvas.getContext("2d")!.drawImage(img, 0, 0);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}
