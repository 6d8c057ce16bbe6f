/**
 * The timeline as a standalone SVG (for the PNG and SVG exports): the window's axis and the
 * visible events in non-overlapping lanes. Built as DOM with textContent, serialised at the end.
 */
import { scaleUtc } from "d3-scale";
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { formatEventDate } from "../model/formatDate.ts";

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

export function buildTimelineSvg(
  index: DatasetIndex,
  eventIds: string[],
  window: { start: number; end: number },
  opts: { lang: Lang; title: string; subtitle: string; width?: number },
): SVGSVGElement {
  const width = opts.width ?? 1600;
  const top = 84;
  const laneH = 22;
  const x = scaleUtc()
    .domain([window.start, window.end])
    .range([20, width - 20]);
  const charW = opts.lang === "zh" ? 13 : 7;
  const lanes: number[] = []; // right edge (px) of the last item in each lane
  const placed = eventIds.map((id) => {
    const e = index.eventsById.get(id)!;
    const span = index.spans.get(id)!;
    const label = `${formatEventDate(e.date, opts.lang)} ${e.title[opts.lang]}`;
    const x0 = Math.max(20, x(span.start));
    const x1 = Math.min(width - 20, Math.max(x0 + 6, x(span.end)));
    const right = Math.min(width, x0 + Math.max(x1 - x0, 10 + label.length * charW)) + 8;
    let lane = lanes.findIndex((r) => r <= x0);
    if (lane < 0) lane = lanes.push(0) - 1;
    lanes[lane] = right;
    return { e, x0, x1, lane, label };
  });
  const height = top + Math.max(1, lanes.length) * laneH + 20;
  const svg = el("svg", { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT });
  svg.append(el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }));
  svg.append(el("text", { x: 20, y: 28, "font-size": 20, "font-weight": 700, fill: "#16202b" }, opts.title));
  svg.append(el("text", { x: 20, y: 50, "font-size": 13, fill: "#5b6673" }, opts.subtitle));
  const axis = el("g", { "font-size": 11, fill: "#5b6673" });
  const tickCount = Math.max(2, Math.floor(width / 140));
  const tickLabel = x.tickFormat(tickCount);
  for (const tick of x.ticks(tickCount)) {
    const tx = x(tick);
    axis.append(el("line", { x1: tx, x2: tx, y1: top - 14, y2: height - 10, stroke: "#e3e7ec" }));
    axis.append(el("text", { x: tx + 3, y: top - 18 }, tickLabel(tick)));
  }
  svg.append(axis);
  for (const p of placed) {
    const y = top + p.lane * laneH;
    const g = el("g", {});
    const stroke = p.e.planned ? "#a16207" : "#3b4a5a";
    const dash = p.e.planned ? "4 3" : "none";
    if (p.x1 - p.x0 > 6)
      g.append(
        el("rect", {
          x: p.x0,
          y: y + 3,
          width: p.x1 - p.x0,
          height: laneH - 6,
          rx: 3,
          fill: "#eef1f5",
          stroke,
          "stroke-dasharray": dash,
        }),
      );
    else
      g.append(
        el("circle", {
          cx: p.x0,
          cy: y + laneH / 2,
          r: 4,
          fill: p.e.planned ? "#fff" : stroke,
          stroke,
          "stroke-dasharray": dash,
        }),
      );
    g.append(el("text", { x: p.x0 + 8, y: y + laneH / 2 + 4, "font-size": 11, fill: "#16202b" }, p.label));
    svg.append(g);
  }
  return svg;
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
