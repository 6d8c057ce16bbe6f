/**
 * d3 overview strip: events per year stacked by primary theme (filtered) over the total, with a
 * brush that sets the timeline window (focus + context).
 */
import { brushX, type BrushBehavior } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import type { Store } from "../state/store.ts";
import type { Derived } from "../state/derive.ts";
import { isoDay, utc } from "../data/partialDate.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { buildOverviewBins, stackedParts, type StackedPart, type YearBin } from "../model/overviewBins.ts";
import type { ViewState } from "../model/viewState.ts";
import { h } from "./dom.ts";

export interface OverviewDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  fullWindow: { start: number; end: number };
  themeColor: (id: string) => string;
}

/** The strip's height, px; on a short screen (a 768 px laptop) the timeline below needs it more. */
const HEIGHT = 64;
const SHORT_HEIGHT = 44;
const SHORT_SCREEN = "(max-height: 820px)";
const M = { top: 4, right: 8, bottom: 16, left: 8 };
const DAY = 86_400_000;

export function mountOverviewView(container: HTMLElement, deps: OverviewDeps): () => void {
  const { store, index, derive, fullWindow, themeColor } = deps;
  const caption = h("div", { class: "overview-caption" });
  const svgNode = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svgNode.setAttribute("class", "overview-svg");
  svgNode.setAttribute("role", "img");
  container.append(caption, svgNode);
  const svg = select(svgNode);
  const years: [number, number] = [
    new Date(fullWindow.start).getUTCFullYear(),
    new Date(fullWindow.end - 1).getUTCFullYear(),
  ];
  let width = 0;
  // jsdom has no matchMedia: the full height there.
  const short = window.matchMedia?.(SHORT_SCREEN);
  let height = short?.matches ? SHORT_HEIGHT : HEIGHT;
  let brush: BrushBehavior<unknown> | null = null;
  let moving = false;

  // The deriver hands back the same array while the filters stay the same: a pan only moves the brush.
  let lastFiltered: string[] | null = null;
  let lastLang = "";

  // Made once: each draw moves, adds and removes only the bars and labels that changed (a filter
  // toggle rebuilt the whole strip, a few hundred SVG elements, on every change).
  const bars = svg.append("g").attr("class", "bars");
  const ticks = bars.append("g").attr("class", "ticks");

  /** Bars and axis; the brush is rebuilt only when the width changed (`resized`). */
  function draw(resized = false) {
    const s = store.get();
    const d = derive(s);
    lastFiltered = d.filtered;
    if (resized) svg.attr("viewBox", `0 0 ${width} ${height}`).attr("width", width).attr("height", height);
    if (s.lang !== lastLang) {
      svg.attr("aria-label", t(s.lang, "overview"));
      caption.textContent = t(s.lang, "overview");
      // Where the caption is hidden (a short screen), it is the strip's hover help.
      container.title = t(s.lang, "overview");
    }
    lastLang = s.lang;
    const x = scaleUtc()
      .domain([fullWindow.start, fullWindow.end])
      .range([M.left, width - M.right]);
    const bins = buildOverviewBins(index, d.filtered, years);
    const max = Math.max(1, ...bins.map((b) => b.total));
    const y = scaleLinear()
      .domain([0, max])
      .range([height - M.bottom, M.top]);
    const barX = (year: number) => x(utc(year, 0, 1)) + 1;
    const barW = (year: number) => Math.max(1, x(utc(year + 1, 0, 1)) - x(utc(year, 0, 1)) - 2);

    const columns = bars
      .selectAll<SVGGElement, YearBin>("g.year")
      .data(bins, (b) => b.year)
      .join((enter) => {
        const column = enter.insert("g", "g.ticks").attr("class", "year");
        column.append("title");
        column.append("rect").attr("class", "total");
        return column;
      });
    columns
      .select("rect.total")
      .attr("x", (b) => barX(b.year))
      .attr("width", (b) => barW(b.year))
      .attr("y", (b) => y(b.total))
      .attr("height", (b) => y(0) - y(b.total));
    columns
      .select("title")
      .text((b) => `${b.year}: ${b.filtered} ${t(s.lang, "filtered")} / ${b.total} ${t(s.lang, "total")}`);
    columns
      .selectAll<SVGRectElement, StackedPart & { year: number }>("rect.part")
      .data(
        (b) => stackedParts(b).map((part) => ({ ...part, year: b.year })),
        (part) => part.theme,
      )
      .join((enter) => enter.append("rect").attr("class", "part"))
      .attr("fill", (part) => themeColor(part.theme))
      .attr("x", (part) => barX(part.year))
      .attr("width", (part) => barW(part.year))
      .attr("y", (part) => y(part.to))
      .attr("height", (part) => y(part.from) - y(part.to));
    if (resized) {
      const step = width < 500 ? 4 : width < 900 ? 2 : 1;
      const labelled: number[] = [];
      for (let yr = years[0]; yr <= years[1]; yr += step) labelled.push(yr);
      ticks
        .selectAll<SVGTextElement, number>("text")
        .data(labelled, (yr) => yr)
        .join((enter) => enter.append("text").attr("text-anchor", "middle"))
        .attr("y", height - 3)
        .attr("x", (yr) => barX(yr) + barW(yr) / 2)
        .text((yr) => String(yr));
    }

    if (resized || !brush) {
      brush = brushX()
        .extent([
          [M.left, M.top],
          [width - M.right, height - M.bottom],
        ])
        .on("brush end", (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
          if (moving || !event.sourceEvent) return;
          if (!event.selection) {
            store.set({ from: null, to: null });
            return;
          }
          const [a, b] = event.selection.map((px) => x.invert(px).getTime());
          if (b - a < 7 * DAY) return;
          store.set({ from: isoDay(a), to: isoDay(b - 1) });
        });
      svg.selectAll("g.brush").remove();
      svg.append("g").attr("class", "brush").call(brush);
    }
    moveBrush(d, x);
  }

  function moveBrush(
    d: Derived,
    x = scaleUtc()
      .domain([fullWindow.start, fullWindow.end])
      .range([M.left, width - M.right]),
  ) {
    if (!brush) return;
    moving = true;
    const full = d.window.start <= fullWindow.start && d.window.end >= fullWindow.end;
    svg.select<SVGGElement>("g.brush").call(brush.move, full ? null : [x(d.window.start), x(d.window.end)]);
    moving = false;
  }

  const unsubscribe = store.subscribe((s) => {
    const d = derive(s);
    if (d.filtered !== lastFiltered || s.lang !== lastLang) draw();
    else moveBrush(d);
  });
  // The width is read here only: reading it on every update would force a page layout.
  const measure = () => container.clientWidth || 600;
  const resize = new ResizeObserver(() => {
    const next = measure();
    if (Math.abs(next - width) <= 2) return;
    width = next;
    draw(true);
  });
  resize.observe(container);
  const onShort = () => {
    height = short?.matches ? SHORT_HEIGHT : HEIGHT;
    draw(true);
  };
  short?.addEventListener("change", onShort);
  width = measure();
  draw(true);
  return () => {
    unsubscribe();
    resize.disconnect();
    short?.removeEventListener("change", onShort);
    container.replaceChildren();
  };
}
