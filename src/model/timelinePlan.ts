/**
 * What the timeline draws for a window: the events near the window as items when there are few
 * enough to read; otherwise the most significant of them (eventSignificance.ts) as items and the
 * rest as one "N events · its main event" block per period (year, quarter or month) — our own
 * clustering, so the timeline's work stays bounded however large the dataset. Which events are
 * named follows their rank, so zooming in only adds named events. The selected and highlighted
 * events always stay as items of their own.
 */
import { utc } from "../data/partialDate.ts";
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { eventsInWindow } from "./filterEvents.ts";
import { firstStartAtOrAfter, spanColumns } from "./spanColumns.ts";
import { significanceRanks } from "./eventSignificance.ts";
import { t } from "./i18n.ts";
import { buildTimelineItems, groupsOfEvent, ALL_GROUP, type TimelineItemSpec } from "./timelineItems.ts";
import type { Grouping } from "./viewState.ts";

export interface AggregateSpec {
  id: string;
  group: string | null;
  start: number;
  end: number;
  count: number;
  label: string;
  /** Its most significant events, most significant first (at most AGG_TOP) */
  top: string[];
}

/** How many of an aggregate's events it lists on hover and focus. */
export const AGG_TOP = 5;

export interface TimelinePlan {
  items: TimelineItemSpec[];
  aggregates: AggregateSpec[];
  /** Events drawn, individually or inside a block */
  represented: number;
}

export interface PlanOptions {
  grouping: Grouping;
  lang: Lang;
  /** Most event items drawn at once before periods are aggregated */
  maxItems?: number;
  /** Most events named in the window itself when it holds more than maxItems near it */
  named?: number;
  /** Events that must stay individual (selected, highlighted) */
  keep?: Set<string>;
}

type Period = "year" | "quarter" | "month";

/**
 * Events overlapping the window widened by half its width on each side, so the items just off
 * screen are ready and a small pan changes few of them.
 */
export function eventsNearWindow(index: DatasetIndex, ids: string[], window: { start: number; end: number }): string[] {
  return eventsInWindow(index, ids, ...nearWindow(window));
}

/** [from, to) of the window widened by half its width on each side. */
function nearWindow(window: { start: number; end: number }): [number, number] {
  const margin = (window.end - window.start) / 2;
  return [window.start - margin, window.end + margin];
}

export function planTimeline(
  index: DatasetIndex,
  filtered: string[],
  window: { start: number; end: number },
  opts: PlanOptions,
): TimelinePlan {
  const maxItems = opts.maxItems ?? 120;
  // eventsNearWindow, read straight from the list's span columns: at 100× a wide window has
  // 15,000 events near it, and a pan plans again. One pass counts them and keeps their ids while
  // they are few enough to draw one by one.
  const [from, to] = nearWindow(window);
  const { starts, ends, sorted } = spanColumns(index, filtered);
  const stop = sorted ? firstStartAtOrAfter(starts, to) : filtered.length;
  const near: string[] = [];
  let represented = 0;
  for (let i = 0; i < stop; i++)
    if (starts[i] < to && ends[i] > from && represented++ < maxItems) near.push(filtered[i]);
  if (represented <= maxItems) {
    return { items: buildTimelineItems(index, near, opts.grouping, opts.lang), aggregates: [], represented };
  }
  const keep = opts.keep ?? new Set<string>();
  // The rank at or above which an event is named: that of the `named`-th most significant event
  // in the window itself (events just off screen follow the same bar, so a pan keeps the picks).
  const rankOf = rankColumn(index, filtered);
  const named = Math.max(0, Math.min(opts.named ?? 0, maxItems));
  const inView: number[] = [];
  for (let i = 0; i < stop; i++) if (starts[i] < window.end && ends[i] > window.start) inView.push(rankOf[i]);
  inView.sort((a, b) => a - b);
  const bar = named === 0 ? -1 : inView.length <= named ? Infinity : inView[named - 1];
  const span = window.end - window.start;
  const period: Period = span > 4 * 365 * 864e5 ? "year" : span > 1.2 * 365 * 864e5 ? "quarter" : "month";
  // Buckets by group, then by period. Rows are keyed by the period's month number (a small
  // integer: ms keys hash slowly); without grouping every event is in the one row.
  const buckets = new Map<string | null, Map<number, AggregateSpec & { ranks: number[] }>>();
  const individual: string[] = [];
  const ungrouped: Array<string | null> = [null];
  // Events come in start order, so most fall in the period of the one before.
  let period0 = Infinity;
  let period1 = -Infinity;
  let periodKey = 0;
  for (let i = 0; i < stop; i++) {
    const ms = starts[i];
    if (!(ms < to && ends[i] > from)) continue;
    const id = filtered[i];
    if (rankOf[i] <= bar || (keep.size && keep.has(id))) {
      if (individual.length < maxItems || keep.has(id)) {
        individual.push(id);
        continue;
      }
    }
    if (ms < period0 || ms >= period1) [period0, period1, periodKey] = periodOf(ms, period);
    const groups = opts.grouping === "none" ? ungrouped : groupsOfEvent(index, id, opts.grouping);
    for (const group of groups) {
      let row = buckets.get(group);
      if (!row) buckets.set(group, (row = new Map()));
      let b = row.get(periodKey);
      // The period is part of the id: a year, its first quarter and January start on the same day.
      if (!b) {
        const key = `agg|${period}|${group ?? ALL_GROUP}|${period0}`;
        row.set(
          periodKey,
          (b = { id: key, group, start: period0, end: period1, count: 0, label: "", top: [], ranks: [] }),
        );
      }
      b.count++;
      keepTop(b, id, rankOf[i]);
    }
  }
  const aggregates: AggregateSpec[] = [];
  for (const row of buckets.values()) for (const b of row.values()) aggregates.push(asDrawn(index, b, opts.lang));
  return { items: buildTimelineItems(index, individual, opts.grouping, opts.lang), aggregates, represented };
}

/** A block as drawn: "N events · its most significant event". */
function asDrawn(index: DatasetIndex, b: AggregateSpec, lang: Lang): AggregateSpec {
  const main = index.eventsById.get(b.top[0])?.title[lang] ?? "";
  const one = b.count === 1;
  const label = main
    ? t(lang, one ? "clusterOfOneMain" : "clusterOfMain", { n: b.count, main })
    : blockCount(lang, b.count);
  return { id: b.id, group: b.group, start: b.start, end: b.end, count: b.count, label, top: b.top };
}

/** "12 events", "1 event". */
export function blockCount(lang: Lang, n: number): string {
  return n === 1 ? t(lang, "clusterOfOne") : t(lang, "clusterOf", { n });
}

/** Keeps a block's AGG_TOP most significant events, in rank order. */
function keepTop(b: { top: string[]; ranks: number[] }, id: string, rank: number) {
  if (b.ranks.length === AGG_TOP && rank >= b.ranks[AGG_TOP - 1]) return;
  let at = b.ranks.length;
  while (at > 0 && b.ranks[at - 1] > rank) at--;
  b.ranks.splice(at, 0, rank);
  b.top.splice(at, 0, id);
  if (b.ranks.length > AGG_TOP) {
    b.ranks.pop();
    b.top.pop();
  }
}

const rankCache = new WeakMap<readonly string[], Float64Array>();

/** The events' significance ranks, aligned with a list (cached by the list's identity). */
function rankColumn(index: DatasetIndex, ids: readonly string[]): Float64Array {
  let col = rankCache.get(ids);
  if (col) return col;
  const ranks = significanceRanks(index);
  col = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) col[i] = ranks.get(ids[i]) ?? Infinity;
  rankCache.set(ids, col);
  return col;
}

/** [start, end) of the period holding `ms`, and its first month counted from year 0. */
function periodOf(ms: number, period: Period): [number, number, number] {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (period === "year") return [utc(y, 0, 1), utc(y + 1, 0, 1), y * 12];
  const m = period === "quarter" ? Math.floor(d.getUTCMonth() / 3) * 3 : d.getUTCMonth();
  const len = period === "quarter" ? 3 : 1;
  return [utc(y, m, 1), utc(y, m + len, 1), y * 12 + m];
}

/**
 * Blocks for events that have no room on screen (the panel's height is full where they fall):
 * one per month, or per quarter or year for wider windows, named after its most significant event.
 */
export function blocksFor(
  index: DatasetIndex,
  ids: readonly string[],
  window: { start: number; end: number },
  lang: Lang,
): AggregateSpec[] {
  const span = window.end - window.start;
  const period: Period = span > 4 * 365 * 864e5 ? "year" : span > 1.2 * 365 * 864e5 ? "quarter" : "month";
  const ranks = significanceRanks(index);
  const byPeriod = new Map<number, AggregateSpec & { ranks: number[] }>();
  for (const id of ids) {
    const [start, end, key] = periodOf(index.spans.get(id)!.start, period);
    let b = byPeriod.get(key);
    if (!b)
      byPeriod.set(
        key,
        (b = { id: `agg|${period}|room|${start}`, group: null, start, end, count: 0, label: "", top: [], ranks: [] }),
      );
    b.count++;
    keepTop(b, id, ranks.get(id) ?? Infinity);
  }
  return [...byPeriod.values()].map((b) => asDrawn(index, b, lang));
}

/**
 * Blocks of the same row and period made one: a period's aggregate from the plan and its block of
 * events with no room on screen would otherwise stack in two rows, taking a row from the events.
 * Counts add up; the events listed are the most significant of both.
 */
export function mergeBlocks(index: DatasetIndex, blocks: readonly AggregateSpec[], lang: Lang): AggregateSpec[] {
  const ranks = significanceRanks(index);
  const byKey = new Map<string, AggregateSpec & { ranks: number[] }>();
  const merged: AggregateSpec[] = [];
  for (const b of blocks) {
    const key = `${b.group ?? ""}|${b.start}|${b.end}`;
    const seen = byKey.get(key);
    if (!seen) {
      const copy = { ...b, top: [...b.top], ranks: b.top.map((id) => ranks.get(id) ?? Infinity) };
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    seen.count += b.count;
    for (const id of b.top) if (!seen.top.includes(id)) keepTop(seen, id, ranks.get(id) ?? Infinity);
  }
  return merged.map((b) => asDrawn(index, b as AggregateSpec & { ranks: number[] }, lang));
}
