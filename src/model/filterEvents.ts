/**
 * Filter state → the events that pass it. Filters combine with AND across kinds of filter
 * and OR within one (two themes = either theme). Choosing an actor includes its children.
 * Chosen actors are the exception when `match` is "all": an event passes only if each of them
 * (itself or one of its bodies) takes part.
 */
import type { MigrationEvent } from "../data/schema.ts";
import { withDescendants, type DatasetIndex } from "./datasetIndex.ts";
import { firstStartAtOrAfter, spanColumns } from "./spanColumns.ts";
import type { ViewState } from "./viewState.ts";

export type EventFilters = Pick<ViewState, "themes" | "actors" | "kinds" | "q" | "hidePlanned"> & {
  match?: ViewState["match"];
};

/** Ids of events passing the filters, in chronological order. */
export function filterEvents(index: DatasetIndex, f: EventFilters): string[] {
  const themes = new Set(f.themes);
  const kinds = new Set(f.kinds);
  const actors = new Set(f.actors.flatMap((a) => withDescendants(index, a)));
  // "All of": one family per chosen actor, each to be met. With one actor both modes agree.
  const families =
    f.match === "all" && f.actors.length > 1 ? f.actors.map((a) => new Set(withDescendants(index, a))) : null;
  const terms = searchTerms(f.q);
  return index.chronological.filter((id) => {
    const e = index.eventsById.get(id)!;
    if (f.hidePlanned && e.planned) return false;
    if (themes.size && !e.themes.some((t) => themes.has(t))) return false;
    if (kinds.size && !kinds.has(e.kind)) return false;
    if (families) {
      if (!families.every((family) => e.actors.some((a) => family.has(a.id)))) return false;
    } else if (actors.size && !e.actors.some((a) => actors.has(a.id))) return false;
    return terms.length === 0 || matchesTerms(e, terms);
  });
}

/** Lower-cased search terms; whitespace separates terms (Chinese is matched as a substring). */
export function searchTerms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

const haystacks = new WeakMap<MigrationEvent, string>();

function matchesTerms(e: MigrationEvent, terms: string[]): boolean {
  let text = haystacks.get(e);
  if (text === undefined) {
    const parts = [e.title, e.summary, e.place].flatMap((t) => (t ? [t.en, t.zh] : []));
    text = parts.join("\n").toLowerCase();
    haystacks.set(e, text);
  }
  return terms.every((term) => text.includes(term));
}

/** Of the given events, those overlapping the window [from, to) in ms. */
export function eventsInWindow(index: DatasetIndex, ids: string[], from: number, to: number): string[] {
  const { starts, ends, sorted } = spanColumns(index, ids);
  // In start order nothing at or past `stop` can start before the window ends.
  const stop = sorted ? firstStartAtOrAfter(starts, to) : ids.length;
  const out: string[] = [];
  for (let i = 0; i < stop; i++) if (starts[i] < to && ends[i] > from) out.push(ids[i]);
  return out;
}
