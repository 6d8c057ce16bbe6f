/**
 * Adapter over vis-timeline: shows the filtered events, reports its visible window and selection
 * to the store, and mirrors the store's selection and highlight. Item content is built as DOM
 * (never HTML strings), and the DataSet is updated incrementally.
 */
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { isoDay } from "../data/partialDate.ts";
import type { Store } from "../app/store.ts";
import type { Derived } from "../app/derive.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { eventActorTokens, highlightedEvents, highlightSelector, type ActorTokens } from "../model/actorHighlight.ts";
import { t, VOCAB } from "../model/i18n.ts";
import { buildStatusSpans, buildTimelineGroups, eventIdOfItem, type TimelineItemSpec } from "../model/timelineItems.ts";
import { statusSpansInView } from "../model/statusSpansInView.ts";
import { planTimeline, type AggregateSpec } from "../model/timelinePlan.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, reducedMotion } from "./dom.ts";
import { batchItemChanges, deferItemDrawing } from "./visBatchedChanges.ts";

const DAY = 86_400_000;

interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: "point" | "range" | "background";
  group?: string;
  className: string;
  content: string;
  spec?: TimelineItemSpec;
  agg?: AggregateSpec;
  /** A status band's label row */
  statusRow?: number;
}

const ITEM_MARGIN = { horizontal: 4, vertical: 4 };
/** Space between the axis and the first item row: vis-timeline's 20 px fits one band label row. */
const axisMargin = (labelRows: number) => 20 + 16 * (labelRows - 1);

/** Most individual events on the timeline at once; beyond that, periods are aggregated. */
const MAX_ITEMS = 120;

// How a selected actor's events look (the colours are styles.css's custom properties). A shadow,
// not a wider border: the items keep the size vis-timeline measured.
const HIGHLIGHT_ITEM = "background: var(--hl-bg); border-color: var(--hl); box-shadow: 0 0 0 1px var(--hl); z-index: 2";
const HIGHLIGHT_DOT = "border-color: var(--hl); box-shadow: 0 0 0 2px var(--hl)";

export interface TimelineViewDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  fullWindow: { start: number; end: number };
}

export function mountTimelineView(container: HTMLElement, deps: TimelineViewDeps): () => void {
  const { store, index, derive, fullWindow } = deps;
  const items = new DataSet<VisItem, "id">();
  const groups = new DataSet<{ id: string; content: string; label: string; order: number }, "id">();
  const tooltip = h("div", { class: "tl-tooltip", role: "tooltip", hidden: true });
  container.append(tooltip);
  const host = h("div", { class: "tl-host" });
  // Says when status bands were left out (level of detail on big datasets).
  const statusNote = h("p", { class: "tl-note", role: "status", hidden: true });
  container.append(host, statusNote);

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
  let labelRows = 1;
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
    ]);
    if (itemsKey !== lastItemsKey) {
      lastItemsKey = itemsKey;
      rebuildItems(s, d, highlightedEvents(index, s), relabel);
    }
    if (!timeline) return;
    // Room above the first item row for the band labels (one row fits vis-timeline's margin).
    if (labelRows !== marginRows) {
      marginRows = labelRows;
      timeline.setOptions({ margin: { axis: axisMargin(labelRows), item: ITEM_MARGIN } });
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
    highlightSheet.insertRule(`.tl-host ${selector} { ${HIGHLIGHT_ITEM} }`);
    highlightSheet.insertRule(`.tl-host ${selector} .vis-dot { ${HIGHLIGHT_DOT} }`);
  }

  function rebuildItems(s: ViewState, d: Derived, highlighted: Set<string> | null, relabel: boolean) {
    const keep = new Set(highlighted && highlighted.size <= MAX_ITEMS ? highlighted : []);
    if (s.sel?.type === "event") keep.add(s.sel.id);
    const plan = planTimeline(index, d.filtered, d.window, {
      grouping: s.group,
      lang: s.lang,
      maxItems: MAX_ITEMS,
      keep,
    });
    const next: VisItem[] = plan.items.map((spec) => ({
      id: spec.id,
      start: new Date(spec.start),
      end: spec.end === undefined ? undefined : new Date(spec.end),
      type: spec.type,
      group: spec.group ?? undefined,
      className: spec.className + (s.sel?.type === "event" && s.sel.id === spec.eventId ? " sel" : ""),
      content: spec.label,
      spec,
    }));
    aggregated = plan.aggregates.length > 0;
    for (const agg of plan.aggregates) {
      next.push({
        id: agg.id,
        start: new Date(agg.start),
        end: new Date(agg.end),
        type: "range",
        group: agg.group ?? undefined,
        className: "agg",
        content: agg.label,
        agg,
      });
    }
    let statusText = "";
    labelRows = 1;
    if (s.showStatus) {
      if (!statusSpans.has(s.lang)) statusSpans.set(s.lang, buildStatusSpans(index, s.lang));
      const bands = statusSpansInView(statusSpans.get(s.lang)!, d.window);
      if (bands.shown.length < bands.inView)
        statusText = t(s.lang, "statusReduced", { shown: bands.shown.length, total: bands.inView });
      labelRows = Math.max(1, bands.rows);
      for (const span of bands.shown) {
        next.push({
          id: span.id,
          start: new Date(span.start),
          end: new Date(span.end),
          type: "background",
          className: "status",
          statusRow: span.row,
          content: span.label,
        });
      }
    }
    applyItems(next, relabel);
    container.dataset.itemCount = String(plan.represented);
    if (statusNote.textContent !== statusText) statusNote.textContent = statusText;
    if (statusNote.hidden !== !statusText) statusNote.hidden = !statusText;
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
            old.statusRow !== i.statusRow
          );
        });
    batchItemChanges(() => {
      if (stale.length) items.remove(stale);
      if (changed.length) items.update(changed);
    });
  }

  /**
   * Centre an event that is outside the window (keep the zoom). The window is the store's, not the
   * timeline's: while an animation to a new window (a story step) runs, the timeline still reports
   * the old one, and the event was centred in the old window's width.
   */
  function revealEvent(eventId: string, w: { start: number; end: number }) {
    const span = index.spans.get(eventId);
    if (!span || !timeline) return;
    const width = w.end - w.start;
    if (span.start >= w.start && span.end <= w.end) return;
    const mid = (span.start + span.end) / 2;
    const start = Math.max(fullWindow.start, Math.min(mid - width / 2, fullWindow.end - width));
    timeline.setWindow(start, start + width, {
      animation: reducedMotion() ? false : { duration: 400, easingFunction: "easeInOutQuad" },
    });
  }

  function renderItem(item: VisItem): HTMLElement {
    if (item.agg)
      return h(
        "div",
        { class: "cluster-label", title: item.agg.label, "aria-label": item.agg.label },
        String(item.agg.count),
      );
    if (!item.spec) return h("div", { class: "status-label", "data-row": String(item.statusRow ?? 0) }, item.content);
    const { eventId } = item.spec;
    if (!tokens.has(eventId)) tokens.set(eventId, eventActorTokens(index, eventId));
    const { actors, roots } = tokens.get(eventId)!;
    return h(
      "div",
      { class: "ev-label", "data-event": eventId, "data-actors": actors, "data-roots": roots },
      h("span", { class: "ev-date" }, item.spec.dateLabel),
      " ",
      h("span", { class: "ev-title" }, item.spec.label),
    );
  }

  sync(store.get(), null);
  timeline = deferItemDrawing(() =>
    groups.length ? new Timeline(host, items, groups, options) : new Timeline(host, items, options),
  );
  sync(store.get(), store.get());
  // The window is set after construction: given as start/end options, vis-timeline keeps its
  // loading screen up until some later range change.
  timeline.setWindow(initial.start, initial.end, { animation: false });
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
  };
  container.addEventListener("keydown", onKey);
  const labelTimeline = (lang: ViewState["lang"]) =>
    container.setAttribute("aria-label", `${t(lang, "timeline")}. ${t(lang, "timelineKeys")}`);
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
    const e = index.eventsById.get(eventIdOfItem(String(props.item)));
    if (!e) return;
    window.clearTimeout(hoverTimer);
    const lang = store.get().lang;
    tooltip.replaceChildren(
      h("strong", {}, e.title[lang]),
      h("div", {}, items.get(String(props.item))?.spec?.dateLabel ?? ""),
      h("div", { class: "muted" }, VOCAB.kind[e.kind][lang] + (e.place ? ` · ${e.place[lang]}` : "")),
    );
    const box = container.getBoundingClientRect();
    tooltip.style.left = `${Math.min(props.event.clientX - box.left + 12, box.width - 260)}px`;
    tooltip.style.top = `${props.event.clientY - box.top + 16}px`;
    tooltip.hidden = false;
  });
  timeline.on("itemout", () => {
    hoverTimer = window.setTimeout(() => (tooltip.hidden = true), 80);
  });

  const unsubscribe = store.subscribe((s, prev) => {
    sync(s, prev);
    if (s.lang !== prev.lang) labelTimeline(s.lang);
  });
  return () => {
    unsubscribe();
    container.removeEventListener("keydown", onKey);
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
