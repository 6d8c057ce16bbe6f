/**
 * What the timeline draws for a window: the events near the window as items when there are few
 * enough to read, otherwise one "N events" block per period (year, quarter or month) — our own
 * clustering, so the timeline's work stays bounded however large the dataset. The selected and
 * highlighted events always stay as items of their own.
 */
import { utc } from "../data/partialDate.ts";
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { eventsInWindow } from "./filterEvents.ts";
import { firstStartAtOrAfter, spanColumns } from "./spanColumns.ts";
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
}

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
  const span = window.end - window.start;
  const period: Period = span > 4 * 365 * 864e5 ? "year" : span > 1.2 * 365 * 864e5 ? "quarter" : "month";
  // Buckets by group, then by period. Rows are keyed by the period's month number (a small
  // integer: ms keys hash slowly); without grouping every event is in the one row.
  const buckets = new Map<string | null, Map<number, AggregateSpec>>();
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
    if (keep.size && keep.has(id)) {
      individual.push(id);
      continue;
    }
    if (ms < period0 || ms >= period1) [period0, period1, periodKey] = periodOf(ms, period);
    const groups = opts.grouping === "none" ? ungrouped : groupsOfEvent(index, id, opts.grouping);
    for (const group of groups) {
      let row = buckets.get(group);
      if (!row) buckets.set(group, (row = new Map()));
      const b = row.get(periodKey);
      if (b) b.count++;
      // The period is part of the id: a year, its first quarter and January start on the same day.
      else {
        const key = `agg|${period}|${group ?? ALL_GROUP}|${period0}`;
        row.set(periodKey, { id: key, group, start: period0, end: period1, count: 1, label: "" });
      }
    }
  }
  const aggregates = [...buckets.values()].flatMap((row) => [...row.values()]);
  for (const b of aggregates) b.label = t(opts.lang, "clusterOf", { n: b.count });
  return { items: buildTimelineItems(index, individual, opts.grouping, opts.lang), aggregates, represented };
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
