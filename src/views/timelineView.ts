/**
 * Adapter over vis-timeline: shows the filtered events, reports its visible window and selection
 * to the store, and mirrors the store's selection and highlight. Item content is built as DOM
 * (never HTML strings), and the DataSet is updated incrementally.
 */
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { isoDay } from "../data/partialDate.ts";
import type { Store } from "../state/store.ts";
import type { Derived } from "../state/derive.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { eventActorTokens, highlightedEvents, highlightSelector, type ActorTokens } from "../model/actorHighlight.ts";
import { t, VOCAB } from "../model/i18n.ts";
import { buildStatusSpans, buildTimelineGroups, eventIdOfItem, type TimelineItemSpec } from "../model/timelineItems.ts";
import { statusSpansInView } from "../model/statusSpansInView.ts";
import { fitWindow, shouldAutoFit } from "../model/fitWindow.ts";
import {
  bandLabelLeft,
  labelBudget,
  labelRows,
  stackLabels,
  labelOptionsFor,
  placeLabel,
  STACK_OPTIONS,
  type LabelOptions,
  type LabelPlacement,
  type StackedLabel,
} from "../model/timelineLabels.ts";
import { blocksFor, mergeBlocks, planTimeline, type AggregateSpec } from "../model/timelinePlan.ts";
import { hasActiveFilters, type ViewState } from "../model/viewState.ts";
import { h, PRESENTATION_SCALE_EVENT, reducedMotion } from "./dom.ts";
import { batchItemChanges, deferItemDrawing } from "./visBatchedChanges.ts";

const DAY = 86_400_000;

interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: "point" | "range" | "background";
  group?: string;
  className: string;
  /** What the item shows, as a key: an item whose key is unchanged is not redrawn */
  content: string;
  /** Off: vis-timeline would cut a wide item at the panel's edges, and its mark with it */
  limitSize: false;
  /** Stacking order: blocks first, then events in the order their sides were chosen for */
  seq: number;
  spec?: TimelineItemSpec;
  agg?: AggregateSpec;
  /** An event's mark and label within its item */
  layout?: EventLayout;
  /** A status band: its relation, label row and label offset from the band's start, px */
  band?: { relation: string; label: string; row: number; offset: number };
}

/** An event's item spans its mark and its label; the offsets are shares of the item's width. */
interface EventLayout {
  place: LabelPlacement;
  point: boolean;
  markLeft: number;
  markWidth: number;
  labelLeft: number;
  color: string;
  dateLabel: string;
}

// No horizontal margin: an item that ends when the next begins (a year, then the next) may share
// its row; the space between labels is part of each label's footprint (GAP).
const ITEM_MARGIN = { horizontal: 0, vertical: 3 };
/** Space between the axis and the first item row: room for the band labels' rows. */
const axisMargin = (labelRows: number) => 6 + 18 * labelRows;
/** A row of blocks ("12 events · …") at the top, px */
const BLOCK_ROW = 24;
/** A point's dot, px; a bar is drawn at least this wide too */
const DOT = 10;
/** Kept around a mark inside its item, so that a selected mark's ring is not cut */
const RING = 3;

/** A status band's left border, px (styles.css): its label starts after it. */
const BAND_BORDER = 2;

/** Most individual events on the timeline at once; beyond that, periods are aggregated. */
const MAX_ITEMS = 120;

// How a selected actor's events look (the colours are styles.css's custom properties). A shadow,
// not a wider border: the items keep the size vis-timeline measured.
const HIGHLIGHT_TITLE = "background: var(--hl-bg); box-shadow: 0 0 0 1px var(--hl)";
const HIGHLIGHT_MARK = "box-shadow: 0 0 0 2px var(--hl)";

export interface TimelineViewDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  fullWindow: { start: number; end: number };
  themeColor: (id: string) => string;
}

export function mountTimelineView(container: HTMLElement, deps: TimelineViewDeps): () => void {
  const { store, index, derive, fullWindow, themeColor } = deps;
  const items = new DataSet<VisItem, "id">();
  const groups = new DataSet<{ id: string; content: string; label: string; order: number }, "id">();
  const tooltip = h("div", { class: "tl-tooltip", role: "tooltip", hidden: true });
  container.append(tooltip);
  const host = h("div", { class: "tl-host" });
  // Says when status bands were left out (level of detail on big datasets).
  const statusNote = h("p", { class: "tl-note", role: "status", hidden: true });
  const fitButton = h("button", { type: "button", class: "tool-btn tl-fit", onclick: () => fitToResults() });
  container.append(host, statusNote, h("div", { class: "tl-tools" }, fitButton));
  // Titles are measured on a canvas in the labels' own font, so that placement and stacking know
  // their real size before vis-timeline draws them.
  const probe = h("span", { class: "ev-title tl-probe", "aria-hidden": "true" });
  const bandProbe = h("span", { class: "status-label tl-probe", "aria-hidden": "true" });
  container.append(probe, bandProbe);
  const context = document.createElement("canvas").getContext("2d")!;
  const widths = new Map<string, Map<string, number>>();
  /**
   * The titles' type: font size, the height a line and the padding take, px, and the title and
   * band fonts, measured once per language and screen (a CJK fallback font makes lines taller than
   * the line height says; presenting sets larger type, scaled to the screen). Kept, so that an
   * update reads no computed style: reading it forced a style pass on every filter and pan.
   */
  const types = new Map<string, { size: number; line: number; pad: number; font: string; bandFont: string }>();
  const titleType = () => {
    const lang = store.get().lang;
    // Presenting, the type follows the screen and the scale (+ −, an inline style: no style pass).
    const key = document.body.classList.contains("presenting")
      ? `${lang}|${innerWidth}x${innerHeight}|${document.body.style.getPropertyValue("--pres-zoom")}`
      : lang;
    let type = types.get(key);
    if (!type) {
      const size = parseFloat(getComputedStyle(probe).fontSize) || 12;
      probe.style.whiteSpace = "pre";
      probe.textContent = lang === "zh" ? "国际移民 IOM" : "Migration";
      const one = probe.offsetHeight;
      probe.textContent += `\n${probe.textContent}`;
      const line = probe.offsetHeight - one || size * 1.25;
      probe.textContent = "";
      const fonts = { font: getComputedStyle(probe).font, bandFont: getComputedStyle(bandProbe).font };
      types.set(key, (type = { size, line, pad: Math.max(0, one - line), ...fonts }));
    }
    return type;
  };
  /** Width of a text in one of the kept fonts, px: each text measured once per font. */
  const measurer = (f: string) => {
    let known = widths.get(f);
    if (!known) widths.set(f, (known = new Map()));
    const cache = known;
    return (text: string) => {
      let w = cache.get(text);
      if (w === undefined) {
        if (context.font !== f) context.font = f;
        cache.set(text, (w = context.measureText(text).width));
      }
      return w;
    };
  };
  // The visible timeline's size: the plan and the labels depend on it.
  let view = { width: Math.max(200, container.clientWidth), height: Math.max(150, container.clientHeight) };

  const initial = derive(store.get()).window;
  const options: TimelineOptions = {
    min: new Date(fullWindow.start),
    max: new Date(fullWindow.end),
    zoomMin: 7 * DAY,
    zoomMax: fullWindow.end - fullWindow.start,
    height: "100%",
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    orientation: { axis: "top", item: "top" },
    margin: { axis: axisMargin(1), item: ITEM_MARGIN },
    groupOrder: "order",
    // Our items place their own content (label beside or inside the mark).
    align: "left",
    order: (a: VisItem, b: VisItem) => a.seq - b.seq,
    verticalScroll: true,
    // The benchmark times the first draw with this mark.
    onInitialDrawComplete: () => performance.mark("liaison:timeline-drawn"),
    template: (item: VisItem) => renderItem(item),
    // Group labels come from the data (theme and type names): handed over as text in DOM nodes,
    // never as strings for vis-timeline's innerHTML.
    // vis-timeline also asks for its own ungrouped group's label, with no data.
    groupTemplate: (group: { label: string } | null) => h("span", { class: "tl-group-label" }, group?.label ?? ""),
    format: {
      minorLabels: (date: Date, scale: string) => axisLabel(date, scale, store.get().lang, false),
      majorLabels: (date: Date, scale: string) => axisLabel(date, scale, store.get().lang, true),
    } as never,
    xss: { disabled: false },
  };
  // Created after the first items are in, so its first layout already has them.
  let timeline: Timeline | null = null;

  let hoverTimer = 0;
  // The event whose tooltip the keyboard opened (null while the pointer's shows).
  let tooltipFor: string | null = null;
  let lastItemsKey = "";
  let lastSelKey = "";
  let lastFiltered: string[] | null = null;
  let filterVersion = 0;
  // The status bands, per language (which of them show, and on which label row, is per window).
  const statusSpans = new Map<string, ReturnType<typeof buildStatusSpans>>();
  // A selected actor's events are picked out by a stylesheet rule over tokens their items carry,
  // so a selection restyles the items in place instead of having vis-timeline redraw them.
  const tokens = new Map<string, ActorTokens>();
  const highlightSheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlightSheet];
  let highlightRule: string | null = null;
  // Whether the last plan gathered events into periods: only then does the selection (whose
  // events are kept out of them) change which items there are.
  let aggregated = false;
  let rangeFrame = 0;
  // Status band label rows in the items drawn, and those the axis margin has room for.
  let labelRows_ = 1;
  let marginRows = 1;

  function sync(s: ViewState, previous: ViewState | null) {
    const d = derive(s);
    const relabel = !previous || previous.lang !== s.lang;
    if (!previous || previous.group !== s.group || relabel) {
      const g = buildTimelineGroups(index, s.group, s.lang);
      groups.clear();
      if (g.length) {
        groups.add(g.map((x) => ({ id: x.id, content: "", label: x.label, order: x.order })));
        timeline?.setGroups(groups);
      } else timeline?.setGroups(undefined as never);
    }
    // The plan depends on the window too (which events are near, which period to aggregate by).
    // Its output is bounded and only changed items reach vis-timeline; the filtered list is the
    // deriver's same array while the filters stay the same.
    if (d.filtered !== lastFiltered) filterVersion++;
    lastFiltered = d.filtered;
    const itemsKey = JSON.stringify([
      filterVersion,
      s.group,
      s.lang,
      s.sel?.type === "event" || aggregated ? s.sel : null,
      // The pair's events are kept out of aggregates, as a selected actor's are.
      s.sel ? null : [s.pair, s.via],
      s.collapse,
      s.showStatus,
      Math.round(d.window.start / DAY),
      Math.round(d.window.end / DAY),
      view.width,
      view.height,
    ]);
    if (itemsKey !== lastItemsKey) {
      lastItemsKey = itemsKey;
      rebuildItems(s, d, highlightedEvents(index, s), relabel);
    }
    if (!timeline) return;
    // Room above the first item row for the band labels (one row fits vis-timeline's margin).
    if (labelRows_ !== marginRows) {
      marginRows = labelRows_;
      timeline.setOptions({ margin: { axis: axisMargin(labelRows_), item: ITEM_MARGIN } });
    }
    // Window: follow the store unless the timeline itself produced it.
    const range = timeline.getWindow();
    if (Math.abs(range.start.getTime() - d.window.start) > DAY || Math.abs(range.end.getTime() - d.window.end) > DAY) {
      timeline.setWindow(d.window.start, d.window.end, { animation: !!previous && !reducedMotion() });
    }
    // The selection is part of the items key: select again whenever the items were rebuilt.
    if (lastItemsKey !== lastSelKey) {
      lastSelKey = lastItemsKey;
      const sel = s.sel?.type === "event" ? s.sel.id : null;
      timeline.setSelection(sel ? items.getIds().filter((id) => eventIdOfItem(String(id)) === sel) : []);
    }
    if (s.sel?.type === "event" && (!previous || previous.sel?.id !== s.sel.id)) revealEvent(s.sel.id, d.window);
    highlight(highlightSelector(index, s));
  }

  function highlight(selector: string | null) {
    if (selector === highlightRule) return;
    highlightRule = selector;
    while (highlightSheet.cssRules.length) highlightSheet.deleteRule(0);
    if (!selector) return;
    highlightSheet.insertRule(`.tl-host ${selector} .ev-title { ${HIGHLIGHT_TITLE} }`);
    highlightSheet.insertRule(`.tl-host ${selector} .ev-mark { ${HIGHLIGHT_MARK} }`);
  }

  function rebuildItems(s: ViewState, d: Derived, highlighted: Set<string> | null, relabel: boolean) {
    const keep = new Set(highlighted && highlighted.size <= MAX_ITEMS ? highlighted : []);
    if (s.sel?.type === "event") keep.add(s.sel.id);
    const plan = planTimeline(index, d.filtered, d.window, {
      grouping: s.group,
      lang: s.lang,
      maxItems: MAX_ITEMS,
      named: labelBudget(view.width, view.height, MAX_ITEMS),
      keep,
    });
    // The scale of the window on screen (the timeline's own during a pan: the store's is in days).
    // A new window (a story step, a link) is set on the timeline only after this: the store's then.
    const drawn = timeline?.getWindow();
    const w =
      drawn &&
      Math.abs(drawn.start.getTime() - d.window.start) <= DAY &&
      Math.abs(drawn.end.getTime() - d.window.end) <= DAY
        ? drawn
        : { start: new Date(d.window.start), end: new Date(d.window.end) };
    const w0 = w.start.getTime();
    const msPerPx = (w.end.getTime() - w0) / view.width;
    const px = (ms: number) => (ms - w0) / msPerPx;
    const type = titleType();
    const measure = measurer(type.font);
    const labelOpts = labelOptionsFor(type.size);
    const stackOpts = { ...STACK_OPTIONS, lineHeight: type.line, pad: type.pad };
    // Marks in px, then titles placed and sides chosen per row group, in the order vis-timeline
    // then stacks them in (start order; see `order`).
    const marks = plan.items.map((spec) => {
      const point = spec.type === "point";
      const a = px(spec.start);
      const b = point ? a : px(spec.end!);
      return {
        spec,
        point,
        a,
        b,
        x0: point ? a - DOT / 2 : a,
        x1: point ? a + DOT / 2 : Math.max(b, a + 4),
        title: spec.label,
        opts: undefined as LabelOptions | undefined,
      };
    });
    marks.sort((m, n) => m.x0 - n.x0 || m.x1 - n.x1 || (m.spec.id < n.spec.id ? -1 : 1));
    // Presenting, the step's event is stacked first: in the top row, never pushed below the panel.
    // Its title is never cut short either: up to half the panel wide, and if three lines of that
    // still do not hold it, up to six.
    const focal = s.story && s.sel?.type === "event" ? s.sel.id : null;
    if (focal) {
      marks.sort((m, n) => Number(n.spec.eventId === focal) - Number(m.spec.eventId === focal));
      const wide = { ...labelOpts, longWidth: Math.max(labelOpts.longWidth, view.width / 2) };
      for (const m of marks)
        if (m.spec.eventId === focal)
          m.opts = placeLabel(m.title, m.x0, m.x1, view.width, measure, wide).clamped ? { ...wide, maxLines: 6 } : wide;
    }
    const byGroup = new Map<string | null, typeof marks>();
    for (const m of marks) {
      const list = byGroup.get(m.spec.group) ?? [];
      list.push(m);
      byGroup.set(m.spec.group, list);
    }
    const next: VisItem[] = [];
    const blocks: AggregateSpec[] = [];
    // Below this the panel cuts items off: without rows (which scroll), the events that would land
    // there go into a named block instead of out of sight.
    const room = view.height - axisMargin(labelRows_) - BLOCK_ROW;
    for (const list of byGroup.values()) {
      let kept = list;
      let placed = stackLabels(kept, view.width, measure, labelOpts, stackOpts);
      if (s.group === "none") {
        const over = new Set(
          kept
            .filter((m, i) => placed[i].top + placed[i].height > room && !keep.has(m.spec.eventId))
            .map((m) => m.spec.eventId),
        );
        if (over.size) {
          blocks.push(...blocksFor(index, [...over], d.window, s.lang));
          kept = kept.filter((m) => !over.has(m.spec.eventId));
          placed = stackLabels(kept, view.width, measure, labelOpts, stackOpts);
        }
      }
      kept.forEach((m, seq) => next.push(eventItem(s, m, placed[seq], seq, msPerPx)));
    }
    aggregated = plan.aggregates.length + blocks.length > 0;
    for (const agg of blocks.length ? mergeBlocks(index, [...plan.aggregates, ...blocks], s.lang) : plan.aggregates) {
      next.push({
        id: agg.id,
        start: new Date(agg.start),
        end: new Date(agg.end),
        type: "range",
        group: agg.group ?? undefined,
        className: "agg",
        content: agg.label + agg.top.join(","),
        limitSize: false,
        seq: -1,
        agg,
      });
    }
    let statusText = "";
    labelRows_ = 1;
    if (s.showStatus) {
      if (!statusSpans.has(s.lang)) statusSpans.set(s.lang, buildStatusSpans(index, s.lang));
      const bands = statusSpansInView(statusSpans.get(s.lang)!, d.window);
      if (bands.shown.length < bands.inView)
        statusText = t(s.lang, "statusReduced", { shown: bands.shown.length, total: bands.inView });
      const measureBand = measurer(titleType().bandFont);
      // Each label whole, inside the window; labels that would overlap take separate rows.
      const placed = bands.shown
        .map((span) => {
          const width = Math.ceil(measureBand(span.label)) + 12;
          return { span, width, left: bandLabelLeft(px(span.start), width, view.width) };
        })
        .sort((x, y) => x.left - y.left);
      const rows = labelRows(placed);
      labelRows_ = Math.max(1, ...rows.map((r) => r + 1));
      // A band that began long before the window is drawn from one window's width before it: its
      // label's offset from the item's start then stays small, so that the little the timeline's
      // own scale differs from ours (a day's rounding) cannot move the label out of the window.
      const drawnFrom = w0 - view.width * msPerPx;
      placed.forEach(({ span, left }, i) => {
        const start = Math.max(span.start, drawnFrom);
        // Less the band's left border, which the label's box starts after.
        const offset = Math.round(left - px(start) - BAND_BORDER);
        next.push({
          id: span.id,
          start: new Date(start),
          end: new Date(span.end),
          type: "background",
          className: "status",
          content: `${span.label}|${rows[i]}|${offset}`,
          limitSize: false,
          seq: 0,
          band: { relation: span.id.slice("rel:".length), label: span.label, row: rows[i], offset },
        });
      });
    }
    applyItems(next, relabel);
    container.dataset.itemCount = String(plan.represented);
    if (statusNote.textContent !== statusText) statusNote.textContent = statusText;
    if (statusNote.hidden !== !statusText) statusNote.hidden = !statusText;
  }

  function eventItem(
    s: ViewState,
    m: { spec: TimelineItemSpec; point: boolean; a: number; b: number; x0: number; x1: number },
    place: StackedLabel,
    seq: number,
    msPerPx: number,
  ): VisItem {
    const { spec, point, a, b, x0, x1 } = m;
    const e = index.eventsById.get(spec.eventId)!;
    const selected = s.sel?.type === "event" && s.sel.id === spec.eventId;
    // The item runs from its footprint's start to its end, offsets kept relative to the mark
    // (whole px), so that a pan, which keeps the scale, leaves most items as they were. A
    // selected mark has room for its ring.
    const ring = selected ? RING : 0;
    const from = Math.round(Math.min(place.from, x0 - ring) - a);
    const to = Math.round(Math.max(place.to, x1 + ring) - b);
    const width = b + to - (a + from);
    const theme = spec.group && s.group === "theme" ? spec.group : e.themes[0];
    const layout: EventLayout = {
      place,
      point,
      markLeft: (x0 - (a + from)) / width,
      markWidth: (x1 - x0) / width,
      labelLeft: (place.left - (a + from)) / width,
      color: themeColor(theme),
      dateLabel: spec.dateLabel,
    };
    return {
      id: spec.id,
      start: new Date(spec.start + from * msPerPx),
      end: new Date((point ? spec.start : spec.end!) + to * msPerPx),
      type: "range",
      group: spec.group ?? undefined,
      className: `${spec.className} ev-fp label-${place.side}${selected ? " sel" : ""}`,
      content: [spec.label, place.side, Math.round(place.left - x0), place.width, from, to, layout.color].join("|"),
      limitSize: false,
      seq,
      spec,
      layout,
    };
  }

  function applyItems(next: VisItem[], force: boolean) {
    const keep = new Set(next.map((i) => i.id));
    const stale = items.getIds().filter((id) => !keep.has(String(id)));
    const changed = force
      ? next
      : next.filter((i) => {
          const old = items.get(i.id);
          return (
            !old ||
            old.className !== i.className ||
            old.content !== i.content ||
            old.group !== i.group ||
            old.start.getTime() !== i.start.getTime() ||
            old.end?.getTime() !== i.end?.getTime()
          );
        });
    batchItemChanges(() => {
      if (stale.length) items.remove(stale);
      if (changed.length) items.update(changed);
    });
  }

  /**
   * Brings a selected event fully into view with its label: centred when its mark or label is cut
   * by an edge (keeping the zoom), the window widened when the event is longer than it. The window
   * is the store's, not the timeline's: while an animation to a new window (a story step) runs,
   * the timeline still reports the old one.
   */
  function revealEvent(eventId: string, w: { start: number; end: number }) {
    const span = index.spans.get(eventId);
    const e = index.eventsById.get(eventId);
    if (!span || !e || !timeline) return;
    const start = w.start;
    const width = w.end - w.start;
    const msPerPx = width / view.width;
    const label =
      (Math.min(measurer(titleType().font)(e.title[store.get().lang]), labelOptionsFor(titleType().size).maxWidth) +
        2 * DOT) *
      msPerPx;
    const margin = width * 0.03;
    // A story step's window is authored: only an event outside it moves it (as its link shows).
    const need = store.get().story
      ? span
      : { start: span.start - margin, end: Math.max(span.end, span.start + label) + margin };
    if (need.start >= start && need.end <= start + width) return;
    const span2 = Math.max(width, Math.min((need.end - need.start) * 1.15, fullWindow.end - fullWindow.start));
    const mid = (need.start + need.end) / 2;
    const from = Math.max(fullWindow.start, Math.min(mid - span2 / 2, fullWindow.end - span2));
    timeline.setWindow(from, from + span2, {
      animation: reducedMotion() ? false : { duration: 400, easingFunction: "easeInOutQuad" },
    });
  }

  /** Zooms the window to the filtered events; the URL follows (the store's window). */
  function fitToResults() {
    const s = store.get();
    const fitted = fitWindow(index, derive(s).filtered, fullWindow);
    if (!fitted) return;
    const whole = fitted.start <= fullWindow.start && fitted.end >= fullWindow.end;
    store.set(whole ? { from: null, to: null } : { from: isoDay(fitted.start), to: isoDay(fitted.end - 1) });
  }

  function renderItem(item: VisItem): HTMLElement {
    const lang = store.get().lang;
    if (item.agg) return renderAggregate(item.agg, lang);
    if (item.band) return renderBand(item.band, lang);
    if (!item.spec || !item.layout) return h("div", {});
    const { eventId } = item.spec;
    const { place, point, color } = item.layout;
    if (!tokens.has(eventId)) tokens.set(eventId, eventActorTokens(index, eventId));
    const { actors, roots } = tokens.get(eventId)!;
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    return h(
      "div",
      {
        class: `ev-label${place.clamped ? " clamped" : ""}`,
        "data-event": eventId,
        "data-actors": actors,
        "data-roots": roots,
      },
      h("span", {
        class: point ? "ev-mark ev-dot" : "ev-mark ev-bar",
        style: `left:${pct(item.layout.markLeft)};width:${pct(item.layout.markWidth)};--c:${color}`,
      }),
      h(
        "span",
        {
          class: "ev-title",
          style: `margin-left:${pct(item.layout.labelLeft)};width:${place.width + 2}px`,
          title: place.clamped ? item.spec.label : undefined,
        },
        item.spec.label,
      ),
    );
  }

  function renderAggregate(agg: AggregateSpec, lang: ViewState["lang"]): HTMLElement {
    const list = agg.top.map((id) => index.eventsById.get(id)?.title[lang] ?? id).join("; ");
    const main = agg.top.length ? (index.eventsById.get(agg.top[0])?.title[lang] ?? "") : "";
    const open = () => timeline?.setWindow(agg.start, agg.end, { animation: !reducedMotion() });
    return h(
      "button",
      {
        type: "button",
        class: "cluster-label",
        "data-count": String(agg.count),
        // Starts with what it shows (the count, the main event), then says what it holds.
        "aria-label": `${agg.count} ${main}. ${t(lang, "clusterOpen", { label: t(lang, "clusterOf", { n: agg.count }), list })}`,
        onclick: open,
        onfocus: (ev: Event) => showList(ev.currentTarget as HTMLElement, agg, lang),
        onblur: () => (tooltip.hidden = true),
      },
      h("strong", {}, String(agg.count)),
      " ",
      h("span", { class: "cluster-main" }, main),
    );
  }

  function renderBand(band: NonNullable<VisItem["band"]>, lang: ViewState["lang"]): HTMLElement {
    return h(
      "button",
      {
        type: "button",
        class: "status-label",
        "data-row": String(band.row),
        "data-relation": band.relation,
        style: `transform:translateX(${band.offset}px)`,
        title: t(lang, "statusBandHint", { label: band.label }),
        onclick: () => store.set({ sel: { type: "relation", id: band.relation } }),
      },
      band.label,
    );
  }

  /** An event's tooltip (title, date, kind and place), filled in and shown; false for no event. */
  function showEventTip(itemId: string): boolean {
    const e = index.eventsById.get(eventIdOfItem(itemId));
    if (!e) return false;
    window.clearTimeout(hoverTimer);
    const lang = store.get().lang;
    tooltip.replaceChildren(
      h("strong", {}, e.title[lang]),
      h("div", {}, items.get(itemId)?.spec?.dateLabel ?? ""),
      h("div", { class: "muted" }, VOCAB.kind[e.kind][lang] + (e.place ? ` · ${e.place[lang]}` : "")),
    );
    tooltip.hidden = false;
    return true;
  }

  /**
   * The tooltip of the event the keyboard selected, under its title (as hovering shows it): the
   * timeline is one focus stop, so its selected event is the one with the focus.
   */
  function anchorTipToEvent(eventId: string) {
    const label = host.querySelector<HTMLElement>(`.ev-label[data-event="${CSS.escape(eventId)}"]`);
    const itemId = items.getIds().find((id) => eventIdOfItem(String(id)) === eventId);
    if (!label || itemId === undefined || !showEventTip(String(itemId))) {
      tooltip.hidden = true;
      return;
    }
    tooltipFor = eventId;
    const box = container.getBoundingClientRect();
    const at = (label.querySelector(".ev-title") ?? label).getBoundingClientRect();
    tooltip.style.left = `${Math.max(0, Math.min(at.left - box.left, box.width - 260))}px`;
    // Below the title, or above it when the title is near the panel's bottom.
    const below = at.bottom - box.top + 6;
    tooltip.style.top = `${below + tooltip.offsetHeight > box.height ? Math.max(0, at.top - box.top - tooltip.offsetHeight - 6) : below}px`;
  }

  /** An aggregate's first events, under it, while it has the focus or the pointer. */
  function showList(anchor: HTMLElement, agg: AggregateSpec, lang: ViewState["lang"]) {
    window.clearTimeout(hoverTimer);
    tooltip.replaceChildren(
      h("strong", {}, agg.label),
      h("ul", {}, ...agg.top.map((id) => h("li", {}, index.eventsById.get(id)?.title[lang] ?? id))),
    );
    const box = container.getBoundingClientRect();
    const at = anchor.getBoundingClientRect();
    tooltip.style.left = `${Math.max(0, Math.min(at.left - box.left, box.width - 260))}px`;
    tooltip.style.top = `${at.bottom - box.top + 6}px`;
    tooltip.hidden = false;
  }

  sync(store.get(), null);
  timeline = deferItemDrawing(() =>
    groups.length ? new Timeline(host, items, groups, options) : new Timeline(host, items, options),
  );
  sync(store.get(), store.get());
  // The window is set after construction: given as start/end options, vis-timeline keeps its
  // loading screen up until some later range change.
  timeline.setWindow(initial.start, initial.end, { animation: false });
  // The visible part's size, for the plan and the labels.
  const center = host.querySelector<HTMLElement>(".vis-panel.vis-center");
  const resize = new ResizeObserver(([entry]) => {
    const next = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
    if (next.width < 50 || (next.width === view.width && next.height === view.height)) return;
    view = next;
    sync(store.get(), store.get());
  });
  if (center) resize.observe(center);
  // Presenting, + and − change the titles' type: lay them out again for it.
  const onScale = () => {
    lastItemsKey = "";
    sync(store.get(), store.get());
  };
  window.addEventListener(PRESENTATION_SCALE_EVENT, onScale);
  // For the benchmark: pan by a fraction of the window, as a drag would.
  (window as unknown as { liaisonTimeline?: unknown }).liaisonTimeline = {
    // For the browser tests: the window drawn (a step's link and the step reached live must agree).
    window: () => {
      const w = timeline!.getWindow();
      return { start: w.start.getTime(), end: w.end.getTime() };
    },
    panBy: (fraction: number) => {
      const w = timeline!.getWindow();
      const shift = (w.end.getTime() - w.start.getTime()) * fraction;
      timeline!.setWindow(w.start.getTime() + shift, w.end.getTime() + shift, { animation: false });
    },
  };
  // Keyboard: the timeline is one focusable stop; arrows move the selection between the
  // filtered events in date order, Home/End jump to the ends, Enter moves focus to the details.
  container.tabIndex = 0;
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== container) return;
    if (e.key === "Escape" && !tooltip.hidden) {
      // Hides the tooltip and nothing else (the selection stays).
      e.preventDefault();
      e.stopPropagation();
      tooltip.hidden = true;
      tooltipFor = null;
      return;
    }
    if ((e.key === "f" || e.key === "F") && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      fitToResults();
      return;
    }
    const s = store.get();
    const { filtered: ids, window: w } = derive(s);
    if (!ids.length) return;
    const at = s.sel?.type === "event" ? ids.indexOf(s.sel.id) : -1;
    const firstInView = Math.max(
      0,
      ids.findIndex((id) => index.spans.get(id)!.end > w.start),
    );
    let next: number;
    if (e.key === "ArrowRight") next = at < 0 ? firstInView : Math.min(ids.length - 1, at + 1);
    else if (e.key === "ArrowLeft") next = at < 0 ? firstInView : Math.max(0, at - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = ids.length - 1;
    else if (e.key === "Enter" && s.sel) {
      (document.querySelector(".details-body") as HTMLElement | null)?.focus();
      e.preventDefault();
      return;
    } else return;
    e.preventDefault();
    store.set({ sel: { type: "event", id: ids[next] } });
    // After vis-timeline has drawn the items the selection rebuilt.
    requestAnimationFrame(() => anchorTipToEvent(ids[next]));
  };
  container.addEventListener("keydown", onKey);
  // Focus coming back to a timeline with a selected event shows that event's tooltip; leaving hides it.
  const onFocus = (e: FocusEvent) => {
    const sel = store.get().sel;
    if (e.target === container && sel?.type === "event" && container.matches(":focus-visible"))
      anchorTipToEvent(sel.id);
  };
  const onBlur = (e: FocusEvent) => {
    if (e.target === container && tooltipFor) {
      tooltip.hidden = true;
      tooltipFor = null;
    }
  };
  container.addEventListener("focus", onFocus);
  container.addEventListener("blur", onBlur);
  const labelTimeline = (lang: ViewState["lang"]) => {
    container.setAttribute("aria-label", `${t(lang, "timeline")}. ${t(lang, "timelineKeys")}`);
    fitButton.textContent = t(lang, "fitResults");
    fitButton.title = t(lang, "fitResultsHint");
  };
  labelTimeline(store.get().lang);

  timeline.on("select", (props: { items: string[] }) => {
    // A period block zooms to its period; its events then show individually.
    const agg = props.items.map((i) => items.get(i)?.agg).find(Boolean);
    if (agg) {
      timeline!.setSelection([]);
      timeline!.setWindow(agg.start, agg.end, { animation: !reducedMotion() });
      return;
    }
    const id = props.items.find((i) => i.includes("|") && !i.startsWith("agg|"));
    if (id) store.set({ sel: { type: "event", id: eventIdOfItem(id) } });
  });
  timeline.on("rangechange", (props: { start: Date; end: Date }) => {
    cancelAnimationFrame(rangeFrame);
    rangeFrame = requestAnimationFrame(() => {
      const from = isoDay(Math.max(fullWindow.start, props.start.getTime()));
      const to = isoDay(Math.min(fullWindow.end, props.end.getTime()) - 1);
      const full = props.start.getTime() <= fullWindow.start + DAY && props.end.getTime() >= fullWindow.end - DAY;
      store.set(full ? { from: null, to: null } : { from, to });
      container.dataset.window = `${from}/${to}`;
    });
  });
  timeline.on("itemover", (props: { item: string; event: MouseEvent }) => {
    const agg = items.get(String(props.item))?.agg;
    if (agg) {
      const el = (props.event.target as HTMLElement | null)?.closest<HTMLElement>(".vis-item");
      if (el) showList(el, agg, store.get().lang);
      return;
    }
    if (!showEventTip(String(props.item))) return;
    const box = container.getBoundingClientRect();
    tooltip.style.left = `${Math.min(props.event.clientX - box.left + 12, box.width - 260)}px`;
    tooltip.style.top = `${props.event.clientY - box.top + 16}px`;
    tooltipFor = null;
  });
  timeline.on("itemout", () => {
    hoverTimer = window.setTimeout(() => (tooltip.hidden = true), 80);
  });
  // The keyboard's tooltip follows its item when a redraw moves it (into view, or restacked).
  timeline.on("changed", () => {
    if (tooltipFor && !tooltip.hidden) anchorTipToEvent(tooltipFor);
  });

  const unsubscribe = store.subscribe((s, prev) => {
    sync(s, prev);
    if (s.lang !== prev.lang) labelTimeline(s.lang);
    autoFit(s, prev);
  });
  /**
   * A filter that leaves few events spread thinly fits the window to them by itself; clearing the
   * filters then gives back the window it replaced (unless the user has moved it since).
   */
  let unfit: { from: string | null; to: string | null; fitted: string } | null = null;
  function autoFit(s: ViewState, prev: ViewState) {
    const filtersChanged =
      s.themes !== prev.themes || s.actors !== prev.actors || s.kinds !== prev.kinds || s.q !== prev.q;
    if (!filtersChanged || s.story || s.from !== prev.from || s.to !== prev.to) return;
    if (!hasActiveFilters(s)) {
      if (unfit && unfit.fitted === `${s.from}/${s.to}`) store.set({ from: unfit.from, to: unfit.to });
      unfit = null;
      return;
    }
    const d = derive(s);
    const fitted = fitWindow(index, d.filtered, fullWindow);
    if (!shouldAutoFit(d.filtered.length, fitted, d.window)) return;
    const before = { from: s.from, to: s.to };
    fitToResults();
    const now = store.get();
    if (!unfit) unfit = { ...before, fitted: `${now.from}/${now.to}` };
    else unfit.fitted = `${now.from}/${now.to}`;
  }
  return () => {
    unsubscribe();
    resize.disconnect();
    window.removeEventListener(PRESENTATION_SCALE_EVENT, onScale);
    container.removeEventListener("keydown", onKey);
    container.removeEventListener("focus", onFocus);
    container.removeEventListener("blur", onBlur);
    cancelAnimationFrame(rangeFrame);
    timeline?.destroy();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== highlightSheet);
    container.replaceChildren();
  };
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Axis labels in the interface language (vis-timeline's own are English-only without moment locales). */
function axisLabel(date: Date | { toDate(): Date }, scale: string, lang: "en" | "zh", major: boolean): string {
  const d = date instanceof Date ? date : date.toDate();
  const y = d.getFullYear();
  const m = d.getMonth();
  const day = d.getDate();
  const zh = lang === "zh";
  if (scale === "year" || (major && scale === "month")) return zh ? `${y}年` : String(y);
  if (scale === "month") return zh ? `${m + 1}月` : MONTHS_EN[m];
  if (major) return zh ? `${y}年${m + 1}月` : `${MONTHS_EN[m]} ${y}`;
  return zh ? `${day}日` : String(day);
}
