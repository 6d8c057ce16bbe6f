/**
 * Derived data for the current state, recomputed only when its inputs change:
 * filtered events (filters) → events in the timeline window (filters + window).
 */
import { filterEvents, eventsInWindow, type EventFilters } from "../model/filterEvents.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { startMs } from "../data/partialDate.ts";
import type { ViewState } from "../model/viewState.ts";

export interface Derived {
  filtered: string[];
  inWindow: string[];
  window: { start: number; end: number };
}

/** The deriver; `filtered` answers for the filters alone (the filter bar's chip counts). */
export type Deriver = ((s: ViewState) => Derived) & { filtered(s: ViewState): string[] };

export function createDeriver(index: DatasetIndex, fullWindow: { start: number; end: number }): Deriver {
  // A few recent results: the filter bar also asks for "every filter but themes" (chip counts).
  // The same filters always give back the same array, so views can compare results by identity.
  const recent = new Map<string, string[]>();
  const filteredFor = (s: ViewState): { key: string; ids: string[] } => {
    const f: EventFilters = {
      themes: s.themes,
      actors: s.actors,
      // Written only when it changes the result, so "any" and a lone actor share one cache entry.
      ...(s.match === "all" && s.actors.length > 1 ? { match: "all" as const } : {}),
      kinds: s.kinds,
      q: s.q,
      hidePlanned: s.hidePlanned,
    };
    const key = JSON.stringify(f);
    let ids = recent.get(key);
    if (!ids) {
      ids = filterEvents(index, f);
      recent.set(key, ids);
      if (recent.size > 4) recent.delete(recent.keys().next().value!);
    }
    return { key, ids };
  };
  let lastState: ViewState | null = null;
  let lastKey = "";
  let last: Derived | null = null;
  const derive = (s: ViewState): Derived => {
    // Every view derives from the same state on each update: answer the repeats at once.
    if (s === lastState && last) return last;
    const { key: fKey, ids: filtered } = filteredFor(s);
    const window = windowOf(s, fullWindow);
    const key = `${fKey}|${window.start}|${window.end}`;
    lastState = s;
    if (key === lastKey && last) return last;
    lastKey = key;
    last = { filtered, inWindow: eventsInWindow(index, filtered, window.start, window.end), window };
    return last;
  };
  return Object.assign(derive, { filtered: (s: ViewState) => filteredFor(s).ids });
}

const DAY = 86_400_000;

/** The state's window in ms ([from, to] inclusive days), or the full window. */
export function windowOf(s: Pick<ViewState, "from" | "to">, full: { start: number; end: number }) {
  const start = s.from ? Math.max(full.start, startMs(s.from)) : full.start;
  const end = s.to ? Math.min(full.end, startMs(s.to) + DAY) : full.end;
  return end > start ? { start, end } : full;
}
