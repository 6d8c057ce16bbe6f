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
import { highlightedEvents, highlightSelector } from "../model/actorHighlight.ts";
import { t } from "../model/i18n.ts";
import { buildStatusSpans, buildTimelineGroups, eventIdOfItem, type TimelineItemSpec } from "../model/timelineItems.ts";
import { labelBudget, blockLabelMode, labelOptionsFor } from "../model/timelineLabels.ts";
import { revealWindow } from "../model/revealWindow.ts";
import { blockCount, blocksFor, mergeBlocks, planTimeline } from "../model/timelinePlan.ts";
import { focalEvents } from "../model/focalSet.ts";
import { STACK_OPTIONS, stackWindow, windowMarks } from "../model/timelineStacking.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, PRESENTATION_SCALE_EVENT, reducedMotion } from "./dom.ts";
import { deferItemDrawing } from "./visBatchedChanges.ts";
import { createItemSync } from "./timelineItemSync.ts";
import { axisLabel } from "./timelineAxis.ts";
import { hideCutAxisLabels } from "./timelineAxisEdges.ts";
import { statusBandItems } from "./timelineBands.ts";
import { blockItem, DOT, eventItem, itemColor, RING, type VisItem } from "./timelineEventItem.ts";
import { createItemContent } from "./timelineItemContent.ts";
import { createTimelineFit } from "./timelineFit.ts";
import { createTimelineHighlight } from "./timelineHighlight.ts";
import { mountTimelineKeys } from "./timelineKeys.ts";
import { createTimelineTooltip } from "./timelineTooltip.ts";
import { createTitleMeasure } from "./timelineMeasure.ts";
import { deferUntilPainted } from "./deferUntilPainted.ts";
import { createWindowAnimation } from "./windowAnimation.ts";
import { exposeTimelineProbe } from "./timelineProbe.ts";
import { wireTimelinePointer } from "./timelinePointer.ts";
import { cardHeader, cardItem, chipRowGap, eventsOf, placeSets, setItem, withSets } from "./timelineSetItem.ts";

const DAY = 86_400_000;

// No horizontal margin: an item that ends when the next begins (a year, then the next) may share
// its row; the space between labels is part of each label's footprint (GAP).
const ITEM_MARGIN = { horizontal: 0, vertical: 3 };
/** Space between the axis and the first item row: room for the band labels' rows (each `bandRow` px). */
const axisMargin = (labelRows: number, bandRow: number) => 6 + bandRow * labelRows;
/** A row of blocks ("12 events · …") at the top, px: a line in the band labels' type, and padding. */
const blockRow = (bandRow: number) => bandRow + 6;

/** Most individual events on the timeline at once; beyond that, periods are aggregated. */
const MAX_ITEMS = 120;

export interface TimelineViewDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  fullWindow: { start: number; end: number };
  themeColor: (id: string) => string;
  /** More buttons for the timeline's tools, before "Fit to results" */
  tools?: HTMLElement[];
  /** After each draw: how many events in view are in blocks for lack of room (0: every one is named) */
  onNoRoom?: (count: number) => void;
}

export function mountTimelineView(container: HTMLElement, deps: TimelineViewDeps): () => void {
  const { store, index, derive, fullWindow, themeColor } = deps;
  const items = new DataSet<VisItem, "id">();
  const groups = new DataSet<{ id: string; content: string; label: string; order: number }, "id">();
  const host = h("div", { class: "tl-host" });
  const tooltip = createTimelineTooltip({ container, host, index, items, lang: () => store.get().lang });
  // Says when status bands were left out (level of detail on big datasets).
  const statusNote = h("p", { class: "tl-note", role: "status", hidden: true });
  const { fitToResults, autoFit, fitOnOpen } = createTimelineFit({ store, index, derive, fullWindow });
  fitOnOpen();
  const fitButton = h("button", { type: "button", class: "tool-btn tl-fit", onclick: () => fitToResults() });
  container.append(host, statusNote, h("div", { class: "tl-tools" }, ...(deps.tools ?? []), fitButton));
  // Titles are measured on a canvas in the labels' own font, so that placement and stacking know
  // their real size before vis-timeline draws them.
  const probe = h("span", { class: "ev-title tl-probe", "aria-hidden": "true" });
  const bandProbe = h("span", { class: "status-label tl-probe", "aria-hidden": "true" });
  container.append(probe, bandProbe);
  const { titleType, measurer } = createTitleMeasure(probe, bandProbe, () => store.get().lang);
  // The visible timeline's size: the plan and the labels depend on it.
  let view = { width: Math.max(200, container.clientWidth), height: Math.max(150, container.clientHeight) };

  const itemSync = createItemSync(items, () => timeline);
  const initial = derive(store.get()).window;
  const firstMargin = axisMargin(1, titleType().bandRow);
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
    margin: { axis: firstMargin, item: ITEM_MARGIN },
    groupOrder: "order",
    // Our items place their own content (label beside or inside the mark).
    align: "left",
    // The stacking order is kept beside the items (timelineItemSync.ts).
    order: itemSync.order,
    verticalScroll: true,
    // The benchmark times the first draw with this mark.
    onInitialDrawComplete: () => performance.mark("liaison:timeline-drawn"),
    template: createItemContent({
      index,
      lang: () => store.get().lang,
      tooltip,
      openPeriod: (agg) => windowMove.to(agg.start, agg.end, !reducedMotion()),
      openRelation: (relation) => store.set({ sel: { type: "relation", id: relation } }),
    }),
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

  let lastItemsKey = "";
  let lastFixedKey = "";
  let lastSelKey = "";
  let lastFiltered: string[] | null = null;
  let filterVersion = 0;
  // The status bands, per language (which of them show, and on which label row, is per window).
  const statusSpans = new Map<string, ReturnType<typeof buildStatusSpans>>();
  const highlight = createTimelineHighlight();
  // Whether the last plan gathered events into periods: only then does the selection (whose
  // events are kept out of them) change which items there are.
  let aggregated = false;
  let rangeFrame = 0;
  // Status band label rows in the items drawn, and the axis margin (px) they were given.
  let labelRows_ = 1;
  let margin = firstMargin;

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
    // What the items depend on besides where the window starts: a pan changes only that.
    const contentKey = JSON.stringify([
      filterVersion,
      s.group,
      s.lang,
      s.sel?.type === "event" || aggregated || s.also.length ? [s.sel, s.also] : null,
      // The pair's events are kept out of aggregates, as a selected actor's are.
      s.sel ? null : [s.pair, s.via],
      s.collapse,
      s.showStatus,
    ]);
    const fixedKey = `${contentKey}|${Math.round((d.window.end - d.window.start) / DAY)}|${view.width}|${view.height}`;
    const itemsKey = `${fixedKey}|${Math.round(d.window.start / DAY)}`;
    // An animated move of the window: laid out again once it has ended (windowAnimation.ts).
    const moving = previous && windowMove.running() && lastFixedKey.startsWith(`${contentKey}|`);
    if (itemsKey !== lastItemsKey && !moving) {
      // A pan: vis-timeline has already moved the items drawn, and those just off screen are
      // there (the plan reaches half a window beyond each side). Placing and stacking the titles
      // anew waits until the frame that shows the pan has painted, so the network follows at once.
      if (previous && !panRebuild.running() && fixedKey === lastFixedKey && pannedBySelf(d.window))
        panRebuild.request();
      else {
        panRebuild.cancel();
        lastItemsKey = itemsKey;
        lastFixedKey = fixedKey;
        plannedStart = d.window.start;
        rebuildItems(s, d, highlightedEvents(index, s), relabel);
      }
    }
    if (!timeline) return;
    // Room above the first item row for the band labels, in their type (larger when presenting).
    const axis = axisMargin(labelRows_, titleType().bandRow);
    if (axis !== margin) {
      margin = axis;
      timeline.setOptions({ margin: { axis, item: ITEM_MARGIN } });
    }
    // Window: follow the store unless the timeline itself produced it. Not from a pan's deferred
    // relayout: the timeline may have moved on since (an animation), and the store follows it.
    const range = timeline.getWindow();
    const moved =
      Math.abs(range.start.getTime() - d.window.start) > DAY || Math.abs(range.end.getTime() - d.window.end) > DAY;
    if (moved && !panRebuild.running()) {
      windowMove.to(d.window.start, d.window.end, !!previous && !reducedMotion());
    }
    // The selection is part of the items key: select again whenever the items were rebuilt.
    if (lastItemsKey !== lastSelKey) {
      lastSelKey = lastItemsKey;
      const focal = focalEvents(s);
      timeline.setSelection(focal.size ? items.getIds().filter((id) => focal.has(eventIdOfItem(String(id)))) : []);
    }
    if (s.sel?.type === "event" && (!previous || previous.sel?.id !== s.sel.id)) revealEvent(s.sel.id, d.window);
    highlight.set(highlightSelector(index, s));
  }

  /**
   * The window came from the timeline itself (a drag, a wheel, the keys) and moved less than half
   * its width from the one the items were planned for.
   */
  function pannedBySelf(w: { start: number; end: number }): boolean {
    if (!timeline) return false;
    const drawn = timeline.getWindow();
    return (
      Math.abs(drawn.start.getTime() - w.start) <= DAY &&
      Math.abs(drawn.end.getTime() - w.end) <= DAY &&
      Math.abs(w.start - plannedStart) <= (w.end - w.start) / 2
    );
  }
  let plannedStart = 0;
  const panRebuild = deferUntilPainted(() => sync(store.get(), store.get()));
  // While a move zooms, the titles fade out rather than show cut by their old widths.
  const windowMove = createWindowAnimation(
    () => timeline,
    () => sync(store.get(), store.get()),
    (on) => host.classList.toggle("tl-zooming", on),
  );

  function rebuildItems(s: ViewState, d: Derived, highlighted: Set<string> | null, relabel: boolean) {
    const keep = new Set(highlighted && highlighted.size <= MAX_ITEMS ? highlighted : []);
    for (const id of focalEvents(s)) keep.add(id);
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
    const focal = s.story ? focalEvents(s) : null;
    const { specs, sets } = withSets(plan.items, keep, px, view.width);
    const marks = windowMarks(specs, px, DOT, { view: view.width, measure, labelOpts, focal });
    const ringed = focalEvents(s);
    for (const m of marks) if (ringed.has(m.spec.eventId)) m.ring = RING;
    const rowGap = chipRowGap(type.size);
    placeSets(marks, sets, { view: view.width, measure, labelOpts, rowGap, lang: s.lang });
    const next: VisItem[] = [];
    const { rows, noRoom } = stackWindow(index, marks, {
      grouped: s.group !== "none",
      room: view.height - axisMargin(labelRows_, type.bandRow) - blockRow(type.bandRow),
      view: view.width,
      measure,
      labelOpts,
      stackOpts,
      keep,
      focal,
    });
    const color = (m: TimelineItemSpec) => itemColor(index, themeColor, s, m);
    for (const { kept, placed } of rows)
      kept.forEach((m, seq) => {
        const set = sets.get(m.spec.id);
        const p = placed[seq];
        next.push(
          !set
            ? eventItem(index, themeColor, s, m, p, seq, msPerPx)
            : set.kind === "bar"
              ? setItem(set, m.x0, p, seq, color)
              : cardItem(set, m, p, seq, color, cardHeader(set, s.lang), msPerPx, rowGap),
        );
      });
    const blocks = noRoom.length ? blocksFor(index, eventsOf(noRoom, sets), d.window, s.lang) : [];
    if (deps.onNoRoom) {
      // Those on screen only (the window's marks reach a little beyond it, for a pan); and none
      // zoomed out, where the window names its milestones and blocks are the design, not a lack
      // of room (zooming in names more, not widening).
      const out = new Set(plan.aggregates.length ? [] : noRoom);
      const onScreen = marks.filter((m) => out.has(m.spec.eventId) && m.x1 > 0 && m.x0 < view.width);
      deps.onNoRoom(
        eventsOf(
          onScreen.map((m) => m.spec.eventId),
          sets,
        ).length,
      );
    }
    // Blocks and shared bars hold events a selection or a highlight takes out of them.
    aggregated = plan.aggregates.length + blocks.length + sets.size > 0;
    for (const agg of blocks.length ? mergeBlocks(index, [...plan.aggregates, ...blocks], s.lang) : plan.aggregates) {
      // Inside its border and padding (of which a narrow block gives up 6 px), the part on screen.
      const shownPx = Math.min(px(agg.end), view.width) - Math.max(px(agg.start), 0) - 10;
      const mode = blockLabelMode(shownPx, String(agg.count), blockCount(s.lang, agg.count), measure, 80, 6);
      next.push(blockItem(agg, mode));
    }
    let statusText = "";
    labelRows_ = 1;
    if (s.showStatus) {
      if (!statusSpans.has(s.lang)) statusSpans.set(s.lang, buildStatusSpans(index, s.lang));
      const scale = { w0, msPerPx, width: view.width };
      const bands = statusBandItems(statusSpans.get(s.lang)!, d.window, s.lang, scale, measurer(type.bandFont));
      next.push(...bands.items);
      labelRows_ = bands.rows;
      statusText = bands.note;
    }
    itemSync.apply(next, relabel);
    container.dataset.itemCount = String(plan.represented);
    if (statusNote.textContent !== statusText) statusNote.textContent = statusText;
    if (statusNote.hidden !== !statusText) statusNote.hidden = !statusText;
  }

  /**
   * Brings a selected event fully into view with its label (revealWindow.ts). The window is the
   * store's, not the timeline's: while an animation to a new window (a story step) runs, the
   * timeline still reports the old one.
   */
  function revealEvent(eventId: string, w: { start: number; end: number }) {
    const span = index.spans.get(eventId);
    const e = index.eventsById.get(eventId);
    if (!span || !e || !timeline) return;
    const msPerPx = (w.end - w.start) / view.width;
    const type = titleType();
    const label =
      (Math.min(measurer(type.font)(e.title[store.get().lang]), labelOptionsFor(type.size).maxWidth) + 2 * DOT) *
      msPerPx;
    const to = revealWindow(span, label, w, fullWindow, Boolean(store.get().story));
    if (!to) return;
    windowMove.to(to.start, to.end, reducedMotion() ? false : { duration: 400, easingFunction: "easeInOutQuad" });
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
    lastItemsKey = lastFixedKey = "";
    sync(store.get(), store.get());
  };
  window.addEventListener(PRESENTATION_SCALE_EVENT, onScale);
  exposeTimelineProbe(timeline);
  // Keyboard: the timeline is one focusable stop (timelineKeys.ts).
  const stopKeys = mountTimelineKeys(container, { store, index, derive, fitToResults, tooltip });
  const labelTimeline = (lang: ViewState["lang"]) => {
    container.setAttribute("aria-label", `${t(lang, "timeline")}. ${t(lang, "timelineKeys")}`);
    fitButton.textContent = t(lang, "fitResults");
    fitButton.title = t(lang, "fitResultsHint");
  };
  labelTimeline(store.get().lang);

  wireTimelinePointer(timeline, {
    host,
    items,
    tooltip,
    select: (id) => store.set({ sel: { type: "event", id } }),
    zoomTo: (agg) => windowMove.to(agg.start, agg.end, !reducedMotion()),
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
  timeline.on("rangechanged", () => windowMove.ended());
  timeline.on("changed", () => hideCutAxisLabels(host, (font, text) => measurer(font)(text)));

  const unsubscribe = store.subscribe((s, prev) => {
    sync(s, prev);
    if (s.lang !== prev.lang) labelTimeline(s.lang);
    autoFit(s, prev);
  });
  return () => {
    unsubscribe();
    resize.disconnect();
    window.removeEventListener(PRESENTATION_SCALE_EVENT, onScale);
    stopKeys();
    cancelAnimationFrame(rangeFrame);
    panRebuild.cancel();
    timeline?.destroy();
    highlight.remove();
    container.replaceChildren();
  };
}
