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

export function createDeriver(index: DatasetIndex, fullWindow: { start: number; end: number }) {
  // A few recent results: the filter bar also asks for "every filter but themes" (chip counts),
  // which with a single slot evicted the main result and refiltered twice per change.
  const recent = new Map<string, string[]>();
  let lastKey = "";
  let last: Derived | null = null;
  return (s: ViewState): Derived => {
    const f: EventFilters = { themes: s.themes, actors: s.actors, kinds: s.kinds, q: s.q, hidePlanned: s.hidePlanned };
    const fKey = JSON.stringify(f);
    let filtered = recent.get(fKey);
    if (!filtered) {
      filtered = filterEvents(index, f);
      recent.set(fKey, filtered);
      if (recent.size > 4) recent.delete(recent.keys().next().value!);
    }
    const window = windowOf(s, fullWindow);
    const key = `${fKey}|${window.start}|${window.end}`;
    if (key === lastKey && last) return last;
    lastKey = key;
    last = { filtered, inWindow: eventsInWindow(index, filtered, window.start, window.end), window };
    return last;
  };
}

const DAY = 86_400_000;

/** The state's window in ms ([from, to] inclusive days), or the full window. */
export function windowOf(s: Pick<ViewState, "from" | "to">, full: { start: number; end: number }) {
  const start = s.from ? Math.max(full.start, startMs(s.from)) : full.start;
  const end = s.to ? Math.min(full.end, startMs(s.to) + DAY) : full.end;
  return end > start ? { start, end } : full;
}
